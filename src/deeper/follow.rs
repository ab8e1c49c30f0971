//! Follow stream: the control connection as a two-colour transcript, and each
//! data connection reassembled into the file it carried, ready to save.

use leptos::prelude::*;

use ftp_sim::follow;
use ftp_sim::Channel;

use crate::deeper::download;
use crate::i18n::{fill, Lang};
use crate::lesson::player::Player;

/// A short preview of a stream's bytes: the text if it is text, else hex.
pub fn preview(bytes: &[u8]) -> String {
    const MAX: usize = 2048;
    let head = &bytes[..bytes.len().min(MAX)];
    let more = if bytes.len() > MAX { "\n…" } else { "" };
    match std::str::from_utf8(head) {
        Ok(text)
            if text
                .chars()
                .all(|c| !c.is_control() || c == '\n' || c == '\r' || c == '\t') =>
        {
            format!("{text}{more}")
        }
        _ => {
            let hex: Vec<String> = head.iter().take(256).map(|b| format!("{b:02x}")).collect();
            format!(
                "{}{}",
                hex.join(" "),
                if bytes.len() > 256 { " …" } else { "" }
            )
        }
    }
}

/// The follow-stream panel.
#[component]
pub fn Follow() -> impl IntoView {
    let player = expect_context::<Player>();
    let ui = Lang::current().ui();
    let data = player.data();
    let timeline = &data.timeline;
    let client = timeline
        .hosts
        .iter()
        .find(|h| h.role == ftp_sim::Role::Client)
        .map(|h| h.name.clone())
        .unwrap_or_default();
    let server = timeline
        .hosts
        .iter()
        .find(|h| h.role == ftp_sim::Role::Server)
        .map(|h| h.name.clone())
        .unwrap_or_default();
    let controls = timeline
        .connections
        .iter()
        .filter(|c| c.channel == Channel::Control)
        .map(|c| {
            let lines = follow::control_transcript(timeline, c.id)
                .into_iter()
                .map(|l| {
                    let (class, who) = if l.from_client {
                        ("client", client.clone())
                    } else {
                        ("server", server.clone())
                    };
                    view! {
                        <div class=format!("t-line {class}") data-testid="transcript-line">
                            <span class="who">{who} ": "</span>
                            {l.text}
                        </div>
                    }
                })
                .collect_view();
            view! {
                <h3 id=format!("follow-ctrl-{}", c.id.0)>{fill(ui.control_connection, &[&c.client, &c.server])}</h3>
                <pre class="transcript" data-testid="transcript" role="region" tabindex="0" aria-labelledby=format!("follow-ctrl-{}", c.id.0)>{lines}</pre>
            }
        })
        .collect_view();
    let streams = follow::data_streams(timeline)
        .into_iter()
        .map(|s| {
            let name = s.file_name.clone().unwrap_or_else(|| format!("stream-{}.bin", s.conn.0));
            let command = s.command.clone().unwrap_or_else(|| ui.data_word.into());
            let direction = if s.from_client {
                ui.client_to_server
            } else {
                ui.server_to_client
            };
            let heading = fill(ui.data_connection, &[&command, &s.bytes.len(), &direction]);
            let text = preview(&s.bytes);
            let label = fill(ui.save, &[&name]);
            let bytes = s.bytes;
            view! {
                <section class="data-stream" data-testid="data-stream">
                    <h3 id=format!("follow-data-{}", s.conn.0)>{heading}</h3>
                    <pre class="stream-preview" role="region" tabindex="0" aria-labelledby=format!("follow-data-{}", s.conn.0)>{text}</pre>
                    <button type="button" on:click=move |_| { download::save(&name, "application/octet-stream", &bytes); }>
                        {label}
                    </button>
                </section>
            }
        })
        .collect_view();
    view! {
        <div class="follow" data-testid="follow">
            <p class="legend">
                <span class="swatch client"></span> {fill(ui.follow_client, &[&client])} " "
                <span class="swatch server"></span> {fill(ui.follow_server, &[&server])}
            </p>
            {controls}
            {streams}
        </div>
    }
}
