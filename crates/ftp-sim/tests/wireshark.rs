//! The Wireshark-like views against tshark itself, on our exported captures:
//! the packet list's columns (`view::rows`) and the display filters
//! (`filter::compile`) must agree with `tshark -Y`.
//!
//! Fails when tshark is missing, unless `FTP_SIM_SKIP_TSHARK=1` (as `tests/tshark.rs`).

use std::path::{Path, PathBuf};
use std::process::Command;

use ftp_sim::tcp_analysis::{self, Flag};
use ftp_sim::{filter, pcap, simulate, view, FaultRule, Scenario, Timeline};

#[path = "support/tshark.rs"]
mod support;

fn tshark_available() -> bool {
    support::available("to check the packet list and filters")
}

fn write(name: &str, bytes: Vec<u8>) -> PathBuf {
    support::write("wireshark", name, bytes)
}

fn tshark(file: &Path, args: &[&str]) -> Vec<String> {
    support::run(file, args)
}

fn scenarios() -> Vec<(&'static str, Timeline)> {
    vec![
        ("active", simulate(&Scenario::seed_active(), 1)),
        ("passive", simulate(&Scenario::seed_passive(), 1)),
        ("list", simulate(&Scenario::login_list(), 1)),
        ("epsv", simulate(&Scenario::seed_epsv(), 2)),
        ("firewall", simulate(&Scenario::firewall_active(), 3)),
        ("two", simulate(&Scenario::two_pcs(), 4)),
        ("missing", simulate(&Scenario::missing_file(), 5)),
        ("badpass", simulate(&Scenario::bad_password(), 6)),
    ]
    .into_iter()
    .chain(lossy())
    .collect()
}

/// `scenario` with these faults (`--loss` percent, `--fault` rules).
fn faulty(mut s: Scenario, loss: &str, rules: &[&str]) -> Scenario {
    s.faults.loss_ppm = ftp_sim::Faults::parse_loss(loss).unwrap();
    for r in rules {
        s.faults.rules.push(FaultRule::parse(r).unwrap());
    }
    s
}

/// Sessions on a network that loses, delays, duplicates and reorders.
fn lossy() -> Vec<(&'static str, Timeline)> {
    let large = || Scenario::by_id("large").unwrap();
    vec![
        ("loss-large", simulate(&faulty(large(), "3", &[]), 7)),
        (
            "loss-list",
            simulate(&faulty(Scenario::login_list(), "10", &[]), 3),
        ),
        (
            "drop-data",
            simulate(&faulty(Scenario::seed_active(), "0", &["S1 data 2"]), 1),
        ),
        (
            "drop-ack",
            simulate(
                &faulty(Scenario::seed_passive(), "0", &["H1 ack 1", "H1 command 3"]),
                2,
            ),
        ),
        (
            "fast-rtx",
            simulate(&faulty(large(), "0", &["S1 data 6", "H1 ack 20"]), 4),
        ),
        (
            "dup-reorder",
            simulate(
                &faulty(
                    Scenario::seed_passive(),
                    "0",
                    &[
                        "dup S1 data 1",
                        "reorder S1 data 2",
                        "delay S1 reply 5 300ms",
                    ],
                ),
                5,
            ),
        ),
        (
            "lost-fin-syn",
            simulate(
                &faulty(
                    Scenario::login_list(),
                    "0",
                    &["S1 fin 1", "H1 syn 2", "S1 syn 1"],
                ),
                6,
            ),
        ),
    ]
}

