//! A small FTP server (RFC 959, RFC 2428 EPRT/EPSV, SIZE) over an in-memory file system.
//!
//! Accounts: `anonymous` (or `ftp`) with any password, read-only; `user1` /
//! `password123`, read-write. One data connection per transfer: from port 20
//! to the PORT/EPRT address (active), or accepted on a fresh port announced by
//! 227/229 (passive). The server closes the data connection itself after a
//! download or listing, once every byte is acknowledged, and sends 226. It
//! starts sending a file or listing once the client has acknowledged the 150
//! reply, so the client has printed 150 before the first data segment leaves
//! (the tutorial's order). After QUIT it sends 221 and closes the control connection first.

use std::net::SocketAddrV4;

use super::fs::{resolve, Fs};
use crate::net::{Action, ListenerId, SockId, World};
use crate::timeline::{Channel, HostId, Micros};
use crate::wire::{format_host_port, parse_eprt, parse_host_port, FtpMessage};

/// The first port the server listens on for passive data connections.
pub const FIRST_PASSIVE_PORT: u16 = 50000;
/// How long a passive transfer waits for the client's data connection before
/// `425 Failed to establish connection.` (vsftpd's `accept_timeout`).
pub const ACCEPT_TIMEOUT: Micros = 60_000_000;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum DataPlan {
    None,
    Active(SocketAddrV4),
    Passive(ListenerId),
}

#[derive(Clone, Debug)]
enum Job {
    Send {
        data: Vec<u8>,
        preliminary: String,
        done: String,
    },
    Receive {
        path: String,
    },
}

#[derive(Clone, Debug)]
struct Xfer {
    job: Job,
    listener: Option<ListenerId>,
    sock: Option<SockId>,
    started: bool,
    sending: bool,
    received: Vec<u8>,
    /// When a passive transfer gives up waiting for the data connection.
    deadline: Option<Micros>,
}

#[derive(Clone, Debug)]
struct Session {
    ctrl: SockId,
    buf: Vec<u8>,
    greeted: bool,
    user: Option<String>,
    writable: Option<bool>,
    cwd: String,
    binary: bool,
    data: DataPlan,
    xfer: Option<Xfer>,
    closed: bool,
    /// When the client last sent a command (for the idle timeout).
    last_command: Micros,
}

/// The FTP server on one host.
pub struct Server {
    pub host: HostId,
    pub fs: Fs,
    listener: ListenerId,
    sessions: Vec<Session>,
    next_passive: u16,
    /// vsftpd's idle_session_timeout: a session without a command for this
    /// long gets "421 Timeout." and is closed. `None` keeps a session open
    /// for ever (Try it yourself, where the learner may think as long as
    /// they like).
    idle_timeout: Option<Micros>,
}

/// vsftpd's default idle_session_timeout: 300 s.
pub const IDLE_TIMEOUT: Micros = 300_000_000;

fn reply(code: u16, text: &str) -> FtpMessage {
    FtpMessage::reply(code, text)
}

impl Server {
    /// A server on `host`, listening on port 21.
    pub fn new(w: &mut World, host: HostId, fs: Fs) -> Server {
        let listener = w.listen(host, 21);
        Server {
            host,
            fs,
            listener,
            sessions: Vec::new(),
            next_passive: FIRST_PASSIVE_PORT,
            idle_timeout: Some(IDLE_TIMEOUT),
        }
    }

    /// Sets (or, with `None`, removes) the idle timeout.
    pub fn idle_timeout(mut self, t: Option<Micros>) -> Server {
        self.idle_timeout = t;
        self
    }

    /// The application looks at its sockets.
    pub fn poll(&mut self, w: &mut World) {
        for ctrl in w.take_accepted(self.listener) {
            self.sessions.push(Session {
                ctrl,
                buf: Vec::new(),
                greeted: false,
                user: None,
                writable: None,
                cwd: "/".into(),
                binary: false,
                data: DataPlan::None,
                xfer: None,
                closed: false,
                last_command: w.now,
            });
            if let Some(t) = self.idle_timeout {
                w.schedule(w.now + t, Action::AppPoll(self.host));
            }
        }
        for i in 0..self.sessions.len() {
            self.poll_session(w, i);
        }
    }

