//! Runs tshark on exported captures: FTP and FTP-DATA decode, the seed-002
//! display filters select what they should, and no packet is malformed or has
//! a bad checksum (checksum validation switched on).
//!
//! Fails when tshark is missing, unless `FTP_SIM_SKIP_TSHARK=1`.

use std::path::{Path, PathBuf};

use ftp_sim::{pcap, simulate, Scenario};

#[path = "support/tshark.rs"]
mod support;

fn tshark_available() -> bool {
    support::available("to check the captures")
}

fn tshark(file: &Path, filter: &str, fields: &[&str]) -> Vec<String> {
    support::fields(file, filter, fields)
}

fn write(name: &str, bytes: Vec<u8>) -> PathBuf {
    support::write("tshark", name, bytes)
}

/// Packets tshark finds malformed, in error, or with a bad checksum.
const BAD: &str = r#"_ws.malformed || _ws.expert.severity >= "error" || tcp.checksum.status == "Bad" || ip.checksum.status == "Bad""#;

#[test]
fn tshark_decodes_the_seed_captures() {
    if !tshark_available() {
        eprintln!("skipping: FTP_SIM_SKIP_TSHARK=1");
        return;
    }
    let active = simulate(&Scenario::seed_active(), 1);
    let passive = simulate(&Scenario::seed_passive(), 1);
    let files = [
        ("active.pcap", pcap::to_pcap(&active), &active),
        (
            "active.pcapng",
            pcap::to_pcapng(&active, pcap::tutorial_comments(&active)),
            &active,
        ),
        ("passive.pcap", pcap::to_pcap(&passive), &passive),
        (
            "passive.pcapng",
            pcap::to_pcapng(&passive, pcap::tutorial_comments(&passive)),
            &passive,
        ),
    ];
    for (name, bytes, t) in files {
        let f = write(name, bytes);
        let all = tshark(&f, "frame", &["frame.number"]);
        assert_eq!(
            all.len(),
            t.segments().count(),
            "{name}: every segment is a frame"
        );
        assert_eq!(
            tshark(&f, BAD, &["frame.number"]),
            Vec::<String>::new(),
            "{name}: malformed or bad checksum"
        );
        let good = tshark(
            &f,
            r#"tcp.checksum.status == "Good" && ip.checksum.status == "Good""#,
            &["frame.number"],
        );
        assert_eq!(good.len(), all.len(), "{name}: checksums were verified");
        let commands = tshark(&f, "ftp.request.command", &["ftp.request.command"]);
        let port_or_pasv = if name.starts_with("active") {
            "PORT"
        } else {
            "PASV"
        };
        assert_eq!(
            commands,
            [
                "USER",
                "PASS",
                "SYST",
                "FEAT",
                "TYPE",
                "SIZE",
                port_or_pasv,
                "RETR",
                "MDTM",
                "QUIT"
            ],
            "{name}"
        );
        let codes = tshark(&f, "ftp.response.code", &["ftp.response.code"]);
        let setup = if name.starts_with("active") {
            "200"
        } else {
            "227"
        };
        assert_eq!(
            codes,
            ["220", "331", "230", "215", "211", "200", "213", setup, "150", "226", "213", "221"],
            "{name}"
        );
        // The seed-002 display filters.
        assert_eq!(
            tshark(&f, r#"ftp.request.command == "USER""#, &["ftp.request.arg"]),
            ["anonymous"]
        );
        assert_eq!(
            tshark(&f, "ftp.response.code == 226", &["ftp.response.arg"]),
            ["Transfer complete"]
        );
        let pasv = tshark(&f, r#"ftp.request.command == "PASV""#, &["frame.number"]);
        assert_eq!(
            pasv.len(),
            usize::from(name.starts_with("passive")),
            "{name}"
        );
        let ftp_or_data = tshark(&f, "ftp || ftp-data", &["frame.number"]);
        let payload_frames = t.segments().filter(|(_, s)| !s.payload.is_empty()).count();
        assert_eq!(
            ftp_or_data.len(),
            payload_frames,
            "{name}: every payload frame is FTP or FTP-DATA"
        );
        let data = tshark(&f, "ftp-data", &["tcp.len"]);
        let bytes: usize = data.iter().filter_map(|l| l.parse::<usize>().ok()).sum();
        assert_eq!(bytes, 3584, "{name}: foo travels as FTP-DATA");
        if name.ends_with(".pcapng") {
            let comments = tshark(&f, "frame.comment", &["frame.comment"]);
            assert_eq!(comments.len(), all.len());
            assert!(comments[0].contains("Control_Conn"), "{}", comments[0]);
        }
    }
}

#[test]
fn tshark_reads_other_scenarios_cleanly() {
    if !tshark_available() {
        eprintln!("skipping: FTP_SIM_SKIP_TSHARK=1");
        return;
    }
    for (name, s) in [
        ("firewall.pcapng", Scenario::firewall_active()),
        ("list.pcapng", Scenario::login_list()),
        ("two.pcapng", Scenario::two_pcs()),
        ("epsv.pcapng", Scenario::seed_epsv()),
    ] {
        let t = simulate(&s, 3);
        let f = write(name, pcap::to_pcapng(&t, pcap::tutorial_comments(&t)));
        assert_eq!(
            tshark(&f, BAD, &["frame.number"]),
            Vec::<String>::new(),
            "{name}"
        );
        let payload_frames = t.segments().filter(|(_, s)| !s.payload.is_empty()).count();
        assert_eq!(
            tshark(&f, "ftp || ftp-data", &["frame.number"]).len(),
            payload_frames,
            "{name}"
        );
    }
}

/// The issue's check of the command line: `--scenario large --loss 3 --seed 7`
/// loses segments and TCP recovers them, so the file tshark reassembles from
/// the capture (`--export-objects ftp-data`, with Wireshark's "Reassemble
/// out-of-order segments" on) is the file of the lossless session, and no
/// packet is malformed.
#[test]
fn tshark_reassembles_the_large_file_through_loss() {
    if !tshark_available() {
        eprintln!("skipping: FTP_SIM_SKIP_TSHARK=1");
        return;
    }
    let dir = write("loss-placeholder", Vec::new()).with_file_name("");
    let capture = |name: &str, extra: &[&str]| {
        let out = dir.join(name);
        let status = std::process::Command::new(env!("CARGO_BIN_EXE_ftp-sim"))
            .args(["capture", "--scenario", "large", "--seed", "7"])
            .args(extra)
            .arg("--out")
            .arg(&out)
            .status()
            .expect("run ftp-sim");
        assert!(status.success());
        out
    };
    let lossy = capture("lossy.pcapng", &["--loss", "3"]);
    let clean = capture("clean.pcapng", &[]);
    let export = |file: &Path, tag: &str| {
        let to = dir.join(tag);
        let _ = std::fs::remove_dir_all(&to);
        std::fs::create_dir_all(&to).expect("export dir");
        let objects = format!("ftp-data,{}", to.display());
        support::run(
            file,
            &[
                "-o",
                "tcp.reassemble_out_of_order:TRUE",
                "--export-objects",
                &objects,
            ],
        );
        std::fs::read(to.join("large.txt")).expect("tshark exported large.txt")
    };
    let got = export(&lossy, "from-lossy");
    let want = export(&clean, "from-clean");
    assert_eq!(want.len(), 1_048_576);
    assert!(
        got == want,
        "the file through loss differs ({} bytes)",
        got.len()
    );
    assert_eq!(tshark(&lossy, BAD, &["frame.number"]), Vec::<String>::new());
    let rtx = tshark(&lossy, "tcp.analysis.retransmission", &["frame.number"]);
    assert!(
        rtx.len() > 10,
        "segments were lost and sent again ({})",
        rtx.len()
    );
}
