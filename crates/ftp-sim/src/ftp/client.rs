//! The classic BSD/Linux command-line FTP client (netkit `ftp`), as a state machine.
//!
//! It reads what the user types, sends protocol commands and prints what the
//! classic client prints: every server reply verbatim (`220 FTP Server ready`),
//! plus its own lines (`Connected to 1.1.2.1.`, `local: foo remote: foo`,
//! `3584 bytes received in 0.0223 secs (157 kB/s)`, `?Invalid command.`, …).

use std::collections::{BTreeMap, VecDeque};
use std::fmt;
use std::net::{Ipv4Addr, SocketAddrV4};

use crate::net::{Action, ListenerId, SockId, World};
use crate::scenario::DataMode;
use crate::tcp::Abort;
use crate::timeline::{Channel, HostId, Micros, SavedFile};
use crate::wire::{format_host_port, parse_epsv_port, parse_host_port, FtpMessage};

/// How long the user takes to type the next line once the prompt is back.
pub const THINK_TIME: Micros = 500_000;

/// One command of the client's command table, as `help` lists it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct CommandHelp {
    /// The command's name (`get`).
    pub name: &'static str,
    /// Other words that run the same command (`recv`).
    pub aliases: &'static [&'static str],
    /// How to type it, without the leading `usage: ` (`get remote-file [local-file]`);
    /// words in `[ ]` are optional.
    pub usage: &'static str,
    /// What it does, in one plain-English line.
    pub summary: &'static str,
}

/// Every command the client accepts at the `ftp>` prompt, in the order `help`
/// lists them. [`UserCommand::parse`] looks command words up in this table, so a
/// word that is not here is `?Invalid command.`.
pub const COMMANDS: &[CommandHelp] = &[
    CommandHelp {
        name: "open",
        aliases: &[],
        usage: "open host-name",
        summary: "Connect to an FTP server, e.g. open 1.1.2.1 (then log in).",
    },
    CommandHelp {
        name: "user",
        aliases: &[],
        usage: "user username [password]",
        summary: "Log in as someone else: sends USER, then PASS if you give the password.",
    },
    CommandHelp {
        name: "pass",
        aliases: &[],
        usage: "pass password",
        summary: "Send your password (PASS) after user username.",
    },
    CommandHelp {
        name: "ls",
        aliases: &[],
        usage: "ls [remote-directory]",
        summary:
            "List the files on the server with sizes and dates (LIST, over a data connection).",
    },
    CommandHelp {
        name: "dir",
        aliases: &[],
        usage: "dir [remote-directory]",
        summary: "The same as ls: a long listing (LIST, over a data connection).",
    },
    CommandHelp {
        name: "nlist",
        aliases: &[],
        usage: "nlist [remote-directory]",
        summary: "List only the names of the files on the server (NLST, over a data connection).",
    },
    CommandHelp {
        name: "cd",
        aliases: &[],
        usage: "cd remote-directory",
        summary: "Change the current directory on the server (CWD).",
    },
    CommandHelp {
        name: "cdup",
        aliases: &[],
        usage: "cdup",
        summary: "Go up to the parent directory on the server (CDUP).",
    },
    CommandHelp {
        name: "pwd",
        aliases: &[],
        usage: "pwd",
        summary: "Show the current directory on the server (PWD).",
    },
    CommandHelp {
        name: "get",
        aliases: &["recv"],
        usage: "get remote-file [local-file]",
        summary: "Download a file from the server (RETR, over a data connection).",
    },
    CommandHelp {
        name: "put",
        aliases: &["send"],
        usage: "put local-file [remote-file]",
        summary: "Upload a file to the server (STOR, over a data connection).",
    },
    CommandHelp {
        name: "delete",
        aliases: &[],
        usage: "delete remote-file",
        summary: "Delete a file on the server (DELE).",
    },
    CommandHelp {
        name: "mkdir",
        aliases: &[],
        usage: "mkdir directory-name",
        summary: "Make a directory on the server (MKD).",
    },
    CommandHelp {
        name: "rmdir",
        aliases: &[],
        usage: "rmdir directory-name",
        summary: "Remove an empty directory on the server (RMD).",
    },
    CommandHelp {
        name: "size",
        aliases: &[],
        usage: "size filename",
        summary: "Ask the server how many bytes a file has (SIZE).",
    },
    CommandHelp {
        name: "system",
        aliases: &[],
        usage: "system",
        summary: "Ask the server which operating system it runs (SYST).",
    },
    CommandHelp {
        name: "binary",
        aliases: &["image"],
        usage: "binary",
        summary: "Transfer files byte for byte (TYPE I); the default.",
    },
    CommandHelp {
        name: "ascii",
        aliases: &[],
        usage: "ascii",
        summary: "Transfer files as text lines (TYPE A).",
    },
    CommandHelp {
        name: "passive",
        aliases: &[],
        usage: "passive",
        summary: "Switch passive mode on or off: who opens the data connection (PASV or PORT).",
    },
    CommandHelp {
        name: "epsv",
        aliases: &[],
        usage: "epsv",
        summary: "Switch extended passive mode on or off (EPSV, which works for IPv6 too).",
    },
    CommandHelp {
        name: "quote",
        aliases: &[],
        usage: "quote line-to-send",
        summary: "Send a raw protocol command to the server, e.g. quote NOOP.",
    },
    CommandHelp {
        name: "status",
        aliases: &[],
        usage: "status",
        summary: "Show whether you are connected and the current transfer settings.",
    },
    CommandHelp {
        name: "close",
        aliases: &["disconnect"],
        usage: "close",
        summary: "End the session with the server (QUIT) but stay at the ftp> prompt.",
    },
    CommandHelp {
        name: "quit",
        aliases: &["bye", "exit"],
        usage: "quit",
        summary: "End the session (QUIT) and leave ftp.",
    },
    CommandHelp {
        name: "help",
        aliases: &["?"],
        usage: "help [command]",
        summary: "List the commands, or explain one (help get).",
    },
];

/// The entry of [`COMMANDS`] whose name or alias is exactly `word`.
pub fn command_help(word: &str) -> Option<&'static CommandHelp> {
    COMMANDS
        .iter()
        .find(|c| c.name == word || c.aliases.contains(&word))
}

/// What the classic client prints for a word that is not a command.
pub const INVALID_COMMAND: &str = "?Invalid command.";
/// What the client prints for a line longer than [`MAX_LINE_CHARS`].
pub const LINE_TOO_LONG: &str = "?Line too long.";
/// The longest line the client reads, in characters.
pub const MAX_LINE_CHARS: usize = 256;

/// Why a line typed at `ftp>` is not run; see [`check_line`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LineError {
    message: String,
    hint: String,
    suggestion: Option<&'static str>,
}

