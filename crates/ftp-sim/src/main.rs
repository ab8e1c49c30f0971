//! `ftp-sim`: writes a capture of a simulated FTP session, for teachers' labs.
//!
//! ```text
//! ftp-sim capture --mode active|passive [--script FILE] [--detail full|tutorial] --out FILE.pcap|FILE.pcapng
//! ftp-sim capture --scenario ID [--detail full|tutorial] --out FILE.pcap|FILE.pcapng
//! ```
//!
//! Either form takes `--loss PERCENT`, `--drop RULE` and `--fault RULE`.

use std::process::ExitCode;

use ftp_sim::{pcap, simulate, tutorial, DataMode, FaultAction, FaultRule, Faults, Scenario};

const HELP: &str = "\
ftp-sim: a capture of a simulated FTP session (H1 1.1.1.1 -> S1 1.1.2.1)

USAGE:
    ftp-sim capture --mode active|passive [--script FILE] [--detail full|tutorial]
                    [--seed N] [--firewall] --out FILE.pcap|FILE.pcapng
    ftp-sim capture --scenario ID [--detail full|tutorial] [--seed N] --out FILE
    ftp-sim --help
    Both forms also take [--loss PERCENT] [--drop RULE]... [--fault RULE]...

OPTIONS:
    --mode active|passive   active: the client sends PORT and S1 connects from
                            port 20; passive: PASV/227 and the client connects
                            (also: epsv, for EPSV/229; eprt, for EPRT, active)
    --script FILE           one line per line typed at `ftp>`, exactly as typed
                            into the classic client, e.g.
                                user anonymous student@example.edu
                                ls
                                cd pub
                                get readme.txt
                                bye
                            Blank lines and lines starting with # are skipped;
                            `ftp 1.1.2.1` is put first if the script does not
                            open a connection itself. Lines starting with `PC2:`
                            are typed at a second PC (1.1.1.2) after H1 is done.
                            Without --script: the seed session (log in as
                            anonymous, `get foo`, `quit`).
    --scenario ID           one of the page's lessons, by its ?scenario= id:
                            active, passive, login-list, two-pcs, firewall,
                            bad-password, missing-file, epsv, large, lossy (it
                            sets the mode, the script, the firewall and the
                            faults itself)
    --detail full|tutorial  full (default): every segment; tutorial: only the
                            tutorial's key packets (Control_Conn, Ack, PORT,
                            data_Conn, ...)
    --seed N                picks the initial sequence numbers (default 1)
    --firewall              a firewall in front of the client drops inbound SYNs
    --loss PERCENT          the Internet loses each segment with this chance
                            (0 to 100, e.g. 3 or 2.5), drawn from the seed;
                            TCP recovers as real stacks do
    --drop RULE             lose one chosen segment: HOST KIND N, the Nth
                            segment of KIND that HOST sends, e.g.
                                --drop \"S1 data 3\"   (the 3rd data segment)
                                --drop \"H1 ack 2\"    (H1's 2nd pure ACK)
                            HOST: H1, S1, PC2; KIND: data, ack (a pure ACK on
                            a data connection), syn, fin, command, reply,
                            segment (any). Repeat for more.
    --fault RULE            like --drop, with the action first: drop, dup,
                            reorder or delay with a time, e.g.
                                --fault \"dup S1 data 2\"
                                --fault \"reorder S1 data 1\"
                                --fault \"delay H1 ack 1 300ms\"
    --out FILE              .pcapng gets a comment on every packet; anything
                            else is written as classic pcap

EXAMPLE:
    cargo run --release -p ftp-sim -- capture --mode passive --out lab.pcapng
    cargo run --release -p ftp-sim -- capture --scenario large --loss 3 --seed 7 --out loss.pcapng
";

struct Args {
    /// `--scenario`: one of `Scenario::IDS`, instead of a mode and a script.
    scenario: Option<Scenario>,
    mode: DataMode,
    script: Option<String>,
    tutorial: bool,
    seed: u64,
    firewall: bool,
    faults: Faults,
    out: String,
}

