//! How long building the every-segment timeline of a 1 MiB transfer takes.
//!
//! `cargo bench -p ftp-sim` (a plain binary: `harness = false`; the clock is
//! used here only, never in the library).

use std::hint::black_box;
use std::time::Instant;

use ftp_sim::{simulate, Scenario};

fn main() {
    let mut s = Scenario::seed_active();
    s.extra_files.push(("/big".to_string(), 1 << 20));
    s.script = ["ftp 1.1.2.1", "get big", "quit"]
        .map(String::from)
        .to_vec();
    // Warm up, and check the run is the one we mean to measure.
    let t = simulate(&s, 1);
    let segments = t.segments().count();
    let data: usize = t.segments().map(|(_, s)| s.payload.len()).sum();
    assert!(data > 1 << 20, "the 1 MiB file was transferred");
    let runs = 20;
    let start = Instant::now();
    for seed in 0..runs {
        black_box(simulate(black_box(&s), seed));
    }
    let per_run = start.elapsed() / runs as u32;
    println!(
        "timeline of a 1 MiB active-mode transfer: {segments} segments, {} events; {:.2} ms per run ({runs} runs)",
        t.events.len(),
        per_run.as_secs_f64() * 1e3
    );
}
