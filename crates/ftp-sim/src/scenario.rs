//! Scenarios: who is on the network and what the user types.
//!
//! A scenario is data: the data-connection mode the client starts in, whether a
//! firewall stands in front of the client PCs, and what the user types at each
//! client's console. Script lines are exactly what a user types: the first line
//! starts the client at the shell (`ftp 1.1.2.1`), every later line is typed at
//! the `ftp>` prompt (`get foo`, `quit`). When the script runs out the client
//! sees end-of-file, which the classic client treats as `quit`.
//!
//! Auto-login: after the server's 220 greeting the client logs in as
//! `anonymous` with the e-mail password `<host>@example.com` (as with a
//! `~/.netrc` entry), unless the next script line is a `user` command, in which
//! case the user logs in by hand (`user NAME [PASSWORD]`, or `user NAME` and
//! then `pass PASSWORD`).

use std::fmt;

use crate::ftp::client::{read_line, UserCommand};

/// How the data connection is opened.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DataMode {
    /// The client listens and sends PORT; the server connects from port 20.
    Active,
    /// The client sends PASV; the server listens (227) and the client connects.
    Passive,
    /// The client sends EPSV (RFC 2428); the server answers 229 and listens.
    ExtendedPassive,
    /// The client sends EPRT (RFC 2428; tnftp's default active mode).
    ExtendedActive,
}

/// A session to simulate.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Scenario {
    pub mode: DataMode,
    /// A stateful firewall in front of the client PCs drops unsolicited inbound SYNs.
    pub client_firewall: bool,
    /// What the user types at H1's console, one line each, starting with `ftp 1.1.2.1`.
    pub script: Vec<String>,
    /// What the user types at the second PC, "PC2" (1.1.1.2). Empty: there is no
    /// PC2. PC2 starts typing once H1's session has ended.
    pub pc2_script: Vec<String>,
    /// Extra files on the server, `(absolute path, size in bytes)`, with
    /// generated text content (the benchmark adds a 1 MiB file this way).
    pub extra_files: Vec<(String, usize)>,
    /// A learner typing live (see [`Scenario::interactive`]): H1 always logs in
    /// as anonymous, and when its script runs out the user is still at the
    /// `ftp>` prompt (no end-of-file `quit`; the control connection stays open).
    pub interactive: bool,
    /// What goes wrong on the way: lost, delayed, duplicated or reordered
    /// segments (none by default).
    pub faults: crate::fault::Faults,
    /// The network from a line on: when H1's user types `script[i]`, the
    /// faults become `f` (counting rules from then). Try it yourself's loss
    /// switch and "lose the next data segment" use it, so that each typed line
    /// still only adds to the session.
    pub typed_faults: Vec<(usize, crate::fault::Faults)>,
}

/// A script line that is not something the classic client understands.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ScriptError {
    /// 1-based line number in the script text.
    pub line: usize,
    /// The line as written.
    pub text: String,
    /// What is wrong with it.
    pub message: String,
}

impl fmt::Display for ScriptError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}: {:?}", self.line, self.message, self.text)
    }
}

impl std::error::Error for ScriptError {}

fn lines(l: &[&str]) -> Vec<String> {
    l.iter().map(|s| s.to_string()).collect()
}

/// The faults of the [`Scenario::lossy`] lesson.
pub const LOSSY_RULES: [&str; 2] = ["S1 data 2", "H1 ack 5"];

impl Scenario {
    fn with(mode: DataMode, script: &[&str]) -> Self {
        Scenario {
            mode,
            client_firewall: false,
            script: lines(script),
            pc2_script: Vec::new(),
            extra_files: Vec::new(),
            interactive: false,
            faults: crate::fault::Faults::default(),
            typed_faults: Vec::new(),
        }
    }

