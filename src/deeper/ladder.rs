//! The ladder diagram: one vertical line per host, one arrow per packet of
//! the current fidelity, labelled like Wireshark's flow graph. The current
//! step is highlighted; clicking an arrow jumps there.

use leptos::ev;
use leptos::prelude::*;

use ftp_sim::tutorial::StepKind;
use ftp_sim::Channel;

use crate::lesson::player::Player;

const ROW: f64 = 34.0;
const TOP: f64 = 46.0;
const WIDTH: f64 = 800.0;

/// One arrow of the diagram.
struct Arrow {
    /// The tutorial position this packet's step brings.
    pos: usize,
    event: usize,
    label: String,
    channel: Channel,
    from: usize,
    to: usize,
    delivered: bool,
    at: u64,
}

/// The x of host `i` of `n`, spread across the width.
fn host_x(i: usize, n: usize) -> f64 {
    let left = 150.0;
    let right = WIDTH - 90.0;
    if n <= 1 {
        return (left + right) / 2.0;
    }
    left + (right - left) * i as f64 / (n - 1) as f64
}

/// The ladder diagram.
#[component]
pub fn Ladder() -> impl IntoView {
    let player = expect_context::<Player>();
    let ui = crate::i18n::Lang::current().ui();
    // A step changes the class of two arrows only (the one it leaves and the
    // one it reaches): the arrows are built once per session and fidelity,
    // which matters with the 1 MiB transfer's ~1,500 arrows.
    let current = Selector::new(move || player.pos.get());
    let chosen = Selector::new(move || player.selected.get());
    move || {
        let data = player.data();
        let timeline = &data.timeline;
        let n = timeline.hosts.len();
        let arrows: Vec<Arrow> = player.with_view(|v| {
            v.steps()
                .iter()
                .enumerate()
                .filter_map(|(i, s)| match &s.kind {
                    StepKind::Packet { channel, .. } => {
                        let seg = v.segment(s)?;
                        let label = data.flow_label(s.event).to_owned();
                        Some(Arrow {
                            pos: i + 1,
                            event: s.event,
                            label,
                            channel: *channel,
                            from: usize::from(seg.from.0),
                            to: usize::from(seg.to.0),
                            delivered: seg.delivered,
                            at: timeline.events[s.event].at,
                        })
                    }
                    StepKind::Console { .. } => None,
                })
                .collect()
        });
        let height = TOP + ROW * (arrows.len() as f64 + 1.0);
        let hosts = timeline
            .hosts
            .iter()
            .enumerate()
            .map(|(i, h)| {
                let x = host_x(i, n);
                view! {
                    <g class="ladder-host">
                        <text x=x y="18" class="host-name">{h.name.clone()}</text>
                        <text x=x y="34" class="host-ip">{h.ip.to_string()}</text>
                        <line x1=x y1=TOP - 6.0 x2=x y2=height />
                    </g>
                }
            })
            .collect_view();
        let rows = arrows
            .into_iter()
            .enumerate()
            .map(|(row, a)| {
                let Arrow {
                    pos: step_pos,
                    event,
                    label,
                    channel,
                    from,
                    to,
                    delivered,
                    at,
                } = a;
                let y = TOP + ROW * (row as f64 + 0.8);
                let x1 = host_x(from, n);
                let x2 = host_x(to, n);
                // A dropped packet stops halfway, where the firewall ate it.
                let end = if delivered { x2 } else { (x1 + x2) / 2.0 };
                let dir = if end >= x1 { 1.0 } else { -1.0 };
                let head = format!("M {end} {y} l {} -5 l 0 10 Z", -8.0 * dir);
                let base = match (channel, delivered) {
                    (Channel::Data, true) => "arrow data",
                    (Channel::Data, false) => "arrow data dropped",
                    (Channel::Control, true) => "arrow control",
                    (Channel::Control, false) => "arrow control dropped",
                };
                let (current, chosen) = (current.clone(), chosen.clone());
                let class =
                    move || match (current.selected(&step_pos), chosen.selected(&Some(event))) {
                        (false, false) => base.to_string(),
                        (true, false) => format!("{base} current"),
                        (false, true) => format!("{base} selected"),
                        (true, true) => format!("{base} current selected"),
                    };
                let time = format!("{}.{:03} s", at / 1_000_000, (at / 1000) % 1000);
                // Named by its visible texts (time, then label): speech matches sight.
                let go = move || player.select(event);
                view! {
                    <g
                        class=class
                        role="button"
                        tabindex="0"
                        data-testid="ladder-arrow"
                        on:click=move |_| go()
                        on:keydown=move |e: ev::KeyboardEvent| {
                            if e.key() == "Enter" || e.key() == " " {
                                e.prevent_default();
                                e.stop_propagation();
                                go();
                            }
                        }
                    >
                        <rect class="hit" x="0" y=y - ROW * 0.75 width=WIDTH height=ROW />
                        <text class="time" x="8" y=y + 4.0>{time}</text>
                        <line x1=x1 y1=y x2=end y2=y />
                        <path d=head />
                        <text class="label" x=(x1 + x2) / 2.0 y=y - 7.0>{label}</text>
                    </g>
                }
            })
            .collect_view();
        view! {
            <div class="ladder-scroll">
                <svg
                    class="ladder"
                    data-testid="ladder"
                    viewBox=format!("0 0 {WIDTH} {height}")
                    role="group"
                    aria-label=ui.ladder_label
                >
                    {hosts}
                    {rows}
                </svg>
            </div>
        }
    }
}
