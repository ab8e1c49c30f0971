//! Active and passive side by side: the same `get foo` in both modes on two
//! stages that move together, one key packet at a time, so one sees who opens
//! the data connection in each.

use std::sync::Arc;

use gloo_timers::callback::Timeout;
use leptos::context::Provider;
use leptos::prelude::*;

use ftp_sim::tutorial::StepKind;
use ftp_sim::Scenario;

use crate::caption::now_line;
use crate::player::{Motion, Player, BASE_STEP_MS};
use crate::route::Route;
use crate::session::{Tutorial, SEED};
use crate::stage::Stage;
use crate::Header;

/// The position just after the `k`-th packet step (0: before any).
fn packet_position(player: Player, k: usize) -> usize {
    if k == 0 {
        return 0;
    }
    player.with_view(|v| {
        v.steps()
            .iter()
            .enumerate()
            .filter(|(_, s)| matches!(s.kind, StepKind::Packet { .. }))
            .nth(k - 1)
            .map_or(v.len(), |(i, _)| i + 1)
    })
}

fn packet_count(player: Player) -> usize {
    player.with_view(|v| {
        v.steps()
            .iter()
            .filter(|s| matches!(s.kind, StepKind::Packet { .. }))
            .count()
    })
}

/// The side-by-side page.
#[component]
pub fn ComparePage() -> impl IntoView {
    let active = Player::new(Arc::new(Tutorial::new(&Scenario::seed_active(), SEED)));
    let passive = Player::new(Arc::new(Tutorial::new(&Scenario::seed_passive(), SEED)));
    let total = packet_count(active).min(packet_count(passive));
    // How many key packets both stages have shown.
    let k = RwSignal::new(0usize);
    let playing = RwSignal::new(false);
    let travel = RwSignal::new(Motion::Arrived);

    Effect::new(move |_| {
        let k = k.get();
        for p in [active, passive] {
            let pos = packet_position(p, k);
            p.motion.set(travel.get_untracked());
            p.pos.set(pos);
        }
    });
    let beat = StoredValue::new_local(None::<Timeout>);
    Effect::new(move |_| {
        let play = playing.get();
        k.track();
        beat.set_value(play.then(|| {
            Timeout::new(BASE_STEP_MS as u32, move || {
                if k.get_untracked() < total {
                    travel.set(Motion::Travel);
                    k.update(|k| *k += 1);
                }
                if k.get_untracked() >= total {
                    playing.set(false);
                }
            })
        }));
    });
    let forward = move |_| {
        playing.set(false);
        travel.set(Motion::Travel);
        k.update(|k| *k = (*k + 1).min(total));
    };
    let back = move |_| {
        playing.set(false);
        travel.set(Motion::Arrived);
        k.update(|k| *k = k.saturating_sub(1));
    };
    let restart = move |_| {
        playing.set(false);
        travel.set(Motion::Arrived);
        k.set(0);
    };
    let play = move |_| {
        if playing.get_untracked() {
            playing.set(false);
        } else {
            if k.get_untracked() >= total {
                travel.set(Motion::Arrived);
                k.set(0);
            }
            playing.set(true);
        }
    };
    view! {
        <main id="main">
            <Header title="Active vs passive, side by side" current=Route::Compare />
            <p class="intro">{crate::i18n::Lang::current().compare_intro()}</p>
            <div class="controls" role="group" aria-label="Side-by-side controls">
                <button type="button" on:click=restart disabled=move || k.get() == 0>"Restart"</button>
                <button type="button" on:click=back disabled=move || k.get() == 0>"Step back"</button>
                <button type="button" class="primary" on:click=play>
                    {move || if playing.get() { "Pause" } else { "Play" }}
                </button>
                <button type="button" on:click=forward disabled=move || { k.get() >= total }>"Step forward"</button>
                <span class="step-counter" data-testid="compare-counter">
                    {move || format!("Packet {} of {total}", k.get())}
                </span>
            </div>
            <div class="compare">
                <Side player=active title="Active mode: PORT, the server connects" testid="compare-active" />
                <Side player=passive title="Passive mode: PASV, the client connects" testid="compare-passive" />
            </div>
        </main>
    }
}

/// One half: its stage and what its last step did.
#[component]
fn Side(player: Player, title: &'static str, testid: &'static str) -> impl IntoView {
    let now = move || player.with_view(|v| now_line(v, player.pos.get()));
    view! {
        <section class="compare-side" data-testid=testid aria-label=title>
            <h2>{title}</h2>
            <Provider value=player>
                <Stage />
            </Provider>
            <p class="now" aria-live="polite">{now}</p>
        </section>
    }
}
