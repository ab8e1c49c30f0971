//! Try it yourself: a terminal at H1. Each line the learner types drives the
//! model (the whole session is simulated again with the new line, which is
//! deterministic), and the packets it causes animate from where they begin.

use std::sync::Arc;

use leptos::ev;
use leptos::prelude::*;

use ftp_sim::ftp::client::{check_line, COMMANDS, LINE_TOO_LONG, MAX_LINE_CHARS};
use ftp_sim::{DataMode, EventKind, FaultRule, Faults, LineError, Scenario};

use crate::app::route::Route;
use crate::app::Header;
use crate::i18n::{fill, Lang, Ui};
use crate::lesson::caption::CaptionSource;
use crate::lesson::player::Player;
use crate::lesson::session::{Tutorial, SEED};
use crate::lesson::Lesson;

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

/// What `help` prints: the commands the model's client accepts, explained in `lang`.
pub fn help_lines(lang: Lang) -> Vec<String> {
    let ui = lang.ui();
    let mut out = vec![ui.help_heading.to_owned()];
    for c in COMMANDS {
        let aliases = if c.aliases.is_empty() {
            String::new()
        } else {
            fill(ui.help_also, &[&c.aliases.join(", ")])
        };
        out.push(format!(
            "  {:<28} {}{aliases}",
            c.usage,
            lang.command_summary(c)
        ));
    }
    out
}

/// The learner's hint for a refused `line`, worded from `ui` (the model words
/// it in English; this is the same sentence in the page's language, with the
/// command words, verbs and numbers the model chose).
pub fn hint(ui: &Ui, e: &LineError, line: &str) -> String {
    let word = line.split_whitespace().next().unwrap_or("");
    if e.message() == LINE_TOO_LONG {
        return fill(ui.hint_too_long, &[&MAX_LINE_CHARS]);
    }
    if let Some(usage) = e.message().strip_prefix("usage: ") {
        let optional = if usage.contains('[') {
            ui.hint_optional
        } else {
            ""
        };
        return fill(ui.hint_usage, &[&usage, &optional, &word]);
    }
    let upper = word.to_ascii_uppercase();
    match e.suggestion() {
        Some("open") if word == "ftp" => ui.hint_at_prompt.to_owned(),
        // A protocol verb typed at ftp>: the model suggests the client's command.
        Some(cmd) if e.hint().starts_with(&format!("{upper} is what")) => {
            fill(ui.hint_protocol, &[&upper, &cmd, &upper])
        }
        Some(cmd) if word.to_lowercase() == cmd && word != cmd => fill(ui.hint_lower_case, &[&cmd]),
        Some(cmd) => fill(ui.hint_did_you_mean, &[&cmd]),
        None if upper == "PORT" || upper == "EPRT" => fill(ui.hint_port, &[&upper]),
        None => ui.hint_help.to_owned(),
    }
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
    let lang = Lang::current();
    view! {
        <main id="main">
            <Header title=lang.ui().try_title current=Route::Try />
            <p class="intro">{lang.try_intro()}</p>
            <Lesson file_stem="try" consoles=view! { <Terminal /> }.into_any() />
        </main>
    }
}

