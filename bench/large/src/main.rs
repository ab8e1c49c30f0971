//! The lesson of the `large` scenario with a bigger file, for `make bench`:
//! the stepping budget checked as the session grows (bench/run.mjs opens
//! `?mib=10`, and `?mib=1` to compare this page with the site's own
//! `?scenario=large`).
//!
//! It mounts the app's `Lesson` (stage, controls, caption, console, sockets,
//! transcript, go deeper) around one `Player`, as `TutorialPage` does, without
//! the page furniture that does not change when stepping (header, scenario
//! picker, overview, Embed) and without writing the step into the address.

use std::sync::Arc;

use leptos::prelude::*;

use ftp_basics::i18n::Lang;
use ftp_basics::lesson::caption::CaptionSource;
use ftp_basics::lesson::player::Player;
use ftp_basics::lesson::session::{Tutorial, SEED};
use ftp_basics::lesson::{Consoles, Lesson};
use ftp_sim::Scenario;

/// `?mib=N` from the address, 1..=100; 10 when absent or unusable.
fn mib() -> usize {
    let search = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default();
    ftp_basics::app::route::param(&search, "mib")
        .and_then(|v| v.parse().ok())
        .filter(|n| (1..=100).contains(n))
        .unwrap_or(10)
}

#[component]
fn BenchLesson() -> impl IntoView {
    provide_context(Lang::En);
    let mut session = Scenario::large_file();
    // The `large` scenario fetches one generated file: make it N MiB.
    session.extra_files[0].1 = mib() << 20;
    provide_context(Player::new(Arc::new(Tutorial::new(&session, SEED))));
    // The session has the `large` scenario's phases; its words fit whatever the size.
    provide_context(
        Lang::En
            .scenario_text("large")
            .map_or(CaptionSource::Generic, CaptionSource::Scenario),
    );
    view! {
        <main id="main">
            <h1>{format!("Bench: the large scenario with {} MiB", mib())}</h1>
            <Lesson file_stem="bench-large" consoles=view! { <Consoles /> }.into_any() />
        </main>
    }
}

fn main() {
    console_error_panic_hook::set_once();
    mount_to_body(BenchLesson);
}
