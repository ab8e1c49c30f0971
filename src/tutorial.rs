//! The tutorial pages: a scenario picker over a [`Lesson`] (stage, controls,
//! caption, consoles, sockets, go deeper), all around one [`Player`].

use std::sync::Arc;

use gloo_timers::callback::Timeout;
use leptos::prelude::*;

use ftp_sim::{Role, Scenario};

use crate::caption::{Caption, CaptionSource};
use crate::captions::{scenario_text, SCENARIOS};
use crate::console::Console;
use crate::controls::{Controls, Keyboard};
use crate::deeper::Deeper;
use crate::details::PacketDetails;
use crate::overview::Overview;
use crate::player::Player;
use crate::route::Route;
use crate::session::{Tutorial, SEED};
use crate::sockets::SocketTables;
use crate::stage::Stage;
use crate::{Header, Notice};

/// A scenario's tutorial.
#[component]
pub fn TutorialPage(
    /// One of `ftp_sim::Scenario::IDS`.
    scenario: &'static str,
    /// What the URL asked for that could not be shown, if anything.
    notice: Option<String>,
) -> impl IntoView {
    let session = Scenario::by_id(scenario).unwrap_or_else(Scenario::seed_active);
    let player = Player::new(Arc::new(Tutorial::new(&session, SEED)));
    provide_context(player);
    let source = scenario_text(scenario).map_or(CaptionSource::Generic, CaptionSource::Scenario);
    provide_context(source);
    view! {
        <main id="main">
            <Header title="FTP Basics, animated" current=Route::Tutorial(scenario) />
            <Notice text=notice />
            <ScenarioPicker current=scenario />
            <Overview />
            <Lesson file_stem=scenario consoles=view! { <Consoles /> }.into_any() />
        </main>
    }
}

/// Links to every scenario; the current one is marked.
#[component]
fn ScenarioPicker(current: &'static str) -> impl IntoView {
    let summary = scenario_text(current).map(|s| s.summary);
    view! {
        <nav class="picker" aria-label="Scenarios" data-testid="scenario-picker">
            <ul>
                {SCENARIOS
                    .iter()
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
    view! {
        <Keyboard />
        <div class="tutorial">
            <section class="stage-panel" aria-label="Animation">
                <Stage />
                <Controls />
            </section>
            <Caption />
            <div class="consoles">{consoles}</div>
            <PacketDetails />
        </div>
        <SocketTables />
        <Deeper file_stem=stem />
    }
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
                if !player.step_forward() || player.pos.get_untracked() >= player.len() {
                    player.playing.set(false);
                }
            })
        });
        // Dropping the previous Timeout cancels it.
        beat.set_value(next);
    });
}
