//! Socket tables, one per host, netstat style: protocol, local address,
//! foreign address and RFC 9293 state, as they stand at the current step.

use leptos::prelude::*;

use ftp_sim::tcp::TcpState;

use crate::lesson::player::Player;

/// One row of a table, ready to render.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    pub local: String,
    pub foreign: String,
    pub state: String,
}

/// The tables of every host at position `pos`: (host name, rows).
pub fn tables(player: Player, pos: usize) -> Vec<(String, Vec<Row>)> {
    player.with_view(|v| {
        let t = v.timeline();
        // Before the first step nothing has happened yet but the server's listener.
        let (index, listen_only) = match v.last_event(pos) {
            Some(e) => (e, false),
            None => (0, true),
        };
        let sockets = if t.events.is_empty() {
            Vec::new()
        } else {
            t.sockets_at(index)
        };
        t.hosts
            .iter()
            .map(|h| {
                let rows = sockets
                    .iter()
                    .filter(|s| s.host == h.id && (!listen_only || s.state == TcpState::Listen))
                    .map(|s| Row {
                        local: s.local.to_string(),
                        foreign: s.remote.map_or_else(|| "*:*".to_owned(), |r| r.to_string()),
                        state: s.state.to_string(),
                    })
                    .collect();
                (h.name.clone(), rows)
            })
            .collect()
    })
}

/// The socket tables under the stage.
#[component]
pub fn SocketTables() -> impl IntoView {
    let player = expect_context::<Player>();
    let ui = crate::i18n::Lang::current().ui();
    // A memo: most steps leave every socket as it was, and then nothing is
    // rebuilt.
    let now = Memo::new(move |_| tables(player, player.pos.get()));
    let body = move || {
        now.get()
            .into_iter()
            .map(|(host, rows)| {
                let caption = crate::i18n::fill(ui.sockets_of, &[&host]);
                let empty = rows.is_empty();
                let rows = rows
                    .into_iter()
                    .map(|r| {
                        view! {
                            <tr data-testid="socket">
                                <td>"tcp"</td>
                                <td>{r.local}</td>
                                <td>{r.foreign}</td>
                                <td>{r.state}</td>
                            </tr>
                        }
                    })
                    .collect_view();
                view! {
                    <table class="sockets" data-testid="socket-table" data-host=host.clone()>
                        <caption>{caption}</caption>
                        <thead>
                            <tr>
                                <th scope="col">"Proto"</th>
                                <th scope="col">{ui.local_address}</th>
                                <th scope="col">{ui.foreign_address}</th>
                                <th scope="col">{ui.state}</th>
                            </tr>
                        </thead>
                        <tbody>
                            {rows}
                            {empty.then(|| view! { <tr><td colspan="4" class="none">{ui.no_sockets}</td></tr> })}
                        </tbody>
                    </table>
                }
            })
            .collect_view()
    };
    view! {
        <details class="sockets-panel" open>
            <summary>{ui.sockets_summary}</summary>
            <div class="socket-tables">{body}</div>
        </details>
    }
}