impl LineError {
    /// What the classic client prints: `?Invalid command.`, `?Line too long.`
    /// or a usage line such as `usage: get remote-file [local-file]`.
    pub fn message(&self) -> &str {
        &self.message
    }

    /// A sentence for learners, e.g. `Did you mean get? Type help to list the commands.`
    pub fn hint(&self) -> &str {
        &self.hint
    }

    /// The command word the hint suggests, if any (`get` for `gett`).
    pub fn suggestion(&self) -> Option<&'static str> {
        self.suggestion
    }
}

impl fmt::Display for LineError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for LineError {}

/// Checks a line typed at the `ftp>` prompt without running it: `Ok` if the
/// client would run it (an empty or blank line is `Ok` too: the client just
/// shows the prompt again), else what the client prints and a hint. Never
/// panics.
pub fn check_line(line: &str) -> Result<(), LineError> {
    match read_line(line, false) {
        Ok(_) => Ok(()),
        Err(message) => {
            let word = line.split_whitespace().next().unwrap_or("");
            let (hint, suggestion) = hint_for(&message, word);
            Err(LineError {
                message,
                hint,
                suggestion,
            })
        }
    }
}

const HELP_HINT: &str = "Type help to list the commands.";

fn hint_for(message: &str, word: &str) -> (String, Option<&'static str>) {
    if message == LINE_TOO_LONG {
        return (
            format!("A command line can be at most {MAX_LINE_CHARS} characters long."),
            None,
        );
    }
    if let Some(usage) = message.strip_prefix("usage: ") {
        let extra = if usage.contains('[') {
            " (the words in [ ] are optional)"
        } else {
            ""
        };
        return (
            format!("Type it as: {usage}{extra}. Type help {word} for more."),
            None,
        );
    }
    if word == "ftp" {
        return (
            "You are already at the ftp> prompt: to connect, type open 1.1.2.1.".to_string(),
            Some("open"),
        );
    }
    let upper = word.to_ascii_uppercase();
    let protocol = [
        ("RETR", "get"),
        ("STOR", "put"),
        ("LIST", "dir"),
        ("NLST", "nlist"),
        ("CWD", "cd"),
        ("CDUP", "cdup"),
        ("PWD", "pwd"),
        ("XPWD", "pwd"),
        ("DELE", "delete"),
        ("MKD", "mkdir"),
        ("RMD", "rmdir"),
        ("PASV", "passive"),
        ("EPSV", "epsv"),
        ("USER", "user"),
        ("PASS", "pass"),
        ("QUIT", "quit"),
        ("SYST", "system"),
        ("SIZE", "size"),
        ("TYPE", "binary"),
    ];
    if let Some(&(verb, cmd)) = protocol.iter().find(|(v, _)| *v == upper) {
        if cmd != word {
            return (
                format!(
                    "{verb} is what the client sends to the server; at ftp> type {cmd} (or quote {verb} … to send it as it is)."
                ),
                Some(cmd),
            );
        }
    }
    if upper == "PORT" || upper == "EPRT" {
        return (
            format!(
                "The client sends {upper} by itself before each transfer in active mode; type get, put, ls or dir."
            ),
            None,
        );
    }
    let lower = word.to_lowercase();
    if lower != word {
        if let Some(c) = command_help(&lower) {
            return (
                format!("Commands are lower case: did you mean {lower}? {HELP_HINT}"),
                Some(alias_of(c, &lower)),
            );
        }
    }
    match nearest(&lower) {
        Some(near) => (format!("Did you mean {near}? {HELP_HINT}"), Some(near)),
        None => (HELP_HINT.to_string(), None),
    }
}

fn alias_of(c: &'static CommandHelp, word: &str) -> &'static str {
    c.aliases
        .iter()
        .copied()
        .find(|a| *a == word)
        .unwrap_or(c.name)
}

/// The command word closest to `word` (edit distance 1, or 2 for words of five
/// letters or more; a unique prefix of at least two letters also counts).
fn nearest(word: &str) -> Option<&'static str> {
    let n = word.chars().count();
    if n == 0 || n > 32 {
        return None;
    }
    let words = COMMANDS
        .iter()
        .flat_map(|c| std::iter::once(c.name).chain(c.aliases.iter().copied()))
        .filter(|w| *w != "?");
    let max = if n >= 5 { 2 } else { 1 };
    let mut best: Option<(usize, &'static str)> = None;
    for w in words.clone() {
        let d = distance(word, w);
        if d <= max && best.is_none_or(|(b, _)| d < b) {
            best = Some((d, w));
        }
    }
    if best.is_none() && n >= 2 {
        let mut prefixed = words.filter(|w| w.starts_with(word));
        if let (Some(w), None) = (prefixed.next(), prefixed.next()) {
            best = Some((0, w));
        }
    }
    best.map(|(_, w)| w)
}

/// Optimal-string-alignment distance (insertions, deletions, substitutions,
/// swaps of two neighbours), over characters.
fn distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let w = b.len() + 1;
    let mut d = vec![0usize; (a.len() + 1) * w];
    for (i, row) in d.chunks_mut(w).enumerate() {
        row[0] = i;
    }
    for (j, cell) in d.iter_mut().enumerate().take(w) {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut v = (d[(i - 1) * w + j] + 1)
                .min(d[i * w + j - 1] + 1)
                .min(d[(i - 1) * w + j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                v = v.min(d[(i - 2) * w + j - 2] + 1);
            }
            d[i * w + j] = v;
        }
    }
    d[a.len() * w + b.len()]
}

/// A line as the client reads it: `Ok(None)` for a blank line, the command,
/// or what the client prints instead.
pub(crate) fn read_line(line: &str, at_shell: bool) -> Result<Option<UserCommand>, String> {
    if line.chars().count() > MAX_LINE_CHARS {
        return Err(LINE_TOO_LONG.to_string());
    }
    if line.trim().is_empty() {
        return Ok(None);
    }
    UserCommand::parse(line, at_shell).map(Some)
}

