//! The output of a simulation: every event of a session, in order, at its simulated time.
//!
//! A [`Timeline`] is plain data. The UI indexes and renders it; the capture
//! exporter writes its segments; the tutorial view ([`crate::tutorial`]) names
//! the key packets. Nothing here knows about a clock, a browser or a file.

use std::fmt::Write as _;
use std::net::{Ipv4Addr, SocketAddrV4};

use crate::tcp::TcpState;
use crate::wire::{FtpMessage, TcpFlags};

/// Simulated time in microseconds since the session started.
pub type Micros = u64;

/// A host of the simulated network, by index into [`Timeline::hosts`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct HostId(pub u8);

/// What a host is in the FTP session.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    Client,
    Server,
}

/// A host: its name in the tutorial ("H1", "S1", "PC2"), its addresses and its role.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Host {
    pub id: HostId,
    pub name: String,
    pub ip: Ipv4Addr,
    pub mac: [u8; 6],
    pub role: Role,
}

/// A TCP connection of the session, by index into [`Timeline::connections`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ConnId(pub u16);

/// Which of FTP's two kinds of connection a TCP connection is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Channel {
    /// Commands and replies, to the server's port 21.
    Control,
    /// One file or listing, opened for one transfer and closed after it.
    Data,
}

/// One TCP connection, from its first SYN to the moment both ends are closed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Connection {
    pub id: ConnId,
    pub channel: Channel,
    /// The FTP client's end of the connection.
    pub client: SocketAddrV4,
    /// The FTP server's end of the connection.
    pub server: SocketAddrV4,
    /// The host that sent the first SYN (the server's in active mode data connections).
    pub initiator: HostId,
    /// Index in [`Timeline::events`] of the first SYN.
    pub opened_at: usize,
    /// Index in [`Timeline::events`] after which neither end holds the connection open
    /// (the last segment of the close, or the RST); `None` if the session ended first.
    pub closed_at: Option<usize>,
    /// An end gave up (too many retransmissions) or was reset: the
    /// connection did not end in order.
    pub aborted: bool,
}

/// One TCP segment as it travels on the wire, inside its Ethernet and IPv4 headers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Segment {
    /// Wireshark's "No.": 1 for the first frame of the session.
    pub frame: u32,
    pub conn: ConnId,
    pub from: HostId,
    pub to: HostId,
    pub src: SocketAddrV4,
    pub dst: SocketAddrV4,
    /// Raw sequence number, as on the wire.
    pub seq: u32,
    /// Raw acknowledgment number (meaningful when `flags.ack`).
    pub ack: u32,
    pub flags: TcpFlags,
    pub window: u16,
    /// The MSS option, carried on SYN segments.
    pub mss: Option<u16>,
    pub payload: Vec<u8>,
    /// The FTP command or reply this segment carries, for control-channel payloads.
    pub ftp: Option<FtpMessage>,
    /// The whole Ethernet II frame, with correct IPv4 and TCP checksums.
    pub bytes: Vec<u8>,
    /// False when a firewall dropped the segment or it was lost on the way.
    pub delivered: bool,
    /// What the simulated Internet did to it, if anything (see [`crate::fault`]).
    pub fault: Option<crate::fault::Fault>,
}

/// Why a segment never arrived.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DropReason {
    /// A stateful firewall in front of the receiver refused an unsolicited inbound SYN.
    Firewall,
    /// Lost in the Internet (a fault rule or the loss rate, see [`crate::fault`]).
    Lost,
}

/// Something that happened in the session.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EventKind {
    /// A segment left `from` (and, if `delivered`, reached `to` one link latency later).
    Segment(Segment),
    /// A line appeared on a host's console: typed by the user (`input`) or printed by the client.
    Console {
        host: HostId,
        text: String,
        input: bool,
    },
    /// A TCP endpoint changed state (RFC 9293 names).
    TcpState {
        host: HostId,
        conn: ConnId,
        from: TcpState,
        to: TcpState,
    },
    /// The segment with frame number `frame`, on its way to `host`, never
    /// arrived: a firewall in front of `host` dropped it, or the Internet lost it.
    Dropped {
        host: HostId,
        frame: u32,
        reason: DropReason,
    },
    /// An application on `host` started (`open`) or stopped listening for
    /// connections on `addr` (`0.0.0.0` = every address of the host): S1's
    /// port 21 from the start, H1's data port before PORT (active mode), S1's
    /// port from the 227/229 reply (passive mode) until the connection is accepted.
    Listen {
        host: HostId,
        addr: SocketAddrV4,
        open: bool,
    },
}

