//! Whole-session tests: snapshots, the tutorial's packet names, determinism, scenarios.

mod common;

use ftp_sim::tutorial::{self, Phase, StepKind};
use ftp_sim::{simulate, DataMode, EventKind, Scenario, Timeline};

/// The seed the web app uses (and `--example pages`).
const SEED: u64 = 959;

/// A scenario's story for reviewers: the timeline's text, then its tutorial
/// steps and caption pages.
fn story(t: &Timeline) -> String {
    let mut out = t.to_text();
    let steps = tutorial::steps(t);
    out.push_str(&format!("== {} steps\n", steps.len()));
    for s in &steps {
        let what = match &s.kind {
            StepKind::Packet {
                name,
                from,
                to,
                conn,
                ..
            } => format!(
                "{name} {} -> {} conn {}",
                t.host(*from).name,
                t.host(*to).name,
                conn.0
            ),
            StepKind::Console { host, lines } => {
                let texts: Vec<String> = lines
                    .iter()
                    .filter_map(|&l| match &t.events[l].kind {
                        EventKind::Console { text, input, .. } => {
                            Some(format!("{}{text}", if *input { "> " } else { "< " }))
                        }
                        _ => None,
                    })
                    .collect();
                format!("{} console: {}", t.host(*host).name, texts.join(" | "))
            }
        };
        out.push_str(&format!("{:>4} {:?}: {what}\n", s.event, s.phase));
    }
    let pages = tutorial::pages(&steps);
    out.push_str(&format!("== {} pages\n", pages.len()));
    for (n, p) in pages.iter().enumerate() {
        let end = pages.get(n + 1).map_or(steps.len(), |q| q.start);
        out.push_str(&format!(
            "page {} {:?}: steps {}..{}\n",
            n + 1,
            p.phase,
            p.start,
            end
        ));
    }
    out
}