/// What the user can type (one script line).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum UserCommand {
    /// `ftp HOST` at the shell, or `open HOST` at `ftp>`.
    Open(String),
    /// `user NAME [PASSWORD]`.
    User(String, Option<String>),
    /// `pass PASSWORD` (sends PASS after a `user NAME` without password).
    Pass(String),
    /// `ls`/`dir [PATH]` (LIST) or `nlist [PATH]` (NLST): `(long, path)`.
    List(bool, Option<String>),
    /// `cd DIR` (CWD).
    Cd(String),
    /// `cdup` (CDUP).
    Cdup,
    /// `pwd` (PWD).
    Pwd,
    /// `get REMOTE [LOCAL]` (RETR).
    Get(String, String),
    /// `put LOCAL [REMOTE]` (STOR).
    Put(String, String),
    /// `delete FILE` (DELE).
    Delete(String),
    /// `mkdir DIR` (MKD).
    Mkdir(String),
    /// `rmdir DIR` (RMD).
    Rmdir(String),
    /// `size FILE` (SIZE).
    Size(String),
    /// `system` (SYST).
    System,
    /// `binary` / `ascii` (TYPE I / TYPE A).
    Type(bool),
    /// `passive`: toggles passive mode.
    Passive,
    /// `epsv`: toggles EPSV for passive transfers.
    Epsv,
    /// `quote VERB [ARGS]`: sends a raw command (e.g. `quote NOOP`).
    Quote(String),
    /// `status`: prints the connection and settings (nothing is sent).
    Status,
    /// `close` / `disconnect`: QUIT but stay in the client.
    Close,
    /// `bye` / `quit` / `exit`: QUIT and leave.
    Quit,
    /// `help [COMMAND]` / `? [COMMAND]`: prints the command table (nothing is sent).
    Help(Option<String>),
}

impl UserCommand {
    /// Parses one line. `at_shell` is true for the line that starts the client,
    /// where `ftp HOST` is expected (any other command is accepted there too, as
    /// if typed at `ftp>`). At the `ftp>` prompt the command word must be a name
    /// or alias in [`COMMANDS`]. The error is the message the classic client
    /// prints (`?Invalid command.`, `usage: get remote-file [local-file]`).
    pub fn parse(line: &str, at_shell: bool) -> Result<UserCommand, String> {
        let mut words = line.split_whitespace();
        let Some(cmd) = words.next() else {
            return Err(INVALID_COMMAND.to_string());
        };
        let args: Vec<String> = words.map(String::from).collect();
        if at_shell && cmd == "ftp" {
            return match args.as_slice() {
                [host] => Ok(UserCommand::Open(host.clone())),
                _ => Err("usage: ftp host-name".to_string()),
            };
        }
        let Some(spec) = command_help(cmd) else {
            return Err(INVALID_COMMAND.to_string());
        };
        // The usage line names the word as typed, like the classic client's argv[0].
        let usage = || format!("usage: {cmd}{}", &spec.usage[spec.name.len()..]);
        let one = || -> Result<String, String> {
            match args.as_slice() {
                [a] => Ok(a.clone()),
                _ => Err(usage()),
            }
        };
        let none = |c: UserCommand| {
            if args.is_empty() {
                Ok(c)
            } else {
                Err(usage())
            }
        };
        let c = match spec.name {
            "open" => UserCommand::Open(one()?),
            "user" => match args.as_slice() {
                [n] => UserCommand::User(n.clone(), None),
                [n, p] => UserCommand::User(n.clone(), Some(p.clone())),
                _ => return Err(usage()),
            },
            "pass" => UserCommand::Pass(one()?),
            // As tnftp: ls and dir send LIST, nlist sends NLST.
            "ls" | "dir" | "nlist" => match args.as_slice() {
                [] => UserCommand::List(spec.name != "nlist", None),
                [p] => UserCommand::List(spec.name != "nlist", Some(p.clone())),
                _ => return Err(usage()),
            },
            "cd" => UserCommand::Cd(one()?),
            "cdup" => none(UserCommand::Cdup)?,
            "pwd" => none(UserCommand::Pwd)?,
            "get" => match args.as_slice() {
                [r] => UserCommand::Get(r.clone(), r.rsplit('/').next().unwrap_or(r).to_string()),
                [r, l] => UserCommand::Get(r.clone(), l.clone()),
                _ => return Err(usage()),
            },
            "put" => match args.as_slice() {
                [l] => UserCommand::Put(l.clone(), l.clone()),
                [l, r] => UserCommand::Put(l.clone(), r.clone()),
                _ => return Err(usage()),
            },
            "delete" => UserCommand::Delete(one()?),
            "mkdir" => UserCommand::Mkdir(one()?),
            "rmdir" => UserCommand::Rmdir(one()?),
            "size" => UserCommand::Size(one()?),
            "system" => none(UserCommand::System)?,
            "binary" => none(UserCommand::Type(true))?,
            "ascii" => none(UserCommand::Type(false))?,
            "passive" => none(UserCommand::Passive)?,
            "epsv" => none(UserCommand::Epsv)?,
            "quote" if !args.is_empty() => UserCommand::Quote(args.join(" ")),
            "quote" => return Err(usage()),
            "status" => none(UserCommand::Status)?,
            "close" => none(UserCommand::Close)?,
            "quit" => none(UserCommand::Quit)?,
            "help" => match args.as_slice() {
                [] => UserCommand::Help(None),
                [c] => UserCommand::Help(Some(c.clone())),
                _ => return Err(usage()),
            },
            // A table entry without an arm: never accepted (a unit test checks
            // that every entry parses).
            _ => return Err(INVALID_COMMAND.to_string()),
        };
        Ok(c)
    }
}

/// What the client waits for.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Wait {
    /// The `ftp>` prompt is shown (or the user is about to type).
    Prompt,
    /// The user has just typed a line; the client is acting on it.
    Typing,
    /// The control connection's handshake.
    Connecting,
    /// A reply; what to do with it.
    Reply(Pending),
    /// A passive data connection's handshake.
    DataConnecting,
    /// The user has left the client.
    Gone,
}

#[derive(Clone, Debug, PartialEq, Eq)]
enum Pending {
    Greeting,
    User(Option<String>),
    Pass,
    Syst,
    Simple,
    Type(bool),
    Quit(bool),
    DataSetup,
    XferStart,
    XferEnd,
    // What tnftp sends on its own: FEAT after SYST, TYPE (when another is
    // needed) and SIZE before a transfer, MDTM after a download.
    Feat,
    XferType,
    XferSize,
    Mdtm,
}

#[derive(Clone, Debug)]
enum XferKind {
    Retr { local: String },
    Stor { data: Vec<u8> },
    List,
}

#[derive(Clone, Debug)]
struct Xfer {
    kind: XferKind,
    /// The command that moves the data, e.g. `RETR foo`.
    command: FtpMessage,
    listener: Option<ListenerId>,
    sock: Option<SockId>,
    /// What arrived on the data connection, in the pieces it was taken in
    /// (joined once, when the transfer ends: no copying as it grows).
    received: Vec<Vec<u8>>,
    eof: bool,
    preliminary: bool,
    sent: bool,
    reply: Option<FtpMessage>,
    started: Micros,
}