    fn poll_session(&mut self, w: &mut World, i: usize) {
        let s = &mut self.sessions[i];
        if s.closed {
            return;
        }
        if w.tcb(s.ctrl).abort().is_some() {
            // The connection timed out or was reset: the session is over.
            s.closed = true;
            s.xfer = None;
            self.drop_plan(w, i);
            return;
        }
        if !s.greeted && w.tcb(s.ctrl).can_send() {
            s.greeted = true;
            w.send(s.ctrl, reply(220, "FTP Server ready").to_wire().as_bytes());
        }
        self.poll_xfer(w, i);
        let s = &mut self.sessions[i];
        let bytes = w.take_received(s.ctrl);
        s.buf.extend(bytes);
        while let Some(end) = self.sessions[i].buf.windows(2).position(|p| p == b"\r\n") {
            let line: Vec<u8> = self.sessions[i].buf.drain(..end + 2).collect();
            self.sessions[i].last_command = w.now;
            if let Some(t) = self.idle_timeout {
                w.schedule(w.now + t, Action::AppPoll(self.host));
            }
            let text = String::from_utf8_lossy(&line).into_owned();
            let answer = match FtpMessage::parse_command(&text) {
                Some(FtpMessage::Command { verb, arg }) => self.command(w, i, &verb, &arg),
                _ => Some(reply(500, "Unknown command.")),
            };
            if let Some(m) = answer {
                w.send(self.sessions[i].ctrl, m.to_wire().as_bytes());
            }
            if self.sessions[i].closed {
                return;
            }
        }
        let s = &mut self.sessions[i];
        if w.tcb(s.ctrl).peer_closed() {
            // The client left without QUIT.
            w.close(s.ctrl);
            s.closed = true;
            self.drop_plan(w, i);
            return;
        }
        let idle = self
            .idle_timeout
            .is_some_and(|t| s.xfer.is_none() && w.now >= s.last_command + t);
        if idle && s.greeted {
            w.send(s.ctrl, reply(421, "Timeout.").to_wire().as_bytes());
            w.close(s.ctrl);
            s.closed = true;
            self.drop_plan(w, i);
        }
    }

    /// Moves the session's transfer along: connect/accept, 150, data, close, 226.
    fn poll_xfer(&mut self, w: &mut World, i: usize) {
        let ctrl = self.sessions[i].ctrl;
        let Some(x) = self.sessions[i].xfer.as_mut() else {
            return;
        };
        if x.sock.is_none() {
            if let Some(l) = x.listener {
                if let Some(s) = w.take_accepted(l).first().copied() {
                    w.unlisten(l);
                    x.listener = None;
                    x.sock = Some(s);
                }
            }
        }
        let Some(sock) = x.sock else {
            if x.deadline.is_some_and(|d| w.now >= d) {
                if let Some(l) = x.listener {
                    w.unlisten(l);
                }
                self.sessions[i].xfer = None;
                let m = reply(425, "Failed to establish connection.");
                w.send(ctrl, m.to_wire().as_bytes());
            }
            return;
        };
        let tcb = w.tcb(sock);
        if x.started && tcb.abort().is_some() {
            // The data connection timed out or was reset mid-transfer (vsftpd's words).
            self.sessions[i].xfer = None;
            let m = reply(426, "Failure writing network stream.");
            w.send(ctrl, m.to_wire().as_bytes());
            return;
        }
        if !x.started {
            if tcb.abort().is_some() {
                self.sessions[i].xfer = None;
                w.send(
                    ctrl,
                    reply(425, "Can't open data connection.")
                        .to_wire()
                        .as_bytes(),
                );
                return;
            }
            if !tcb.is_synchronized() {
                return;
            }
            x.started = true;
            let pre = match &x.job {
                Job::Send { preliminary, .. } => preliminary.clone(),
                Job::Receive { .. } => "Ok to send data.".into(),
            };
            w.send(ctrl, reply(150, &pre).to_wire().as_bytes());
        }
        match &mut x.job {
            Job::Send { data, done, .. } => {
                // Sent once: the TCB takes the bytes over. As vsftpd: the data follows the 150 at once and the socket
                // is closed right behind it (the FIN follows the last data
                // segment); the lingering close returns once that FIN is
                // acknowledged, and only then does 226 go out.
                if !x.sending {
                    x.sending = true;
                    w.send_owned(sock, std::mem::take(data));
                    w.close(sock);
                }
                if x.sending && w.tcb(sock).fin_acked() {
                    let done = done.clone();
                    self.sessions[i].xfer = None;
                    w.send(ctrl, reply(226, &done).to_wire().as_bytes());
                }
            }
            Job::Receive { path } => {
                let path = path.clone();
                w.take_received_into(sock, &mut x.received);
                if w.tcb(sock).peer_closed() {
                    let data = std::mem::take(&mut x.received);
                    w.close(sock);
                    self.sessions[i].xfer = None;
                    let m = if self.fs.write(&path, data) {
                        reply(226, "Transfer complete")
                    } else {
                        reply(553, "Could not create file.")
                    };
                    w.send(ctrl, m.to_wire().as_bytes());
                }
            }
        }
    }

