//! The time-sequence graph (Stevens, tcptrace) of a data connection: bytes
//! sent against time, the ACK line and the receive window above it,
//! retransmissions and lost segments marked. The points come from the model
//! (`ftp_sim::tsg`); this file only scales and draws them.
//!
//! What does not change while the lesson moves (grid, ticks, one path per
//! series) is written as SVG text in one go, so the 1 MiB transfer's ~720
//! segments and ~370 ACKs are a handful of elements, not thousands, and the
//! chunk holds little view code. Only the marks that move (the current step,
//! the selection, the keyboard's point) are elements of their own. The chart
//! is one tab stop, a listbox whose one rendered option is the point under
//! the keyboard (`aria-activedescendant`, with its place in the set): ← and →
//! move, Home and End jump, Enter or Space selects; a click selects the
//! nearest point. Selecting moves the lesson, as the packet list and the
//! ladder do.

use std::fmt::Write as _;

use leptos::ev;
use leptos::prelude::*;

use ftp_sim::tsg::{self, DataPoint, TimeSequence};
use ftp_sim::ConnId;

use crate::i18n::fill;
use crate::lesson::player::Player;

/// Room for the tick labels and axis titles around the plot, in px.
const LEFT: f64 = 64.0;
const RIGHT: f64 = 14.0;
const TOP: f64 = 26.0;
const BOTTOM: f64 = 40.0;
/// A click farther than this from every point selects nothing.
const REACH: f64 = 16.0;
/// From this many bytes up the byte axis counts KiB.
const KIB_AXIS: f64 = 16_384.0;

/// How the points map onto the SVG: one unit is one CSS pixel, since the
/// view box is as wide as the chart's box.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Scale {
    width: f64,
    height: f64,
    t0: f64,
    t1: f64,
    top: f64,
}

impl Scale {
    fn new(g: &TimeSequence, width: f64, whole_window: bool) -> Self {
        let width = width.max(280.0).round();
        let height = (width * 0.6).clamp(230.0, 380.0).round();
        let (lo, hi) = g.span();
        let (lo, hi) = (lo as f64, hi as f64);
        let pad = ((hi - lo) * 0.03).max(500.0);
        let mut top = f64::from(g.max_end().max(g.max_ack()));
        if whole_window {
            top = top.max(f64::from(g.max_window()));
        }
        Scale {
            width,
            height,
            t0: lo - pad,
            t1: hi + pad,
            top: (top * 1.05).max(1.0),
        }
    }

    fn x(&self, at: f64) -> f64 {
        LEFT + (at - self.t0) / (self.t1 - self.t0) * (self.width - LEFT - RIGHT)
    }

    fn y(&self, byte: f64) -> f64 {
        self.height - BOTTOM - byte / self.top * (self.height - TOP - BOTTOM)
    }

    /// Where a data point's marks are centred.
    fn point(&self, d: &DataPoint) -> (f64, f64) {
        let mid = (f64::from(d.start) + f64::from(d.end)) / 2.0;
        (self.x(d.at as f64), self.y(mid))
    }
}

/// True when the window's edge is so far above the data that drawing it to
/// scale would squeeze the data into the bottom of the chart.
fn window_squeezes(g: &TimeSequence) -> bool {
    u64::from(g.max_window()) > 2 * u64::from(g.max_end().max(g.max_ack()).max(1))
}

/// 1, 2 or 5 times a power of ten, the nearest to `span / count`.
fn nice_step(span: f64, count: f64) -> f64 {
    let raw = span / count.max(1.0);
    if raw.is_nan() || raw <= 0.0 {
        return 1.0;
    }
    let mut magnitude = 1.0;
    while magnitude * 10.0 <= raw {
        magnitude *= 10.0;
    }
    while magnitude > raw {
        magnitude /= 10.0;
    }
    let m = raw / magnitude;
    let nice = if m < 1.5 {
        1.0
    } else if m < 3.0 {
        2.0
    } else if m < 7.0 {
        5.0
    } else {
        10.0
    };
    nice * magnitude
}

