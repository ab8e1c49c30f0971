//! The lesson, in the first download: everything the first screen of a
//! lesson needs (session index, player, stage, controls, caption, console).
//!
//! The tutorial pages: a scenario picker over a [`Lesson`] (stage, controls,
//! caption, consoles, sockets, go deeper), all around one [`Player`].

pub mod caption;
pub mod console;
pub mod controls;
pub mod details;
pub mod embed;
pub mod overview;
pub mod player;
pub mod session;
pub mod stage;

use std::sync::Arc;

use gloo_timers::callback::Timeout;
use leptos::prelude::*;

use ftp_sim::{Role, Scenario};

use crate::app::later::{Later, Near};
use crate::app::route::Route;
use crate::app::split::Split;
use crate::app::url::{self, UrlState};
use crate::app::{Header, Notice};
use crate::deeper::sockets::SocketTables;
use crate::deeper::Deeper;
use crate::lesson::caption::{Caption, CaptionSource};
use crate::lesson::console::Console;
use crate::lesson::controls::{Controls, Keyboard};
use crate::lesson::details::PacketDetails;
use crate::lesson::embed::EmbedDialog;
use crate::lesson::overview::Overview;
use crate::lesson::player::Player;
use crate::lesson::session::{Tutorial, SEED};
use crate::lesson::stage::Stage;

/// A scenario's tutorial.
#[component]
pub fn TutorialPage(
    /// One of `ftp_sim::Scenario::IDS`.
    scenario: &'static str,
    /// The moment, range and mode the URL asks for.
    #[prop(optional)]
    url: UrlState,
    /// What the URL asked for that could not be used.
    #[prop(optional)]
    mut notices: Vec<String>,
) -> impl IntoView {
    let session = Scenario::by_id(scenario).unwrap_or_else(Scenario::seed_active);
    let player = Player::new(Arc::new(Tutorial::new(&session, SEED)));
    provide_context(player);
    let (range, pos) = url.fit(player.len(), &mut notices);
    player.lock(range, pos);
    if url.autoplay {
        player.playing.set(true);
    }
    keep_step_in_url(player);
    let notice = (!notices.is_empty()).then(|| notices.join(" "));
    let lang = crate::i18n::Lang::current();
    let source = lang
        .scenario_text(scenario)
        .map_or(CaptionSource::Generic, CaptionSource::Scenario);
    provide_context(source);
    if url.embed {
        return view! { <EmbedView notice=notice /> }.into_any();
    }
    view! {
        <main id="main">
            <Header title=crate::i18n::Lang::current().ui().title current=Route::Tutorial(scenario) />
            <Notice text=notice />
            <ScenarioPicker current=scenario />
            <div class="page-tools">
                <Overview />
                <EmbedDialog />
            </div>
            <Lesson file_stem=scenario consoles=view! { <Consoles /> }.into_any() />
        </main>
    }
    .into_any()
}

/// The compact view for iframes: the stage, its controls and the caption.
#[component]
pub fn EmbedView(
    /// What the URL asked for that could not be used.
    notice: Option<String>,
) -> impl IntoView {
    let player = expect_context::<Player>();
    autoplay(player);
    let full = web_sys::window()
        .and_then(|w| w.location().href().ok())
        .map(|h| {
            h.replace("&embed=1", "")
                .replace("?embed=1&", "?")
                .replace("?embed=1", "")
        })
        .unwrap_or_else(|| "./".into());
    view! {
        <main id="main" class="embed">
            <h1 class="embed-title">{crate::i18n::Lang::current().ui().title}</h1>
            <Notice text=notice />
            <Keyboard />
            <section class="stage-panel" aria-label=crate::i18n::Lang::current().ui().animation_label>
                <Stage />
                <Controls />
            </section>
            <Caption />
            <p class="embed-foot">
                <a href=full target="_blank" rel="noopener">{crate::i18n::Lang::current().ui().open_full_lesson}</a>
            </p>
        </main>
    }
}