    /// Starts a transfer on the session's data plan, or says why it cannot.
    fn start_xfer(&mut self, w: &mut World, i: usize, job: Job) -> Option<FtpMessage> {
        let plan = std::mem::replace(&mut self.sessions[i].data, DataPlan::None);
        let mut x = Xfer {
            job,
            listener: None,
            sock: None,
            started: false,
            sending: false,
            received: Vec::new(),
            deadline: None,
        };
        match plan {
            DataPlan::None => return Some(reply(425, "Use PORT or PASV first.")),
            DataPlan::Active(addr) => {
                x.sock = Some(w.connect(self.host, Some(20), addr, Channel::Data, false));
            }
            DataPlan::Passive(l) => x.listener = Some(l),
        }
        self.sessions[i].xfer = Some(x);
        self.poll_xfer(w, i);
        if let Some(x) = self.sessions[i].xfer.as_mut() {
            if x.sock.is_none() && x.listener.is_some() {
                // The client has not connected yet (e.g. after `quote PASV`,
                // `quote RETR foo`): wait, but not for ever.
                let at = w.now + ACCEPT_TIMEOUT;
                x.deadline = Some(at);
                w.schedule(at, Action::AppPoll(self.host));
            }
        }
        None
    }

    fn drop_plan(&mut self, w: &mut World, i: usize) {
        if let DataPlan::Passive(l) = std::mem::replace(&mut self.sessions[i].data, DataPlan::None)
        {
            w.unlisten(l);
            // A connection never accepted is reset when the listening
            // socket closes (as Linux does for vsftpd's PASV listener).
            for s in w.take_accepted(l) {
                w.reset(s);
            }
        }
    }