/// The FTP client on one host.
pub struct Client {
    pub host: HostId,
    name: String,
    script: VecDeque<String>,
    /// How many script lines have been typed so far.
    typed: usize,
    ctrl: Option<SockId>,
    peer: Option<Ipv4Addr>,
    replies: Vec<u8>,
    wait: Wait,
    mode: DataMode,
    binary: bool,
    /// The files on this host, each in the pieces it arrived in (a download
    /// is kept as received, not copied into one buffer; `put` joins them).
    local: BTreeMap<String, Vec<Vec<u8>>>,
    xfer: Option<Xfer>,
    started: bool,
    first_line: bool,
    interactive: bool,
    /// The server's current TYPE is I (it starts in ASCII).
    server_binary: bool,
}

impl Client {
    /// A client on `host` (named `name`) that will type `script`.
    pub fn new(
        host: HostId,
        name: &str,
        script: &[String],
        mode: DataMode,
        local: BTreeMap<String, Vec<u8>>,
    ) -> Client {
        Client {
            host,
            name: name.to_ascii_lowercase(),
            script: script.iter().cloned().collect(),
            ctrl: None,
            peer: None,
            replies: Vec::new(),
            wait: Wait::Prompt,
            mode,
            binary: true,
            local: local
                .into_iter()
                .map(|(name, data)| (name, vec![data]))
                .collect(),
            xfer: None,
            started: false,
            first_line: true,
            interactive: false,
            server_binary: false,
            typed: 0,
        }
    }

    /// An interactive client (see [`crate::Scenario::interactive`]): it always
    /// logs in as `anonymous` after a 220 greeting (it never looks ahead at the
    /// next line), and when the lines run out the user is still at the `ftp>`
    /// prompt: nothing more happens (no end-of-file `quit`).
    pub fn interactive(mut self, on: bool) -> Client {
        self.interactive = on;
        self
    }

    /// True once the user has left (quit, or end of script when not connected).
    pub fn done(&self) -> bool {
        self.wait == Wait::Gone
    }

    /// True once the user has started typing.
    pub fn started(&self) -> bool {
        self.started
    }

    /// The user sits down at the console now.
    pub fn start(&mut self, w: &mut World, delay: Micros) {
        self.started = true;
        w.schedule(w.now + delay, Action::User(self.host));
    }

    fn prompt(&mut self, w: &mut World) {
        if self.wait == Wait::Prompt {
            return;
        }
        self.wait = Wait::Prompt;
        w.schedule(w.now + THINK_TIME, Action::User(self.host));
    }

    fn print(&self, w: &mut World, text: impl Into<String>) {
        w.console(self.host, text, false);
    }

    fn send_cmd(&mut self, w: &mut World, verb: &str, arg: &str, then: Pending) {
        if let Some(c) = self.ctrl {
            w.send(c, FtpMessage::command(verb, arg).to_wire().as_bytes());
        }
        self.wait = Wait::Reply(then);
    }

    fn send_msg(&mut self, w: &mut World, msg: &FtpMessage, then: Pending) {
        if let Some(c) = self.ctrl {
            w.send(c, msg.to_wire().as_bytes());
        }
        self.wait = Wait::Reply(then);
    }

    /// The user types the next line (or the script has ended: end-of-file).
    /// How many lines of the script have been typed (the first is `ftp 1.1.2.1`).
    pub fn lines_typed(&self) -> usize {
        self.typed
    }

    pub fn on_user(&mut self, w: &mut World) {
        if self.wait != Wait::Prompt {
            return;
        }
        let Some(line) = self.script.pop_front().inspect(|_| self.typed += 1) else {
            if self.interactive {
                // The learner has not typed anything more: the prompt waits.
                return;
            }
            // End of input: the classic client quits.
            if self.ctrl.is_some() {
                self.send_cmd(w, "QUIT", "", Pending::Quit(true));
            } else {
                self.wait = Wait::Gone;
            }
            return;
        };
        w.console(self.host, line.clone(), true);
        self.wait = Wait::Typing;
        let at_shell = std::mem::replace(&mut self.first_line, false);
        match read_line(&line, at_shell) {
            Ok(Some(cmd)) => self.execute(w, cmd),
            // A blank line: the prompt again, as in the classic client.
            Ok(None) => self.prompt(w),
            Err(msg) => {
                self.print(w, msg);
                self.prompt(w);
            }
        }
    }

    /// After QUIT: the user leaves, unless there is more to type (the web
    /// terminal keeps a fresh, unconnected client at the `ftp>` prompt).
    fn leave_or_prompt(&mut self, w: &mut World) {
        if self.script.is_empty() && !self.interactive {
            self.wait = Wait::Gone;
        } else {
            self.prompt(w);
        }
    }

    fn help(&self, w: &mut World, topic: Option<&str>) {
        match topic {
            None => {
                self.print(w, "Commands are:");
                let names: Vec<&str> = COMMANDS.iter().map(|c| c.name).collect();
                for row in names.chunks(6) {
                    let line: String = row.iter().map(|n| format!("{n:<10}")).collect();
                    self.print(w, line.trim_end().to_string());
                }
            }
            Some(word) => match command_help(word) {
                Some(c) => self.print(w, format!("{word:<10}{}", c.summary)),
                None => self.print(w, format!("?Invalid help command {word}")),
            },
        }
    }

    fn status(&self, w: &mut World) {
        match self.peer.filter(|_| self.ctrl.is_some()) {
            Some(peer) => self.print(w, format!("Connected to {peer}.")),
            None => self.print(w, "Not connected."),
        }
        let ty = if self.binary { "binary" } else { "ascii" };
        self.print(
            w,
            format!("Mode: stream; Type: {ty}; Form: non-print; Structure: file"),
        );
        let (passive, epsv) = match self.mode {
            DataMode::Active => ("off", "off"),
            DataMode::Passive => ("on", "off"),
            DataMode::ExtendedPassive => ("on", "on"),
            DataMode::ExtendedActive => ("off", "on"),
        };
        self.print(w, format!("Passive mode: {passive}; EPSV: {epsv}"));
    }

