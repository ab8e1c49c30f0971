//! The tutorial page: stage, console, caption and controls around one [`Player`].

use std::sync::Arc;

use gloo_timers::callback::Timeout;
use leptos::prelude::*;

use crate::caption::Caption;
use crate::console::Console;
use crate::controls::{Controls, Keyboard};
use crate::deeper::Deeper;
use crate::details::PacketDetails;
use crate::overview::Overview;
use crate::player::Player;
use crate::route::Route;
use crate::session::Tutorial;
use crate::stage::Stage;
use crate::Header;

/// The whole tutorial.
#[component]
pub fn TutorialPage() -> impl IntoView {
    let player = Player::new(Arc::new(Tutorial::seed()));
    provide_context(player);
    autoplay(player);

    view! {
        <main id="main">
            <Header title="FTP Basics, animated" current=Route::Tutorial />
            <Overview />
            <Keyboard />
            <div class="tutorial">
                <section class="stage-panel" aria-label="Animation">
                    <Stage />
                    <Controls />
                </section>
                <Caption />
                <Console />
                <PacketDetails />
            </div>
            <Deeper file_stem="ftp-basics-active" />
        </main>
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