/// The terminal panel.
#[component]
pub fn Terminal() -> impl IntoView {
    let player = expect_context::<Player>();
    let lang = Lang::current();
    let ui = lang.ui();
    let typed: RwSignal<Vec<String>> = RwSignal::new(Vec::new());
    let local: RwSignal<Vec<Local>> = RwSignal::new(Vec::new());
    let history: RwSignal<Vec<String>> = RwSignal::new(Vec::new());
    let browse: RwSignal<Option<usize>> = RwSignal::new(None);
    let input = RwSignal::new(String::new());
    let field = NodeRef::<leptos::html::Input>::new();
    // The network's switches, and what they were when each line was typed.
    let loss_on = RwSignal::new(false);
    let drop_next = RwSignal::new(false);
    let line_faults: RwSignal<Vec<(usize, Faults)>> = RwSignal::new(Vec::new());

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
            for l in help_lines(lang) {
                say(l, false);
            }
            return;
        }
        if let Err(e) = check_line(&trimmed) {
            // What the client prints stays as it prints it; the hint is the page's.
            let hint = hint(ui, &e, &trimmed);
            say(trimmed, true);
            say(e.message().to_owned(), false);
            say(hint, false);
            return;
        }
        typed.update(|t| t.push(trimmed));
        let lines = typed.get_untracked();
        // The script starts with `ftp 1.1.2.1`: this line is script[len].
        let faults = network(loss_on.get_untracked(), drop_next.get_untracked());
        drop_next.set(false);
        line_faults.update(|f| f.push((lines.len(), faults)));
        let session = Tutorial::new(&session_of(&lines, &line_faults.get_untracked()), SEED);
        player.playing.set(false);
        player.replace(Arc::new(session));
        // Animate what the new line caused, from where it begins.
        player.playing.set(true);
    };
    let reset = move |_| {
        typed.set(Vec::new());
        local.set(Vec::new());
        input.set(String::new());
        loss_on.set(false);
        drop_next.set(false);
        line_faults.set(Vec::new());
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
            <h2 id="terminal-title">{ui.terminal_title}</h2>
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
                <button type="submit">{ui.run}</button>
                <button type="button" on:click=reset>{ui.reset}</button>
            </form>
            <fieldset class="network" data-testid="network">
                <legend>{ui.network_title}</legend>
                <label>
                    <input
                        type="checkbox"
                        data-testid="network-loss"
                        prop:checked=move || loss_on.get()
                        on:change=move |e| loss_on.set(event_target_checked(&e))
                    />
                    " "
                    {ui.network_loss}
                </label>
                <button
                    type="button"
                    data-testid="network-drop-next"
                    aria-pressed=move || drop_next.get().to_string()
                    on:click=move |_| drop_next.update(|d| *d = !*d)
                >
                    {ui.network_drop_next}
                </button>
                <p class="hint" aria-live="polite" data-testid="network-status">
                    {move || if drop_next.get() { ui.network_drop_armed } else { ui.network_hint }}
                </p>
            </fieldset>
        </section>
    }
}

/// The loss rate of Try it yourself's switch: 5 % of the segments.
const SWITCH_LOSS_PPM: u32 = 50_000;

/// The network a line is typed into: the loss switch, and "lose the next
/// data segment" (the first that either end sends after the line).
fn network(loss: bool, drop_next: bool) -> Faults {
    let rules = if drop_next {
        ["S1 data 1", "H1 data 1"]
            .iter()
            .filter_map(|r| FaultRule::parse(r).ok())
            .collect()
    } else {
        Vec::new()
    };
    Faults {
        loss_ppm: if loss { SWITCH_LOSS_PPM } else { 0 },
        rules,
    }
}

