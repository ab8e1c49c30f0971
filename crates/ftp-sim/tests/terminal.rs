//! The "try it yourself" terminal: `check_line`, `COMMANDS` and `Scenario::interactive`.

mod common;

use ftp_sim::{check_line, simulate, DataMode, EventKind, Scenario, Timeline, COMMANDS};
use proptest::prelude::*;

const SEED: u64 = 959;

fn typed(lines: &[&str]) -> Vec<String> {
    lines.iter().map(|l| l.to_string()).collect()
}

fn session(mode: DataMode, lines: &[&str]) -> Timeline {
    simulate(&Scenario::interactive(mode, &typed(lines)), SEED)
}

/// H1's console as `ftp> typed` / `printed` lines.
fn screen(t: &Timeline) -> Vec<String> {
    t.events
        .iter()
        .enumerate()
        .filter_map(|(i, e)| match &e.kind {
            EventKind::Console { text, input, .. } => Some(if *input {
                format!("{}{text}", t.console_prompt(i).unwrap_or("?"))
            } else {
                text.clone()
            }),
            _ => None,
        })
        .collect()
}

/// The lines printed after `ftp> {line}` (the n-th time it was typed), up to the next prompt.
fn answer(t: &Timeline, line: &str, nth: usize) -> Vec<String> {
    let s = screen(t);
    let typed = format!("ftp> {line}");
    let at = s
        .iter()
        .enumerate()
        .filter(|(_, l)| **l == typed)
        .nth(nth)
        .unwrap_or_else(|| panic!("{typed} not on screen: {s:#?}"))
        .0;
    s[at + 1..]
        .iter()
        .take_while(|l| !l.starts_with("ftp> "))
        .cloned()
        .collect()
}

#[test]
fn the_learner_starts_logged_in_and_stays_at_the_prompt() {
    let t = session(DataMode::Active, &[]);
    assert_eq!(
        screen(&t),
        [
            "$ ftp 1.1.2.1",
            "Connected to 1.1.2.1.",
            "220 FTP Server ready",
            "331 Please specify the password.",
            "230 Login successful.",
            "Remote system type is UNIX.",
            "Using binary mode to transfer files.",
        ]
    );
    common::check_idle(&t);
    assert!(t.connections[0].closed_at.is_none(), "still connected");
    // `user` as the first typed line does not replace the automatic login.
    let t = session(DataMode::Active, &["user user1 password123"]);
    assert_eq!(
        answer(&t, "user user1 password123", 0)[..2],
        ["331 Please specify the password.", "230-Welcome, user1."]
    );
    assert!(screen(&t).contains(&"230 Login successful.".to_string()));
    common::check_idle(&t);
}

#[test]
fn odd_lines_get_the_classic_answers() {
    let t = session(
        DataMode::Active,
        &[
            "",
            "   ",
            "gett foo",
            "GET foo",
            "ftp 1.1.2.1",
            "help",
            "? get",
            "help nosuch",
            "status",
            "cd nowhere",
            "get missing",
            "put nothere",
            "delete foo",
            "mkdir new",
            "put report.txt",
            "user anonymous",
            "pass me@example.com",
        ],
    );
    assert_eq!(answer(&t, "", 0), Vec::<String>::new());
    assert_eq!(answer(&t, "   ", 0), Vec::<String>::new());
    assert_eq!(answer(&t, "gett foo", 0), ["?Invalid command."]);
    assert_eq!(answer(&t, "GET foo", 0), ["?Invalid command."]);
    assert_eq!(answer(&t, "ftp 1.1.2.1", 0), ["?Invalid command."]);
    let help = answer(&t, "help", 0);
    assert_eq!(help[0], "Commands are:");
    for c in COMMANDS {
        assert!(
            help.iter()
                .any(|l| l.split_whitespace().any(|w| w == c.name)),
            "{}",
            c.name
        );
    }
    assert_eq!(
        answer(&t, "? get", 0),
        ["get       Download a file from the server (RETR, over a data connection)."]
    );
    assert_eq!(
        answer(&t, "help nosuch", 0),
        ["?Invalid help command nosuch"]
    );
    assert_eq!(answer(&t, "status", 0)[0], "Connected to 1.1.2.1.");
    assert_eq!(
        answer(&t, "cd nowhere", 0),
        ["550 Failed to change directory."]
    );
    assert_eq!(
        answer(&t, "get missing", 0),
        [
            "local: missing remote: missing",
            "200 PORT command successful. Consider using PASV.",
            "550 Failed to open file."
        ]
    );
    assert_eq!(
        answer(&t, "put nothere", 0),
        ["local: nothere: No such file or directory"]
    );
    assert_eq!(answer(&t, "delete foo", 0), ["550 Permission denied."]);
    assert_eq!(answer(&t, "mkdir new", 0), ["550 Permission denied."]);
    assert_eq!(
        answer(&t, "put report.txt", 0).last().unwrap(),
        "553 Could not create file."
    );
    assert_eq!(
        answer(&t, "pass me@example.com", 0)[..2],
        ["230 Login successful.", "Remote system type is UNIX."]
    );
    // Nothing but `ftp 1.1.2.1` is shown with the shell's prompt.
    assert_eq!(screen(&t).iter().filter(|l| l.starts_with("$ ")).count(), 1);
    // The lines that are not commands send nothing: every FTP command on the
    // wire comes from a command the learner typed (or the automatic login).
    let verbs: Vec<String> = t
        .segments()
        .filter_map(|(_, s)| match &s.ftp {
            Some(ftp_sim::wire::FtpMessage::Command { verb, .. }) => Some(verb.clone()),
            _ => None,
        })
        .collect();
    assert_eq!(
        verbs,
        [
            "USER", "PASS", "SYST", "FEAT", // automatic login (FEAT as tnftp)
            "CWD", "TYPE", "SIZE", "PORT", "RETR", // get: TYPE I and SIZE first
            "DELE", "MKD", "PORT", "STOR", // put: the type is binary already
            "USER", "PASS", "SYST", "FEAT",
        ]
    );
    common::check_idle(&t);
}

