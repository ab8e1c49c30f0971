//! Try it yourself: a terminal at H1. Each line the learner types drives the
//! model (the whole session is simulated again with the new line, which is
//! deterministic), and the packets it causes animate from where they begin.

use std::sync::Arc;

use leptos::ev;
use leptos::prelude::*;

use ftp_sim::ftp::client::{check_line, COMMANDS};
use ftp_sim::{DataMode, EventKind, Scenario};

use crate::caption::CaptionSource;
use crate::player::Player;
use crate::route::Route;
use crate::session::{Tutorial, SEED};
use crate::tutorial::Lesson;
use crate::Header;

/// The most a line may hold; the input stops there.
pub const MAX_INPUT: usize = 512;

/// A line the terminal printed by itself (help, a refused command), shown
/// after the output of the `after`-th accepted line.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Local {
    after: usize,
    text: String,
    input: bool,
}

/// What `help` prints: the commands the model's client accepts.
pub fn help_lines() -> Vec<String> {
    let mut out =
        vec!["Commands you can type (the client turns them into FTP commands):".to_owned()];
    for c in COMMANDS {
        let aliases = if c.aliases.is_empty() {
            String::new()
        } else {
            format!(" (also {})", c.aliases.join(", "))
        };
        out.push(format!("  {:<28} {}{aliases}", c.usage, c.summary));
    }
    out
}

/// The Try it yourself page.
#[component]
pub fn TryPage() -> impl IntoView {
    let start = Arc::new(Tutorial::new(
        &Scenario::interactive(DataMode::Active, &[]),
        SEED,
    ));
    let player = Player::new(start);
    provide_context(player);
    provide_context(CaptionSource::Generic);
    // Play what exists already (connect and log in) at once, so the prompt is ready.
    player.to_end();
    view! {
        <main id="main">
            <Header title="Try it yourself: FTP from H1" current=Route::Try />
            <p class="intro">{crate::i18n::Lang::current().try_intro()}</p>
            <Lesson file_stem="try" consoles=view! { <Terminal /> }.into_any() />
        </main>
    }
}

