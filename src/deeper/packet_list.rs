//! The packet list: Wireshark's columns, a display-filter box, and rows
//! rendered only where they are visible, so thousands of packets stay fast.

use leptos::ev;
use leptos::prelude::*;

use ftp_sim::filter::{self, Filter};

use crate::lesson::player::Player;

/// Height of one row in pixels (the CSS uses the same number).
pub const ROW_PX: f64 = 26.0;
/// Height of the scrolling area in pixels.
const VIEW_PX: f64 = 338.0;
/// Rows rendered above and below the visible ones.
const OVERSCAN: usize = 8;

/// Filters a learner can try with one click (from the seed notes on Wireshark).
pub const EXAMPLES: [&str; 6] = [
    "ftp || ftp-data",
    "tcp.port == 21",
    "tcp.flags.syn == 1",
    "ftp.request.command == \"USER\"",
    "ftp.response.code == 226",
    "ftp-data",
];

/// Seconds with six decimals, as Wireshark's Time column.
fn seconds(us: u64) -> String {
    format!("{}.{:06}", us / 1_000_000, us % 1_000_000)
}

/// The list and its filter box.
#[component]
pub fn PacketList() -> impl IntoView {
    let player = expect_context::<Player>();
    let ui = crate::i18n::Lang::current().ui();
    let text = RwSignal::new(String::new());
    // The filter in force (applied with Enter or Apply) and the live check of the box.
    let applied = RwSignal::new(String::new());
    let check = Memo::new(move |_| text.with(|t| filter::compile(t).map(|_| ())));
    let compiled: Memo<Option<Filter>> =
        Memo::new(move |_| applied.with(|a| filter::compile(a).ok()));
    // Row indices that pass the applied filter.
    let shown: Memo<Vec<usize>> = Memo::new(move |_| {
        let data = player.data();
        compiled.with(|f| match f {
            Some(f) if !f.is_empty() => (0..data.rows.len())
                .filter(|&i| f.matches_row(&data.timeline, &data.rows[i]))
                .collect(),
            _ => (0..data.rows.len()).collect(),
        })
    });
    let apply = move || {
        if check.with_untracked(|c| c.is_ok()) {
            applied.set(text.get_untracked());
        }
    };
    let scroll_top = RwSignal::new(0.0_f64);
    let scroller = NodeRef::<leptos::html::Div>::new();

    // Keep the selected packet in view when it changes elsewhere (stepping, ladder).
    Effect::new(move |_| {
        let Some(event) = player.selected.get() else {
            return;
        };
        let data = player.data();
        let Some(at) = shown.with(|s| s.iter().position(|&i| data.rows[i].event == event)) else {
            return;
        };
        let Some(el) = scroller.get_untracked() else {
            return;
        };
        let top = at as f64 * ROW_PX;
        // The scroll position as last reported by the list's scroll events:
        // reading el.scrollTop here would force a layout at every step.
        let now = scroll_top.get_untracked();
        // A row below the view comes in two rows from the top, a row above it
        // two rows from the bottom: stepping on in the same direction then
        // scrolls again only after a screenful, not at every step.
        let want = if top + ROW_PX > now + VIEW_PX {
            top - 2.0 * ROW_PX
        } else if top < now {
            top + 3.0 * ROW_PX - VIEW_PX
        } else {
            return;
        };
        let want = want.max(0.0).round();
        // The rows first, then the scroll: one layout, not two.
        scroll_top.set(want);
        el.set_scroll_top(want as i32);
    });

    // Selecting another packet restyles two rows; the window of rows is
    // rebuilt only when it scrolls or the filter changes.
    // Done imperatively, like the inspector's highlight: a reactive class per
    // row, created again whenever the window of rows is rebuilt, left its
    // subscriptions behind.
    Effect::new(move |_| {
        let now = player.selected.get();
        let Some(list) = scroller.get() else {
            return;
        };
        if let Ok(old) = list.query_selector_all("[data-testid=packet-row].selected") {
            for k in 0..old.length() {
                mark_selected(old.item(k), false);
            }
        }
        if let Some(event) = now {
            if let Ok(row) = list.query_selector(&format!("[data-event=\"{event}\"]")) {
                mark_selected(row.map(web_sys::Node::from), true);
            }
        }
    });
    // The first row of the window: a memo, so scrolling within a row, or an
    // echo of a scroll position already known, rebuilds no rows.
    let first = Memo::new(move |_| ((scroll_top.get() / ROW_PX) as usize).saturating_sub(OVERSCAN));
    // Not keyed rows (<For>): they made a scroll a few ms cheaper, but
    // `make bench` found wasm memory growing at every scroll with them.
    let rows = move || {
        let data = player.data();
        let first = first.get();
        let count = (VIEW_PX / ROW_PX) as usize + 2 * OVERSCAN;
        shown.with(|s| {
            s.iter()
                .enumerate()
                .skip(first)
                .take(count)
                .map(|(at, &i)| {
                    let r = &data.rows[i];
                    let event = r.event;
                    // Wireshark's "Bad TCP" colouring: retransmissions, duplicate ACKs, …
                    let bad = if r.analysis.bad() { " bad-tcp" } else { "" };
                    let proto = format!("row proto-{}{bad}", r.protocol.to_ascii_lowercase());
                    // The selection when the row is built; the effect above
                    // follows later changes.
                    let is_selected = player.selected.get_untracked() == Some(event);
                    let class = if is_selected {
                        format!("{proto} selected")
                    } else {
                        proto
                    };
                    let top = format!("{}px", at as f64 * ROW_PX);
                    let select = move || player.select(event);
                    view! {
                        <div
                            class=class
                            style:top=top
                            role="row"
                            tabindex="0"
                            data-testid="packet-row"
                            data-frame=r.frame
                            data-event=event
                            aria-selected=is_selected.to_string()
                            on:click=move |_| select()
                            on:keydown=move |e: ev::KeyboardEvent| {
                                if e.key() == "Enter" || e.key() == " " {
                                    e.prevent_default();
                                    e.stop_propagation();
                                    select();
                                }
                            }
                        >
                            <span role="cell" class="c-no">{r.frame}</span>
                            <span role="cell" class="c-time">{seconds(r.time)}</span>
                            <span role="cell" class="c-src">{r.source.to_string()}</span>
                            <span role="cell" class="c-dst">{r.destination.to_string()}</span>
                            <span role="cell" class="c-proto">{r.protocol}</span>
                            <span role="cell" class="c-len">{r.length}</span>
                            <span role="cell" class="c-info">{r.info.clone()}</span>
                        </div>
                    }
                })
                .collect_view()
        })
    };
    let total_height = move || format!("{}px", shown.with(|s| s.len()) as f64 * ROW_PX);
    let count = move || {
        let total = player.data().rows.len();
        crate::i18n::fill(ui.showing, &[&shown.with(|s| s.len()), &total])
    };
    let box_class = move || {
        if text.with(|t| t.trim().is_empty()) {
            "filter-box"
        } else if check.with(|c| c.is_ok()) {
            "filter-box valid"
        } else {
            "filter-box invalid"
        }
    };
    let lang = crate::i18n::Lang::current();
    let error = move || check.with(|c| c.as_ref().err().map(|e| lang.filter_error(e)));

    view! {
        <div class="packet-list">
            <form
                class="filter"
                on:submit=move |e: ev::SubmitEvent| {
                    e.prevent_default();
                    apply();
                }
            >
                <label for="display-filter">{ui.display_filter}</label>
                <input
                    id="display-filter"
                    class=box_class
                    data-testid="filter"
                    type="text"
                    spellcheck="false"
                    autocomplete="off"
                    maxlength="4096"
                    placeholder=ui.filter_placeholder
                    aria-invalid=move || check.with(|c| c.is_err()).to_string()
                    aria-describedby="filter-error"
                    prop:value=move || text.get()
                    on:input=move |e| text.set(event_target_value(&e))
                />
                <button type="submit">{ui.apply}</button>
                <button
                    type="button"
                    on:click=move |_| {
                        text.set(String::new());
                        applied.set(String::new());
                    }
                >
                    {ui.clear}
                </button>
            </form>
            <p id="filter-error" class="filter-error" data-testid="filter-error" aria-live="polite">
                {error}
            </p>
            <p class="examples">
                {ui.try_filters}
                {EXAMPLES
                    .iter()
                    .map(|ex| {
                        view! {
                            <button
                                type="button"
                                class="chip"
                                on:click=move |_| {
                                    text.set((*ex).to_owned());
                                    applied.set((*ex).to_owned());
                                }
                            >
                                <code>{*ex}</code>
                            </button>
                        }
                    })
                    .collect_view()}
            </p>
            <p class="count" data-testid="packet-count">{count}</p>
            <div class="table" role="table" aria-label=ui.tab_list>
                <div class="row head" role="row">
                    <span role="columnheader" class="c-no">{ui.col_no}</span>
                    <span role="columnheader" class="c-time">{ui.col_time}</span>
                    <span role="columnheader" class="c-src">{ui.col_source}</span>
                    <span role="columnheader" class="c-dst">{ui.col_destination}</span>
                    <span role="columnheader" class="c-proto">{ui.col_protocol}</span>
                    <span role="columnheader" class="c-len">{ui.col_length}</span>
                    <span role="columnheader" class="c-info">{ui.col_info}</span>
                </div>
                <div
                    class="rows"
                    data-testid="packet-rows"
                    node_ref=scroller
                    on:scroll=move |_| {
                        if let Some(el) = scroller.get_untracked() {
                            scroll_top.set(f64::from(el.scroll_top()));
                        }
                    }
                >
                    <div class="rows-space" style:height=total_height role="rowgroup">
                        {rows}
                    </div>
                </div>
            </div>
        </div>
    }
}

/// Marks a row of the list as selected or not (class and `aria-selected`).
fn mark_selected(node: Option<web_sys::Node>, selected: bool) {
    use wasm_bindgen::JsCast;
    if let Some(el) = node.and_then(|n| n.dyn_into::<web_sys::Element>().ok()) {
        let _ = el.class_list().toggle_with_force("selected", selected);
        let _ = el.set_attribute("aria-selected", if selected { "true" } else { "false" });
    }
}
