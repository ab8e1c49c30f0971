//! The stage: H1 — Internet — S1 in SVG, the connections that are open, and
//! the packet of the current step travelling along its lane.

use leptos::prelude::*;

use ftp_sim::tutorial::StepKind;
use ftp_sim::{Channel, Role};

use crate::player::{Motion, Player};

/// Horizontal centre of a packet that has arrived next to H1 / next to S1.
const NEAR_H1: f64 = 272.0;
const NEAR_S1: f64 = 528.0;
/// Vertical centre of each lane.
const CONTROL_Y: f64 = 62.0;
const DATA_Y: f64 = 190.0;

fn lane_y(channel: Channel) -> f64 {
    match channel {
        Channel::Control => CONTROL_Y,
        Channel::Data => DATA_Y,
    }
}

fn channel_class(channel: Channel) -> &'static str {
    match channel {
        Channel::Control => "control",
        Channel::Data => "data",
    }
}

/// The scene. Without a [`Player`] in context it shows only the topology.
#[component]
pub fn Stage() -> impl IntoView {
    let player = use_context::<Player>();
    view! {
        <figure class="stage-figure">
            <svg class="stage" viewBox="0 0 800 250" role="img" aria-labelledby="stage-title">
                <title id="stage-title">
                    "Client H1 (1.1.1.1) and server S1 (1.1.2.1) connected through the Internet"
                </title>
                <line class="link" x1="150" y1="125" x2="650" y2="125" />
                <g class="cloud" transform="translate(400 125)">
                    <ellipse rx="92" ry="36" />
                    <text y="6">"Internet"</text>
                </g>
                {player.map(|p| view! { <Connections player=p /> })}
                <g class="host" data-testid="host-h1" transform="translate(80 125)">
                    <rect x="-62" y="-100" width="124" height="200" rx="12" />
                    <text class="host-name" y="-8">"H1"</text>
                    <text class="host-ip" y="22">"1.1.1.1"</text>
                    <text class="host-role" y="46">"client"</text>
                </g>
                <g class="host" data-testid="host-s1" transform="translate(720 125)">
                    <rect x="-62" y="-100" width="124" height="200" rx="12" />
                    <text class="host-name" y="-8">"S1"</text>
                    <text class="host-ip" y="22">"1.1.2.1"</text>
                    <text class="host-role" y="46">"FTP server"</text>
                </g>
                {player.map(|p| view! { <Packet player=p /> })}
            </svg>
            <figcaption class="legend">
                <span class="swatch control"></span>
                "Control connection (commands and replies, server port 21)"
                <span class="swatch data"></span>
                "Data connection (the file, server port 20 in active mode)"
            </figcaption>
        </figure>
    }
}

/// The open connections: a lane line per channel and the port at each end.
#[component]
fn Connections(player: Player) -> impl IntoView {
    move || {
        let data = player.data();
        let pos = player.pos.get();
        data.connections_at(pos)
            .into_iter()
            .map(|(c, closing)| {
                let y = lane_y(c.channel);
                let class = format!(
                    "conn {}{}",
                    channel_class(c.channel),
                    if closing { " closing" } else { "" }
                );
                let client_port = format!("port {}", c.client.port());
                let server_port = format!("port {}", c.server.port());
                view! {
                    <g class=class data-testid="connection">
                        <line x1="142" y1=y x2="658" y2=y />
                        <text class="port at-h1" data-testid="port-h1" x="148" y=y - 9.0>
                            {client_port}
                        </text>
                        <text class="port at-s1" data-testid="port-s1" x="652" y=y - 9.0>
                            {server_port}
                        </text>
                    </g>
                }
            })
            .collect_view()
    }
}

/// The packet of the current step, if it is a packet step.
#[component]
fn Packet(player: Player) -> impl IntoView {
    move || {
        let data = player.data();
        let pos = player.pos.get();
        let step = data.step(pos)?.clone();
        let StepKind::Packet {
            name,
            from,
            channel,
            ..
        } = step.kind
        else {
            return None;
        };
        let rightwards = data.timeline.host(from).role == Role::Client;
        let (x, dx) = if rightwards {
            (NEAR_S1, NEAR_H1 - NEAR_S1)
        } else {
            (NEAR_H1, NEAR_S1 - NEAR_H1)
        };
        let y = lane_y(channel);
        let motion = match player.motion.get_untracked() {
            Motion::Travel => "travel",
            Motion::Arrived => "arrived",
        };
        let class = format!("packet {} {motion}", channel_class(channel));
        let style = format!("--dx: {dx}px; --travel-ms: {}ms", player.step_ms() * 3 / 4);
        let arrow = if rightwards {
            "M 70 0 L 62 -6 L 62 6 Z"
        } else {
            "M -70 0 L -62 -6 L -62 6 Z"
        };
        let index = pos - 1;
        let open = move |_| player.selected.set(Some(index));
        let key = move |ev: leptos::ev::KeyboardEvent| {
            if ev.key() == "Enter" || ev.key() == " " {
                ev.prevent_default();
                ev.stop_propagation();
                player.selected.set(Some(index));
            }
        };
        let label = format!("{name}: show details");
        Some(view! {
            <g transform=format!("translate({x} {y})")>
                <g class=class style=style>
                    <g
                        class="packet-body"
                        data-testid="packet"
                        role="button"
                        tabindex="0"
                        aria-label=label
                        on:click=open
                        on:keydown=key
                    >
                        <rect x="-66" y="-16" width="132" height="32" rx="8" />
                        <text y="5">{name}</text>
                    </g>
                    <path class="arrow" d=arrow />
                </g>
            </g>
        })
    }
}
