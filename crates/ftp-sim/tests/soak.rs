//! Soak: many random sessions on a network that loses, duplicates, delays and
//! reorders, each held to the invariants.
//!
//! `make soak` runs 10,000 sessions (`FTP_SIM_SOAK=10000`, release build) and
//! prints the counts; `cargo test` (and so `make test`) runs a fast sample of
//! the same generator. Each session: random typed lines (sensible and odd),
//! a data mode, a firewall or not, sometimes a second PC, a loss rate from 0
//! to 30 % and sometimes fault rules. The invariants:
//! - nothing panics;
//! - the same scenario and seed give the same timeline, byte for byte;
//! - whenever the client says a download worked ("N bytes received"), the file
//!   it saved is the server's file, byte for byte, and N is its size;
//! - every connection ends closed or reset ([`common::check_lossy`], which
//!   also checks frames, checksums, listeners and acknowledgments), except a
//!   client left waiting for a greeting or a reply from a server whose TCP
//!   gave up the connection, as the real client would wait (counted);
//! - the session ends within [`MAX_SECONDS`] of simulated time.

mod common;

use std::collections::BTreeMap;
use std::panic::{catch_unwind, AssertUnwindSafe};

use ftp_sim::ftp::fs::Fs;
use ftp_sim::ftp::sample_text;
use ftp_sim::net::SplitMix64;
use ftp_sim::{simulate, DataMode, EventKind, FaultRule, Scenario};

/// No session may run longer than this, in simulated seconds.
const MAX_SECONDS: u64 = 1_800;

use common::TYPED as LINES;

const RULES: &[&str] = &[
    "S1 data 1",
    "S1 data 2",
    "H1 ack 1",
    "S1 fin 1",
    "H1 fin 1",
    "H1 syn 1",
    "S1 syn 1",
    "H1 command 3",
    "S1 reply 2",
    "dup S1 data 1",
    "reorder S1 data 1",
    "delay H1 ack 1 300ms",
    "delay S1 reply 1 1s",
];

struct Rng(SplitMix64);

impl Rng {
    fn below(&mut self, n: usize) -> usize {
        (self.0.next_u64() % n as u64) as usize
    }
    fn chance(&mut self, percent: u64) -> bool {
        self.0.next_u64() % 100 < percent
    }
}

/// Session `i` of the soak: everything drawn from `i`.
fn session(i: u64) -> (Scenario, u64) {
    let mut r = Rng(SplitMix64::new(
        i.wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ 0x50a4,
    ));
    let mode = [
        DataMode::Active,
        DataMode::Passive,
        DataMode::ExtendedPassive,
        DataMode::ExtendedActive,
    ][r.below(4)];
    let lines = |n: usize, r: &mut Rng| -> Vec<String> {
        let mut v = vec!["ftp 1.1.2.1".to_string()];
        for _ in 0..r.below(n) {
            v.push(LINES[r.below(LINES.len())].to_string());
        }
        if r.chance(80) {
            v.push("quit".into());
        }
        v
    };
    let mut s = Scenario::by_id("active").expect("active");
    s.mode = mode;
    s.script = lines(8, &mut r);
    s.pc2_script = if r.chance(15) {
        lines(4, &mut r)
    } else {
        Vec::new()
    };
    s.client_firewall = r.chance(20);
    s.faults.loss_ppm = if r.chance(15) {
        0
    } else {
        (r.below(30_001) as u32) * 10
    };
    for _ in 0..r.below(3) {
        if r.chance(40) {
            s.faults
                .rules
                .push(FaultRule::parse(RULES[r.below(RULES.len())]).expect("rule"));
        }
    }
    (s, r.0.next_u64())
}

#[derive(Default, Debug)]
struct Counts {
    sessions: u64,
    segments: u64,
    lost: u64,
    downloads: u64,
    failed_transfers: u64,
    timeouts: u64,
    hung: u64,
}

/// What the server holds under each name a client may save.
fn expected(name: &str) -> Option<Vec<u8>> {
    let fs = Fs::tutorial();
    match name {
        "foo" => fs.file("/foo").map(<[u8]>::to_vec),
        "readme.txt" => fs.file("/pub/readme.txt").map(<[u8]>::to_vec),
        "report.txt" => Some(sample_text("report", 1200)),
        _ => None,
    }
}