/// Wireshark's TCP analysis, frame by frame: every `tcp.analysis.*` field
/// tshark finds is the one the model's analysis finds, and no other.
#[test]
fn tcp_analysis_matches_tshark() {
    if !tshark_available() {
        eprintln!("skipping: FTP_SIM_SKIP_TSHARK=1");
        return;
    }
    let mut args: Vec<String> = ["-T", "fields", "-E", "separator=|", "-e", "frame.number"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    for f in Flag::ALL {
        args.push("-e".into());
        args.push(format!("tcp.analysis.{}", f.name()));
    }
    for extra in [
        "tcp.analysis.duplicate_ack_num",
        "tcp.analysis.duplicate_ack_frame",
    ] {
        args.push("-e".into());
        args.push(extra.into());
    }
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let mut flagged = 0;
    for (name, t) in scenarios() {
        let f = write(&format!("a-{name}.pcap"), pcap::to_pcap(&t));
        let want = tshark(&f, &args);
        let got: Vec<String> = tcp_analysis::analyze(&t)
            .iter()
            .zip(t.segments())
            .map(|(a, (_, s))| {
                let mut cols = vec![s.frame.to_string()];
                for f in Flag::ALL {
                    let on = a.has(f);
                    flagged += usize::from(on);
                    // tshark prints an expert field once per expert item.
                    let v = match f {
                        Flag::DuplicateAck => "1,1",
                        _ => "1",
                    };
                    cols.push(if on { v.to_string() } else { String::new() });
                }
                if a.has(Flag::DuplicateAck) {
                    cols.push(a.dupack_num.to_string());
                    cols.push(a.dupack_frame.to_string());
                } else {
                    cols.extend([String::new(), String::new()]);
                }
                cols.join("|")
            })
            .collect();
        assert_eq!(got.len(), want.len(), "{name}: frames");
        for (g, w) in got.iter().zip(&want) {
            assert_eq!(
                g,
                w,
                "{name}: frame|{}",
                Flag::ALL.map(|f| f.name()).join("|")
            );
        }
    }
    assert!(flagged > 50, "the lossy sessions raise flags ({flagged})");
}

#[test]
fn packet_list_matches_tshark_columns() {
    if !tshark_available() {
        eprintln!("skipping: FTP_SIM_SKIP_TSHARK=1");
        return;
    }
    for (name, t) in scenarios() {
        let f = write(&format!("{name}.pcap"), pcap::to_pcap(&t));
        let want = tshark(
            &f,
            &[
                "-T",
                "fields",
                "-E",
                "separator=|",
                "-e",
                "frame.number",
                "-e",
                "ip.src",
                "-e",
                "ip.dst",
                "-e",
                "_ws.col.Protocol",
                "-e",
                "frame.len",
                "-e",
                "tcp.stream",
                "-e",
                "_ws.col.Info",
            ],
        );
        let got: Vec<String> = view::rows(&t)
            .iter()
            .map(|r| {
                format!(
                    "{}|{}|{}|{}|{}|{}|{}",
                    r.frame, r.source, r.destination, r.protocol, r.length, r.stream, r.info
                )
            })
            .collect();
        assert_eq!(got.len(), want.len(), "{name}: row count");
        for (g, w) in got.iter().zip(&want) {
            assert_eq!(g, w, "{name}");
        }
    }
}

/// The issue's filters, then more that exercise every operator and field kind.
const FILTERS: &[&str] = &[
    "ftp",
    "ftp-data",
    "ftp || ftp-data",
    "tcp.port == 21",
    "tcp.flags.syn == 1",
    r#"ftp.request.command == "USER""#,
    r#"ftp.request.command == "USER" && ftp.request.arg == "anonymous""#,
    "ftp.response.code == 226",
    r#"ftp.request.command == "PASV""#,
    "!ftp && tcp.len > 0",
    "not (ftp or ftp-data)",
    "tcp.seq == 1",
    "tcp.ack == 1",
    "tcp.ack",
    "ip.addr == 1.1.1.1",
    "ip.src == 1.1.2.1",
    "ip.addr == 1.1.2.0/24 && ip.dst == 1.1.1.0/24",
    "ip.addr != 1.1.2.1",
    "tcp.port != 21",
    "!(tcp.port == 21)",
    "tcp.flags == 0x12",
    "tcp.flags == 0x011",
    "tcp.flags.fin == 1",
    "tcp.flags.fin",
    "tcp.flags.reset == 1",
    "tcp.flags.push == 1 and tcp.flags.ack eq 1",
    "ftp.request",
    "ftp.request == 1",
    "ftp.response == 1",
    "ftp.response.code >= 200 and ftp.response.code lt 300",
    "ftp.response.code > 299 || ftp.response.code <= 150",
    "ftp.response.code ne 226 && ftp.response",
    r#"ftp.request.command contains "R""#,
    r#"ftp contains "anonymous""#,
    r#"ftp.response.arg contains "Transfer""#,
    "ftp.request.arg",
    "ftp.response.arg",
    "ftp.request.command == USER",
    r#"ftp.request.command > "PASS""#,
    "frame.len > 100",
    "frame.number <= 10 || frame.number ge 40",
    "ip.ttl == 64 && ip.len > 100",
    "ip.flags.df == 1",
    "tcp.stream == 1",
    "tcp.port in {20, 21}",
    "tcp.port in {50000..50010, 54705}",
    "tcp.window_size_value == 65535",
    "tcp.flags.syn == 1 && tcp.flags.ack == 0",
    "tcp.srcport > tcp.dstport",
    r#"ftp-data.command == "RETR foo""#,
    r#"ftp-data.setup-method == "PORT""#,
    "tcp.seq_raw > 0 && tcp.options.mss_val == 1460",
    "tcp.hdr_len == 24",
    r#"tcp.payload contains "foo""#,
    "eth.type == 0x0800 && ip.proto == 6 && ip.version == 4",
    "!tcp.flags.syn == 1 && !ftp",
    "tcp.analysis.flags",
    "tcp.analysis.flags && !tcp.analysis.window_update && !tcp.analysis.keep_alive",
    "tcp.analysis.retransmission",
    "tcp.analysis.fast_retransmission",
    "tcp.analysis.spurious_retransmission",
    "tcp.analysis.out_of_order",
    "tcp.analysis.duplicate_ack",
    "tcp.analysis.duplicate_ack_num >= 2",
    "tcp.analysis.duplicate_ack_frame < 100",
    "tcp.analysis.lost_segment",
    "tcp.analysis.window_full",
    "ftp-data && !tcp.analysis.retransmission",
];

/// A Lua plugin for tshark that registers one tap listener per filter (read
/// from the file named by `FTP_SIM_FILTERS`, one per line) and prints
/// `index frame` for each packet a filter passes: one tshark run per capture
/// evaluates every filter.
const LUA: &str = r#"
local filters = {}
for line in io.lines(os.getenv("FTP_SIM_FILTERS")) do filters[#filters + 1] = line end
for i, f in ipairs(filters) do
  local l = Listener.new(nil, f)
  function l.packet(pinfo) print(i .. " " .. pinfo.number) end
end
"#;

#[test]
fn filters_select_what_tshark_selects() {
    if !tshark_available() {
        eprintln!("skipping: FTP_SIM_SKIP_TSHARK=1");
        return;
    }
    let lua = write("filters.lua", LUA.as_bytes().to_vec());
    let list = write("filters.txt", (FILTERS.join("\n") + "\n").into_bytes());
    let mut failures = Vec::new();
    for (name, t) in [
        ("f-active", simulate(&Scenario::seed_active(), 1)),
        ("f-passive", simulate(&Scenario::seed_passive(), 1)),
        ("f-list", simulate(&Scenario::login_list(), 1)),
    ]
    .into_iter()
    .chain(lossy())
    {
        let f = write(
            &format!("{name}.pcapng"),
            pcap::to_pcapng(&t, pcap::tutorial_comments(&t)),
        );
        let out = Command::new("tshark")
            .args(["-n", "-q", "-r"])
            .arg(&f)
            .arg("-X")
            .arg(format!("lua_script:{}", lua.display()))
            .env("FTP_SIM_FILTERS", &list)
            .output()
            .expect("run tshark");
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert!(
            out.status.success() && !stdout.is_empty(),
            "tshark with the filter plugin failed (is tshark built with Lua?): {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let mut want = vec![Vec::<u32>::new(); FILTERS.len()];
        for line in stdout.lines() {
            let (i, frame) = line.split_once(' ').expect("index frame");
            let i: usize = i.parse().expect("index");
            want[i - 1].push(frame.parse().expect("frame"));
        }
        for (expr, mut want) in FILTERS.iter().zip(want) {
            want.sort_unstable();
            let got = filter::compile(expr)
                .unwrap_or_else(|e| panic!("{expr:?}: {e}"))
                .frames(&t);
            if got != want {
                failures.push(format!(
                    "{name}: {expr:?}\n  ours:   {got:?}\n  tshark: {want:?}"
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
