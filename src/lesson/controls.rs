//! The control bar and the keyboard shortcuts. Every control's accessible name
//! is its visible label.

use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use ftp_sim::tutorial::Detail;

use crate::lesson::player::{Player, SPEEDS};

/// The fidelity switch's choices: the seed's named packets, or every segment.
const FIDELITIES: [(Detail, &str); 2] = [
    (Detail::KeyPackets, "fidelity-key"),
    (Detail::EverySegment, "fidelity-every"),
];

/// Buttons, the fidelity switch and the speed control.
#[component]
pub fn Controls() -> impl IntoView {
    let player = expect_context::<Player>();
    let ui = crate::i18n::Lang::current().ui();
    // Memos: a step that leaves a button's state as it was touches no
    // attribute (each set restyles the button).
    let at_start = Memo::new(move |_| player.at_start());
    let at_end = Memo::new(move |_| player.at_end());
    let play_label = move || {
        if player.playing.get() {
            ui.pause
        } else {
            ui.play
        }
    };
    let no_next_page = Memo::new(move |_| {
        let pos = player.pos.get();
        let hi = player.bounds().1;
        player.with_view(|v| v.next_page(pos).is_none_or(|to| to > hi))
    });
    let on_speed = move |ev: ev::Event| {
        let value = event_target_value(&ev);
        if let Ok(speed) = value.parse::<f64>() {
            if SPEEDS.contains(&speed) {
                player.speed.set(speed);
            }
        }
    };
    view! {
        <div class="controls" role="group" aria-label=ui.controls_label>
            <button type="button" data-testid="restart" on:click=move |_| player.restart() disabled=at_start>
                {ui.restart}
            </button>
            <button type="button" data-testid="previous-page" on:click=move |_| player.previous_page() disabled=at_start>
                {ui.previous_page}
            </button>
            <button type="button" data-testid="step-back" on:click=move |_| player.step_back() disabled=at_start>
                {ui.step_back}
            </button>
            <button
                type="button"
                class="primary"
                data-testid="play"
                aria-pressed=move || player.playing.get().to_string()
                on:click=move |_| player.toggle_play()
            >
                {play_label}
            </button>
            <button
                type="button"
                data-testid="step-forward"
                on:click=move |_| {
                    player.playing.set(false);
                    player.step_forward();
                }
                disabled=at_end
            >
                {ui.step_forward}
            </button>
            <button
                type="button"
                data-testid="next-page"
                on:click=move |_| {
                    player.playing.set(false);
                    player.next_page();
                }
                disabled=no_next_page
            >
                {ui.next_page}
            </button>
            <fieldset class="fidelity">
                <legend>{ui.show}</legend>
                {FIDELITIES
                    .iter()
                    .map(|&(detail, testid)| {
                        let label = match detail {
                            Detail::KeyPackets => ui.key_packets,
                            Detail::EverySegment => ui.every_segment,
                        };
                        view! {
                            <label>
                                <input
                                    type="radio"
                                    name="fidelity"
                                    data-testid=testid
                                    prop:checked=move || player.detail.get() == detail
                                    on:change=move |_| player.set_detail(detail)
                                />
                                " "
                                {label}
                            </label>
                        }
                    })
                    .collect_view()}
            </fieldset>
            <label class="speed">
                {ui.speed}
                " "
                <select on:change=on_speed prop:value=move || player.speed.get().to_string()>
                    {SPEEDS
                        .iter()
                        .map(|s| view! { <option value=s.to_string()>{format!("{s}×")}</option> })
                        .collect_view()}
                </select>
            </label>
        </div>
    }
}

/// Keyboard shortcuts on the whole page: → / ← step, Space play/pause,
/// PageDown / PageUp page, Home / End. Keys typed into form fields, and Space
/// or Enter on a focused button, are left to the browser.
#[component]
pub fn Keyboard() -> impl IntoView {
    let player = expect_context::<Player>();
    let handle = window_event_listener(ev::keydown, move |e: ev::KeyboardEvent| {
        if e.alt_key() || e.ctrl_key() || e.meta_key() || e.default_prevented() {
            return;
        }
        let target = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok());
        let tag = target
            .as_ref()
            .map(|t| t.tag_name().to_ascii_lowercase())
            .unwrap_or_default();
        if matches!(tag.as_str(), "input" | "select" | "textarea") {
            return;
        }
        let on_button = tag == "button"
            || target
                .as_ref()
                .is_some_and(|t| t.get_attribute("role").as_deref() == Some("button"));
        let handled = match e.key().as_str() {
            "ArrowRight" => {
                player.playing.set(false);
                player.step_forward();
                true
            }
            "ArrowLeft" => {
                player.step_back();
                true
            }
            " " if !on_button => {
                player.toggle_play();
                true
            }
            "PageDown" => {
                player.playing.set(false);
                player.next_page();
                true
            }
            "PageUp" => {
                player.previous_page();
                true
            }
            "Home" => {
                player.restart();
                true
            }
            "End" => {
                player.to_end();
                true
            }
            _ => false,
        };
        if handled {
            e.prevent_default();
        }
    });
    on_cleanup(move || handle.remove());
}