/// The learner's session: the typed lines, each into the network it met.
fn session_of(lines: &[String], faults: &[(usize, Faults)]) -> Scenario {
    let mut s = Scenario::interactive(DataMode::Active, lines);
    s.typed_faults = faults.to_vec();
    s
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{en::WORDS as EN_W, es::WORDS as ES_W};

    /// Lines the terminal refuses, one or more for every kind of hint.
    /// The switches reach the model: a lost segment after the line typed
    /// with "lose the next data segment", nothing lost before it, and the
    /// file still whole.
    #[test]
    fn the_network_switches_lose_what_follows_and_tcp_recovers() {
        let lines: Vec<String> = vec!["get foo".into(), "get foo".into()];
        let faults = vec![(1, network(false, false)), (2, network(false, true))];
        let t = ftp_sim::simulate(&session_of(&lines, &faults), SEED);
        let lost: Vec<u32> = t
            .segments()
            .filter(|(_, s)| s.fault == Some(ftp_sim::Fault::Lost))
            .map(|(_, s)| s.frame)
            .collect();
        assert_eq!(lost.len(), 1, "{lost:?}");
        assert_eq!(t.saved.len(), 2);
        assert_eq!(t.saved[0].bytes, t.saved[1].bytes);
        assert_eq!(network(true, false).loss_ppm, SWITCH_LOSS_PPM);
        assert!(network(false, false).is_none());
    }

    fn refused() -> Vec<String> {
        let mut lines: Vec<String> = [
            "gett foo",
            "GET foo",
            "Ls",
            "RETR foo",
            "retr foo",
            "STOR x",
            "PWD",
            "cwd pub",
            "PASV",
            "EPSV",
            "USER bob",
            "QUIT",
            "SYST",
            "TYPE I",
            "PORT 1,1,1,1,1,1",
            "eprt",
            "ftp 1.1.2.1",
            "get",
            "put",
            "cd",
            "open",
            "quote",
            "delete",
            "mkdir",
            "rmdir",
            "size",
            "pass",
            "frobnicate",
            "xyzzy",
            "h",
            "opne 1.1.2.1",
            "lss",
            "Quit",
            "BYE",
            "dirr",
            "Cd pub",
            "Help",
        ]
        .map(String::from)
        .to_vec();
        lines.push("get ".to_owned() + &"x".repeat(MAX_LINE_CHARS));
        lines
    }

    #[test]
    fn english_hints_are_the_models_own() {
        for line in refused() {
            let e = check_line(&line).expect_err(&line);
            assert_eq!(hint(EN_W.ui, &e, &line), e.hint(), "for {line:?}");
        }
    }

    #[test]
    fn spanish_hints_keep_the_command_words() {
        let es = |line: &str| hint(ES_W.ui, &check_line(line).expect_err(line), line);
        assert_eq!(
            es("gett foo"),
            "¿Querías decir get? Escribe help para ver la lista de comandos."
        );
        assert_eq!(
            es("GET foo"),
            "Los comandos van en minúsculas: ¿querías decir get? Escribe help para ver la lista de comandos."
        );
        assert_eq!(
            es("RETR foo"),
            "RETR es lo que el cliente envía al servidor; en ftp> escribe get (o quote RETR … para enviarlo tal cual)."
        );
        assert!(es("PORT 1,1,1,1,1,1").starts_with("El cliente envía PORT por su cuenta"));
        assert_eq!(
            es("get"),
            "Escríbelo así: get remote-file [local-file] (las palabras entre [ ] son opcionales). Escribe help get para saber más."
        );
        assert!(es("ftp 1.1.2.1").starts_with("Ya estás en el indicador ftp>"));
        assert_eq!(es("xyzzy"), ES_W.ui.hint_help);
        let long = "get ".to_owned() + &"x".repeat(MAX_LINE_CHARS);
        assert_eq!(
            es(&long),
            format!("Una línea de comandos puede tener como máximo {MAX_LINE_CHARS} caracteres.")
        );
        for line in refused() {
            let e = check_line(&line).expect_err(&line);
            assert_ne!(hint(ES_W.ui, &e, &line), e.hint(), "for {line:?}");
        }
    }

    #[test]
    fn help_lists_every_command_in_both_languages() {
        for lang in Lang::ALL {
            let lines = help_lines(lang);
            assert_eq!(lines.len(), COMMANDS.len() + 1);
            assert_eq!(lines[0], lang.ui().help_heading);
        }
        let es = help_lines(Lang::Es);
        assert!(es.iter().any(
            |l| l.trim_start().starts_with("get remote-file [local-file]")
                && l.contains("Descarga un archivo")
                && l.ends_with("(también recv)")
        ));
        assert_eq!(
            help_lines(Lang::En)[0],
            "Commands you can type (the client turns them into FTP commands):"
        );
    }
}
