//! The Go deeper views, below the first screenful of a lesson: the packet
//! list, inspector, ladder, follow stream, time-sequence graph, downloads,
//! socket tables and transcript. Its own load unit (see ARCHITECTURE.md).
//!
//! "Go deeper": the packet list, the ladder diagram, follow stream and
//! time-sequence graph as tabs, the inspector beside them, and the capture
//! downloads.

pub mod download;
pub mod follow;
pub mod inspector;
pub mod ladder;
pub mod packet_list;
pub mod sockets;
pub mod transcript;
pub mod tsg;

use std::sync::Arc;

use leptos::ev;
use leptos::prelude::*;

use crate::app::split::{ChunkError, Split};
use crate::deeper::follow::Follow;
use crate::deeper::inspector::Inspector;
use crate::deeper::ladder::Ladder;
use crate::deeper::packet_list::PacketList;
use crate::deeper::tsg::TimeSequenceGraph;
use crate::lesson::player::Player;
use crate::lesson::session::Tutorial;

// The ladder, follow and time-sequence tabs, and the capture writers behind
// the download buttons, are chunks of their own, loaded when first used.
crate::split_view! { ladder: fn ladder_view() { view! { <Ladder /> } } }
crate::split_view! { tsg: fn tsg_view() { view! { <TimeSequenceGraph /> } } }
crate::split_view! { follow: fn follow_view() { view! { <Follow /> } } }
crate::split_fn! {
    pcap: fn capture_bytes(data: Arc<Tutorial>, pcapng: bool) -> Vec<u8> {
        if pcapng {
            ftp_sim::pcap::to_pcapng(&data.timeline, ftp_sim::pcap::tutorial_comments(&data.timeline))
        } else {
            ftp_sim::pcap::to_pcap(&data.timeline)
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Tab {
    List,
    Ladder,
    Follow,
    Tsg,
}

/// The tabs and their element ids (their labels are in `Ui`).
const TABS: [(Tab, &str); 4] = [
    (Tab::List, "tab-list"),
    (Tab::Ladder, "tab-ladder"),
    (Tab::Follow, "tab-follow"),
    (Tab::Tsg, "tab-tsg"),
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
    // Set when the capture writers' chunk did not load; pressing the button
    // again retries.
    let download_failed = RwSignal::new(false);
    let save = move |pcapng: bool| {
        let data = player.data();
        leptos::task::spawn_local(async move {
            match capture_bytes(data, pcapng).await {
                Ok(bytes) => {
                    download_failed.set(false);
                    let (ext, mime) = if pcapng {
                        ("pcapng", "application/x-pcapng")
                    } else {
                        ("pcap", "application/vnd.tcpdump.pcap")
                    };
                    let name = format!("{}.{ext}", file_stem.get_value());
                    download::save(&name, mime, &bytes);
                }
                Err(ChunkError) => download_failed.set(true),
            }
        });
    };
    let save_pcapng = move |_| save(true);
    let save_pcap = move |_| save(false);
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
                Tab::Tsg => ui.tab_tsg,
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
        Tab::Ladder => view! { <Split load=ladder_view /> }.into_any(),
        Tab::Follow => view! { <Split load=follow_view /> }.into_any(),
        Tab::Tsg => view! { <Split load=tsg_view /> }.into_any(),
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
                {move || download_failed.get().then(|| view! {
                    <p class="notice" role="alert" data-testid="download-failed">{ui.part_failed}</p>
                })}
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