    fn execute(&mut self, w: &mut World, cmd: UserCommand) {
        let connected = self.ctrl.is_some();
        match cmd {
            UserCommand::Open(host) => {
                if let Some(peer) = self.peer.filter(|_| connected) {
                    self.print(w, format!("Already connected to {peer}, use close first."));
                    return self.prompt(w);
                }
                let Ok(ip) = host.parse::<Ipv4Addr>() else {
                    self.print(w, format!("ftp: {host}: Name or service not known"));
                    return self.prompt(w);
                };
                if w.host_by_ip(ip).is_none() {
                    self.print(w, "ftp: connect: Network is unreachable");
                    return self.prompt(w);
                }
                self.peer = Some(ip);
                self.replies.clear();
                let s = w.connect(
                    self.host,
                    None,
                    SocketAddrV4::new(ip, 21),
                    Channel::Control,
                    true,
                );
                self.ctrl = Some(s);
                self.wait = Wait::Connecting;
            }
            UserCommand::Passive => {
                self.mode = if self.mode == DataMode::Active {
                    DataMode::Passive
                } else {
                    DataMode::Active
                };
                let on = if self.mode == DataMode::Active {
                    "off"
                } else {
                    "on"
                };
                self.print(w, format!("Passive mode {on}."));
                self.prompt(w);
            }
            UserCommand::Epsv => {
                self.mode = if self.mode == DataMode::ExtendedPassive {
                    DataMode::Passive
                } else {
                    DataMode::ExtendedPassive
                };
                let on = if self.mode == DataMode::ExtendedPassive {
                    "on"
                } else {
                    "off"
                };
                self.print(w, format!("EPSV mode {on}."));
                self.prompt(w);
            }
            UserCommand::Help(topic) => {
                self.help(w, topic.as_deref());
                self.prompt(w);
            }
            UserCommand::Status => {
                self.status(w);
                self.prompt(w);
            }
            // Leaving when not connected sends nothing.
            UserCommand::Quit if !connected => self.leave_or_prompt(w),
            _ if !connected => {
                self.print(w, "Not connected.");
                self.prompt(w);
            }
            UserCommand::Put(local, _) if !self.local.contains_key(&local) => {
                self.print(w, format!("local: {local}: No such file or directory"));
                self.prompt(w);
            }
            UserCommand::User(name, pass) => self.send_cmd(w, "USER", &name, Pending::User(pass)),
            UserCommand::Pass(p) => self.send_cmd(w, "PASS", &p, Pending::Pass),
            UserCommand::Cd(d) => self.send_cmd(w, "CWD", &d, Pending::Simple),
            UserCommand::Cdup => self.send_cmd(w, "CDUP", "", Pending::Simple),
            UserCommand::Pwd => self.send_cmd(w, "PWD", "", Pending::Simple),
            UserCommand::Delete(f) => self.send_cmd(w, "DELE", &f, Pending::Simple),
            UserCommand::Mkdir(d) => self.send_cmd(w, "MKD", &d, Pending::Simple),
            UserCommand::Rmdir(d) => self.send_cmd(w, "RMD", &d, Pending::Simple),
            UserCommand::Size(f) => self.send_cmd(w, "SIZE", &f, Pending::Simple),
            UserCommand::System => self.send_cmd(w, "SYST", "", Pending::Simple),
            UserCommand::Type(binary) => self.send_cmd(
                w,
                "TYPE",
                if binary { "I" } else { "A" },
                Pending::Type(binary),
            ),
            UserCommand::Quote(text) => match FtpMessage::parse_command(&text) {
                Some(m) => self.send_msg(w, &m, Pending::Simple),
                None => {
                    self.print(w, INVALID_COMMAND);
                    self.prompt(w);
                }
            },
            UserCommand::Close => self.send_cmd(w, "QUIT", "", Pending::Quit(false)),
            UserCommand::Quit => self.send_cmd(w, "QUIT", "", Pending::Quit(true)),
            UserCommand::List(long, path) => {
                let verb = if long { "LIST" } else { "NLST" };
                let cmd = FtpMessage::command(verb, path.unwrap_or_default());
                self.begin_transfer(w, XferKind::List, cmd);
            }
            UserCommand::Get(remote, local) => {
                self.print(w, format!("local: {local} remote: {remote}"));
                self.begin_transfer(
                    w,
                    XferKind::Retr { local },
                    FtpMessage::command("RETR", remote),
                );
            }
            UserCommand::Put(local, remote) => {
                self.print(w, format!("local: {local} remote: {remote}"));
                let data = self
                    .local
                    .get(&local)
                    .map(|p| p.concat())
                    .unwrap_or_default();
                self.begin_transfer(
                    w,
                    XferKind::Stor { data },
                    FtpMessage::command("STOR", remote),
                );
            }
        }
    }

    /// PORT (after listening on the next ephemeral port), PASV or EPSV.
    fn begin_transfer(&mut self, w: &mut World, kind: XferKind, command: FtpMessage) {
        let x = Xfer {
            kind,
            command,
            listener: None,
            sock: None,
            received: Vec::new(),
            eof: false,
            preliminary: false,
            sent: false,
            reply: None,
            started: w.now,
        };
        // As tnftp: TYPE only when the transfer needs another type, then SIZE
        // before RETR, then PORT/EPRT/PASV/EPSV.
        let want_binary = !matches!(x.kind, XferKind::List) && self.binary;
        self.xfer = Some(x);
        if want_binary != self.server_binary {
            let t = if want_binary { "I" } else { "A" };
            return self.send_cmd(w, "TYPE", t, Pending::XferType);
        }
        self.after_type(w);
    }

    fn after_type(&mut self, w: &mut World) {
        let size = self
            .xfer
            .as_ref()
            .and_then(|x| match (&x.kind, &x.command) {
                (XferKind::Retr { .. }, FtpMessage::Command { arg, .. }) => Some(arg.clone()),
                _ => None,
            });
        match size {
            Some(f) => self.send_cmd(w, "SIZE", &f, Pending::XferSize),
            _ => self.data_setup(w),
        }
    }

    fn data_setup(&mut self, w: &mut World) {
        let Some(mut x) = self.xfer.take() else {
            return self.prompt(w);
        };
        match self.mode {
            DataMode::Active | DataMode::ExtendedActive => {
                let port = w.ephemeral_port(self.host);
                // Bound to the control connection's address, as the classic client does.
                let addr = SocketAddrV4::new(w.ip(self.host), port);
                x.listener = Some(w.listen_at(self.host, addr));
                self.xfer = Some(x);
                if self.mode == DataMode::ExtendedActive {
                    let arg = format!("|1|{}|{port}|", w.ip(self.host));
                    self.send_cmd(w, "EPRT", &arg, Pending::DataSetup);
                } else {
                    let arg = format_host_port(w.ip(self.host), port);
                    self.send_cmd(w, "PORT", &arg, Pending::DataSetup);
                }
            }
            DataMode::Passive => {
                self.xfer = Some(x);
                self.send_cmd(w, "PASV", "", Pending::DataSetup);
            }
            DataMode::ExtendedPassive => {
                self.xfer = Some(x);
                self.send_cmd(w, "EPSV", "", Pending::DataSetup);
            }
        }
    }

    /// Abandons the transfer: closes its listener and data connection.
    fn drop_transfer(&mut self, w: &mut World) {
        if let Some(x) = self.xfer.take() {
            if let Some(l) = x.listener {
                w.unlisten(l);
                for s in w.take_accepted(l) {
                    w.close(s);
                }
            }
            if let Some(s) = x.sock {
                w.close(s);
            }
        }
    }

