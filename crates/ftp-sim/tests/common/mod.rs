//! Invariants every simulated timeline must satisfy.
#![allow(dead_code)]

use std::collections::HashMap;

use ftp_sim::tcp::TcpState;
use ftp_sim::wire::FrameRepr;
use ftp_sim::{EventKind, Timeline};

/// Lines a learner might type at `ftp>`: sensible, wrong and odd ones.
pub const TYPED: &[&str] = &[
    "ls",
    "dir",
    "nlist",
    "dir pub",
    "cd pub",
    "cd nowhere",
    "cdup",
    "pwd",
    "get foo",
    "get readme.txt",
    "get pub/readme.txt",
    "get missing",
    "put report.txt",
    "put nothere",
    "delete foo",
    "delete report.txt",
    "mkdir new",
    "rmdir new",
    "size foo",
    "system",
    "binary",
    "ascii",
    "passive",
    "epsv",
    "quote NOOP",
    "quote EPRT |1|1.1.1.1|60000|",
    "user anonymous a@b.c",
    "user user1 password123",
    "user user1 nope",
    "user bob",
    "pass secret",
    "close",
    "open 1.1.2.1",
    "frobnicate",
    "get",
    "",
];

/// Panics with a message if `t` breaks an invariant:
/// events in time order; frames numbered 1, 2, …; every frame's bytes parse
/// back with good checksums into the same fields; per connection and
/// direction, seq and ack never go backwards; every byte and FIN sent on a
/// connection whose handshake completed is acknowledged; every TCP endpoint
/// ends CLOSED and every connection has `closed_at`; listening sockets open
/// and close in turn, and at the end only S1's `0.0.0.0:21` listens.
pub fn check(t: &Timeline) {
    check_with(t, false, false);
}

/// [`check`] for an interactive session whose learner is still at `ftp>`: a
/// control connection may stay open if both its ends are ESTABLISHED, and the
/// server may still listen on a passive port (after `quote PASV`).
pub fn check_idle(t: &Timeline) {
    check_with(t, true, false);
}

/// [`check`] for a session on a network that loses, duplicates, delays or
/// reorders segments. What changes:
/// - a retransmission after a timeout goes back to the first unacknowledged
///   byte, so sequence numbers may go backwards;
/// - a connection that was abandoned (too many retransmissions) or reset
///   need not have every byte acknowledged;
/// - a client whose last handshake ACKs were all lost believes it is
///   connected while the server gave up: it waits for the greeting forever,
///   as the real client would (this returns true then).
///
/// Returns whether the session ended with such a hung client.
pub fn check_lossy(t: &Timeline) -> bool {
    check_with(t, false, true)
}

/// [`check_idle`] and [`check_lossy`] together: a Try it yourself session
/// whose learner switched the network's faults on.
pub fn check_idle_lossy(t: &Timeline) -> bool {
    check_with(t, true, true)
}