    /// The "try it yourself" terminal: H1 runs `ftp 1.1.2.1` (and so starts
    /// connected and logged in as `anonymous`, like every scenario), then the
    /// learner's `typed` lines are typed at `ftp>`, each half a second after
    /// the prompt is back. Any lines are fine: the client answers what it does
    /// not understand as the classic client does (see
    /// [`crate::ftp::client::check_line`]). When the lines run out the learner
    /// is still there: the session stays open and idle, nothing is sent.
    ///
    /// Typing one more line only adds to the session: with `typed` plus one
    /// line, the events before that line's console input are exactly the
    /// events of `typed` alone that came before it (same seed), so the UI can
    /// animate just what the new line caused.
    pub fn interactive(mode: DataMode, typed: &[String]) -> Scenario {
        let mut s = Self::with(mode, &["ftp 1.1.2.1"]);
        s.script.extend(typed.iter().cloned());
        s.interactive = true;
        s
    }

    /// The scenarios the tutorial offers, by id (also their URL names).
    pub const IDS: [&'static str; 10] = [
        "active",
        "passive",
        "login-list",
        "two-pcs",
        "firewall",
        "bad-password",
        "missing-file",
        "epsv",
        "large",
        "lossy",
    ];

    /// The scenario named `id` (one of [`Scenario::IDS`]).
    pub fn by_id(id: &str) -> Option<Scenario> {
        Some(match id {
            "active" => Self::seed_active(),
            "passive" => Self::seed_passive(),
            "login-list" => Self::login_list(),
            "two-pcs" => Self::two_pcs(),
            "firewall" => Self::firewall_active(),
            "bad-password" => Self::bad_password(),
            "missing-file" => Self::missing_file(),
            "epsv" => Self::seed_epsv(),
            "large" => Self::large_file(),
            "lossy" => Self::lossy(),
            _ => return None,
        })
    }

    /// The seed tutorial: H1 opens a control connection to S1, gets `foo` in
    /// active mode and quits.
    pub fn seed_active() -> Self {
        Self::with(DataMode::Active, &["ftp 1.1.2.1", "get foo", "quit"])
    }

    /// The seed session in passive mode (PASV / 227).
    pub fn seed_passive() -> Self {
        Self::with(DataMode::Passive, &["ftp 1.1.2.1", "get foo", "quit"])
    }

    /// The seed session with EPSV / 229 (RFC 2428).
    pub fn seed_epsv() -> Self {
        Self::with(
            DataMode::ExtendedPassive,
            &["ftp 1.1.2.1", "get foo", "quit"],
        )
    }

    /// A large file: the seed session, but `get large.txt` fetches 1 MiB
    /// (1,048,576 bytes), so the data connection carries hundreds of
    /// full-size segments, acknowledged as they arrive.
    pub fn large_file() -> Self {
        let mut s = Self::with(DataMode::Active, &["ftp 1.1.2.1", "get large.txt", "quit"]);
        s.extra_files.push(("/large.txt".to_string(), 1 << 20));
        s
    }

    /// TCP's reliability: `get notes.txt` (10,000 bytes, 7 segments) in
    /// active mode on a network that loses S1's 2nd data segment and H1's
    /// first ACK. The lost ACK is covered by the next one (ACKs are
    /// cumulative); the lost segment makes H1 send duplicate ACKs, and the
    /// third brings it again (fast retransmit).
    pub fn lossy() -> Self {
        let mut s = Self::with(DataMode::Active, &["ftp 1.1.2.1", "get notes.txt", "quit"]);
        s.extra_files.push(("/notes.txt".to_string(), 10_000));
        for rule in LOSSY_RULES {
            if let Ok(r) = crate::fault::FaultRule::parse(rule) {
                s.faults.rules.push(r);
            }
        }
        s
    }

    /// Active mode behind a client-side firewall: S1's SYNs to H1 are dropped,
    /// S1 retries, gives up and answers 425; the user switches to passive mode
    /// and the second `get foo` works.
    pub fn firewall_active() -> Self {
        let mut s = Self::with(
            DataMode::Active,
            &["ftp 1.1.2.1", "get foo", "passive", "get foo", "quit"],
        );
        s.client_firewall = true;
        s
    }