/// A socket as `netstat -tan` shows it: a listening socket (`remote` is
/// `None`, `state` is LISTEN) or one end of a connection in its RFC 9293 state.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Socket {
    pub host: HostId,
    /// The local address (`0.0.0.0:21` for S1's control listener).
    pub local: SocketAddrV4,
    /// The peer's address; `None` for a listening socket.
    pub remote: Option<SocketAddrV4>,
    pub state: TcpState,
}

/// An event at its simulated time.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Event {
    pub at: Micros,
    pub kind: EventKind,
}

/// The whole session: hosts, connections and the ordered events.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Timeline {
    pub hosts: Vec<Host>,
    pub connections: Vec<Connection>,
    pub events: Vec<Event>,
    /// The files the clients saved (each `get` that printed "bytes
    /// received"), in order: what the application got from TCP.
    pub saved: Vec<SavedFile>,
}

/// A file a client saved after a download.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SavedFile {
    pub host: HostId,
    /// The local name (`foo`, `readme.txt`).
    pub name: String,
    pub bytes: Vec<u8>,
}

impl Timeline {
    /// The host with this id.
    pub fn host(&self, id: HostId) -> &Host {
        &self.hosts[usize::from(id.0)]
    }

    /// The connection with this id.
    pub fn connection(&self, id: ConnId) -> &Connection {
        &self.connections[usize::from(id.0)]
    }