    /// Handles one command; returns the reply to send now (transfers send theirs later).
    fn command(&mut self, w: &mut World, i: usize, verb: &str, arg: &str) -> Option<FtpMessage> {
        let s = &mut self.sessions[i];
        let logged_in = s.writable.is_some();
        if !logged_in && !matches!(verb, "USER" | "PASS" | "QUIT" | "NOOP" | "SYST") {
            return Some(reply(530, "Please login with USER and PASS."));
        }
        let path = resolve(&s.cwd, arg);
        let writable = s.writable == Some(true);
        let m = match verb {
            "USER" => {
                s.user = Some(arg.to_string());
                s.writable = None;
                reply(331, "Please specify the password.")
            }
            "PASS" => match s.user.take().as_deref() {
                None => reply(503, "Login with USER first."),
                Some("anonymous" | "ftp") => {
                    s.writable = Some(false);
                    reply(230, "Login successful.")
                }
                Some("user1") if arg == "password123" => {
                    s.writable = Some(true);
                    FtpMessage::Reply {
                        code: 230,
                        lines: vec!["Welcome, user1.".into(), "Login successful.".into()],
                    }
                }
                Some(_) => reply(530, "Login incorrect."),
            },
            "SYST" => reply(215, "UNIX Type: L8"),
            // What tnftp asks for on its own (vsftpd's feature list).
            "FEAT" => FtpMessage::Reply {
                code: 211,
                lines: vec![
                    "Features:".into(),
                    " EPRT".into(),
                    " EPSV".into(),
                    " MDTM".into(),
                    " PASV".into(),
                    " REST STREAM".into(),
                    " SIZE".into(),
                    " TVFS".into(),
                    "End".into(),
                ],
            },
            "MDTM" => match self.fs.file(&path) {
                Some(_) => reply(213, "20260101000000"),
                None => reply(550, "Could not get file modification time."),
            },
            "NOOP" => reply(200, "NOOP ok."),
            "TYPE" => match arg.to_ascii_uppercase().as_str() {
                "I" | "L 8" => {
                    s.binary = true;
                    reply(200, "Switching to Binary mode.")
                }
                "A" | "A N" => {
                    s.binary = false;
                    reply(200, "Switching to ASCII mode.")
                }
                _ => reply(500, "Unrecognised TYPE command."),
            },
            "PORT" | "EPRT" => {
                let addr = if verb == "PORT" {
                    parse_host_port(arg)
                } else {
                    parse_eprt(arg)
                };
                self.drop_plan(w, i);
                match addr {
                    Some((ip, port)) if port != 0 => {
                        self.sessions[i].data = DataPlan::Active(SocketAddrV4::new(ip, port));
                        if verb == "PORT" {
                            reply(200, "PORT command successful. Consider using PASV.")
                        } else {
                            reply(200, "EPRT command successful. Consider using EPSV.")
                        }
                    }
                    _ => reply(500, &format!("Illegal {verb} command.")),
                }
            }
            "PASV" | "EPSV" => {
                self.drop_plan(w, i);
                let port = self.next_passive;
                self.next_passive = if port == u16::MAX {
                    FIRST_PASSIVE_PORT
                } else {
                    port + 1
                };
                // Bound to the control connection's address (as vsftpd does).
                let l = w.listen_at(self.host, SocketAddrV4::new(w.ip(self.host), port));
                self.sessions[i].data = DataPlan::Passive(l);
                if verb == "PASV" {
                    let hp = format_host_port(w.ip(self.host), port);
                    reply(227, &format!("Entering Passive Mode ({hp})."))
                } else {
                    reply(229, &format!("Entering Extended Passive Mode (|||{port}|)"))
                }
            }
            "LIST" | "NLST" => {
                let dir = if arg.is_empty() || arg.starts_with('-') {
                    s.cwd.clone()
                } else {
                    path
                };
                let data = self.fs.listing(&dir, verb == "LIST");
                let job = Job::Send {
                    data,
                    preliminary: "Here comes the directory listing.".into(),
                    done: "Directory send OK.".into(),
                };
                return self.start_xfer(w, i, job);
            }
            "RETR" => match self.fs.file(&path) {
                None => {
                    // As vsftpd: the PASV listener (and a connection waiting on
                    // it) stays until the next PORT/PASV or the end.
                    if !matches!(self.sessions[i].data, DataPlan::Passive(_)) {
                        self.drop_plan(w, i);
                    }
                    reply(550, "Failed to open file.")
                }
                Some(data) => {
                    let mode = if s.binary { "BINARY" } else { "ASCII" };
                    let job = Job::Send {
                        data: data.to_vec(),
                        preliminary: format!(
                            "Opening {mode} mode data connection for {arg} ({} bytes)",
                            data.len()
                        ),
                        done: "Transfer complete".into(),
                    };
                    return self.start_xfer(w, i, job);
                }
            },
            "STOR" => {
                if !writable || arg.is_empty() {
                    self.drop_plan(w, i);
                    reply(553, "Could not create file.")
                } else {
                    return self.start_xfer(w, i, Job::Receive { path });
                }
            }
            "CWD" | "CDUP" => {
                let target = if verb == "CDUP" {
                    resolve(&s.cwd, "..")
                } else {
                    path
                };
                if self.fs.is_dir(&target) {
                    s.cwd = target;
                    reply(250, "Directory successfully changed.")
                } else {
                    reply(550, "Failed to change directory.")
                }
            }
            "PWD" => reply(257, &format!("\"{}\" is the current directory", s.cwd)),
            "SIZE" => match self.fs.file(&path) {
                Some(d) => reply(213, &d.len().to_string()),
                None => reply(550, "Could not get file size."),
            },
            "DELE" | "RMD" if !writable => reply(550, "Permission denied."),
            "MKD" if !writable => reply(550, "Permission denied."),
            "DELE" => {
                if self.fs.remove(&path, false) {
                    reply(250, "Delete operation successful.")
                } else {
                    reply(550, "Delete operation failed.")
                }
            }
            "RMD" => {
                if self.fs.remove(&path, true) {
                    reply(250, "Remove directory operation successful.")
                } else {
                    reply(550, "Remove directory operation failed.")
                }
            }
            "MKD" => {
                if self.fs.mkdir(&path) {
                    reply(257, &format!("\"{path}\" created"))
                } else {
                    reply(550, "Create directory operation failed.")
                }
            }
            "QUIT" => {
                let ctrl = s.ctrl;
                s.closed = true;
                w.send(ctrl, reply(221, "Goodbye").to_wire().as_bytes());
                w.close(ctrl);
                self.drop_plan(w, i);
                return None;
            }
            _ => reply(500, "Unknown command."),
        };
        Some(m)
    }
}