#[test]
fn quit_then_more_lines_then_open_again() {
    let t = session(
        DataMode::Passive,
        &[
            "quit",
            "ls",
            "get foo",
            "close",
            "quit",
            "open 1.1.2.1",
            "open 1.1.2.1",
            "get foo",
        ],
    );
    assert_eq!(answer(&t, "quit", 0), ["221 Goodbye"]);
    assert_eq!(answer(&t, "ls", 0), ["Not connected."]);
    assert_eq!(answer(&t, "get foo", 0), ["Not connected."]);
    assert_eq!(answer(&t, "close", 0), ["Not connected."]);
    assert_eq!(
        answer(&t, "quit", 1),
        Vec::<String>::new(),
        "nothing to close"
    );
    assert_eq!(
        answer(&t, "open 1.1.2.1", 0),
        [
            "Connected to 1.1.2.1.",
            "220 FTP Server ready",
            "331 Please specify the password.",
            "230 Login successful.",
            "Remote system type is UNIX.",
            "Using binary mode to transfer files.",
        ]
    );
    assert_eq!(
        answer(&t, "open 1.1.2.1", 1),
        ["Already connected to 1.1.2.1, use close first."]
    );
    let get = answer(&t, "get foo", 1);
    assert!(
        get.contains(&"226 Transfer complete".to_string()),
        "{get:#?}"
    );
    // Two control connections, the second from the next ephemeral port.
    let ctrl: Vec<u16> = t
        .connections
        .iter()
        .filter(|c| c.channel == ftp_sim::Channel::Control)
        .map(|c| c.client.port())
        .collect();
    assert_eq!(ctrl, [54704, 54705]);
    common::check_idle(&t);
}

#[test]
fn passive_and_epsv_toggle() {
    let t = session(
        DataMode::Active,
        &[
            "passive", "ls", "epsv", "ls", "epsv", "passive", "ls", "status",
        ],
    );
    assert_eq!(answer(&t, "passive", 0), ["Passive mode on."]);
    assert!(answer(&t, "ls", 0)[0].starts_with("227 Entering Passive Mode"));
    assert_eq!(answer(&t, "epsv", 0), ["EPSV mode on."]);
    assert!(answer(&t, "ls", 1)[0].starts_with("229 Entering Extended Passive Mode"));
    assert_eq!(answer(&t, "epsv", 1), ["EPSV mode off."]);
    assert_eq!(answer(&t, "passive", 1), ["Passive mode off."]);
    assert!(answer(&t, "ls", 2)[0].starts_with("200 PORT command successful"));
    assert_eq!(answer(&t, "status", 0)[2], "Passive mode: off; EPSV: off");
    common::check_idle(&t);
}

#[test]
fn a_raw_transfer_without_a_data_connection_times_out() {
    // The server listens after PASV but the client never connects: after a
    // minute the server gives up (425) and stops listening.
    let t = session(DataMode::Active, &["quote PASV", "quote RETR foo", "pwd"]);
    assert_eq!(
        answer(&t, "quote RETR foo", 0),
        ["425 Failed to establish connection."]
    );
    assert_eq!(answer(&t, "pwd", 0), ["257 \"/\" is the current directory"]);
    common::check_idle(&t);
    let t = session(DataMode::Active, &["quote PASV", "quit"]);
    common::check(&t);
}