/// Links to every scenario; the current one is marked.
#[component]
fn ScenarioPicker(current: &'static str) -> impl IntoView {
    let lang = crate::i18n::Lang::current();
    let summary = lang.scenario_text(current).map(|s| s.summary);
    let label = crate::i18n::Lang::current().ui().scenarios_label;
    view! {
        <nav class="picker" aria-label=label data-testid="scenario-picker">
            <ul>
                {lang
                    .scenarios()
                    .map(|s| {
                        view! {
                            <li>
                                <a
                                    href=Route::Tutorial(s.id).href()
                                    aria-current=(s.id == current).then_some("page")
                                    data-scenario=s.id
                                >
                                    {s.title}
                                </a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
            <p class="picker-summary">{summary}</p>
        </nav>
    }
}

/// One console per client host of the session (two in the two-PC scenario).
#[component]
pub fn Consoles() -> impl IntoView {
    let player = expect_context::<Player>();
    move || {
        let data = player.data();
        data.timeline
            .hosts
            .iter()
            .filter(|h| h.role == Role::Client)
            .filter(|h| {
                data.timeline.events.iter().any(|e| matches!(&e.kind, ftp_sim::EventKind::Console { host, .. } if *host == h.id))
            })
            .map(|h| view! { <Console host=h.id /> })
            .collect_view()
    }
}

/// The lesson itself: stage and controls, caption, the consoles (or a
/// terminal), sockets, packet details and the deeper views.
#[component]
pub fn Lesson(
    /// Base of download file names.
    file_stem: &'static str,
    /// What goes in the console column.
    consoles: AnyView,
) -> impl IntoView {
    let player = expect_context::<Player>();
    autoplay(player);
    let stem = format!("ftp-basics-{file_stem}");
    let load_deeper = move || deeper_views(stem.clone());
    // Go deeper comes when the learner scrolls near it, or as soon as they
    // start the lesson (a step, Play, a packet's details, every segment).
    let start = player.pos.get_untracked();
    let started = Signal::derive(move || {
        player.pos.get() != start
            || player.playing.get()
            || player.details_open.get()
            || player.detail.get() != ftp_sim::tutorial::Detail::KeyPackets
    });
    view! {
        <Keyboard />
        <div class="tutorial">
            <section class="stage-panel" aria-label=crate::i18n::Lang::current().ui().animation_label>
                <Stage />
                <Controls />
            </section>
            <Caption />
            <div class="consoles">{consoles}</div>
            <PacketDetails />
        </div>
        // Below the first screenful: rendered after the caption and controls.
        <Later>
            <SocketTables />
        </Later>
        <Later>
            <crate::deeper::transcript::Transcript />
        </Later>
        <Near wake=started testid="deeper-slot">
            <Split load=load_deeper.clone() />
        </Near>
    }
}

// "Go deeper" (packet list, inspector, tabs), in a chunk of its own: it is
// below the first screenful, and fetched only when it is needed (`Near`).
crate::split_view! {
    deeper: fn deeper_views(file_stem: String) { view! { <Deeper file_stem=file_stem /> } }
}

/// Writes the current moment into the address (`step=N`, in key-packet
/// steps) so it can be shared. Where the browser refuses (some sandboxed
/// frames), the address simply stays as it was.
fn keep_step_in_url(player: Player) {
    Effect::new(move |_| {
        let pos = player.pos.get();
        let detail = player.detail.get();
        let step = player.tutorial.with_untracked(|t| {
            let key = t.view(ftp_sim::tutorial::Detail::KeyPackets);
            match detail {
                ftp_sim::tutorial::Detail::KeyPackets => pos,
                other => t
                    .view(other)
                    .last_event(pos)
                    .map_or(0, |e| key.position_at_event(e)),
            }
        });
        let Some(window) = web_sys::window() else {
            return;
        };
        let location = window.location();
        let (Ok(path), Ok(search), Ok(hash)) =
            (location.pathname(), location.search(), location.hash())
        else {
            return;
        };
        let next = url::with_step(&search, step);
        if next != search {
            if let Ok(history) = window.history() {
                let _ = history.replace_state_with_url(
                    &wasm_bindgen::JsValue::NULL,
                    "",
                    Some(&format!("{path}{next}{hash}")),
                );
            }
        }
    });
}

/// While playing, advances one step per beat and stops at the end.
/// Any change of position, speed or play state replaces the pending beat.
fn autoplay(player: Player) {
    let beat = StoredValue::new_local(None::<Timeout>);
    Effect::new(move |_| {
        let playing = player.playing.get();
        player.pos.track();
        player.speed.track();
        let next = playing.then(|| {
            Timeout::new(player.step_ms(), move || {
                if !player.step_forward() || player.at_end_untracked() {
                    player.playing.set(false);
                }
            })
        });
        // Dropping the previous Timeout cancels it.
        beat.set_value(next);
    });
}
