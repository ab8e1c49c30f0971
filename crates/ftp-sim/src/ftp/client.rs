//! The classic BSD/Linux command-line FTP client (netkit `ftp`), as a state machine.
//!
//! It reads what the user types, sends protocol commands and prints what the
//! classic client prints: every server reply verbatim (`220 FTP Server ready`),
//! plus its own lines (`Connected to 1.1.2.1.`, `local: foo remote: foo`,
//! `3584 bytes received in 0.0223 secs (157 kB/s)`, `?Invalid command`, …).

use std::collections::{BTreeMap, VecDeque};
use std::net::{Ipv4Addr, SocketAddrV4};

use crate::net::{Action, ListenerId, SockId, World};
use crate::scenario::DataMode;
use crate::tcp::Abort;
use crate::timeline::{Channel, HostId, Micros};
use crate::wire::{format_host_port, parse_epsv_port, parse_host_port, FtpMessage};

/// How long the user takes to type the next line once the prompt is back.
pub const THINK_TIME: Micros = 500_000;

/// What the user can type (one script line).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum UserCommand {
    /// `ftp HOST` at the shell, or `open HOST` at `ftp>`.
    Open(String),
    /// `user NAME [PASSWORD]`.
    User(String, Option<String>),
    /// `pass PASSWORD` (sends PASS after a `user NAME` without password).
    Pass(String),
    /// `ls [PATH]` (NLST) or `dir [PATH]` (LIST): `(long, path)`.
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
    /// `close` / `disconnect`: QUIT but stay in the client.
    Close,
    /// `bye` / `quit` / `exit`: QUIT and leave.
    Quit,
}