    /// Every segment with its index in [`Timeline::events`].
    pub fn segments(&self) -> impl Iterator<Item = (usize, &Segment)> + '_ {
        self.events
            .iter()
            .enumerate()
            .filter_map(|(i, e)| match &e.kind {
                EventKind::Segment(s) => Some((i, s)),
                _ => None,
            })
    }

    /// The connections open just after event `index` has happened.
    pub fn open_connections_at(&self, index: usize) -> impl Iterator<Item = &Connection> + '_ {
        self.connections.iter().filter(move |c| {
            c.opened_at <= index && c.closed_at.is_none_or(|closed| index < closed)
        })
    }

    /// The prompt the console shows before input line `index`: `$ ` for the
    /// line that starts the client at the shell (a host's first input line, if
    /// it is `ftp HOST`), `ftp> ` for every line typed at the client's prompt;
    /// `None` for printed lines.
    pub fn console_prompt(&self, index: usize) -> Option<&'static str> {
        match &self.events.get(index)?.kind {
            EventKind::Console {
                host,
                text,
                input: true,
            } => {
                let shell = text.split_whitespace().next() == Some("ftp")
                    && !self.events[..index].iter().any(|e| {
                        matches!(&e.kind, EventKind::Console { host: h, input: true, .. } if h == host)
                    });
                Some(if shell { "$ " } else { "ftp> " })
            }
            _ => None,
        }
    }

    /// Every socket that exists just after event `index` (all of them at the
    /// end for an index past the last event), as `netstat` would list them:
    /// listening sockets (from [`EventKind::Listen`]) and each end of each
    /// connection in its current state (from [`EventKind::TcpState`]) until it
    /// is CLOSED. Sorted by host, local port, remote address. O(index).
    pub fn sockets_at(&self, index: usize) -> Vec<Socket> {
        use std::collections::{BTreeMap, BTreeSet};
        let mut listening: BTreeSet<(HostId, SocketAddrV4)> = BTreeSet::new();
        // (host, conn) -> (first `from` state, current state)
        let mut ends: BTreeMap<(HostId, ConnId), (TcpState, TcpState)> = BTreeMap::new();
        for e in self.events.iter().take(index.saturating_add(1)) {
            match &e.kind {
                EventKind::Listen { host, addr, open } => {
                    if *open {
                        listening.insert((*host, *addr));
                    } else {
                        listening.remove(&(*host, *addr));
                    }
                }
                EventKind::TcpState {
                    host,
                    conn,
                    from,
                    to,
                } => {
                    ends.entry((*host, *conn)).or_insert((*from, *to)).1 = *to;
                }
                _ => {}
            }
        }
        let mut out: Vec<Socket> = listening
            .into_iter()
            .map(|(host, local)| Socket {
                host,
                local,
                remote: None,
                state: TcpState::Listen,
            })
            .collect();
        for ((host, conn), (first, state)) in ends {
            if state == TcpState::Closed {
                continue;
            }
            let Some((local, remote)) = self.socket_ends(host, conn, first == TcpState::Closed)
            else {
                continue;
            };
            out.push(Socket {
                host,
                local,
                remote: Some(remote),
                state,
            });
        }
        out.sort_by_key(|s| (s.host, s.local.port(), s.remote, *s.local.ip()));
        out
    }

    /// `(local, remote)` of `host`'s end of `conn`: the opener (its first state
    /// change left CLOSED) sent the first SYN, the other end received it.
    fn socket_ends(
        &self,
        host: HostId,
        conn: ConnId,
        opener: bool,
    ) -> Option<(SocketAddrV4, SocketAddrV4)> {
        let c = self.connections.get(usize::from(conn.0))?;
        let syn = self.events.get(c.opened_at).and_then(|e| match &e.kind {
            EventKind::Segment(s) if s.conn == conn && s.flags.syn && !s.flags.ack => {
                Some((s.src, s.dst))
            }
            _ => None,
        });
        let (a, b) = match syn {
            Some(ends) => ends,
            None => {
                let client_end = self.hosts.get(usize::from(host.0))?.ip == *c.client.ip();
                let (mine, theirs) = if client_end {
                    (c.client, c.server)
                } else {
                    (c.server, c.client)
                };
                return Some((mine, theirs));
            }
        };
        Some(if opener { (a, b) } else { (b, a) })
    }

    /// A readable, complete rendering of the timeline, one event per line.
    /// Two timelines are equal exactly when their texts are equal, so snapshot
    /// tests and the determinism check compare this.
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        for h in &self.hosts {
            let _ = writeln!(out, "host {} {} {:?}", h.name, h.ip, h.role);
        }
        for c in &self.connections {
            let _ = writeln!(
                out,
                "conn {} {:?} client={} server={} by={} events={}..{:?}",
                c.id.0,
                c.channel,
                c.client,
                c.server,
                self.host(c.initiator).name,
                c.opened_at,
                c.closed_at
            );
            if c.aborted {
                out.pop();
                out.push_str(" aborted\n");
            }
        }
        for (i, e) in self.events.iter().enumerate() {
            let t = e.at;
            let _ = write!(out, "{i:>4} {:>4}.{:03}ms ", t / 1000, t % 1000);
            match &e.kind {
                EventKind::Segment(s) => {
                    let _ = write!(
                        out,
                        "#{} {} -> {} {} seq={} ack={} win={}",
                        s.frame, s.src, s.dst, s.flags, s.seq, s.ack, s.window
                    );
                    if let Some(m) = s.mss {
                        let _ = write!(out, " mss={m}");
                    }
                    if !s.payload.is_empty() {
                        let _ = write!(out, " len={}", s.payload.len());
                    }
                    if let Some(ftp) = &s.ftp {
                        let _ = write!(out, " ftp={ftp}");
                    }
                    match s.fault {
                        Some(f) => {
                            let _ = write!(out, " {f}");
                        }
                        None if !s.delivered => out.push_str(" DROPPED"),
                        None => {}
                    }
                    let _ = write!(out, " bytes=");
                    for b in &s.bytes {
                        let _ = write!(out, "{b:02x}");
                    }
                }
                EventKind::Console { host, text, input } => {
                    let who = &self.host(*host).name;
                    let _ = write!(out, "{who} {} {text}", if *input { ">" } else { "<" });
                }
                EventKind::TcpState {
                    host,
                    conn,
                    from,
                    to,
                } => {
                    let who = &self.host(*host).name;
                    let _ = write!(out, "{who} conn {} {from} -> {to}", conn.0);
                }
                EventKind::Dropped {
                    host,
                    frame,
                    reason,
                } => {
                    let who = &self.host(*host).name;
                    let _ = match reason {
                        DropReason::Firewall => {
                            write!(
                                out,
                                "{who} firewall drops #{frame}: unsolicited inbound SYN"
                            )
                        }
                        DropReason::Lost => write!(out, "#{frame} to {who} lost in the Internet"),
                    };
                }
                EventKind::Listen { host, addr, open } => {
                    let who = &self.host(*host).name;
                    let what = if *open {
                        "listens on"
                    } else {
                        "stops listening on"
                    };
                    let _ = write!(out, "{who} {what} {addr}");
                }
            }
            out.push('\n');
        }
        for f in &self.saved {
            // FNV-1a: the bytes themselves are in the segments above.
            let hash = f.bytes.iter().fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
                (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3)
            });
            let who = &self.host(f.host).name;
            let _ = writeln!(
                out,
                "saved {who} {} {} bytes fnv1a={hash:016x}",
                f.name,
                f.bytes.len()
            );
        }
        out
    }
}