/// Microseconds as seconds with `decimals` decimals (integer arithmetic,
/// truncated: ticks fall on round values).
fn seconds_with(us: u64, decimals: u32) -> String {
    let whole = us / 1_000_000;
    if decimals == 0 {
        return whole.to_string();
    }
    let frac = (us % 1_000_000) / 10u64.pow(6 - decimals.min(6));
    format!("{whole}.{frac:0width$}", width = decimals as usize)
}

/// Seconds with three decimals, as the ladder shows them.
fn seconds(us: u64) -> String {
    seconds_with(us, 3)
}

/// A coordinate, to the pixel.
fn px(v: f64) -> i64 {
    v.round() as i64
}

/// Text for SVG markup.
fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// The parts of the chart that only change with the graph, its size or the
/// zoom, as SVG markup: the grid and its labels (`back`), one path per
/// series (`series`).
#[derive(Clone, Debug, Default, PartialEq)]
struct Drawing {
    back: String,
    series: String,
}

/// The series' paths: `d` strings.
#[derive(Clone, Debug, Default, PartialEq)]
struct Paths {
    data: String,
    retransmitted: String,
    lost: String,
    lost_retransmitted: String,
    ack: String,
    window: String,
}

fn diamond(out: &mut String, x: i64, y: i64) {
    let _ = write!(out, "M{x} {}l5 5l-5 5l-5-5z", y - 5);
}

fn paths(g: &TimeSequence, s: &Scale) -> Paths {
    let mut p = Paths::default();
    for d in &g.data {
        let (x, mid) = s.point(d);
        let (x, m) = (px(x), px(mid));
        match (d.retransmission, d.lost) {
            (false, false) => {
                // The segment's bytes: an I-beam where they are tall enough
                // to show, else a 4 px stroke (dense, as in the 1 MiB
                // transfer, caps would merge into a band over the ACK line).
                let (lo, hi) = (px(s.y(f64::from(d.start))), px(s.y(f64::from(d.end))));
                if lo - hi >= 8 {
                    let _ = write!(p.data, "M{} {hi}h5M{x} {hi}V{lo}M{} {lo}h5", x - 2, x - 2);
                } else {
                    let _ = write!(p.data, "M{x} {}V{}", m - 2, m + 2);
                }
            }
            (true, false) => diamond(&mut p.retransmitted, x, m),
            (true, true) => diamond(&mut p.lost_retransmitted, x, m),
            (false, true) => {
                let _ = write!(p.lost, "M{} {m}a5 5 0 1 0 10 0a5 5 0 1 0-10 0", x - 5);
            }
        }
    }
    // The ACK line and the window's edge are steps: each holds until the next ACK.
    let right = px(s.width - RIGHT);
    for (out, edge) in [(&mut p.ack, false), (&mut p.window, true)] {
        for (i, a) in g.acks.iter().enumerate() {
            let y = px(s.y(f64::from(if edge { a.window } else { a.ack })));
            let x = px(s.x(a.at as f64));
            if i == 0 {
                let _ = write!(out, "M{x} {y}");
            } else {
                let _ = write!(out, "H{x}V{y}");
            }
        }
        if !g.acks.is_empty() {
            let _ = write!(out, "H{right}");
        }
    }
    p
}

/// The next smaller round step: 5 → 2 → 1 → 0.5 (times a power of ten).
fn smaller(step: f64) -> f64 {
    let mut magnitude = 1.0;
    while magnitude * 10.0 <= step {
        magnitude *= 10.0;
    }
    while magnitude > step {
        magnitude /= 10.0;
    }
    let lead = (step / magnitude).round();
    if lead >= 5.0 {
        2.0 * magnitude
    } else if lead >= 2.0 {
        magnitude
    } else {
        magnitude / 2.0
    }
}

