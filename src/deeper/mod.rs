//! The Go deeper views, below the first screenful of a lesson: the packet
//! list, inspector, ladder, follow stream, downloads, socket tables and
//! transcript. Its own load unit (see ARCHITECTURE.md).
//!
//! "Go deeper": the packet list, the ladder diagram and follow stream as tabs,
//! the inspector beside them, and the capture downloads.

pub mod download;
pub mod follow;
pub mod inspector;
pub mod ladder;
pub mod packet_list;
pub mod sockets;
pub mod transcript;

use leptos::ev;
use leptos::prelude::*;

use crate::deeper::follow::Follow;
use crate::deeper::inspector::Inspector;
use crate::deeper::ladder::Ladder;
use crate::deeper::packet_list::PacketList;
use crate::lesson::player::Player;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Tab {
    List,
    Ladder,
    Follow,
}

/// The tabs and their element ids (their labels are in `Ui`).
const TABS: [(Tab, &str); 3] = [
    (Tab::List, "tab-list"),
    (Tab::Ladder, "tab-ladder"),
    (Tab::Follow, "tab-follow"),
];

/// The section under the tutorial.
#[component]
pub fn Deeper(
    /// Base of the capture file names, e.g. "ftp-basics-active".
    file_stem: String,
) -> impl IntoView {
    let player = expect_context::<Player>();
    let ui = crate::i18n::Lang::current().ui();
    let tab = RwSignal::new(Tab::List);
    let file_stem = StoredValue::new(file_stem);
    let save_pcapng = move |_| {
        let data = player.data();
        let bytes = ftp_sim::pcap::to_pcapng(
            &data.timeline,
            ftp_sim::pcap::tutorial_comments(&data.timeline),
        );
        download::save(
            &format!("{}.pcapng", file_stem.get_value()),
            "application/x-pcapng",
            &bytes,
        );
    };
    let save_pcap = move |_| {
        let data = player.data();
        download::save(
            &format!("{}.pcap", file_stem.get_value()),
            "application/vnd.tcpdump.pcap",
            &ftp_sim::pcap::to_pcap(&data.timeline),
        );
    };
    // Arrow keys move between tabs (WAI-ARIA tabs pattern).
    let on_key = move |e: ev::KeyboardEvent| {
        let at = TABS
            .iter()
            .position(|(t, ..)| *t == tab.get_untracked())
            .unwrap_or(0);
        let next = match e.key().as_str() {
            "ArrowRight" => (at + 1) % TABS.len(),
            "ArrowLeft" => (at + TABS.len() - 1) % TABS.len(),
            _ => return,
        };
        e.prevent_default();
        e.stop_propagation();
        tab.set(TABS[next].0);
        if let Some(el) = document().get_element_by_id(TABS[next].1) {
            use wasm_bindgen::JsCast;
            if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
                let _ = el.focus();
            }
        }
    };
    let tabs = TABS
        .iter()
        .map(|&(t, id)| {
            let label = match t {
                Tab::List => ui.tab_list,
                Tab::Ladder => ui.tab_ladder,
                Tab::Follow => ui.tab_follow,
            };
            view! {
                <button
                    type="button"
                    role="tab"
                    id=id
                    aria-selected=move || (tab.get() == t).to_string()
                    aria-controls="deeper-panel"
                    tabindex=move || if tab.get() == t { "0" } else { "-1" }
                    on:click=move |_| tab.set(t)
                >
                    {label}
                </button>
            }
        })
        .collect_view();
    let panel = move || match tab.get() {
        Tab::List => view! { <PacketList /> }.into_any(),
        Tab::Ladder => view! { <Ladder /> }.into_any(),
        Tab::Follow => view! { <Follow /> }.into_any(),
    };
    let labelled_by = move || {
        TABS.iter()
            .find(|(t, ..)| *t == tab.get())
            .map(|(_, id)| *id)
            .unwrap_or("tab-list")
    };
    view! {
        <section class="deeper" aria-labelledby="deeper-title">
            <div class="deeper-head">
                <h2 id="deeper-title">{ui.deeper_title}</h2>
                <div class="downloads">
                    <button type="button" on:click=save_pcapng>{ui.download_pcapng}</button>
                    <button type="button" on:click=save_pcap>{ui.download_pcap}</button>
                </div>
            </div>
            <div class="deeper-grid">
                <div class="deeper-main">
                    <div class="tabs" role="tablist" aria-label=ui.views_label on:keydown=on_key>
                        {tabs}
                    </div>
                    <div id="deeper-panel" role="tabpanel" aria-labelledby=labelled_by>
                        {panel}
                    </div>
                </div>
                <Inspector />
            </div>
        </section>
    }
}