    /// The application looks at its sockets.
    pub fn poll(&mut self, w: &mut World) {
        self.poll_data(w);
        let Some(c) = self.ctrl else { return };
        let tcb = w.tcb(c);
        let (synced, abort, peer_closed) = (tcb.is_synchronized(), tcb.abort(), tcb.peer_closed());
        if self.wait == Wait::Connecting {
            if synced {
                let peer = self.peer.map(|p| p.to_string()).unwrap_or_default();
                self.print(w, format!("Connected to {peer}."));
                self.wait = Wait::Reply(Pending::Greeting);
            } else if let Some(a) = abort {
                let why = if a == Abort::Reset {
                    "Connection refused"
                } else {
                    "Connection timed out"
                };
                self.print(w, format!("ftp: connect: {why}"));
                self.ctrl = None;
                return self.prompt(w);
            }
        }
        let bytes = w.take_received(c);
        self.replies.extend_from_slice(&bytes);
        loop {
            let text = String::from_utf8_lossy(&self.replies).into_owned();
            let Some((reply, used)) = FtpMessage::parse_reply(&text) else {
                break;
            };
            self.replies.drain(..used.min(self.replies.len()));
            self.on_reply(w, reply);
        }
        if let Some(c) = self.ctrl {
            let lost = synced && w.tcb(c).abort().is_some();
            if let (true, Wait::Reply(Pending::Quit(exit))) = (lost, self.wait.clone()) {
                // QUIT never got through: the classic client reports the lost
                // connection and leaves anyway.
                self.print(
                    w,
                    "421 Service not available, remote server has closed connection",
                );
                self.ctrl = None;
                self.drop_transfer(w);
                return if exit {
                    self.leave_or_prompt(w)
                } else {
                    self.prompt(w)
                };
            }
            if (lost || peer_closed && w.tcb(c).peer_closed())
                && !matches!(self.wait, Wait::Reply(Pending::Quit(_)))
            {
                // The server went away without our QUIT.
                self.print(
                    w,
                    "421 Service not available, remote server has closed connection",
                );
                w.close(c);
                self.ctrl = None;
                self.drop_transfer(w);
                if self.wait != Wait::Gone {
                    self.prompt(w);
                }
            }
        }
    }

    fn poll_data(&mut self, w: &mut World) {
        let Some(x) = self.xfer.as_mut() else { return };
        if x.sock.is_none() {
            if let Some(l) = x.listener {
                if let Some(s) = w.take_accepted(l).first().copied() {
                    // The classic client accepts one connection, then closes its listening socket.
                    w.unlisten(l);
                    x.listener = None;
                    x.sock = Some(s);
                }
            }
        }
        let Some(s) = x.sock else { return };
        if self.wait == Wait::DataConnecting {
            if w.tcb(s).is_synchronized() {
                let cmd = x.command.clone();
                self.send_msg(w, &cmd, Pending::XferStart);
            } else if w.tcb(s).abort().is_some() {
                self.print(w, "ftp: connect: Connection refused");
                self.drop_transfer(w);
                return self.prompt(w);
            }
            return;
        }
        let Some(x) = self.xfer.as_mut() else { return };
        let bytes = w.take_received(s);
        if !bytes.is_empty() {
            x.received.push(bytes);
        }
        if let XferKind::Stor { data } = &x.kind {
            if x.preliminary && !x.sent && w.tcb(s).can_send() {
                w.send(s, data);
                w.close(s);
                x.sent = true;
            }
        }
        if !x.eof && w.tcb(s).peer_closed() {
            x.eof = true;
            w.close(s);
        }
        if !x.eof {
            if let Some(a) = w.tcb(s).abort() {
                // The data connection timed out or was reset: what arrived is all.
                let why = if a == Abort::Reset {
                    "Connection reset by peer"
                } else {
                    "Connection timed out"
                };
                x.eof = true;
                self.print(w, format!("netin: {why}"));
            }
        }
        self.try_finish(w);
    }

    fn try_finish(&mut self, w: &mut World) {
        let Some(x) = self.xfer.as_ref() else { return };
        let Some(reply) = x.reply.clone() else { return };
        let needs_eof = !matches!(x.kind, XferKind::Stor { .. });
        if needs_eof && !x.eof && reply.code().is_some_and(|c| c < 300) {
            return;
        }
        let Some(x) = self.xfer.take() else { return };
        let secs = (w.now.saturating_sub(x.started)).max(1) as f64 / 1e6;
        match &x.kind {
            XferKind::List => {
                let text = String::from_utf8_lossy(&x.received.concat()).into_owned();
                for line in text.lines() {
                    self.print(w, line.trim_end_matches('\r').to_string());
                }
                self.print_reply(w, &reply);
            }
            XferKind::Retr { local } => {
                self.print_reply(w, &reply);
                if reply.code() == Some(226) || reply.code() == Some(250) {
                    let n: usize = x.received.iter().map(Vec::len).sum();
                    self.print(
                        w,
                        format!(
                            "{n} bytes received in {} secs ({} kB/s)",
                            g3(secs),
                            g3(n as f64 / 1024.0 / secs)
                        ),
                    );
                    w.timeline.saved.push(SavedFile {
                        host: self.host,
                        name: local.clone(),
                        bytes: x.received.concat(),
                    });
                    self.local.insert(local.clone(), x.received);
                }
            }
            XferKind::Stor { data } => {
                self.print_reply(w, &reply);
                if reply.code() == Some(226) || reply.code() == Some(250) {
                    let n = data.len();
                    self.print(
                        w,
                        format!(
                            "{n} bytes sent in {} secs ({} kB/s)",
                            g3(secs),
                            g3(n as f64 / 1024.0 / secs)
                        ),
                    );
                }
            }
        }
        if let Some(s) = x.sock {
            w.close(s);
        }
        if let Some(l) = x.listener {
            w.unlisten(l);
        }
        // tnftp (its `preserve` is on) asks for the time of a file it fetched.
        if let (XferKind::Retr { .. }, Some(226), FtpMessage::Command { arg, .. }) =
            (&x.kind, reply.code(), &x.command)
        {
            let f = arg.clone();
            return self.send_cmd(w, "MDTM", &f, Pending::Mdtm);
        }
        self.prompt(w);
    }

    fn print_reply(&self, w: &mut World, reply: &FtpMessage) {
        for line in reply.console_lines() {
            self.print(w, line);
        }
    }