#[test]
fn fifty_lines_in_a_row() {
    let pool = [
        "ls",
        "get foo",
        "cd pub",
        "get readme.txt",
        "cdup",
        "passive",
        "pwd",
        "dir",
        "epsv",
        "status",
    ];
    let lines: Vec<&str> = (0..50).map(|i| pool[i % pool.len()]).collect();
    let t = session(DataMode::Active, &lines);
    let inputs = t
        .events
        .iter()
        .filter(|e| matches!(e.kind, EventKind::Console { input: true, .. }))
        .count();
    assert_eq!(inputs, 51);
    assert_eq!(
        screen(&t).iter().filter(|l| l.starts_with("226 ")).count(),
        20
    );
    common::check_idle(&t);
    let mut with_quit = lines.clone();
    with_quit.push("quit");
    common::check(&session(DataMode::Active, &with_quit));
}

#[test]
fn typing_one_more_line_only_adds_to_the_session() {
    let lines = [
        "get foo",
        "passive",
        "ls",
        "cd nowhere",
        "quit",
        "open 1.1.2.1",
        "epsv",
        "dir",
    ];
    let full = session(DataMode::Active, &lines);
    assert_prefixes(DataMode::Active, &typed(&lines), &full);
}

/// For every k, the session with the first k lines equals the full session up
/// to the console input of line k+1.
fn assert_prefixes(mode: DataMode, lines: &[String], full: &Timeline) {
    let inputs: Vec<usize> = full
        .events
        .iter()
        .enumerate()
        .filter(|(_, e)| matches!(e.kind, EventKind::Console { input: true, .. }))
        .map(|(i, _)| i)
        .collect();
    for k in 0..lines.len() {
        let Some(&cut) = inputs.get(k + 1) else { break };
        let part = simulate(&Scenario::interactive(mode, &lines[..k]), SEED);
        assert!(part.events.len() >= cut, "k={k}");
        assert_eq!(part.events[..cut], full.events[..cut], "k={k}");
    }
}

/// Lines a learner might type: ordinary, odd but valid, and a few invalid.
const POOL: &[&str] = &[
    "ls",
    "dir",
    "ls pub",
    "nlist",
    "cd pub",
    "cd nowhere",
    "cd ünïcödé",
    "cdup",
    "pwd",
    "get foo",
    "get readme.txt",
    "get pub/readme.txt",
    "get missing",
    "get fö x",
    "recv foo bar",
    "put report.txt",
    "put nothere",
    "send report.txt up.txt",
    "delete foo",
    "mkdir new",
    "rmdir new",
    "size foo",
    "system",
    "binary",
    "image",
    "ascii",
    "passive",
    "epsv",
    "status",
    "help",
    "?",
    "help get",
    "quote NOOP",
    "quote PASV",
    "quote EPSV",
    "quote HELP",
    "quote RETR foo",
    "quote LIST",
    "quote PORT 1,1,1,1,200,1",
    "quote QUIT",
    "quote x1",
    "user anonymous a@b.c",
    "user user1 password123",
    "user user1 nope",
    "user bob",
    "pass secret",
    "close",
    "disconnect",
    "quit",
    "bye",
    "exit",
    "open 1.1.2.1",
    "open 1.1.1.1",
    "open 9.9.9.9",
    "open nowhere",
    "",
    "   ",
    "gett foo",
    "GET foo",
    "ftp 1.1.2.1",
    "get",
    "pwd x",
];