impl UserCommand {
    /// Parses one line. `at_shell` is true for the line that starts the client,
    /// where `ftp HOST` is expected. The error is the message the classic
    /// client prints (`?Invalid command`, `usage: get remote-file [local-file]`).
    pub fn parse(line: &str, at_shell: bool) -> Result<UserCommand, String> {
        let mut words = line.split_whitespace();
        let Some(cmd) = words.next() else {
            return Err("?Invalid command".to_string());
        };
        let args: Vec<String> = words.map(String::from).collect();
        let one = |usage: &str| -> Result<String, String> {
            match args.as_slice() {
                [a] => Ok(a.clone()),
                _ => Err(format!("usage: {usage}")),
            }
        };
        let none = |c: UserCommand| {
            if args.is_empty() {
                Ok(c)
            } else {
                Err(format!("usage: {cmd}"))
            }
        };
        let c = match cmd {
            "ftp" | "open" => UserCommand::Open(one(&format!("{cmd} host-name"))?),
            _ if at_shell => UserCommand::parse(line, false)?,
            "user" => match args.as_slice() {
                [n] => UserCommand::User(n.clone(), None),
                [n, p] => UserCommand::User(n.clone(), Some(p.clone())),
                _ => return Err("usage: user username [password]".into()),
            },
            "pass" => UserCommand::Pass(one("pass password")?),
            "ls" | "nlist" | "dir" => match args.as_slice() {
                [] => UserCommand::List(cmd == "dir", None),
                [p] => UserCommand::List(cmd == "dir", Some(p.clone())),
                _ => return Err(format!("usage: {cmd} [remote-directory]")),
            },
            "cd" => UserCommand::Cd(one("cd remote-directory")?),
            "cdup" => none(UserCommand::Cdup)?,
            "pwd" => none(UserCommand::Pwd)?,
            "get" | "recv" => match args.as_slice() {
                [r] => UserCommand::Get(r.clone(), r.rsplit('/').next().unwrap_or(r).to_string()),
                [r, l] => UserCommand::Get(r.clone(), l.clone()),
                _ => return Err("usage: get remote-file [local-file]".into()),
            },
            "put" | "send" => match args.as_slice() {
                [l] => UserCommand::Put(l.clone(), l.clone()),
                [l, r] => UserCommand::Put(l.clone(), r.clone()),
                _ => return Err("usage: put local-file [remote-file]".into()),
            },
            "delete" => UserCommand::Delete(one("delete remote-file")?),
            "mkdir" => UserCommand::Mkdir(one("mkdir directory-name")?),
            "rmdir" => UserCommand::Rmdir(one("rmdir directory-name")?),
            "size" => UserCommand::Size(one("size filename")?),
            "system" => none(UserCommand::System)?,
            "binary" | "image" => none(UserCommand::Type(true))?,
            "ascii" => none(UserCommand::Type(false))?,
            "passive" => none(UserCommand::Passive)?,
            "epsv" => none(UserCommand::Epsv)?,
            "quote" if !args.is_empty() => UserCommand::Quote(args.join(" ")),
            "quote" => return Err("usage: quote line-to-send".into()),
            "close" | "disconnect" => none(UserCommand::Close)?,
            "bye" | "quit" | "exit" => none(UserCommand::Quit)?,
            _ => return Err("?Invalid command".into()),
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
    TypeQuiet,
    Simple,
    Type(bool),
    Quit(bool),
    DataSetup,
    XferStart,
    XferEnd,
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
    data: Vec<u8>,
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
    ctrl: Option<SockId>,
    peer: Option<Ipv4Addr>,
    replies: Vec<u8>,
    wait: Wait,
    mode: DataMode,
    binary: bool,
    local: BTreeMap<String, Vec<u8>>,
    xfer: Option<Xfer>,
    started: bool,
    first_line: bool,
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
            local,
            xfer: None,
            started: false,
            first_line: true,
        }
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
    pub fn on_user(&mut self, w: &mut World) {
        if self.wait != Wait::Prompt {
            return;
        }
        let Some(line) = self.script.pop_front() else {
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
        match UserCommand::parse(&line, at_shell) {
            Ok(cmd) => self.execute(w, cmd),
            Err(msg) => {
                self.print(w, msg);
                self.prompt(w);
            }
        }
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
            UserCommand::Put(local, _) if !self.local.contains_key(&local) => {
                self.print(w, format!("local: {local}: No such file or directory"));
                self.prompt(w);
            }
            _ if !connected => {
                self.print(w, "Not connected.");
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
                    self.print(w, "?Invalid command");
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
                let data = self.local.get(&local).cloned().unwrap_or_default();
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
        let mut x = Xfer {
            kind,
            command,
            listener: None,
            sock: None,
            data: Vec::new(),
            eof: false,
            preliminary: false,
            sent: false,
            reply: None,
            started: w.now,
        };
        match self.mode {
            DataMode::Active => {
                let port = w.ephemeral_port(self.host);
                x.listener = Some(w.listen(self.host, port));
                let arg = format_host_port(w.ip(self.host), port);
                self.xfer = Some(x);
                self.send_cmd(w, "PORT", &arg, Pending::DataSetup);
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
            if peer_closed
                && w.tcb(c).peer_closed()
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
        x.data.extend(w.take_received(s));
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
                let text = String::from_utf8_lossy(&x.data).into_owned();
                for line in text.lines() {
                    self.print(w, line.trim_end_matches('\r').to_string());
                }
                self.print_reply(w, &reply);
            }
            XferKind::Retr { local } => {
                self.print_reply(w, &reply);
                if reply.code() == Some(226) || reply.code() == Some(250) {
                    let n = x.data.len();
                    self.print(
                        w,
                        format!(
                            "{n} bytes received in {} secs ({} kB/s)",
                            g3(secs),
                            g3(n as f64 / 1024.0 / secs)
                        ),
                    );
                    self.local.insert(local.clone(), x.data.clone());
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
                let manual = self
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
                    self.send_cmd(w, "TYPE", "I", Pending::TypeQuiet);
                } else {
                    self.print_reply(w, &reply);
                    self.prompt(w);
                }
            }
            Pending::TypeQuiet => {
                if code == 200 {
                    self.binary = true;
                    self.print(w, "Using binary mode to transfer files.");
                }
                self.prompt(w);
            }
            Pending::Type(binary) => {
                self.print_reply(w, &reply);
                if code == 200 {
                    self.binary = binary;
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
                    self.wait = Wait::Gone;
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
            Ok(UserCommand::List(false, Some("pub".into())))
        );
    }

    #[test]
    fn rejects_like_the_classic_client() {
        assert_eq!(
            UserCommand::parse("frobnicate", false),
            Err("?Invalid command".into())
        );
        assert_eq!(
            UserCommand::parse("get", false),
            Err("usage: get remote-file [local-file]".into())
        );
        assert_eq!(
            UserCommand::parse("", false),
            Err("?Invalid command".into())
        );
        assert_eq!(
            UserCommand::parse("pwd now", false),
            Err("usage: pwd".into())
        );
    }

    #[test]
    fn percent_g() {
        assert_eq!(g3(0.021345), "0.0213");
        assert_eq!(g3(164.23), "164");
        assert_eq!(g3(1.5), "1.5");
        assert_eq!(g3(0.0), "0");
    }
}