fn run(i: u64, counts: &mut Counts) {
    let (scenario, seed) = session(i);
    let t = catch_unwind(AssertUnwindSafe(|| simulate(&scenario, seed)))
        .unwrap_or_else(|_| panic!("session {i} panicked: {scenario:?} seed {seed}"));
    let again = simulate(&scenario, seed);
    assert!(
        t.to_text() == again.to_text(),
        "session {i}: not deterministic"
    );
    let hung = catch_unwind(AssertUnwindSafe(|| common::check_lossy(&t))).unwrap_or_else(|e| {
        let msg = e
            .downcast_ref::<String>()
            .cloned()
            .or_else(|| e.downcast_ref::<&str>().map(|s| s.to_string()))
            .unwrap_or_default();
        panic!("session {i} ({scenario:?}, seed {seed}): {msg}")
    });
    let end = t.events.last().map_or(0, |e| e.at);
    assert!(
        end <= MAX_SECONDS * 1_000_000,
        "session {i}: ends after {} s",
        end / 1_000_000
    );
    // Every "bytes received" line has its saved file, and the file is the server's.
    let received: Vec<usize> = t
        .events
        .iter()
        .filter_map(|e| match &e.kind {
            EventKind::Console {
                text, input: false, ..
            } if text.contains(" bytes received in ") => {
                text.split(' ').next().and_then(|n| n.parse().ok())
            }
            _ => None,
        })
        .collect();
    assert_eq!(
        received.len(),
        t.saved.len(),
        "session {i}: one saved file per download"
    );
    let mut by_name: BTreeMap<&str, usize> = BTreeMap::new();
    for (n, f) in received.iter().zip(&t.saved) {
        assert_eq!(*n, f.bytes.len(), "session {i}: {} size", f.name);
        let want = expected(&f.name).unwrap_or_else(|| panic!("session {i}: saved {}", f.name));
        assert!(
            f.bytes == want,
            "session {i} ({scenario:?}, seed {seed}): {} differs from the server's",
            f.name
        );
        *by_name.entry(&f.name).or_default() += 1;
    }
    counts.sessions += 1;
    counts.segments += t.segments().count() as u64;
    counts.lost += t.segments().filter(|(_, s)| !s.delivered).count() as u64;
    counts.downloads += t.saved.len() as u64;
    counts.hung += u64::from(hung);
    for e in &t.events {
        if let EventKind::Console {
            text, input: false, ..
        } = &e.kind
        {
            if text.starts_with("425 ") || text.starts_with("426 ") {
                counts.failed_transfers += 1;
            }
            if text.contains("timed out") {
                counts.timeouts += 1;
            }
        }
    }
}

/// `FTP_SIM_SOAK_DUMP=i` prints session `i`'s timeline (without the bytes)
/// instead of checking: for looking into a failure.
fn dump(i: u64) {
    let (scenario, seed) = session(i);
    println!("{scenario:?} seed {seed}");
    for line in simulate(&scenario, seed).to_text().lines() {
        println!("{}", line.split(" bytes=").next().unwrap_or(line));
    }
}

#[test]
fn soak() {
    if let Some(i) = std::env::var("FTP_SIM_SOAK_DUMP")
        .ok()
        .and_then(|v| v.parse().ok())
    {
        return dump(i);
    }
    let n: u64 = std::env::var("FTP_SIM_SOAK")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(150);
    let mut counts = Counts::default();
    for i in 0..n {
        run(i, &mut counts);
    }
    println!(
        "soak: {} sessions, {} segments ({} lost), {} downloads intact, {} transfers \
         refused (425/426), {} connections timed out, {} clients left waiting for a server that gave up \
         (as the real client would wait); no panic, every session deterministic",
        counts.sessions,
        counts.segments,
        counts.lost,
        counts.downloads,
        counts.failed_transfers,
        counts.timeouts,
        counts.hung
    );
    assert_eq!(counts.sessions, n);
    assert!(counts.downloads > 0 && counts.lost > 0, "{counts:?}");
}