fn parse(argv: &[String]) -> Result<Option<Args>, String> {
    let mut it = argv.iter();
    match it.next().map(String::as_str) {
        None => return Err("missing command (try --help)".into()),
        Some("--help" | "-h" | "help") => return Ok(None),
        Some("capture") => {}
        Some(other) => return Err(format!("unknown command {other:?} (try --help)")),
    }
    let mut mode = None;
    let mut args = Args {
        scenario: None,
        mode: DataMode::Active,
        script: None,
        tutorial: false,
        seed: 1,
        firewall: false,
        faults: Faults::default(),
        out: String::new(),
    };
    let mut out = None;
    while let Some(flag) = it.next() {
        let mut value = || {
            it.next()
                .cloned()
                .ok_or_else(|| format!("{flag} needs a value"))
        };
        match flag.as_str() {
            "--help" | "-h" => return Ok(None),
            "--mode" => {
                mode = Some(match value()?.as_str() {
                    "active" => DataMode::Active,
                    "passive" => DataMode::Passive,
                    "epsv" => DataMode::ExtendedPassive,
                    "eprt" => DataMode::ExtendedActive,
                    m => {
                        return Err(format!(
                            "--mode must be active, passive, epsv or eprt, not {m:?}"
                        ))
                    }
                })
            }
            "--script" => args.script = Some(value()?),
            "--scenario" => {
                let id = value()?;
                args.scenario = Some(Scenario::by_id(&id).ok_or_else(|| {
                    format!(
                        "there is no scenario {id:?}; the scenarios are {}",
                        Scenario::IDS.join(", ")
                    )
                })?);
            }
            "--detail" => {
                args.tutorial = match value()?.as_str() {
                    "full" => false,
                    "tutorial" => true,
                    d => return Err(format!("--detail must be full or tutorial, not {d:?}")),
                }
            }
            "--seed" => {
                let v = value()?;
                args.seed = v
                    .parse()
                    .map_err(|_| format!("--seed must be a number, not {v:?}"))?;
            }
            "--firewall" => args.firewall = true,
            "--loss" => {
                args.faults.loss_ppm =
                    Faults::parse_loss(&value()?).map_err(|e| format!("--loss: {e}"))?
            }
            "--drop" => {
                let rule = FaultRule::parse(&value()?).map_err(|e| format!("--drop: {e}"))?;
                if rule.action != FaultAction::Drop {
                    return Err(format!(
                        "--drop only drops; use --fault \"{rule}\" for that"
                    ));
                }
                args.faults.rules.push(rule);
            }
            "--fault" => {
                let text = value()?;
                let rule = FaultRule::parse(&text).map_err(|e| format!("--fault: {e}"))?;
                args.faults.rules.push(rule);
            }
            "--out" => out = Some(value()?),
            other => return Err(format!("unknown option {other:?} (try --help)")),
        }
    }
    match (&args.scenario, mode) {
        (Some(_), Some(_)) => return Err("--scenario sets the mode itself: drop --mode".into()),
        (Some(_), None) if args.script.is_some() => {
            return Err("--scenario is a whole session: drop --script".into())
        }
        (Some(_), None) if args.firewall => {
            return Err(
                "--scenario sets the firewall itself (see --scenario firewall): drop --firewall"
                    .into(),
            )
        }
        (Some(_), None) => {}
        (None, m) => {
            args.mode = m.ok_or("--mode is required (active or passive), or --scenario")?
        }
    }
    args.out = out.ok_or("--out is required")?;
    Ok(Some(args))
}

fn run(args: &Args) -> Result<String, (u8, String)> {
    if let Some(s) = &args.scenario {
        let mut s = s.clone();
        s.faults.loss_ppm = s.faults.loss_ppm.max(args.faults.loss_ppm);
        s.faults.rules.extend(args.faults.rules.iter().cloned());
        return write(args, &s);
    }
    let mut scenario = match &args.script {
        None => {
            let mut s = Scenario::seed_active();
            s.mode = args.mode;
            s
        }
        Some(path) => {
            let text = std::fs::read_to_string(path)
                .map_err(|e| (1, format!("cannot read {path}: {e}")))?;
            Scenario::from_script(args.mode, &text).map_err(|e| (2, format!("{path}: {e}")))?
        }
    };
    scenario.client_firewall = args.firewall;
    scenario.faults = args.faults.clone();
    write(args, &scenario)
}

/// Simulates `scenario` and writes its capture.
fn write(args: &Args, scenario: &Scenario) -> Result<String, (u8, String)> {
    let t = simulate(scenario, args.seed);
    let keys = tutorial::key_packets(&t);
    let is_key = |i: usize, _: &ftp_sim::Segment| keys.iter().any(|(k, _)| *k == i);
    let keep = |i: usize, s: &ftp_sim::Segment| !args.tutorial || is_key(i, s);
    let comments = pcap::tutorial_comments(&t);
    let ng = args.out.to_ascii_lowercase().ends_with(".pcapng");
    let bytes = if ng {
        pcap::to_pcapng_only(&t, keep, comments)
    } else {
        pcap::to_pcap_only(&t, keep)
    };
    std::fs::write(&args.out, bytes).map_err(|e| (1, format!("cannot write {}: {e}", args.out)))?;
    let n = t.segments().filter(|(i, s)| keep(*i, s)).count();
    Ok(format!("wrote {n} packets to {}", args.out))
}

fn main() -> ExitCode {
    let argv: Vec<String> = std::env::args().skip(1).collect();
    match parse(&argv) {
        Ok(None) => {
            print!("{HELP}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("ftp-sim: {e}");
            ExitCode::from(2)
        }
        Ok(Some(args)) => match run(&args) {
            Ok(msg) => {
                println!("{msg}");
                ExitCode::SUCCESS
            }
            Err((code, e)) => {
                eprintln!("ftp-sim: {e}");
                ExitCode::from(code)
            }
        },
    }
}
