//! Active and passive side by side: the same `get foo` in both modes on two
//! stages that move together, one key packet at a time, so one sees who opens
//! the data connection in each. One polite live region says, once per step,
//! the packet number and each side's packet in a few words.

use std::sync::Arc;

use gloo_timers::callback::Timeout;
use leptos::context::Provider;
use leptos::prelude::*;

use ftp_sim::tutorial::StepKind;
use ftp_sim::Scenario;

use crate::app::route::Route;
use crate::app::Header;
use crate::i18n::{fill, Lang};
use crate::lesson::caption::now_line;
use crate::lesson::player::{Motion, Player, BASE_STEP_MS};
use crate::lesson::session::{Tutorial, SEED};
use crate::lesson::stage::Stage;

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

/// The packet at position `pos` in a few words: "data_Conn, S1 → H1".
fn brief(player: Player, pos: usize) -> String {
    player.with_view(|v| match v.step(pos).map(|s| &s.kind) {
        Some(StepKind::Packet { name, from, to, .. }) => {
            let t = v.timeline();
            format!("{name}, {} → {}", t.host(*from).name, t.host(*to).name)
        }
        _ => String::new(),
    })
}

/// What the live region says after `k` key packets of `total`.
fn announcement(active: Player, passive: Player, k: usize, total: usize) -> String {
    let ui = Lang::current().ui();
    if k == 0 {
        return fill(ui.packet_of, &[&k, &total]);
    }
    let (a, p) = (
        brief(active, packet_position(active, k)),
        brief(passive, packet_position(passive, k)),
    );
    fill(ui.compare_announce, &[&k, &total, &a, &p])
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
    let lang = Lang::current();
    let ui = lang.ui();
    // Derived from k alone, so it changes once per step (not once per stage).
    let announce = move || announcement(active, passive, k.get(), total);
    view! {
        <main id="main">
            <Header title=ui.compare_title current=Route::Compare />
            <p class="intro">{lang.compare_intro()}</p>
            <div class="controls" role="group" aria-label=ui.compare_controls>
                <button type="button" data-testid="restart" on:click=restart disabled=move || { k.get() == 0 }>{ui.restart}</button>
                <button type="button" data-testid="step-back" on:click=back disabled=move || { k.get() == 0 }>{ui.step_back}</button>
                <button type="button" class="primary" data-testid="play" on:click=play>
                    {move || if playing.get() { ui.pause } else { ui.play }}
                </button>
                <button type="button" data-testid="step-forward" on:click=forward disabled=move || { k.get() >= total }>{ui.step_forward}</button>
                <span class="step-counter" data-testid="compare-counter">
                    {move || fill(ui.packet_of, &[&k.get(), &total])}
                </span>
            </div>
            <p class="sr-only" data-testid="compare-announce" aria-live="polite" aria-atomic="true">
                {announce}
            </p>
            <div class="compare">
                <Side player=active title=ui.compare_active testid="compare-active" />
                <Side player=passive title=ui.compare_passive testid="compare-passive" />
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
            <p class="now">{now}</p>
        </section>
    }
}
