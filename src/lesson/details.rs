//! Packet details: opened by clicking a packet on the stage. Every value comes
//! from the segment in the model's timeline.

use leptos::ev;
use leptos::prelude::*;

use std::net::Ipv4Addr;

use ftp_sim::wire::{parse_host_port, FtpMessage};

use crate::i18n::{fill, Lang};
use crate::lesson::player::Player;
use crate::lesson::session::note_key;

/// What PORT's argument `h1,h2,h3,h4,p1,p2` says: the address, the two port
/// bytes and the port they encode (parsed by the model's wire module).
pub fn decode_port_arg(arg: &str) -> Option<(Ipv4Addr, u8, u8, u16)> {
    let (ip, port) = parse_host_port(arg)?;
    let [p1, p2] = port.to_be_bytes();
    Some((ip, p1, p2, port))
}

/// `pattern`'s text around its `{}`: one more piece than placeholders, so
/// the values can be set in markup between them.
fn pieces(pattern: &'static str) -> Vec<&'static str> {
    pattern.split("{}").collect()
}

/// The details panel of the selected packet.
#[component]
pub fn PacketDetails() -> impl IntoView {
    let player = expect_context::<Player>();
    let lang = Lang::current();
    let ui = lang.ui();
    let close = move || player.details_open.set(false);
    let handle = window_event_listener(ev::keydown, move |e: ev::KeyboardEvent| {
        if e.key() == "Escape" {
            close();
        }
    });
    on_cleanup(move || handle.remove());
    move || {
        if !player.details_open.get() {
            return None;
        }
        let event = player.selected.get()?;
        let data = player.data();
        let s = data.segment_at(event)?;
        let key = data.key_name(event);
        let note = key.and_then(|(name, channel)| {
            lang.packet_notes()
                .iter()
                .find(|(k, _)| *k == note_key(name, channel))
                .map(|(_, v)| *v)
        });
        let name = key.map_or_else(|| fill(ui.frame_name, &[&s.frame]), |(n, _)| n.to_owned());
        let from = data.timeline.host(s.from).name.clone();
        let to = data.timeline.host(s.to).name.clone();
        let mut rows: Vec<(&'static str, String)> = vec![
            (ui.from, format!("{from} {}", s.src)),
            (ui.to, format!("{to} {}", s.dst)),
            (ui.tcp_flags, s.flags.to_string()),
            (ui.seq_number, s.seq.to_string()),
        ];
        if s.flags.ack {
            rows.push((ui.ack_number, s.ack.to_string()));
        }
        rows.push((ui.window, s.window.to_string()));
        if let Some(mss) = s.mss {
            rows.push((ui.mss_option, format!("{mss} bytes")));
        }
        rows.push((ui.payload, format!("{} bytes", s.payload.len())));
        if let Some(ftp) = &s.ftp {
            rows.push(("FTP", ftp.to_string()));
        }
        rows.push((
            ui.frame,
            fill(ui.frame_on_wire, &[&s.frame, &s.bytes.len()]),
        ));
        let port = match &s.ftp {
            Some(FtpMessage::Command { verb, arg }) if verb == "PORT" => decode_port_arg(arg),
            _ => None,
        };
        let port_view = port.map(|(ip, p1, p2, port)| {
            let listen = pieces(ui.port_listen);
            let bytes = pieces(ui.port_bytes);
            view! {
                <div class="port-decode" data-testid="port-decode">
                    <p>
                        {listen[0]} <strong>{ip}</strong> {listen[1]} <strong>{port}</strong> {listen[2]}
                    </p>
                    <p>
                        {bytes[0]}
                        <code>{format!("{p1},{p2}")}</code> {bytes[1]}
                        <code>{format!("{p1} × 256 + {p2} = {port}")}</code> {bytes[2]}
                    </p>
                </div>
            }
        });
        Some(view! {
            <section class="details" data-testid="packet-details" aria-labelledby="details-title">
                <h2 id="details-title">{fill(ui.details_title, &[&name])}</h2>
                {note.map(|n| view! { <p>{n}</p> })}
                {port_view}
                <dl>
                    {rows
                        .into_iter()
                        .map(|(k, v)| view! { <dt>{k}</dt><dd>{v}</dd> })
                        .collect_view()}
                </dl>
                <button type="button" on:click=move |_| close()>{ui.close}</button>
            </section>
        })
    }
}

#[cfg(test)]
mod tests {
    use super::{decode_port_arg, pieces};

    #[test]
    fn the_port_sentences_have_a_piece_around_each_value() {
        for ui in crate::i18n::Lang::ALL.map(|l| l.ui()) {
            assert_eq!(pieces(ui.port_listen).len(), 3, "{}", ui.port_listen);
            assert_eq!(pieces(ui.port_bytes).len(), 3, "{}", ui.port_bytes);
        }
    }

    #[test]
    fn decodes_the_seed_port_command() {
        assert_eq!(
            decode_port_arg("1,1,1,1,213,177"),
            Some((std::net::Ipv4Addr::new(1, 1, 1, 1), 213, 177, 54705))
        );
    }

    #[test]
    fn rejects_malformed_arguments() {
        assert_eq!(decode_port_arg("1,1,1,1,213"), None);
        assert_eq!(decode_port_arg("1,1,1,1,213,277"), None);
        assert_eq!(decode_port_arg("a,b"), None);
        assert_eq!(decode_port_arg(""), None);
    }
}