/// The multiples of a round step in `lo..=hi`, about `count` of them and
/// at least three (a narrow chart still reads its scale).
fn ticks(lo: f64, hi: f64, count: f64, least: f64) -> (f64, Vec<f64>) {
    let mut step = nice_step(hi - lo, count).max(least);
    let within = |step: f64| ((lo / step).ceil() as i64)..=((hi / step).floor() as i64);
    while within(step).count() < 3 && smaller(step) >= least {
        step = smaller(step);
    }
    (step, within(step).map(|i| i as f64 * step).collect())
}

/// Time ticks, about one per 90 px: (x, label in seconds).
fn time_ticks(s: &Scale) -> Vec<(f64, String)> {
    let (step, at) = ticks(s.t0, s.t1, (s.width - LEFT - RIGHT) / 90.0, 1.0);
    let mut decimals = 0;
    let mut unit = 1_000_000.0;
    while unit > step && decimals < 6 {
        unit /= 10.0;
        decimals += 1;
    }
    at.into_iter()
        .map(|t| (s.x(t), seconds_with(t.round() as u64, decimals)))
        .collect()
}

/// Byte ticks, about one per 45 px: (y, label in bytes or KiB).
fn byte_ticks(s: &Scale) -> Vec<(f64, String)> {
    let kib = s.top >= KIB_AXIS;
    let unit = if kib { 1024.0 } else { 1.0 };
    let (_, at) = ticks(0.0, s.top / unit, (s.height - TOP - BOTTOM) / 45.0, 1.0);
    at.into_iter()
        .map(|n| {
            let label = if kib {
                format!("{} KiB", n.round() as u64)
            } else {
                (n.round() as u64).to_string()
            };
            (s.y(n * unit), label)
        })
        .collect()
}

fn drawing(g: &TimeSequence, s: &Scale, time: &str, bytes: &str) -> Drawing {
    let (left, top) = (px(LEFT), px(TOP));
    let (bottom, right) = (px(s.height - BOTTOM), px(s.width - RIGHT));
    let mut back = String::new();
    let _ = write!(
        back,
        "<defs><clipPath id=\"tsg-clip\"><rect x=\"{left}\" y=\"{}\" width=\"{}\" height=\"{}\"/></clipPath></defs>",
        top - 2,
        right - left,
        bottom - top + 2
    );
    for (x, label) in time_ticks(s) {
        let x = px(x);
        let _ = write!(
            back,
            "<line class=\"tsg-grid\" x1=\"{x}\" y1=\"{top}\" x2=\"{x}\" y2=\"{bottom}\"/>\
             <text class=\"tsg-tick\" x=\"{x}\" y=\"{}\" text-anchor=\"middle\">{label}</text>",
            bottom + 16
        );
    }
    for (y, label) in byte_ticks(s) {
        let y = px(y);
        let _ = write!(
            back,
            "<line class=\"tsg-grid\" x1=\"{left}\" y1=\"{y}\" x2=\"{right}\" y2=\"{y}\"/>\
             <text class=\"tsg-tick\" x=\"{}\" y=\"{}\" text-anchor=\"end\">{label}</text>",
            left - 6,
            y + 4
        );
    }
    let _ = write!(
        back,
        "<line class=\"tsg-axis\" x1=\"{left}\" y1=\"{bottom}\" x2=\"{right}\" y2=\"{bottom}\"/>\
         <line class=\"tsg-axis\" x1=\"{left}\" y1=\"{top}\" x2=\"{left}\" y2=\"{bottom}\"/>\
         <text class=\"tsg-title\" x=\"{left}\" y=\"{}\" text-anchor=\"start\">{}</text>\
         <text class=\"tsg-title\" x=\"{right}\" y=\"{}\" text-anchor=\"end\">{}</text>",
        top - 10,
        escape(bytes),
        px(s.height - 4.0),
        escape(time)
    );
    let p = paths(g, s);
    let mut series = String::new();
    // Back to front: the segments, then the lines over them (just below
    // dense data, the ACK line would hide under it), then the marks that
    // tell of trouble.
    for (class, d) in [
        ("tsg-data", &p.data),
        ("tsg-window", &p.window),
        ("tsg-ack", &p.ack),
        ("tsg-retransmitted", &p.retransmitted),
        ("tsg-lost", &p.lost),
        ("tsg-lost-retransmitted", &p.lost_retransmitted),
    ] {
        let marks = d.matches('M').count();
        let _ = write!(
            series,
            "<path class=\"{class}\" data-testid=\"{class}\" data-marks=\"{marks}\" d=\"{d}\"/>"
        );
    }
    Drawing { back, series }
}