    fn on_reply(&mut self, w: &mut World, reply: FtpMessage) {
        let code = reply.code().unwrap_or(0);
        let Wait::Reply(pending) = self.wait.clone() else {
            // An unsolicited reply: the classic client prints it.
            return self.print_reply(w, &reply);
        };
        match pending {
            Pending::Greeting => {
                self.print_reply(w, &reply);
                let manual = !self.interactive
                    && self
                        .script
                        .front()
                        .is_some_and(|l| l.split_whitespace().next() == Some("user"));
                if code == 220 && !manual {
                    let email = format!("{}@example.com", self.name);
                    self.send_cmd(w, "USER", "anonymous", Pending::User(Some(email)));
                } else {
                    self.prompt(w);
                }
            }
            Pending::User(pass) => {
                self.print_reply(w, &reply);
                match (code, pass) {
                    (331, Some(p)) => self.send_cmd(w, "PASS", &p, Pending::Pass),
                    (230, _) => self.send_cmd(w, "SYST", "", Pending::Syst),
                    (331, None) => self.prompt(w),
                    _ => {
                        self.print(w, "Login failed.");
                        self.prompt(w);
                    }
                }
            }
            Pending::Pass => {
                self.print_reply(w, &reply);
                if code == 230 {
                    self.send_cmd(w, "SYST", "", Pending::Syst);
                } else {
                    self.print(w, "Login failed.");
                    self.prompt(w);
                }
            }
            Pending::Syst => {
                let unix = reply.to_string().contains("UNIX");
                if code == 215 && unix {
                    self.print(w, "Remote system type is UNIX.");
                    self.print(w, "Using binary mode to transfer files.");
                    self.send_cmd(w, "FEAT", "", Pending::Feat);
                } else {
                    self.print_reply(w, &reply);
                    self.prompt(w);
                }
            }
            Pending::Feat => self.prompt(w),
            Pending::XferType => {
                if code == 200 {
                    self.server_binary = !self.server_binary;
                }
                self.after_type(w);
            }
            Pending::XferSize => self.data_setup(w),
            Pending::Mdtm => self.prompt(w),
            Pending::Type(binary) => {
                self.print_reply(w, &reply);
                if code == 200 {
                    self.binary = binary;
                    self.server_binary = binary;
                }
                self.prompt(w);
            }
            Pending::Simple => {
                self.print_reply(w, &reply);
                self.prompt(w);
            }
            Pending::Quit(exit) => {
                self.print_reply(w, &reply);
                if let Some(c) = self.ctrl.take() {
                    w.close(c);
                }
                self.drop_transfer(w);
                if exit {
                    self.leave_or_prompt(w);
                } else {
                    self.prompt(w);
                }
            }
            Pending::DataSetup => self.on_data_setup(w, reply),
            Pending::XferStart => {
                self.print_reply(w, &reply);
                if code < 200 {
                    if let Some(x) = self.xfer.as_mut() {
                        x.preliminary = true;
                        x.started = w.now;
                    }
                    self.wait = Wait::Reply(Pending::XferEnd);
                    self.poll_data(w);
                } else {
                    if let Some(x) = self.xfer.as_mut() {
                        x.reply = Some(reply);
                    }
                    if code >= 300 {
                        self.drop_transfer(w);
                        self.prompt(w);
                    } else {
                        self.try_finish(w);
                    }
                }
            }
            Pending::XferEnd => {
                if let Some(x) = self.xfer.as_mut() {
                    x.reply = Some(reply);
                }
                self.try_finish(w);
            }
        }
    }

    fn on_data_setup(&mut self, w: &mut World, reply: FtpMessage) {
        let code = reply.code().unwrap_or(0);
        self.print_reply(w, &reply);
        let text = reply.text();
        let target = match code {
            200 => {
                let cmd = self.xfer.as_ref().map(|x| x.command.clone());
                if let Some(cmd) = cmd {
                    self.send_msg(w, &cmd, Pending::XferStart);
                }
                return;
            }
            227 => parse_host_port(&text).map(|(ip, port)| SocketAddrV4::new(ip, port)),
            229 => parse_epsv_port(&text)
                .and_then(|port| self.peer.map(|ip| SocketAddrV4::new(ip, port))),
            _ => None,
        };
        match target {
            Some(addr) if w.host_by_ip(*addr.ip()).is_some() => {
                let s = w.connect(self.host, None, addr, Channel::Data, true);
                if let Some(x) = self.xfer.as_mut() {
                    x.sock = Some(s);
                }
                self.wait = Wait::DataConnecting;
            }
            _ => {
                if code == 227 || code == 229 {
                    self.print(w, "Passive mode address scan failure. Shouldn't happen!");
                }
                self.drop_transfer(w);
                self.prompt(w);
            }
        }
    }
}