fn check_with(t: &Timeline, idle: bool, lossy: bool) -> bool {
    use ftp_sim::{Channel, Role};
    let mut listening: std::collections::BTreeSet<(u8, std::net::SocketAddrV4)> =
        Default::default();
    for e in &t.events {
        if let EventKind::Listen { host, addr, open } = &e.kind {
            if *open {
                assert!(listening.insert((host.0, *addr)), "{addr} opened twice");
            } else {
                assert!(
                    listening.remove(&(host.0, *addr)),
                    "{addr} closed, never opened"
                );
            }
        }
    }
    for (host, addr) in &listening {
        let server = t.hosts[usize::from(*host)].role == Role::Server;
        assert!(
            server && (addr.port() == 21 || idle),
            "{} still listens on {addr} at the end",
            t.hosts[usize::from(*host)].name
        );
    }
    let open_ok = |conn: u16| idle && t.connections[usize::from(conn)].channel == Channel::Control;
    let mut last_at = 0;
    let mut frame = 0;
    // (conn, from) -> (max seq end, last ack)
    let mut dir: HashMap<(u16, u8), (i64, Option<u32>)> = HashMap::new();
    let mut last_state: HashMap<(u16, u8), TcpState> = HashMap::new();
    for e in &t.events {
        assert!(e.at >= last_at, "events out of time order");
        last_at = e.at;
        match &e.kind {
            EventKind::Segment(s) => {
                frame += 1;
                assert_eq!(s.frame, frame, "frame numbers are consecutive");
                let f = FrameRepr::parse(&s.bytes)
                    .unwrap_or_else(|err| panic!("frame {}: {err}", s.frame));
                assert_eq!(
                    (f.tcp.seq.0, f.tcp.flags, f.tcp.payload.as_slice()),
                    (s.seq, s.flags, s.payload.as_slice())
                );
                assert_eq!(
                    (f.tcp.src_port, f.tcp.dst_port),
                    (s.src.port(), s.dst.port())
                );
                if s.flags.ack {
                    assert_eq!(f.tcp.ack.0, s.ack);
                }
                let d = dir.entry((s.conn.0, s.from.0)).or_insert((i64::MIN, None));
                if let Some(prev) = d.1.filter(|_| s.flags.ack) {
                    assert!(
                        (s.ack.wrapping_sub(prev) as i32) >= 0,
                        "ack went backwards on frame {}",
                        s.frame
                    );
                }
                if s.flags.ack {
                    d.1 = Some(s.ack);
                }
            }
            EventKind::TcpState {
                host,
                conn,
                from,
                to,
            } => {
                let prev = last_state.insert((conn.0, host.0), *to);
                if let Some(p) = prev {
                    assert_eq!(p, *from, "state change continues from the last state");
                }
            }
            _ => {}
        }
    }
    // A passive data connection the server never accepted (a 550 to RETR)
    // waits in its listener's queue until the next PORT/PASV or QUIT: while
    // the session is still open, the client has closed its side (FIN-WAIT-2)
    // and the server's kernel has acknowledged it (CLOSE-WAIT), as with vsftpd.
    let unaccepted = |conn: u16| {
        let ends: Vec<TcpState> = last_state
            .iter()
            .filter(|((c, _), _)| *c == conn)
            .map(|(_, s)| *s)
            .collect();
        // (After a minute in FIN-WAIT-2 the client's end is dropped.)
        idle && t.connections[usize::from(conn)].channel == Channel::Data
            && ends.len() == 2
            && (ends.contains(&TcpState::FinWait2) || ends.contains(&TcpState::Closed))
            && ends.contains(&TcpState::CloseWait)
    };
    // Connections that ended other than in order: an endpoint went to CLOSED
    // straight from a synchronized state, or a RST was sent.
    let mut aborted: std::collections::HashSet<u16> = Default::default();
    for e in &t.events {
        match &e.kind {
            EventKind::TcpState { conn, from, to, .. }
                if *to == TcpState::Closed
                    && !matches!(from, TcpState::LastAck | TcpState::TimeWait) =>
            {
                aborted.insert(conn.0);
            }
            EventKind::Segment(s) if s.flags.rst => {
                aborted.insert(s.conn.0);
            }
            _ => {}
        }
    }
    // The server gave up the control connection (its handshake, or a reply it
    // could not deliver, timed out; TCP says nothing when it gives up) while
    // the client, with nothing of its own to send, still waits ESTABLISHED for
    // a greeting or a reply, as the real client would.
    let hung = |conn: u16| {
        let server = t
            .hosts
            .iter()
            .position(|h| h.role == Role::Server)
            .map(|i| i as u8);
        lossy
            && t.connections[usize::from(conn)].channel == Channel::Control
            && aborted.contains(&conn)
            && last_state
                .iter()
                .filter(|((c, _), _)| *c == conn)
                .all(|((_, h), s)| {
                    if Some(*h) == server {
                        *s == TcpState::Closed
                    } else {
                        *s == TcpState::Established
                    }
                })
    };
    let mut any_hung = false;
    for ((conn, host), state) in &last_state {
        if open_ok(*conn) && *state == TcpState::Established || unaccepted(*conn) {
            continue;
        }
        if hung(*conn) {
            any_hung = true;
            continue;
        }
        assert_eq!(
            *state,
            TcpState::Closed,
            "conn {conn} on host {host} ends {state}"
        );
    }
    for c in &t.connections {
        if unaccepted(c.id.0) || hung(c.id.0) {
            continue;
        }
        if open_ok(c.id.0) && c.closed_at.is_none() {
            let mut ends = last_state.iter().filter(|((conn, _), _)| *conn == c.id.0);
            assert!(
                ends.clone().count() == 2 && ends.all(|(_, s)| *s == TcpState::Established),
                "connection {} left half open",
                c.id.0
            );
            continue;
        }
        assert!(c.closed_at.is_some(), "connection {} never closed", c.id.0);
    }
    // Sequence numbers never go backwards (retransmissions repeat, never regress),
    // and everything sent on a synchronized connection is acknowledged.
    let mut highest: HashMap<(u16, u8), u32> = HashMap::new();
    let mut end_sent: HashMap<(u16, u8), u32> = HashMap::new();
    let mut acked: HashMap<(u16, u8), u32> = HashMap::new();
    let mut synced: HashMap<u16, bool> = HashMap::new();
    for (_, s) in t.segments() {
        let key = (s.conn.0, s.from.0);
        if s.flags.syn && s.flags.ack {
            synced.insert(s.conn.0, true);
        }
        if let Some(h) = highest.get(&key) {
            if !s.flags.rst && !lossy {
                assert!(
                    (s.seq.wrapping_sub(*h) as i32) >= 0,
                    "seq went backwards on frame {}",
                    s.frame
                );
            }
        }
        if !s.flags.rst {
            highest.insert(key, s.seq);
        }
        let len = s.payload.len() as u32 + u32::from(s.flags.syn) + u32::from(s.flags.fin);
        if len > 0 {
            // The highest end sent (a retransmission may resend earlier bytes).
            let end = s.seq.wrapping_add(len);
            let e = end_sent.entry(key).or_insert(end);
            if (end.wrapping_sub(*e) as i32) > 0 {
                *e = end;
            }
        }
        if s.flags.ack && s.delivered {
            // The peer's direction: acked up to s.ack.
            let other = t
                .segments()
                .find(|(_, o)| o.conn == s.conn && o.from != s.from)
                .map(|(_, o)| o.from.0);
            if let Some(o) = other {
                acked.insert((s.conn.0, o), s.ack);
            }
        }
    }
    for (key, end) in &end_sent {
        if !synced.get(&key.0).copied().unwrap_or(false)
            || (lossy
                && (aborted.contains(&key.0)
                    || hung(key.0)
                    || t.connections[usize::from(key.0)].aborted))
        {
            continue;
        }
        let got = acked.get(key).copied();
        assert_eq!(
            got,
            Some(*end),
            "conn {} from host {}: not every byte acknowledged",
            key.0,
            key.1
        );
    }
    any_hung
}

/// The console lines, `> typed` / `< printed`, per host name.
pub fn console(t: &Timeline) -> Vec<String> {
    t.events
        .iter()
        .filter_map(|e| match &e.kind {
            EventKind::Console { host, text, input } => Some(format!(
                "{} {} {text}",
                t.host(*host).name,
                if *input { ">" } else { "<" }
            )),
            _ => None,
        })
        .collect()
}