fn learner() -> impl Strategy<Value = (DataMode, Vec<String>)> {
    (
        prop_oneof![
            Just(DataMode::Active),
            Just(DataMode::Passive),
            Just(DataMode::ExtendedPassive)
        ],
        prop::collection::vec(0..POOL.len(), 0..=12),
    )
        .prop_map(|(mode, picks)| (mode, picks.iter().map(|&i| POOL[i].to_string()).collect()))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    /// Any learner session: no panic, the invariants hold (with the control
    /// connection left open and idle), the same lines give the same timeline,
    /// every line typed is echoed, and adding `quit` closes everything.
    #[test]
    fn random_learner_sessions((mode, lines) in learner()) {
        let s = Scenario::interactive(mode, &lines);
        let t = simulate(&s, SEED);
        common::check_idle(&t);
        prop_assert_eq!(t.to_text(), simulate(&s, SEED).to_text());
        let echoed: Vec<&str> = t.events.iter().filter_map(|e| match &e.kind {
            EventKind::Console { text, input: true, .. } => Some(text.as_str()),
            _ => None,
        }).collect();
        prop_assert_eq!(echoed.len(), lines.len() + 1);
        prop_assert_eq!(&echoed[1..], lines.iter().map(String::as_str).collect::<Vec<_>>());
        // The views the UI shows hold on learner sessions too.
        let steps = ftp_sim::tutorial::steps(&t);
        prop_assert!(steps.windows(2).all(|w| w[0].event < w[1].event));
        let _ = ftp_sim::tutorial::pages(&steps);
        prop_assert_eq!(ftp_sim::view::rows(&t).len(), t.segments().count());
        for (i, _) in t.segments() {
            prop_assert!(ftp_sim::dissect::dissect(&t, i).is_some());
        }
        let _ = ftp_sim::follow::data_streams(&t);
        let _ = t.sockets_at(usize::MAX);
        let mut done = lines.clone();
        done.push("quit".into());
        common::check(&simulate(&Scenario::interactive(mode, &done), SEED));
    }

    /// Typing a line never changes what the earlier lines showed.
    #[test]
    fn learner_sessions_grow_by_prefixes((mode, lines) in learner()) {
        let full = simulate(&Scenario::interactive(mode, &lines), SEED);
        assert_prefixes(mode, &lines, &full);
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    /// `check_line` never panics, on any text: unicode, control characters,
    /// very long lines. Its messages are what the client prints.
    #[test]
    fn check_line_takes_anything(line in prop_oneof![
        any::<String>(),
        "\\PC{0,300}",
        "[ -~\t\r\n\u{0}\u{7f}\u{85}\u{a0}\u{2028}\u{feff}é漢]{0,40}",
        (0..COMMANDS.len(), "( [a-zé./]{0,6}){0,4}").prop_map(|(i, args)| format!("{}{args}", COMMANDS[i].name)),
    ]) {
        match check_line(&line) {
            Ok(()) => {}
            Err(e) => {
                prop_assert!(!e.message().is_empty() && !e.hint().is_empty());
                prop_assert!(
                    e.message() == "?Invalid command." || e.message() == "?Line too long."
                        || e.message().starts_with("usage: "),
                    "{}", e.message()
                );
                if let Some(s) = e.suggestion() {
                    let with_arg = format!("{s} x");
                    let ok = check_line(s).is_ok() || check_line(&with_arg).is_ok();
                    prop_assert!(ok, "suggestion {} is a command", s);
                }
            }
        }
    }

    /// What `check_line` says is what the client does with the line.
    #[test]
    fn check_line_agrees_with_the_client(line in prop_oneof![
        "[ -~é]{0,20}",
        (0..COMMANDS.len(), "( [a-z]{1,4}){0,3}").prop_map(|(i, args)| format!("{}{args}", COMMANDS[i].name)),
    ]) {
        // Commands that do something without a connection are run after `close`,
        // so the check is quick and sends nothing.
        let t = session(DataMode::Active, &["close", &line]);
        let printed = answer(&t, &line, 0);
        match check_line(&line) {
            Ok(()) => prop_assert!(
                printed.first().is_none_or(|l| !l.starts_with('?') && !l.starts_with("usage: "))
                    || printed[0].starts_with("?Invalid help command"),
                "{line:?} -> {printed:?}"
            ),
            Err(e) => prop_assert_eq!(printed, vec![e.message().to_string()]),
        }
    }
}

/// Try it yourself's network switches: faults set as a line is typed change
/// only what follows that line, and TCP still delivers the file.
#[test]
fn faults_from_a_typed_line_change_only_what_follows() {
    use ftp_sim::{FaultRule, Faults};
    let lines: Vec<String> = ["get foo", "get foo"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    let plain = Scenario::interactive(DataMode::Active, &lines);
    let mut lossy = plain.clone();
    // script[0] is `ftp 1.1.2.1`: the second `get foo` is script[2].
    lossy.typed_faults.push((
        2,
        Faults {
            loss_ppm: 0,
            rules: vec![FaultRule::parse("S1 data 1").unwrap()],
        },
    ));
    let a = simulate(&plain, 5);
    let b = simulate(&lossy, 5);
    let typed_at = |t: &ftp_sim::Timeline| {
        t.events
            .iter()
            .enumerate()
            .filter(|(_, e)| matches!(&e.kind, EventKind::Console { input: true, .. }))
            .map(|(i, _)| i)
            .nth(2)
            .unwrap()
    };
    let cut = typed_at(&a);
    assert_eq!(cut, typed_at(&b));
    assert_eq!(
        a.events[..cut],
        b.events[..cut],
        "before the line: the same"
    );
    let lost: Vec<_> = b.segments().filter(|(_, s)| !s.delivered).collect();
    assert_eq!(lost.len(), 1, "one data segment lost");
    assert!(lost[0].0 > cut);
    assert_eq!(b.saved.len(), 2);
    assert_eq!(
        b.saved[0].bytes, b.saved[1].bytes,
        "the second file arrived whole"
    );
    common::check_idle_lossy(&b);
}
