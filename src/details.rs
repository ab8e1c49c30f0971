//! Packet details: opened by clicking a packet on the stage. Every value comes
//! from the segment in the model's timeline.

use leptos::ev;
use leptos::prelude::*;

use std::net::Ipv4Addr;

use ftp_sim::wire::{parse_host_port, FtpMessage};

use crate::player::Player;
use crate::session::note_key;

/// What PORT's argument `h1,h2,h3,h4,p1,p2` says: the address, the two port
/// bytes and the port they encode (parsed by the model's wire module).
pub fn decode_port_arg(arg: &str) -> Option<(Ipv4Addr, u8, u8, u16)> {
    let (ip, port) = parse_host_port(arg)?;
    let [p1, p2] = port.to_be_bytes();
    Some((ip, p1, p2, port))
}

/// The details panel of the selected packet.
#[component]
pub fn PacketDetails() -> impl IntoView {
    let player = expect_context::<Player>();
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
            crate::i18n::Lang::current()
                .packet_notes()
                .iter()
                .find(|(k, _)| *k == note_key(name, channel))
                .map(|(_, v)| *v)
        });
        let name = key.map_or_else(|| format!("frame {}", s.frame), |(n, _)| n.to_owned());
        let from = data.timeline.host(s.from).name.clone();
        let to = data.timeline.host(s.to).name.clone();
        let mut rows: Vec<(&'static str, String)> = vec![
            ("From", format!("{from} {}", s.src)),
            ("To", format!("{to} {}", s.dst)),
            ("TCP flags", s.flags.to_string()),
            ("Sequence number", s.seq.to_string()),
        ];
        if s.flags.ack {
            rows.push(("Acknowledgment number", s.ack.to_string()));
        }
        rows.push(("Window", s.window.to_string()));
        if let Some(mss) = s.mss {
            rows.push(("MSS option", format!("{mss} bytes")));
        }
        rows.push(("Payload", format!("{} bytes", s.payload.len())));
        if let Some(ftp) = &s.ftp {
            rows.push(("FTP", ftp.to_string()));
        }
        rows.push((
            "Frame",
            format!("#{} on the wire, {} bytes", s.frame, s.bytes.len()),
        ));
        let port = match &s.ftp {
            Some(FtpMessage::Command { verb, arg }) if verb == "PORT" => decode_port_arg(arg),
            _ => None,
        };
        let port_view = port.map(|(ip, p1, p2, port)| {
            view! {
                <div class="port-decode" data-testid="port-decode">
                    <p>
                        "H1 will listen at IP " <strong>{ip}</strong> ", port " <strong>{port}</strong> "."
                    </p>
                    <p>
                        "PORT sends the address as four numbers and the port as two bytes: "
                        <code>{format!("{p1},{p2}")}</code> " means "
                        <code>{format!("{p1} × 256 + {p2} = {port}")}</code> "."
                    </p>
                </div>
            }
        });
        Some(view! {
            <section class="details" data-testid="packet-details" aria-labelledby="details-title">
                <h2 id="details-title">"Packet: " {name}</h2>
                {note.map(|n| view! { <p>{n}</p> })}
                {port_view}
                <dl>
                    {rows
                        .into_iter()
                        .map(|(k, v)| view! { <dt>{k}</dt><dd>{v}</dd> })
                        .collect_view()}
                </dl>
                <button type="button" on:click=move |_| close()>"Close"</button>
            </section>
        })
    }
}

#[cfg(test)]
mod tests {
    use super::decode_port_arg;

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
