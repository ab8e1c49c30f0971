//! The stage: H1 — Internet — S1 in SVG, the connections that are open, and
//! the packet of the current step travelling along its lane.

use leptos::prelude::*;

use ftp_sim::tutorial::StepKind;
use ftp_sim::{Channel, Role};

use crate::lesson::player::{Motion, Player};

/// Horizontal centre of a packet that has arrived next to H1 / next to S1.
const NEAR_H1: f64 = 290.0;
const NEAR_S1: f64 = 510.0;
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

/// A host box on the stage.
#[component]
fn HostBox(
    testid: &'static str,
    x: f64,
    #[prop(into)] name: Signal<String>,
    #[prop(into)] ip: Signal<String>,
    role: &'static str,
) -> impl IntoView {
    view! {
        <g class="host" data-testid=testid transform=format!("translate({x} 125)")>
            <rect x="-62" y="-100" width="124" height="200" rx="12" />
            <text class="host-name" y="-8">{name}</text>
            <text class="host-ip" y="22">{ip}</text>
            <text class="host-role" y="46">{role}</text>
        </g>
    }
}

/// The scene. Without a [`Player`] in context it shows the seed topology only.
#[component]
pub fn Stage() -> impl IntoView {
    let player = use_context::<Player>();
    let ui = crate::i18n::Lang::current().ui();
    // The client acting now (PC2 takes H1's place when it acts) and the server.
    // Memos: they change a few times in a session, not at every step.
    let client = Memo::new(move |_| {
        player
            .and_then(|p| {
                p.with_view(|v| {
                    v.client_at(p.pos.get())
                        .map(|h| (h.name.clone(), h.ip.to_string()))
                })
            })
            .unwrap_or_else(|| ("H1".into(), "1.1.1.1".into()))
    });
    let server = Memo::new(move |_| {
        player
            .and_then(|p| p.with_view(|v| v.server().map(|h| (h.name.clone(), h.ip.to_string()))))
            .unwrap_or_else(|| ("S1".into(), "1.1.2.1".into()))
    });
    let title = move || {
        let (c, ci) = client.get();
        let (s, si) = server.get();
        crate::i18n::fill(ui.stage_title, &[&c, &ci, &s, &si])
    };
    view! {
        <figure class="stage-figure">
            <svg class="stage" viewBox="0 0 800 250" role="group">
                <title>{title}</title>
                <line class="link" x1="150" y1="125" x2="650" y2="125" />
                <g class="cloud" transform="translate(400 125)">
                    <ellipse rx="92" ry="36" />
                    <text y="6">"Internet"</text>
                </g>
                {player.map(|p| view! { <Connections player=p /> })}
                <HostBox
                    testid="host-client"
                    x=80.0
                    name=Signal::derive(move || client.get().0)
                    ip=Signal::derive(move || client.get().1)
                    role=ui.role_client
                />
                <HostBox
                    testid="host-server"
                    x=720.0
                    name=Signal::derive(move || server.get().0)
                    ip=Signal::derive(move || server.get().1)
                    role=ui.role_server
                />
                {player.map(|p| view! { <Packet player=p /> })}
            </svg>
            <figcaption class="legend">
                <span class="legend-item">
                    <span class="swatch control"></span>
                    {ui.legend_control}
                </span>
                <span class="legend-item">
                    <span class="swatch data"></span>
                    {ui.legend_data}
                </span>
            </figcaption>
        </figure>
    }
}

/// The open connections: a lane line per channel and the port at each end.
#[component]
fn Connections(player: Player) -> impl IntoView {
    // A memo: the lanes change a few times in a session, not at every step.
    let conns = Memo::new(move |_| {
        let pos = player.pos.get();
        player.with_view(|v| {
            v.connections_at(pos)
                .into_iter()
                .map(|(c, closing)| (c.channel, c.client.port(), c.server.port(), closing))
                .collect::<Vec<_>>()
        })
    });
    move || {
        conns
            .get()
            .into_iter()
            .map(|(channel, client_port, server_port, closing)| {
                let y = lane_y(channel);
                // Labels sit outside the lane (control above, data below), clear of packets.
                let label_y = match channel {
                    Channel::Control => y - 22.0,
                    Channel::Data => y + 32.0,
                };
                let class = format!(
                    "conn {}{}",
                    channel_class(channel),
                    if closing { " closing" } else { "" }
                );
                let ui = crate::i18n::Lang::current().ui();
                let client_port = crate::i18n::fill(ui.port_label, &[&client_port]);
                let server_port = crate::i18n::fill(ui.port_label, &[&server_port]);
                view! {
                    <g class=class data-testid="connection">
                        <line x1="142" y1=y x2="658" y2=y />
                        <text class="port at-h1" data-testid="port-h1" x="148" y=label_y>
                            {client_port}
                        </text>
                        <text class="port at-s1" data-testid="port-s1" x="652" y=label_y>
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
        let pos = player.pos.get();
        let (step, rightwards, delivered, lost) = player.with_view(|v| {
            let step = v.step(pos)?.clone();
            let segment = v.segment(&step)?;
            let rightwards = v.timeline().host(segment.from).role == Role::Client;
            let lost = segment.fault == Some(ftp_sim::Fault::Lost);
            Some((step, rightwards, segment.delivered, lost))
        })?;
        let event = step.event;
        let StepKind::Packet { label, channel, .. } = step.kind else {
            return None;
        };
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
        let class = format!(
            "packet {} {motion}{}{}",
            channel_class(channel),
            if delivered { "" } else { " dropped" },
            if lost { " lost" } else { "" }
        );
        // Wide enough for the label (every-segment labels are longer).
        let width = (label.chars().count() as f64 * 9.0 + 28.0).clamp(132.0, 240.0);
        // Set through the CSSOM (style.setProperty), never a `style` attribute, so a
        // Content-Security-Policy without 'unsafe-inline' styles allows them.
        let dx_px = format!("{dx}px");
        let travel_ms = format!("{}ms", player.step_ms() * 3 / 4);
        let tip = width / 2.0 + 4.0;
        let arrow = if rightwards {
            format!("M {tip} 0 L {} -6 L {} 6 Z", tip - 8.0, tip - 8.0)
        } else {
            format!("M -{tip} 0 L -{} -6 L -{} 6 Z", tip - 8.0, tip - 8.0)
        };
        let open_details = move || {
            player.selected.set(Some(event));
            player.details_open.set(true);
        };
        let key = move |ev: leptos::ev::KeyboardEvent| {
            if ev.key() == "Enter" || ev.key() == " " {
                ev.prevent_default();
                ev.stop_propagation();
                open_details();
            }
        };
        let ui = crate::i18n::Lang::current().ui();
        let pattern = if lost {
            ui.packet_lost_button
        } else {
            ui.packet_button
        };
        let aria = crate::i18n::fill(pattern, &[&label]);
        let mark = lost.then(|| {
            view! { <text class="lost-mark" y="36" data-testid="lost-mark">{ui.packet_lost}</text> }
        });
        Some(view! {
            <g transform=format!("translate({x} {y})")>
                <g class=class style:--dx=dx_px style:--travel-ms=travel_ms>
                    <g
                        class="packet-body"
                        data-testid="packet"
                        role="button"
                        tabindex="0"
                        aria-label=aria
                        on:click=move |_| open_details()
                        on:keydown=key
                    >
                        <rect x=-width / 2.0 y="-16" width=width height="32" rx="8" />
                        <text y="5">{label}</text>
                    </g>
                    {mark}
                    <path class="arrow" d=arrow />
                </g>
            </g>
        })
    }
}
