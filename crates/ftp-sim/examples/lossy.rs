//! Runs a scenario on a lossy network for many seeds and prints what the
//! client printed and how each connection ended (a debugging aid).
//!
//! `cargo run -p ftp-sim --example lossy -- active 30 100`
use ftp_sim::{simulate, EventKind, Faults, Scenario};

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let id = args.get(1).map_or("active", String::as_str);
    let loss = args.get(2).map_or("10", String::as_str);
    let n: u64 = args.get(3).and_then(|s| s.parse().ok()).unwrap_or(20);
    let mut s = Scenario::by_id(id).expect("scenario id");
    s.faults.loss_ppm = Faults::parse_loss(loss).expect("loss");
    for seed in 0..n {
        let t = simulate(&s, seed);
        let end = t.events.last().map_or(0, |e| e.at);
        let lines: Vec<&str> = t
            .events
            .iter()
            .filter_map(|e| match &e.kind {
                EventKind::Console { text, .. } => Some(text.as_str()),
                _ => None,
            })
            .collect();
        let lost = t.segments().filter(|(_, s)| !s.delivered).count();
        println!(
            "seed {seed}: {} segments, {lost} lost, ends at {:.1} s; {}",
            t.segments().count(),
            end as f64 / 1e6,
            lines.join(" | ")
        );
    }
}
