//! The command-line tool: usage errors exit 2, a bad script names its line, captures are written.

use std::process::Command;

fn run(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_ftp-sim"))
        .args(args)
        .output()
        .expect("run ftp-sim");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn tmp(name: &str) -> String {
    let dir = std::env::temp_dir().join(format!("ftp-sim-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir.join(name).to_string_lossy().into_owned()
}

#[test]
fn help_explains() {
    let (code, out, _) = run(&["--help"]);
    assert_eq!(code, 0);
    assert!(out.contains("capture --mode active|passive"));
    assert!(out.contains("--script FILE"));
    assert!(out.contains("--scenario ID"));
    for option in ["--loss PERCENT", "--drop RULE", "--fault RULE"] {
        assert!(out.contains(option), "{option}");
    }
    for id in ftp_sim::Scenario::IDS {
        assert!(out.contains(id), "--help lists the scenario {id}");
    }
}

/// Faults on the command line: what each refused value is told.
#[test]
fn faults_are_read_and_bad_ones_named() {
    let out = tmp("faults.pcap");
    for (args, says) in [
        (vec!["--loss", "101"], "--loss: the loss is a percentage"),
        (vec!["--loss", "three"], "--loss: the loss is a percentage"),
        (vec!["--drop", "S9 data 1"], "--drop: no host"),
        (vec!["--drop", "S1 packet 1"], "--drop: no kind"),
        (vec!["--drop", "dup S1 data 1"], "--drop only drops"),
        (
            vec!["--fault", "delay S1 data 1"],
            "--fault: delay needs a time",
        ),
        (
            vec!["--fault", "S1 data 0"],
            "--fault: the count must be 1 or more",
        ),
    ] {
        let mut argv = vec!["capture", "--mode", "active", "--out", &out];
        argv.extend(args.iter().copied());
        let (code, _, err) = run(&argv);
        assert_eq!(code, 2, "{args:?}");
        assert!(err.contains(says), "{args:?}: {err}");
    }
    let (code, msg, err) = run(&[
        "capture",
        "--scenario",
        "passive",
        "--drop",
        "S1 data 2",
        "--fault",
        "dup H1 ack 1",
        "--loss",
        "1.5",
        "--out",
        &out,
    ]);
    assert_eq!(code, 0, "{err}");
    let clean = tmp("clean.pcap");
    let n = |m: &str| {
        m.split_whitespace()
            .nth(1)
            .and_then(|n| n.parse::<u32>().ok())
    };
    let (_, clean_msg, _) = run(&["capture", "--scenario", "passive", "--out", &clean]);
    assert!(
        n(&msg) > n(&clean_msg),
        "a lost segment is sent again: {msg} / {clean_msg}"
    );
}

#[test]
fn bad_usage_exits_2() {
    for args in [
        &[][..],
        &["frob"][..],
        &["capture", "--out", "x.pcap"][..],
        &["capture", "--mode", "sideways", "--out", "x.pcap"][..],
        &["capture", "--mode", "active"][..],
        &["capture", "--mode"][..],
        &["capture", "--mode", "active", "--out", "x.pcap", "--what"][..],
    ] {
        let (code, _, err) = run(args);
        assert_eq!(code, 2, "{args:?}");
        assert!(err.starts_with("ftp-sim: "), "{err}");
    }
}

#[test]
fn bad_script_line_is_named() {
    let script = tmp("bad.txt");
    std::fs::write(&script, "user anonymous a@b\nls\ngett foo\n").unwrap();
    let (code, _, err) = run(&[
        "capture",
        "--mode",
        "active",
        "--script",
        &script,
        "--out",
        &tmp("x.pcap"),
    ]);
    assert_eq!(code, 2);
    assert!(err.contains("line 3"), "{err}");
    let (code, _, err) = run(&[
        "capture",
        "--mode",
        "active",
        "--script",
        &tmp("missing.txt"),
        "--out",
        &tmp("x.pcap"),
    ]);
    assert_eq!(code, 1);
    assert!(err.contains("cannot read"), "{err}");
}

#[test]
fn writes_pcap_and_pcapng() {
    let script = tmp("lab.txt");
    std::fs::write(
        &script,
        "user anonymous student@example.edu\nls\ncd pub\nget readme.txt\nbye\n",
    )
    .unwrap();
    let out = tmp("lab.pcapng");
    let (code, msg, err) = run(&[
        "capture", "--mode", "passive", "--script", &script, "--out", &out,
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(msg.starts_with("wrote "));
    let bytes = std::fs::read(&out).unwrap();
    assert_eq!(&bytes[..4], &[0x0a, 0x0d, 0x0d, 0x0a]);
    let out = tmp("seed.pcap");
    let (code, _, _) = run(&[
        "capture", "--mode", "active", "--detail", "tutorial", "--out", &out,
    ]);
    assert_eq!(code, 0);
    let bytes = std::fs::read(&out).unwrap();
    assert_eq!(&bytes[..4], &[0xd4, 0xc3, 0xb2, 0xa1]);
    // 11 key packets, each a 16-byte record header plus its frame.
    let mut off = 24;
    let mut n = 0;
    while off < bytes.len() {
        off += 16 + u32::from_le_bytes(bytes[off + 8..off + 12].try_into().unwrap()) as usize;
        n += 1;
    }
    assert_eq!(n, 11);
}

/// `--mode eprt` is tnftp's default active mode: EPRT |1|1.1.1.1|port| instead of PORT.
#[test]
fn eprt_mode_sends_eprt() {
    let out = tmp("eprt.pcap");
    let (code, _, err) = run(&["capture", "--mode", "eprt", "--out", &out]);
    assert_eq!(code, 0, "{err}");
    let bytes = std::fs::read(&out).unwrap();
    let has = |needle: &[u8]| bytes.windows(needle.len()).any(|w| w == needle);
    assert!(has(b"EPRT |1|1.1.1.1|54705|\r\n"));
    assert!(!has(b"PORT 1,1,1,1"));
    assert!(has(b"RETR foo\r\n"));
}

/// `--scenario ID` writes the capture of the page's lesson `?scenario=ID`:
/// as many packets as the model's timeline of that scenario has segments.
#[test]
fn every_page_scenario_exports_by_its_id() {
    for id in ftp_sim::Scenario::IDS {
        let out = tmp(&format!("{id}.pcapng"));
        let (code, said, err) = run(&["capture", "--scenario", id, "--out", &out]);
        assert_eq!(code, 0, "{id}: {err}");
        let t = ftp_sim::simulate(&ftp_sim::Scenario::by_id(id).unwrap(), 1);
        let n = t.segments().count();
        assert_eq!(said.trim(), format!("wrote {n} packets to {out}"), "{id}");
        let bytes = std::fs::read(&out).unwrap();
        assert_eq!(
            &bytes[..4],
            &[0x0a, 0x0d, 0x0d, 0x0a],
            "{id}: a pcapng section header"
        );
    }
    // The two-PC lesson has PC2 (1.1.1.2) in it, as on the page.
    let out = tmp("two-pcs.pcap");
    assert_eq!(
        run(&["capture", "--scenario", "two-pcs", "--out", &out]).0,
        0
    );
    let bytes = std::fs::read(&out).unwrap();
    assert!(
        bytes.windows(4).any(|w| w == [1, 1, 1, 2]),
        "PC2's address is in the capture"
    );
}

#[test]
fn a_scenario_with_a_mode_script_or_firewall_or_an_unknown_id_is_refused() {
    let out = tmp("refused.pcap");
    let script = tmp("s.txt");
    std::fs::write(&script, "get foo\n").unwrap();
    for (args, says) in [
        (
            vec!["--scenario", "nope"],
            "the scenarios are active, passive, login-list",
        ),
        (
            vec!["--scenario", "active", "--mode", "passive"],
            "drop --mode",
        ),
        (
            vec!["--scenario", "active", "--script", &script],
            "drop --script",
        ),
        (
            vec!["--scenario", "passive", "--firewall"],
            "drop --firewall",
        ),
    ] {
        let mut all = vec!["capture"];
        all.extend(args.iter().copied());
        all.extend(["--out", &out]);
        let (code, _, err) = run(&all);
        assert_eq!(code, 2, "{all:?}");
        assert!(err.contains(says), "{all:?}: {err}");
    }
}