    /// A wrong password: 530 and "Login failed.".
    pub fn bad_password() -> Self {
        Self::with(
            DataMode::Active,
            &["ftp 1.1.2.1", "user user1 wrongpass", "quit"],
        )
    }

    /// A file that is not there: 550.
    pub fn missing_file() -> Self {
        Self::with(DataMode::Active, &["ftp 1.1.2.1", "get nosuchfile", "quit"])
    }

    /// The classic capture walk-through: anonymous login, a listing, `cd pub`,
    /// `get readme.txt`, `bye`.
    pub fn login_list() -> Self {
        Self::with(
            DataMode::Active,
            &[
                "ftp 1.1.2.1",
                "user anonymous student@example.edu",
                "dir",
                "cd pub",
                "get readme.txt",
                "bye",
            ],
        )
    }

    /// Two PCs: H1 logs in as user1 and uploads `report.txt`; then PC2 logs in
    /// and downloads it.
    pub fn two_pcs() -> Self {
        let mut s = Self::with(
            DataMode::Passive,
            &[
                "ftp 1.1.2.1",
                "user user1 password123",
                "put report.txt",
                "dir",
                "quit",
            ],
        );
        s.pc2_script = lines(&[
            "ftp 1.1.2.1",
            "user user1 password123",
            "get report.txt",
            "quit",
        ]);
        s
    }

    /// A scenario from a script text such as a teacher's lab file: one line per
    /// line typed. Blank lines and lines starting with `#` are skipped. Lines
    /// starting with `PC2:` are typed at the second PC. If a PC's script does not
    /// start with `ftp HOST` / `open HOST`, `ftp 1.1.2.1` is put first. A line
    /// the classic client would not understand is an error naming its 1-based
    /// line number.
    pub fn from_script(mode: DataMode, text: &str) -> Result<Scenario, ScriptError> {
        let mut s = Self::with(mode, &[]);
        for (i, raw) in text.lines().enumerate() {
            let trimmed = raw.trim();
            if trimmed.is_empty() || trimmed.starts_with('#') {
                continue;
            }
            let (target, line) = match trimmed.strip_prefix("PC2:") {
                Some(rest) => (&mut s.pc2_script, rest.trim()),
                None => (&mut s.script, trimmed),
            };
            let is_first = target.is_empty();
            let cmd = read_line(line, is_first)
                .and_then(|c| c.ok_or_else(|| "?Invalid command.".to_string()))
                .map_err(|message| ScriptError {
                    line: i + 1,
                    text: raw.to_string(),
                    message,
                })?;
            if is_first && !matches!(cmd, UserCommand::Open(_)) {
                target.push("ftp 1.1.2.1".to_string());
            }
            target.push(line.to_string());
        }
        if s.script.is_empty() {
            s.script.push("ftp 1.1.2.1".to_string());
        }
        Ok(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn from_script_adds_open_and_skips_comments() {
        let s = Scenario::from_script(DataMode::Active, "# lab 1\nuser anonymous a@b\n\nls\nbye\n")
            .unwrap();
        assert_eq!(
            s.script,
            vec!["ftp 1.1.2.1", "user anonymous a@b", "ls", "bye"]
        );
    }

    #[test]
    fn from_script_names_the_bad_line() {
        let e = Scenario::from_script(DataMode::Passive, "ftp 1.1.2.1\nget foo\nfrobnicate\n")
            .unwrap_err();
        assert_eq!(e.line, 3);
        assert!(e.to_string().starts_with("line 3: "), "{e}");
        let e = Scenario::from_script(DataMode::Passive, "get\n").unwrap_err();
        assert_eq!(e.line, 1);
    }

    #[test]
    fn from_script_pc2_lines() {
        let s = Scenario::from_script(DataMode::Passive, "put report.txt\nPC2: get report.txt\n")
            .unwrap();
        assert_eq!(s.pc2_script, vec!["ftp 1.1.2.1", "get report.txt"]);
    }
}