/// The terminal panel.
#[component]
pub fn Terminal() -> impl IntoView {
    let player = expect_context::<Player>();
    let typed: RwSignal<Vec<String>> = RwSignal::new(Vec::new());
    let local: RwSignal<Vec<Local>> = RwSignal::new(Vec::new());
    let history: RwSignal<Vec<String>> = RwSignal::new(Vec::new());
    let browse: RwSignal<Option<usize>> = RwSignal::new(None);
    let input = RwSignal::new(String::new());
    let field = NodeRef::<leptos::html::Input>::new();

    let say = move |text: String, is_input: bool| {
        let after = typed.with_untracked(Vec::len);
        local.update(|l| {
            l.push(Local {
                after,
                text,
                input: is_input,
            })
        });
    };
    let run = move |line: String| {
        let trimmed = line.trim().to_owned();
        if !trimmed.is_empty() {
            history.update(|h| h.push(trimmed.clone()));
        }
        browse.set(None);
        input.set(String::new());
        if trimmed.is_empty() {
            return;
        }
        // A bare help gets the summaries; `help get` goes to the client itself.
        if trimmed == "help" || trimmed == "?" {
            say(trimmed, true);
            for l in help_lines() {
                say(l, false);
            }
            return;
        }
        if let Err(e) = check_line(&trimmed) {
            say(trimmed, true);
            say(e.message().to_owned(), false);
            say(e.hint().to_owned(), false);
            return;
        }
        typed.update(|t| t.push(trimmed));
        let lines = typed.get_untracked();
        let session = Tutorial::new(&Scenario::interactive(DataMode::Active, &lines), SEED);
        player.playing.set(false);
        player.replace(Arc::new(session));
        // Animate what the new line caused, from where it begins.
        player.playing.set(true);
    };
    let reset = move |_| {
        typed.set(Vec::new());
        local.set(Vec::new());
        input.set(String::new());
        player.playing.set(false);
        player.replace(Arc::new(Tutorial::new(
            &Scenario::interactive(DataMode::Active, &[]),
            SEED,
        )));
        player.to_end();
    };
    let on_key = move |e: ev::KeyboardEvent| {
        let h = history.get_untracked();
        if h.is_empty() {
            return;
        }
        let next = match (e.key().as_str(), browse.get_untracked()) {
            ("ArrowUp", None) => Some(h.len() - 1),
            ("ArrowUp", Some(i)) => Some(i.saturating_sub(1)),
            ("ArrowDown", Some(i)) if i + 1 < h.len() => Some(i + 1),
            ("ArrowDown", Some(_)) => None,
            _ => return,
        };
        e.prevent_default();
        browse.set(next);
        input.set(next.map(|i| h[i].clone()).unwrap_or_default());
    };

    // The session's console at this position, with the terminal's own lines
    // placed after the output of the command they followed.
    let lines = move || {
        let pos = player.pos.get();
        let locals = local.get();
        let console: Vec<(String, Option<&'static str>)> = player.with_view(|v| {
            let t = v.timeline();
            v.console_at(pos)
                .iter()
                .filter_map(|&i| match &t.events[i].kind {
                    EventKind::Console { text, .. } => Some((text.clone(), t.console_prompt(i))),
                    _ => None,
                })
                .collect()
        });
        let mut out = Vec::new();
        let mut accepted = 0usize;
        let mut shown = 0usize;
        let flush = |upto: usize, out: &mut Vec<AnyView>, shown: &mut usize| {
            while *shown < locals.len() && locals[*shown].after <= upto {
                let l = &locals[*shown];
                out.push(line_view(l.text.clone(), l.input.then_some("ftp> ")));
                *shown += 1;
            }
        };
        for (i, (text, prompt)) in console.into_iter().enumerate() {
            if prompt.is_some() && i > 0 {
                // The accepted line about to be shown is line number `accepted + 1`.
                flush(accepted, &mut out, &mut shown);
                accepted += 1;
            }
            out.push(line_view(text, prompt));
        }
        flush(usize::MAX, &mut out, &mut shown);
        out
    };
    let scroller = NodeRef::<leptos::html::Div>::new();
    Effect::new(move |_| {
        player.pos.track();
        local.track();
        request_animation_frame(move || {
            if let Some(el) = scroller.get_untracked() {
                el.set_scroll_top(el.scroll_height());
            }
        });
    });
    let focus = move |_| {
        if let Some(el) = field.get_untracked() {
            let _ = el.focus();
        }
    };
    view! {
        <section class="console-panel terminal" aria-labelledby="terminal-title">
            <h2 id="terminal-title">"H1's terminal"</h2>
            <div class="console-scroll" role="log" aria-live="off" tabindex="0" aria-labelledby="terminal-title" node_ref=scroller on:click=focus>
                <pre class="console" data-testid="console" aria-live="polite">{lines}</pre>
            </div>
            <form
                class="prompt-line"
                on:submit=move |e: ev::SubmitEvent| {
                    e.prevent_default();
                    run(input.get_untracked());
                }
            >
                <label for="terminal-input" class="prompt">"ftp>"</label>
                <input
                    id="terminal-input"
                    data-testid="terminal-input"
                    type="text"
                    autocomplete="off"
                    autocapitalize="off"
                    spellcheck="false"
                    maxlength=MAX_INPUT
                    node_ref=field
                    prop:value=move || input.get()
                    on:input=move |e| input.set(event_target_value(&e))
                    on:keydown=on_key
                />
                <button type="submit">"Run"</button>
                <button type="button" on:click=reset>"Reset"</button>
            </form>
        </section>
    }
}

fn line_view(text: String, prompt: Option<&'static str>) -> AnyView {
    match prompt {
        Some(p) => view! {
            <div class="line input">
                <span class="prompt">{p}</span>
                {text}
            </div>
        }
        .into_any(),
        None => view! { <div class="line output">{text}</div> }.into_any(),
    }
}