/// The index of the graph's point for the segment at `event`, if it is one.
fn point_of(g: &TimeSequence, event: usize) -> Option<usize> {
    g.data.binary_search_by_key(&event, |d| d.event).ok()
}

/// Sets an attribute of a chart element.
fn set(el: &web_sys::Element, name: &str, value: &str) {
    let _ = el.set_attribute(name, value);
}

/// The graph's tab: a connection picker when there are several, the chart,
/// its legend and what it shows in words.
#[component]
pub fn TimeSequenceGraph() -> impl IntoView {
    let player = expect_context::<Player>();
    let ui = crate::i18n::Lang::current().ui();
    // The data connections worth a graph, each with its name for the picker.
    let conns = Memo::new(move |_| {
        let data = player.data();
        let t = &data.timeline;
        let streams = ftp_sim::follow::data_streams(t);
        tsg::data_connections(t)
            .into_iter()
            .map(|c| {
                let s = streams.iter().find(|s| s.conn == c);
                let command = s
                    .and_then(|s| s.command.clone())
                    .unwrap_or_else(|| ui.data_word.to_owned());
                let bytes = s.map_or(0, |s| s.bytes.len());
                let direction = if s.is_some_and(|s| s.from_client) {
                    ui.client_to_server
                } else {
                    ui.server_to_client
                };
                (c, fill(ui.data_connection, &[&command, &bytes, &direction]))
            })
            .collect::<Vec<_>>()
    });
    // At first, the connection of the current step or the selected packet, else the first.
    let chosen = RwSignal::new(untrack(|| {
        let data = player.data();
        let list = conns.get();
        player
            .with_view(|v| v.step(player.pos.get()).map(|s| s.event))
            .into_iter()
            .chain(player.selected.get())
            .filter_map(|e| data.segment_at(e).map(|s| s.conn))
            .find(|c| list.iter().any(|(k, _)| k == c))
            .or_else(|| list.first().map(|(c, _)| *c))
    }));
    let graph = Memo::new(move |_| {
        let data = player.data();
        let flags: Vec<_> = data.rows.iter().map(|r| r.analysis).collect();
        chosen
            .get()
            .map(|c| tsg::time_sequence_with(&data.timeline, c, &flags))
            .unwrap_or_default()
    });
    let points = Memo::new(move |_| graph.with(|g| g.data.len()));
    let squeezed = Memo::new(move |_| graph.with(window_squeezes));
    let whole_window = RwSignal::new(false);
    let width = RwSignal::new(640.0_f64);
    let scale = Memo::new(move |_| {
        let whole = whole_window.get() || !squeezed.get();
        graph.with(|g| Scale::new(g, width.get(), whole))
    });
    let drawn = Memo::new(move |_| {
        let s = scale.get();
        graph.with(|g| drawing(g, &s, ui.tsg_axis_time, ui.tsg_axis_bytes))
    });

    // The chart is as wide as its box: measured once shown, and on resize.
    let wrap = NodeRef::<leptos::html::Div>::new();
    let measure = move || {
        if let Some(el) = wrap.get_untracked() {
            let w = f64::from(el.client_width());
            if w > 0.0 && (w - width.get_untracked()).abs() >= 1.0 {
                width.set(w);
            }
        }
    };
    Effect::new(move |_| {
        if wrap.get().is_some() {
            measure();
        }
    });
    let resize = window_event_listener(ev::resize, move |_| measure());
    on_cleanup(move || resize.remove());

    // The point under the keyboard: it follows the selection (else the
    // current step) until the learner moves it, and is where the chart
    // starts when tabbed into.
    let focus = RwSignal::new(0_usize);
    Effect::new(move |_| {
        let step = player.with_view(|v| v.step(player.pos.get()).map(|s| s.event));
        let selected = player.selected.get();
        let at = graph.with(|g| {
            [selected, step]
                .into_iter()
                .flatten()
                .find_map(|e| point_of(g, e))
        });
        focus.set(at.unwrap_or(0));
    });
    let select = move |k: usize| {
        let event = graph.with_untracked(|g| g.data.get(k).map(|d| d.event));
        if let Some(event) = event {
            focus.set(k);
            player.select(event);
        }
    };
    let on_key = move |e: ev::KeyboardEvent| {
        if e.alt_key() || e.ctrl_key() || e.meta_key() {
            return;
        }
        let n = points.get_untracked();
        if n == 0 {
            return;
        }
        let at = focus.get_untracked().min(n - 1);
        let to = match e.key().as_str() {
            "ArrowRight" | "ArrowDown" => (at + 1).min(n - 1),
            "ArrowLeft" | "ArrowUp" => at.saturating_sub(1),
            "PageDown" => (at + 10).min(n - 1),
            "PageUp" => at.saturating_sub(10),
            "Home" => 0,
            "End" => n - 1,
            "Enter" | " " => at,
            _ => return,
        };
        // The lesson's own shortcuts (→ steps, Space plays) stay out of it.
        e.prevent_default();
        e.stop_propagation();
        if matches!(e.key().as_str(), "Enter" | " ") {
            select(at);
        } else {
            focus.set(to);
        }
    };
    let on_click = move |e: ev::MouseEvent| {
        use wasm_bindgen::JsCast;
        let Some(svg) = e
            .current_target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        else {
            return;
        };
        let r = svg.get_bounding_client_rect();
        let s = scale.get_untracked();
        if r.width() <= 0.0 || r.height() <= 0.0 {
            return;
        }
        let cx = (f64::from(e.client_x()) - r.left()) * s.width / r.width();
        let cy = (f64::from(e.client_y()) - r.top()) * s.height / r.height();
        let nearest = graph.with_untracked(|g| {
            g.data
                .iter()
                .enumerate()
                .map(|(k, d)| {
                    // Distance to the mark: its bytes span a height.
                    let dx = s.x(d.at as f64) - cx;
                    let top = s.y(f64::from(d.end)) - 3.0;
                    let bottom = s.y(f64::from(d.start)) + 3.0;
                    let dy = (top - cy).max(cy - bottom).max(0.0);
                    (k, (dx * dx + dy * dy).sqrt())
                })
                .min_by(|a, b| a.1.total_cmp(&b.1))
        });
        if let Some((k, d)) = nearest {
            if d <= REACH {
                select(k);
            }
        }
    };

    let picker = move || {
        let list = conns.get();
        (list.len() > 1).then(|| {
            let options = list
                .into_iter()
                .map(|(c, label)| {
                    view! { <option value=c.0 selected=chosen.get_untracked() == Some(c)>{label}</option> }
                })
                .collect_view();
            view! {
                <label class="tsg-picker">
                    {ui.tsg_connection}
                    <select
                        data-testid="tsg-connection"
                        on:change=move |e| {
                            if let Ok(k) = event_target_value(&e).parse::<u16>() {
                                chosen.set(Some(ConnId(k)));
                            }
                        }
                    >
                        {options}
                    </select>
                </label>
            }
        })
    };
    let zoom = move || {
        squeezed.get().then(|| {
            view! {
                <button
                    type="button"
                    class="tsg-zoom"
                    data-testid="tsg-whole-window"
                    aria-pressed=move || whole_window.get().to_string()
                    on:click=move |_| whole_window.update(|w| *w = !*w)
                >
                    {ui.tsg_whole_window}
                </button>
            }
        })
    };
    let summary = move || {
        let data = player.data();
        let t = &data.timeline;
        graph.with(|g| {
            let (lo, hi) = g.span();
            let sender = &t.host(g.sender).name;
            let receiver = &t.host(g.receiver).name;
            let retx = g.data.iter().filter(|d| d.retransmission).count();
            let lost = g.data.iter().filter(|d| d.lost).count();
            fill(
                ui.tsg_summary,
                &[
                    sender,
                    &g.max_end(),
                    receiver,
                    &g.data.len(),
                    &seconds(lo),
                    &seconds(hi),
                    &retx,
                    &lost,
                    receiver,
                    sender,
                ],
            )
        })
    };

    // The chart's elements are set here, not through reactive attributes:
    // a handful of `set_attribute`s when something moves, and little view
    // code in the chunk (as the packet list marks its selected row).
    let svg = NodeRef::<leptos::svg::Svg>::new();
    let back = NodeRef::<leptos::svg::G>::new();
    let series = NodeRef::<leptos::svg::G>::new();
    let now_line = NodeRef::<leptos::svg::Line>::new();
    let current_mark = NodeRef::<leptos::svg::Rect>::new();
    let selected_mark = NodeRef::<leptos::svg::Circle>::new();
    let option = NodeRef::<leptos::svg::G>::new();
    let focus_mark = NodeRef::<leptos::svg::Circle>::new();
    Effect::new(move |_| {
        let (Some(svg), Some(back), Some(series)) = (svg.get(), back.get(), series.get()) else {
            return;
        };
        let s = scale.get();
        drawn.with(|d| {
            back.set_inner_html(&d.back);
            series.set_inner_html(&d.series);
        });
        set(&svg, "viewBox", &format!("0 0 {} {}", s.width, s.height));
        set(&svg, "width", &s.width.to_string());
        set(&svg, "height", &s.height.to_string());
        set(&svg, "data-points", &points.get().to_string());
    });
    Effect::new(move |_| {
        let (Some(svg), Some(option)) = (svg.get(), option.get()) else {
            return;
        };
        let s = scale.get();
        let pos = player.pos.get();
        let (step, last) = player.with_view(|v| (v.step(pos).map(|s| s.event), v.last_event(pos)));
        let now = last.and_then(|e| {
            player
                .tutorial
                .with(|t| t.timeline.events.get(e).map(|e| e.at))
        });
        let selected = player.selected.get();
        let k = focus.get();
        graph.with(|g| {
            let place = |el: Option<web_sys::SvgElement>, at: Option<usize>| {
                let spot = at.and_then(|k| g.data.get(k)).map(|d| s.point(d));
                let (x, y) = spot.map_or((-100, -100), |(x, y)| (px(x), px(y)));
                if let Some(el) = el {
                    set(&el, "cx", &x.to_string());
                    set(&el, "cy", &y.to_string());
                }
            };
            let selected = selected.and_then(|e| point_of(g, e));
            place(selected_mark.get(), selected);
            // The current step's segment: a band behind its bytes, as the ladder lights its row.
            if let Some(band) = current_mark.get() {
                let d = step
                    .and_then(|e| point_of(g, e))
                    .and_then(|k| g.data.get(k));
                let (x, y, h) = d.map_or((-100, -100, 0), |d| {
                    let (top, bottom) = (s.y(f64::from(d.end)), s.y(f64::from(d.start)));
                    let (_, mid) = s.point(d);
                    let (top, bottom) = (top.min(mid - 8.0), bottom.max(mid + 8.0));
                    (px(s.x(d.at as f64)) - 8, px(top) - 4, px(bottom - top) + 8)
                });
                set(&band, "x", &x.to_string());
                set(&band, "y", &y.to_string());
                set(&band, "height", &h.to_string());
            }
            place(focus_mark.get(), Some(k));
            // A dashed line at the time of the lesson's current moment.
            if let Some(line) = now_line.get() {
                let x = now
                    .map(|at| at as f64)
                    .filter(|&at| at >= s.t0 && at <= s.t1)
                    .map_or(-100, |at| px(s.x(at)));
                set(&line, "x1", &x.to_string());
                set(&line, "x2", &x.to_string());
                set(&line, "y2", &px(s.height - BOTTOM).to_string());
            }
            let Some(d) = g.data.get(k) else {
                return;
            };
            let mut name = fill(ui.tsg_point, &[&d.frame, &seconds(d.at), &d.start, &d.end]);
            if d.retransmission {
                name = format!("{name}, {}", ui.tsg_point_retransmission);
            }
            if d.lost {
                name = format!("{name}, {}", ui.tsg_point_lost);
            }
            let id = format!("tsg-point-{k}");
            set(&option, "id", &id);
            set(&option, "aria-label", &name);
            set(&option, "data-frame", &d.frame.to_string());
            set(
                &option,
                "aria-selected",
                if selected == Some(k) { "true" } else { "false" },
            );
            set(&option, "aria-posinset", &(k + 1).to_string());
            set(&option, "aria-setsize", &g.data.len().to_string());
            set(&svg, "aria-activedescendant", &id);
        });
    });

    view! {
        <div class="tsg-view" data-testid="tsg-view">
            <div class="tsg-head">{picker} {zoom}</div>
            <div class="tsg-wrap" node_ref=wrap>
                <p class="tsg-none" data-testid="tsg-none" hidden=move || points.get() != 0>{ui.tsg_none}</p>
                <svg
                    node_ref=svg
                    class="tsg"
                    data-testid="tsg"
                    hidden=move || points.get() == 0
                    role="listbox"
                    tabindex="0"
                    aria-label=ui.tsg_label
                    aria-describedby="tsg-summary tsg-help"
                    on:keydown=on_key
                    on:click=on_click
                >
                    <g aria-hidden="true" node_ref=back></g>
                    <g aria-hidden="true" clip-path="url(#tsg-clip)">
                        <line node_ref=now_line class="tsg-now" x1="-100" x2="-100" y1=TOP y2="0" />
                        <rect node_ref=current_mark class="tsg-current" data-testid="tsg-current" x="-100" y="-100" width="16" height="0" rx="4" />
                    </g>
                    <g aria-hidden="true" clip-path="url(#tsg-clip)" node_ref=series></g>
                    <g aria-hidden="true">
                        <circle node_ref=selected_mark class="tsg-selected" data-testid="tsg-selected" cx="-100" cy="-100" r="7" />
                    </g>
                    <g node_ref=option role="option" data-testid="tsg-focus">
                        <circle node_ref=focus_mark class="tsg-focus" cx="-100" cy="-100" r="11" />
                    </g>
                </svg>
            </div>
            <ul class="legend tsg-legend">
                <li class="legend-item"><svg class="tsg-swatch tsg-data" viewBox="0 0 24 14" width="24" height="14" aria-hidden="true"><path d="M10 2h5M12 2V12M10 12h5" /></svg>{ui.tsg_data}</li>
                <li class="legend-item"><svg class="tsg-swatch tsg-retransmitted" viewBox="0 0 24 14" width="24" height="14" aria-hidden="true"><path d="M12 2l5 5l-5 5l-5-5z" /></svg>{ui.tsg_retransmission}</li>
                <li class="legend-item"><svg class="tsg-swatch tsg-lost" viewBox="0 0 24 14" width="24" height="14" aria-hidden="true"><path d="M7 7a5 5 0 1 0 10 0a5 5 0 1 0-10 0" /></svg>{ui.tsg_lost}</li>
                <li class="legend-item"><svg class="tsg-swatch tsg-ack" viewBox="0 0 24 14" width="24" height="14" aria-hidden="true"><path d="M1 11H9V6H16V3H23" /></svg>{ui.tsg_ack}</li>
                <li class="legend-item"><svg class="tsg-swatch tsg-window" viewBox="0 0 24 14" width="24" height="14" aria-hidden="true"><path d="M1 11H9V6H16V3H23" /></svg>{ui.tsg_window}</li>
            </ul>
            <p id="tsg-summary" class="tsg-summary" data-testid="tsg-summary">{summary}</p>
            <p id="tsg-help" class="tsg-help">{ui.tsg_help}</p>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn graph(id: &str) -> TimeSequence {
        let t = ftp_sim::simulate(&ftp_sim::Scenario::by_id(id).unwrap(), 1);
        let c = *tsg::data_connections(&t).last().unwrap();
        tsg::time_sequence(&t, c)
    }

    #[test]
    fn one_path_per_series_with_a_mark_per_segment() {
        let g = graph("large");
        let s = Scale::new(&g, 640.0, true);
        let p = paths(&g, &s);
        // Dense: one stroke per segment.
        assert_eq!(p.data.matches('M').count(), g.data.len());
        assert!(p.retransmitted.is_empty() && p.lost.is_empty());
        assert_eq!(p.ack.matches('V').count(), g.acks.len() - 1);
        // Every mark is inside the plot.
        for d in &g.data {
            let (x, y) = s.point(d);
            assert!((LEFT..=s.width - RIGHT).contains(&x), "{x}");
            assert!((TOP..=s.height - BOTTOM).contains(&y), "{y}");
        }
        let d = drawing(&g, &s, "Time (s)", "Bytes <&>");
        assert_eq!(d.series.matches("<path").count(), 6);
        assert!(d.back.contains("1000 KiB"), "{}", d.back);
        assert!(d.back.contains("Bytes &lt;&amp;&gt;"));
    }

    #[test]
    fn a_small_transfer_is_fitted_to_its_data_unless_asked() {
        let g = graph("active");
        assert!(window_squeezes(&g));
        let fitted = Scale::new(&g, 640.0, false);
        let whole = Scale::new(&g, 640.0, true);
        assert!(fitted.top < 4000.0 && whole.top > 65_535.0);
        let bytes: Vec<String> = byte_ticks(&fitted).into_iter().map(|(_, l)| l).collect();
        assert_eq!(
            bytes,
            ["0", "500", "1000", "1500", "2000", "2500", "3000", "3500"]
        );
        let times: Vec<String> = time_ticks(&fitted).into_iter().map(|(_, l)| l).collect();
        assert!(times.len() >= 3, "{times:?}");
        assert!(
            times.iter().all(|l| l.starts_with("0.7") && l.len() == 5),
            "{times:?}"
        );
        let whole: Vec<String> = byte_ticks(&whole).into_iter().map(|(_, l)| l).collect();
        assert_eq!(whole.last().map(String::as_str), Some("70 KiB"));
    }

    #[test]
    fn ticks_are_round() {
        assert_eq!(nice_step(1000.0, 5.0), 200.0);
        assert_eq!(nice_step(23_000.0, 7.0), 5000.0);
        assert_eq!(nice_step(1.0, 10.0), 0.1);
        assert_eq!(seconds_with(717_426, 3), "0.717");
        assert_eq!(seconds_with(1_500_000, 1), "1.5");
        assert_eq!(seconds_with(2_000_000, 0), "2");
        assert_eq!(seconds_with(705_000, 3), "0.705");
        assert_eq!(smaller(5000.0), 2000.0);
        assert_eq!(smaller(20.0), 10.0);
        assert_eq!(smaller(1.0), 0.5);
        // A narrow chart of 88 ms still gets three ticks.
        let (step, at) = ticks(703_000.0, 797_000.0, 2.8, 1.0);
        assert_eq!((step, at.len()), (20_000.0, 4), "{at:?}");
    }
}