/// Compares `actual` with `tests/snapshots/NAME.txt`; `UPDATE_SNAPSHOTS=1` rewrites it.
fn snapshot(name: &str, actual: &str) {
    let path = format!("{}/tests/snapshots/{name}.txt", env!("CARGO_MANIFEST_DIR"));
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some_and(|v| v == "1") {
        std::fs::write(&path, actual).expect("write snapshot");
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_else(|_| {
        panic!("missing snapshot {path}; run with UPDATE_SNAPSHOTS=1 to create it")
    });
    if expected != actual {
        let (e, a): (Vec<&str>, Vec<&str>) = (expected.lines().collect(), actual.lines().collect());
        let mut msg = format!("snapshot {name} differs (UPDATE_SNAPSHOTS=1 to accept):\n");
        let mut shown = 0;
        for i in 0..e.len().max(a.len()) {
            let (x, y) = (
                e.get(i).copied().unwrap_or("<none>"),
                a.get(i).copied().unwrap_or("<none>"),
            );
            if x != y && shown < 8 {
                let cut = |s: &str| s.chars().take(200).collect::<String>();
                msg.push_str(&format!("line {}:\n- {}\n+ {}\n", i + 1, cut(x), cut(y)));
                shown += 1;
            }
        }
        panic!("{msg}");
    }
}

/// A long story (the 1 MiB transfer has some 1,500 events) keeps its first
/// `HEAD` and last `TAIL` timeline lines word for word; the lines between are
/// pinned by their count and an FNV-1a 64 hash, so the snapshot stays small
/// enough to review while any change in the middle still fails the test.
fn condensed(story: &str) -> String {
    const HEAD: usize = 80;
    const TAIL: usize = 40;
    // Every scenario but the 1 MiB one stays whole.
    const LONG: usize = 1000;
    let lines: Vec<&str> = story.lines().collect();
    let steps_at = lines
        .iter()
        .position(|l| l.starts_with("== ") && l.ends_with(" steps"))
        .unwrap_or(lines.len());
    if steps_at <= LONG {
        return story.to_string();
    }
    let middle = &lines[HEAD..steps_at - TAIL];
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in middle.join("\n").bytes() {
        hash = (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3);
    }
    let mut out = lines[..HEAD].join("\n");
    out.push_str(&format!(
        "\n... {} lines elided, FNV-1a 64 {hash:016x} ...\n",
        middle.len()
    ));
    out.push_str(&lines[steps_at - TAIL..].join("\n"));
    out.push('\n');
    out
}

/// Every scenario the tutorial offers has its story in `tests/snapshots/<id>.txt`.
#[test]
fn snapshot_every_scenario() {
    for id in Scenario::IDS {
        let t = simulate(&Scenario::by_id(id).expect("known id"), SEED);
        snapshot(id, &condensed(&story(&t)));
    }
}

#[test]
fn condensing_keeps_short_stories_and_pins_the_middle_of_long_ones() {
    let short = "a\nb\n== 0 steps\n";
    assert_eq!(condensed(short), short);
    let long: String =
        (0..1200).map(|i| format!("line {i}\n")).collect::<String>() + "== 1 steps\nx\n";
    let c = condensed(&long);
    assert!(c.contains("line 0\n") && c.contains("line 1199\n") && c.ends_with("== 1 steps\nx\n"));
    assert!(!c.contains("line 200\n"), "the middle is elided");
    let changed = long.replace("line 200\n", "line 2000\n");
    assert_ne!(
        condensed(&changed),
        c,
        "a change in the middle changes the hash"
    );
}

/// The caption writer writes one caption per page: the pages of every scenario
/// (count and phases, at the app's seed) must not change by accident.
#[test]
fn caption_pages_are_pinned() {
    use Phase::*;
    // One file fetched: the six phases of the seed lesson, in order.
    const ONE_GET: &[Phase] = &Phase::ALL;
    const PAGES: [(&str, usize, &[Phase]); 10] = [
        ("active", 23, ONE_GET),
        ("passive", 23, ONE_GET),
        (
            "login-list",
            37,
            &[
                ControlSetup,
                Request,
                DataSetup,
                Transfer,
                DataClose,
                Request,
                DataSetup,
                Transfer,
                DataClose,
                ControlClose,
            ],
        ),
        (
            "two-pcs",
            59,
            &[
                ControlSetup,
                Request,
                DataSetup,
                Transfer,
                DataClose,
                Request,
                DataSetup,
                Transfer,
                DataClose,
                ControlClose,
                ControlSetup,
                Request,
                DataSetup,
                Transfer,
                DataClose,
                ControlClose,
            ],
        ),
        (
            "firewall",
            31,
            &[
                ControlSetup,
                Request,
                DataSetup,
                Request,
                DataSetup,
                Transfer,
                DataClose,
                ControlClose,
            ],
        ),
        ("bad-password", 12, &[ControlSetup, ControlClose]),
        ("missing-file", 16, &[ControlSetup, Request, ControlClose]),
        ("epsv", 23, ONE_GET),
        ("large", 23, ONE_GET),
        ("lossy", 30, ONE_GET),
    ];
    assert_eq!(PAGES.map(|p| p.0), Scenario::IDS);
    for (id, n_steps, phases) in PAGES {
        for seed in [SEED, 1] {
            let t = simulate(&Scenario::by_id(id).unwrap(), seed);
            let steps = tutorial::steps(&t);
            let got: Vec<Phase> = tutorial::pages(&steps).iter().map(|p| p.phase).collect();
            assert_eq!(got, phases, "{id} seed {seed}");
            assert_eq!(steps.len(), n_steps, "{id} seed {seed}");
        }
    }
}

const SEED_NAMES: [&str; 11] = [
    "Control_Conn",
    "Ack",
    "PORT",
    "data_Conn",
    "Ack_data_Conn",
    "ftp_Data",
    // The seed animation drew Ack_Data before Close_Data; a real server's FIN
    // follows the file at once, before any ACK of it comes back.
    "Close_Data",
    "Ack_Data",
    "Ack",
    "Close_Ctrl",
    "Ack_Close",
];

#[test]
fn tutorial_names_follow_the_seed() {
    for seed in [0, 1, 42, u64::MAX] {
        let t = simulate(&Scenario::seed_active(), seed);
        let steps = tutorial::steps(&t);
        assert_eq!(tutorial::packet_names(&steps), SEED_NAMES, "seed {seed}");
    }
    let t = simulate(&Scenario::seed_passive(), 1);
    let names = tutorial::packet_names(&tutorial::steps(&t));
    assert_eq!(names[2], "PASV");
}

#[test]
fn tutorial_phases_never_go_back_in_the_seed() {
    let t = simulate(&Scenario::seed_active(), 7);
    let steps = tutorial::steps(&t);
    let phases: Vec<Phase> = steps.iter().map(|s| s.phase).collect();
    assert!(phases.windows(2).all(|w| w[0] <= w[1]), "{phases:?}");
    assert_eq!(phases.first(), Some(&Phase::ControlSetup));
    assert_eq!(phases.last(), Some(&Phase::ControlClose));
    for p in Phase::ALL {
        assert!(phases.contains(&p), "phase {p:?} has steps");
    }
    // The packet steps go where the seed says.
    for s in &steps {
        if let StepKind::Packet {
            name: "PORT",
            from,
            to,
            ..
        } = s.kind
        {
            assert_eq!(
                (t.host(from).name.as_str(), t.host(to).name.as_str()),
                ("H1", "S1")
            );
        }
        if let StepKind::Packet {
            name: "data_Conn",
            from,
            conn,
            ..
        } = s.kind
        {
            assert_eq!(t.host(from).name, "S1");
            assert_eq!(t.connection(conn).server.port(), 20);
            assert_eq!(t.connection(conn).client.port(), 54705);
        }
    }
}

#[test]
fn seed_console_reads_like_the_classic_client() {
    let t = simulate(&Scenario::seed_active(), 1);
    let lines = common::console(&t);
    let want = [
        "H1 > ftp 1.1.2.1",
        "H1 < Connected to 1.1.2.1.",
        "H1 < 220 FTP Server ready",
        "H1 < 331 Please specify the password.",
        "H1 < 230 Login successful.",
        "H1 < Remote system type is UNIX.",
        "H1 < Using binary mode to transfer files.",
        "H1 > get foo",
        "H1 < local: foo remote: foo",
        "H1 < 200 PORT command successful. Consider using PASV.",
        "H1 < 150 Opening BINARY mode data connection for foo (3584 bytes)",
        "H1 < 226 Transfer complete",
    ];
    assert_eq!(&lines[..want.len()], want);
    assert!(lines[want.len()].starts_with("H1 < 3584 bytes received in "));
    assert_eq!(&lines[want.len() + 1..], ["H1 > quit", "H1 < 221 Goodbye"]);
    let first = t
        .events
        .iter()
        .position(|e| matches!(&e.kind, ftp_sim::EventKind::Console { input: true, .. }));
    assert_eq!(first.and_then(|i| t.console_prompt(i)), Some("$ "));
    let get = t.events.iter().position(
        |e| matches!(&e.kind, ftp_sim::EventKind::Console { text, .. } if text == "get foo"),
    );
    assert_eq!(get.and_then(|i| t.console_prompt(i)), Some("ftp> "));
}

#[test]
fn seed_wire_facts() {
    let t = simulate(&Scenario::seed_active(), 1);
    let port = t.segments().find_map(|(_, s)| {
        s.ftp
            .as_ref()
            .filter(|m| m.to_string().starts_with("PORT"))
            .cloned()
    });
    assert_eq!(
        port.map(|m| m.to_string()),
        Some("PORT 1,1,1,1,213,177".to_string())
    );
    let ctrl = &t.connections[0];
    assert_eq!((ctrl.client.port(), ctrl.server.port()), (54704, 21));
    let data_segments = t
        .segments()
        .filter(|(_, s)| s.conn.0 == 1 && !s.payload.is_empty())
        .count();
    assert!(data_segments >= 3, "foo takes several MSS-sized segments");
    // The server closes the data connection first, and the control connection after 221.
    let first_fin = |conn: u16| {
        t.segments()
            .find(|(_, s)| s.conn.0 == conn && s.flags.fin)
            .map(|(_, s)| t.host(s.from).name.clone())
    };
    assert_eq!(first_fin(1).as_deref(), Some("S1"));
    assert_eq!(first_fin(0).as_deref(), Some("S1"));
    common::check(&t);
}

#[test]
fn same_seed_same_timeline_other_seed_other_isns() {
    let a = simulate(&Scenario::seed_active(), 99).to_text();
    let b = simulate(&Scenario::seed_active(), 99).to_text();
    assert_eq!(a, b);
    let c = simulate(&Scenario::seed_active(), 100);
    assert_ne!(a, c.to_text());
    // Only sequence numbers (and so checksums and IP ids) change with the seed.
    assert_eq!(
        common::console(&simulate(&Scenario::seed_active(), 99)).len(),
        common::console(&c).len()
    );
}

#[test]
fn every_scenario_satisfies_the_invariants() {
    for (name, s) in [
        ("active", Scenario::seed_active()),
        ("passive", Scenario::seed_passive()),
        ("epsv", Scenario::seed_epsv()),
        ("firewall", Scenario::firewall_active()),
        ("bad password", Scenario::bad_password()),
        ("missing file", Scenario::missing_file()),
        ("login list", Scenario::login_list()),
        ("two pcs", Scenario::two_pcs()),
    ] {
        let t = simulate(&s, 5);
        std::panic::catch_unwind(|| common::check(&t))
            .unwrap_or_else(|_| panic!("scenario {name}"));
    }
}

#[test]
fn firewall_blocks_active_mode_then_passive_works() {
    let t = simulate(&Scenario::firewall_active(), 1);
    let lines = common::console(&t);
    assert!(
        lines.contains(&"H1 < 425 Can't open data connection.".to_string()),
        "{lines:#?}"
    );
    let dropped = t.segments().filter(|(_, s)| !s.delivered).count();
    assert_eq!(dropped, 3, "the SYN and two retransmissions");
    assert!(t
        .events
        .iter()
        .any(|e| matches!(e.kind, ftp_sim::EventKind::Dropped { .. })));
    assert!(
        lines
            .iter()
            .filter(|l| l.starts_with("H1 < 226 Transfer complete"))
            .count()
            == 1
    );
    let names = tutorial::packet_names(&tutorial::steps(&t));
    assert_eq!(
        &names[..6],
        [
            "Control_Conn",
            "Ack",
            "PORT",
            "data_Conn",
            "data_Conn",
            "data_Conn"
        ]
    );
}

#[test]
fn error_replies() {
    let lines = common::console(&simulate(&Scenario::bad_password(), 1));
    assert!(lines.contains(&"H1 < 530 Login incorrect.".to_string()));
    assert!(lines.contains(&"H1 < Login failed.".to_string()));
    let lines = common::console(&simulate(&Scenario::missing_file(), 1));
    assert!(lines.contains(&"H1 < 550 Failed to open file.".to_string()));
    let s = Scenario::from_script(
        DataMode::Active,
        "frobnicate\nput nothere\nput report.txt\nquit\n",
    );
    assert!(s.is_err(), "from_script rejects unknown commands");
    let mut s = Scenario::seed_active();
    s.script = [
        "ftp 1.1.2.1",
        "frobnicate",
        "put report.txt",
        "mkdir x",
        "quit",
    ]
    .map(String::from)
    .to_vec();
    let lines = common::console(&simulate(&s, 1));
    assert!(lines.contains(&"H1 < ?Invalid command.".to_string()));
    assert!(
        lines.contains(&"H1 < 553 Could not create file.".to_string()),
        "anonymous is read-only"
    );
    assert!(lines.contains(&"H1 < 550 Permission denied.".to_string()));
}

#[test]
fn login_list_and_two_pcs() {
    let t = simulate(&Scenario::login_list(), 1);
    let lines = common::console(&t);
    assert!(
        lines
            .iter()
            .any(|l| l.ends_with(" pub") && l.starts_with("H1 < d")),
        "{lines:#?}"
    );
    assert!(lines.contains(&"H1 < 250 Directory successfully changed.".to_string()));
    assert!(lines
        .iter()
        .any(|l| l.starts_with("H1 < 150 Opening BINARY mode data connection for readme.txt")));
    let t = simulate(&Scenario::two_pcs(), 1);
    let lines = common::console(&t);
    assert!(lines.iter().any(|l| l.starts_with("H1 < 1200 bytes sent")));
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("PC2 < 1200 bytes received")),
        "{lines:#?}"
    );
    assert_eq!(t.hosts.len(), 3);
}

#[test]
fn connection_refused_is_a_reset() {
    let mut s = Scenario::seed_active();
    s.script = vec![
        "ftp 1.1.1.1".into(),
        "open 9.9.9.9".into(),
        "open nowhere".into(),
    ];
    let t = simulate(&s, 1);
    let lines = common::console(&t);
    assert!(
        lines.contains(&"H1 < ftp: connect: Connection refused".to_string()),
        "{lines:#?}"
    );
    assert!(lines.contains(&"H1 < ftp: connect: Network is unreachable".to_string()));
    assert!(lines.contains(&"H1 < ftp: nowhere: Name or service not known".to_string()));
    assert!(tutorial::packet_names(&tutorial::steps(&t)).contains(&"Reset"));
    common::check(&t);
}