/// Formats like C's `%.3g` for the positive numbers the client prints.
fn g3(v: f64) -> String {
    if !(v.is_finite() && v > 0.0) {
        return "0".to_string();
    }
    let exp = v.log10().floor() as i32;
    let decimals = (2 - exp).max(0) as usize;
    let s = format!("{v:.decimals$}");
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_classic_commands() {
        assert_eq!(
            UserCommand::parse("ftp 1.1.2.1", true),
            Ok(UserCommand::Open("1.1.2.1".into()))
        );
        assert_eq!(
            UserCommand::parse("get foo", false),
            Ok(UserCommand::Get("foo".into(), "foo".into()))
        );
        assert_eq!(
            UserCommand::parse("get pub/readme.txt", false),
            Ok(UserCommand::Get(
                "pub/readme.txt".into(),
                "readme.txt".into()
            ))
        );
        assert_eq!(UserCommand::parse("bye", false), Ok(UserCommand::Quit));
        assert_eq!(
            UserCommand::parse("user anonymous a@b", false),
            Ok(UserCommand::User("anonymous".into(), Some("a@b".into())))
        );
        assert_eq!(
            UserCommand::parse("dir", false),
            Ok(UserCommand::List(true, None))
        );
        assert_eq!(
            UserCommand::parse("ls pub", false),
            Ok(UserCommand::List(true, Some("pub".into())))
        );
        assert_eq!(
            UserCommand::parse("nlist pub", false),
            Ok(UserCommand::List(false, Some("pub".into())))
        );
    }

    #[test]
    fn rejects_like_the_classic_client() {
        assert_eq!(
            UserCommand::parse("frobnicate", false),
            Err("?Invalid command.".into())
        );
        assert_eq!(
            UserCommand::parse("get", false),
            Err("usage: get remote-file [local-file]".into())
        );
        assert_eq!(
            UserCommand::parse("", false),
            Err("?Invalid command.".into())
        );
        assert_eq!(
            UserCommand::parse("pwd now", false),
            Err("usage: pwd".into())
        );
    }

    /// Example arguments for a usage line: every required word, then every optional one.
    fn examples(c: &CommandHelp) -> Vec<String> {
        let words: Vec<&str> = c.usage.split_whitespace().skip(1).collect();
        let required: Vec<&str> = words
            .iter()
            .copied()
            .filter(|w| !w.starts_with('['))
            .collect();
        let mut out = vec![std::iter::once(c.name)
            .chain(required.iter().map(|_| "x"))
            .collect::<Vec<_>>()
            .join(" ")];
        if required.len() < words.len() {
            out.push(
                std::iter::once(c.name)
                    .chain(words.iter().map(|_| "x"))
                    .collect::<Vec<_>>()
                    .join(" "),
            );
        }
        out
    }

    #[test]
    fn every_table_entry_parses_with_its_usage_and_aliases() {
        let mut seen = std::collections::HashSet::new();
        for c in COMMANDS {
            assert!(c.usage.starts_with(c.name), "{c:?}");
            assert!(!c.summary.is_empty() && c.summary.len() <= 100, "{c:?}");
            for w in std::iter::once(c.name).chain(c.aliases.iter().copied()) {
                assert!(seen.insert(w), "{w} listed twice");
                assert_eq!(command_help(w).map(|h| h.name), Some(c.name));
            }
            for line in examples(c) {
                assert!(UserCommand::parse(&line, false).is_ok(), "{line}");
                assert_eq!(check_line(&line), Ok(()), "{line}");
                // Each alias runs the same command.
                for a in c.aliases {
                    let aliased = line.replacen(c.name, a, 1);
                    assert_eq!(
                        UserCommand::parse(&aliased, false),
                        UserCommand::parse(&line, false),
                        "{aliased}"
                    );
                }
            }
            // Too many arguments: the usage line, naming the word as typed.
            let crowded = format!("{} a b c d", c.name);
            if c.name != "quote" {
                assert_eq!(
                    UserCommand::parse(&crowded, false),
                    Err(format!("usage: {}", c.usage)),
                    "{crowded}"
                );
            }
        }
    }

    #[test]
    fn only_table_words_are_commands() {
        // Every word the parser accepted before the table existed, and a few it never did.
        for word in [
            "open",
            "user",
            "pass",
            "ls",
            "nlist",
            "dir",
            "cd",
            "cdup",
            "pwd",
            "get",
            "recv",
            "put",
            "send",
            "delete",
            "mkdir",
            "rmdir",
            "size",
            "system",
            "binary",
            "image",
            "ascii",
            "passive",
            "epsv",
            "quote",
            "close",
            "disconnect",
            "bye",
            "quit",
            "exit",
            "help",
            "?",
            "status",
        ] {
            assert!(command_help(word).is_some(), "{word}");
        }
        for word in [
            "ftp", "lcd", "mget", "!", "GET", "retr", "PORT", "gett", "h",
        ] {
            assert!(command_help(word).is_none(), "{word}");
            assert_eq!(
                UserCommand::parse(&format!("{word} x"), false),
                Err(INVALID_COMMAND.to_string())
            );
        }
        assert_eq!(
            UserCommand::parse("ftp 1.1.2.1", true),
            Ok(UserCommand::Open("1.1.2.1".into()))
        );
        assert_eq!(
            UserCommand::parse("ftp", true),
            Err("usage: ftp host-name".into())
        );
    }

    #[test]
    fn check_line_messages_and_hints() {
        assert_eq!(check_line(""), Ok(()));
        assert_eq!(check_line(" \t "), Ok(()));
        assert_eq!(check_line("get foo"), Ok(()));
        assert_eq!(check_line("  get   foo  "), Ok(()));
        let e = check_line("gett foo").unwrap_err();
        assert_eq!(e.message(), "?Invalid command.");
        assert_eq!(
            e.hint(),
            "Did you mean get? Type help to list the commands."
        );
        assert_eq!(e.suggestion(), Some("get"));
        let e = check_line("frobnicate").unwrap_err();
        assert_eq!(e.message(), "?Invalid command.");
        assert_eq!(e.hint(), "Type help to list the commands.");
        assert_eq!(e.suggestion(), None);
        let e = check_line("get").unwrap_err();
        assert_eq!(e.message(), "usage: get remote-file [local-file]");
        assert!(
            e.hint().contains("get remote-file [local-file]"),
            "{}",
            e.hint()
        );
        let e = check_line("recv").unwrap_err();
        assert_eq!(e.message(), "usage: recv remote-file [local-file]");
        let e = check_line("GET foo").unwrap_err();
        assert_eq!(e.message(), "?Invalid command.");
        assert_eq!(e.suggestion(), Some("get"));
        assert!(
            e.hint().starts_with("Commands are lower case"),
            "{}",
            e.hint()
        );
        let e = check_line("RETR foo").unwrap_err();
        assert_eq!(e.suggestion(), Some("get"));
        assert!(e.hint().contains("type get"), "{}", e.hint());
        let e = check_line("ftp 1.1.2.1").unwrap_err();
        assert_eq!(e.suggestion(), Some("open"));
        assert_eq!(check_line("PORT 1,2").unwrap_err().suggestion(), None);
        assert_eq!(check_line("qiut").unwrap_err().suggestion(), Some("quit"));
        assert_eq!(
            check_line("passiv").unwrap_err().suggestion(),
            Some("passive")
        );
        assert_eq!(
            check_line("pa").unwrap_err().suggestion(),
            None,
            "pass or passive"
        );
        assert_eq!(check_line("pas").unwrap_err().suggestion(), Some("pass"));
        assert_eq!(
            check_line("dele x").unwrap_err().suggestion(),
            Some("delete")
        );
        let long = format!("get {}", "x".repeat(252));
        assert_eq!(check_line(&long), Ok(()), "256 characters");
        let e = check_line(&format!("{long}x")).unwrap_err();
        assert_eq!(e.message(), "?Line too long.");
        let e = check_line(&"é".repeat(257)).unwrap_err();
        assert_eq!(e.message(), "?Line too long.");
        assert_eq!(check_line("help"), Ok(()));
        assert_eq!(check_line("? get"), Ok(()));
        assert_eq!(e.to_string(), "?Line too long.");
    }

    #[test]
    fn edit_distance() {
        assert_eq!(distance("gett", "get"), 1);
        assert_eq!(distance("gte", "get"), 1);
        assert_eq!(distance("", "get"), 3);
        assert_eq!(distance("kitten", "sitting"), 3);
    }

    #[test]
    fn percent_g() {
        assert_eq!(g3(0.021345), "0.0213");
        assert_eq!(g3(164.23), "164");
        assert_eq!(g3(1.5), "1.5");
        assert_eq!(g3(0.0), "0");
    }
}
