//! How long building the every-segment timeline of a 1 MiB transfer takes.
//!
//! `cargo bench -p ftp-sim` (a plain binary: `harness = false`; the clock is
//! used here only, never in the library). It warms up, times [`RUNS`] runs
//! one by one (each with its own seed), prints a human-readable line, and ends
//! with one machine-readable line, `RESULT timeline_1mib_ms=<median>`, which
//! `make bench` parses. The budget (issue 8) is 2 ms per run.

use std::hint::black_box;
use std::time::{Duration, Instant};

use ftp_sim::ftp::sample_text;
use ftp_sim::{simulate, Channel, Scenario, Timeline};

/// The size of the file transferred.
const FILE: usize = 1 << 20;
/// Untimed runs first (caches, allocator, CPU frequency).
const WARM_UP: u64 = 10;
/// Timed runs.
const RUNS: u64 = 50;

/// Checks that `t` is the run we mean to measure: every segment of the session
/// is there (frames numbered 1, 2, … without a gap) and the data connection
/// carried the whole file, byte for byte, in segments of at most one MSS.
/// Returns (segments, events).
fn check(t: &Timeline, file: &[u8]) -> (usize, usize) {
    let mut segments = 0;
    let mut data = Vec::new();
    for (k, (_, s)) in t.segments().enumerate() {
        assert_eq!(s.frame as usize, k + 1, "every segment is on the timeline");
        assert!(s.delivered, "nothing is dropped in this scenario");
        if t.connection(s.conn).channel == Channel::Data && !s.payload.is_empty() {
            assert!(s.payload.len() <= 1460, "at most one MSS");
            data.extend_from_slice(&s.payload);
        }
        segments += 1;
    }
    assert_eq!(data.len(), FILE, "the 1 MiB file was transferred");
    assert!(data == file, "the file's bytes, in order");
    (segments, t.events.len())
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

fn main() {
    let mut s = Scenario::seed_active();
    s.extra_files.push(("/big".to_string(), FILE));
    s.script = ["ftp 1.1.2.1", "get big", "quit"]
        .map(String::from)
        .to_vec();
    // Warm up, and check the runs are the ones we mean to measure.
    let file = sample_text("big", FILE);
    let (segments, events) = check(&simulate(&s, 1), &file);
    for seed in 0..WARM_UP {
        let t = simulate(black_box(&s), seed);
        let seen = check(&t, &file);
        assert_eq!(seen, (segments, events), "every seed, the same session");
    }
    let mut times: Vec<Duration> = (0..RUNS)
        .map(|seed| {
            // Timed as a caller pays for it: built, then dropped.
            let start = Instant::now();
            let t = black_box(simulate(black_box(&s), seed));
            let n = t.events.len();
            drop(t);
            let took = start.elapsed();
            assert_eq!(n, events, "every seed, the same session");
            took
        })
        .collect();
    times.sort();
    let median = if times.len() % 2 == 1 {
        times[times.len() / 2]
    } else {
        (times[times.len() / 2 - 1] + times[times.len() / 2]) / 2
    };
    let min = times[0];
    println!(
        "timeline of a 1 MiB active-mode transfer: {segments} segments, {events} events; \
         {:.2} ms per run (median of {RUNS} runs; min {:.2} ms, max {:.2} ms)",
        ms(median),
        ms(min),
        ms(times[times.len() - 1])
    );
    println!("RESULT timeline_1mib_ms={:.3}", ms(median));
}
