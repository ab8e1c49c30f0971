//! The simulated network and the event loop that drives it.
//!
//! [`World`] owns the hosts, the TCP endpoints ([`Tcb`]s), the listening
//! sockets and the timeline being written. Time advances only by popping the
//! next scheduled [`Action`]; ties are broken by scheduling order, so a run is
//! fully deterministic. Applications (the FTP client and server) call the
//! socket-like methods (`connect`, `listen`, `send`, `close`, …) and are woken
//! a host-specific processing delay after something happened to their sockets.
//!
//! Links: every pair of hosts is joined through "the Internet" with a one-way
//! latency of [`LATENCY`]; each host's uplink sends [`LINK_BITS_PER_MICRO`]
//! bits per microsecond (10 Mbit/s), so frames queue behind each other.

use std::cmp::{Ordering, Reverse};
use std::collections::BinaryHeap;
use std::net::{Ipv4Addr, SocketAddrV4};

use crate::fault::{Fault, FaultAction, Faults, SegmentFacts, DUPLICATE_GAP, REORDER_HOLD};
use crate::tcp::{reset_for, Tcb, TcpState};
use crate::timeline::{
    Channel, ConnId, Connection, DropReason, Event, EventKind, Host, HostId, Micros, Role, Segment,
    Timeline,
};
use crate::wire::{FrameRepr, FtpMessage, SeqNumber, TcpRepr};

/// One-way latency between any two hosts ("the Internet").
pub const LATENCY: Micros = 10_000;
/// Uplink speed: 10 bits per microsecond = 10 Mbit/s.
pub const LINK_BITS_PER_MICRO: u64 = 10;
/// The first ephemeral port a client host allocates (the control connection's),
/// the next one goes to the first data listener: 54705 as in the seed.
pub const FIRST_EPHEMERAL_PORT: u16 = 54704;

/// A small deterministic PRNG (SplitMix64), seeded from the scenario seed.
#[derive(Clone, Debug)]
pub struct SplitMix64(u64);

impl SplitMix64 {
    pub fn new(seed: u64) -> Self {
        SplitMix64(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
}

/// A socket handle: index into the world's TCBs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct SockId(pub usize);

/// A listening socket handle.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ListenerId(pub usize);

#[derive(Clone, Debug)]
struct Listener {
    host: HostId,
    addr: SocketAddrV4,
    open: bool,
    accepted: Vec<SockId>,
}

#[derive(Clone, Debug)]
struct NetHost {
    ip: Ipv4Addr,
    mac: [u8; 6],
    firewall: bool,
    busy_until: Micros,
    ip_id: u16,
    next_port: u16,
    proc_delay: Micros,
    wake_at: Option<Micros>,
}

/// Something scheduled to happen.
#[derive(Clone, Debug)]
pub enum Action {
    /// A frame leaves its sender's uplink.
    Depart {
        from: HostId,
        to: HostId,
        conn: ConnId,
        frame: FrameRepr,
    },
    /// A frame reaches `to`.
    Arrive { to: HostId, frame: FrameRepr },
    /// Frame number `frame` never reaches `host`.
    Drop {
        host: HostId,
        frame: u32,
        reason: DropReason,
    },
    /// A TCB's timer may be due.
    Timer(SockId),
    /// A host's application looks at its sockets.
    AppPoll(HostId),
    /// The user at a client host types the next line.
    User(HostId),
}

/// An action in the queue, ordered by its time, then by scheduling order
/// (`order` is unique, so no two entries compare equal).
#[derive(Debug)]
struct Scheduled {
    at: Micros,
    order: u64,
    action: Action,
}

impl PartialEq for Scheduled {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}

impl Eq for Scheduled {}

impl PartialOrd for Scheduled {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Scheduled {
    fn cmp(&self, other: &Self) -> Ordering {
        (self.at, self.order).cmp(&(other.at, other.order))
    }
}

/// The network, its sockets and the timeline being written.
pub struct World {
    pub now: Micros,
    /// A min-heap: the earliest action first, ties in scheduling order.
    queue: BinaryHeap<Reverse<Scheduled>>,
    order: u64,
    rng: SplitMix64,
    hosts: Vec<NetHost>,
    tcbs: Vec<Tcb>,
    timer_at: Vec<Option<Micros>>,
    listeners: Vec<Listener>,
    frame: u32,
    /// What goes wrong on the way, how many segments each rule has seen,
    /// and the loss rate's own generator (so that loss does not change the
    /// sequence numbers a seed gives).
    faults: Faults,
    fault_counts: Vec<u32>,
    loss_rng: SplitMix64,
    pub timeline: Timeline,
}

impl World {
    /// A world with the hosts of `hosts` (`(name, ip, role, behind a firewall)`).
    pub fn new(seed: u64, hosts: &[(&str, Ipv4Addr, Role, bool)]) -> World {
        let mut w = World {
            now: 0,
            queue: BinaryHeap::new(),
            order: 0,
            rng: SplitMix64::new(seed),
            hosts: Vec::new(),
            tcbs: Vec::new(),
            timer_at: Vec::new(),
            listeners: Vec::new(),
            frame: 0,
            faults: Faults::default(),
            fault_counts: Vec::new(),
            loss_rng: SplitMix64::new(seed ^ 0x4c05_5e5e_d0d0_0001),
            timeline: Timeline::default(),
        };
        for (i, (name, ip, role, firewall)) in hosts.iter().enumerate() {
            let id = HostId(i as u8);
            let mac = [0x02, 0, 0, 0, 0, i as u8 + 1];
            w.timeline.hosts.push(Host {
                id,
                name: name.to_string(),
                ip: *ip,
                mac,
                role: *role,
            });
            w.hosts.push(NetHost {
                ip: *ip,
                mac,
                firewall: *firewall,
                busy_until: 0,
                ip_id: (w.rng.next_u64() & 0xffff) as u16,
                next_port: FIRST_EPHEMERAL_PORT,
                proc_delay: if *role == Role::Server { 500 } else { 200 },
                wake_at: None,
            });
        }
        w
    }

    /// Makes the network lose, delay, duplicate or reorder segments.
    pub fn set_faults(&mut self, faults: Faults) {
        self.fault_counts = vec![0; faults.rules.len()];
        self.faults = faults;
    }

    /// What the network does to a segment `from` sends now: the first rule
    /// whose count it completes, else loss with the scenario's rate.
    fn fate(&mut self, from: HostId, facts: &SegmentFacts) -> Option<FaultAction> {
        let name = &self.timeline.hosts[usize::from(from.0)].name;
        let mut hit = None;
        for (i, r) in self.faults.rules.iter().enumerate() {
            if r.host == *name && r.kind.matches(facts) {
                self.fault_counts[i] += 1;
                if self.fault_counts[i] == r.nth && hit.is_none() {
                    hit = Some(r.action);
                }
            }
        }
        if hit.is_none() && self.faults.loss_ppm > 0 {
            let draw = self.loss_rng.next_u64() % 1_000_000;
            if draw < u64::from(self.faults.loss_ppm) {
                hit = Some(FaultAction::Drop);
            }
        }
        hit
    }

    /// Schedules `action` at time `at` (never before now).
    pub fn schedule(&mut self, at: Micros, action: Action) {
        self.order += 1;
        self.queue.push(Reverse(Scheduled {
            at: at.max(self.now),
            order: self.order,
            action,
        }));
    }

    /// Pops the next action and advances the clock to it.
    pub fn next_action(&mut self) -> Option<Action> {
        let Reverse(Scheduled { at, action, .. }) = self.queue.pop()?;
        self.now = at;
        Some(action)
    }

    /// The host with this address.
    pub fn host_by_ip(&self, ip: Ipv4Addr) -> Option<HostId> {
        self.hosts
            .iter()
            .position(|h| h.ip == ip)
            .map(|i| HostId(i as u8))
    }

    pub fn ip(&self, host: HostId) -> Ipv4Addr {
        self.hosts[usize::from(host.0)].ip
    }

    /// The next ephemeral port of `host`.
    pub fn ephemeral_port(&mut self, host: HostId) -> u16 {
        let h = &mut self.hosts[usize::from(host.0)];
        let p = h.next_port;
        h.next_port = if p == u16::MAX {
            FIRST_EPHEMERAL_PORT
        } else {
            p + 1
        };
        p
    }

    fn push(&mut self, kind: EventKind) -> usize {
        self.timeline.events.push(Event { at: self.now, kind });
        self.timeline.events.len() - 1
    }

    /// A line on a host's console.
    pub fn console(&mut self, host: HostId, text: impl Into<String>, input: bool) {
        self.push(EventKind::Console {
            host,
            text: text.into(),
            input,
        });
    }

    /// Wakes `host`'s application after its processing delay.
    pub fn wake(&mut self, host: HostId) {
        let h = &mut self.hosts[usize::from(host.0)];
        if h.wake_at.is_none() {
            let at = self.now + h.proc_delay;
            h.wake_at = Some(at);
            self.schedule(at, Action::AppPoll(host));
        }
    }

    /// Called when an AppPoll fires.
    pub fn woke(&mut self, host: HostId) {
        self.hosts[usize::from(host.0)].wake_at = None;
    }

    /// Opens a connection from `host` (port `local_port`, or an ephemeral one)
    /// to `remote`. `ftp_client_end` says whether `host` is the FTP client's end.
    pub fn connect(
        &mut self,
        host: HostId,
        local_port: Option<u16>,
        remote: SocketAddrV4,
        channel: Channel,
        ftp_client_end: bool,
    ) -> SockId {
        let port = match local_port {
            Some(p) => p,
            None => self.ephemeral_port(host),
        };
        let local = SocketAddrV4::new(self.ip(host), port);
        let id = ConnId(self.timeline.connections.len() as u16);
        let (client, server) = if ftp_client_end {
            (local, remote)
        } else {
            (remote, local)
        };
        self.timeline.connections.push(Connection {
            id,
            channel,
            client,
            server,
            initiator: host,
            opened_at: usize::MAX,
            closed_at: None,
            aborted: false,
        });
        let iss = SeqNumber(self.rng.next_u64() as u32);
        let tcb = Tcb::connect(host, id, local, remote, iss);
        self.add_tcb(tcb)
    }

    fn add_tcb(&mut self, tcb: Tcb) -> SockId {
        self.tcbs.push(tcb);
        self.timer_at.push(None);
        let s = SockId(self.tcbs.len() - 1);
        self.touch(s);
        s
    }

    /// Starts listening on `port` of every address of `host` (`0.0.0.0:port`).
    pub fn listen(&mut self, host: HostId, port: u16) -> ListenerId {
        self.listen_at(host, SocketAddrV4::new(Ipv4Addr::UNSPECIFIED, port))
    }

    /// Starts listening on `addr` (`0.0.0.0` for every address of `host`);
    /// records an [`EventKind::Listen`] event.
    pub fn listen_at(&mut self, host: HostId, addr: SocketAddrV4) -> ListenerId {
        self.listeners.push(Listener {
            host,
            addr,
            open: true,
            accepted: Vec::new(),
        });
        self.push(EventKind::Listen {
            host,
            addr,
            open: true,
        });
        ListenerId(self.listeners.len() - 1)
    }

    /// Stops listening (connections already accepted are not affected); records
    /// an [`EventKind::Listen`] event the first time.
    pub fn unlisten(&mut self, l: ListenerId) {
        let listener = &mut self.listeners[l.0];
        if listener.open {
            listener.open = false;
            let (host, addr) = (listener.host, listener.addr);
            self.push(EventKind::Listen {
                host,
                addr,
                open: false,
            });
        }
    }

    /// Connections accepted on `l` since the last call.
    pub fn take_accepted(&mut self, l: ListenerId) -> Vec<SockId> {
        std::mem::take(&mut self.listeners[l.0].accepted)
    }

    pub fn tcb(&self, s: SockId) -> &Tcb {
        &self.tcbs[s.0]
    }

    pub fn send(&mut self, s: SockId, data: &[u8]) {
        self.tcbs[s.0].send(data);
    }

    /// [`World::send`] by value: see [`Tcb::send_owned`].
    pub fn send_owned(&mut self, s: SockId, data: Vec<u8>) {
        self.tcbs[s.0].send_owned(data);
    }

    pub fn close(&mut self, s: SockId) {
        self.tcbs[s.0].close();
        self.touch(s);
    }

    /// Aborts `s` with RST+ACK.
    pub fn reset(&mut self, s: SockId) {
        self.tcbs[s.0].reset();
        self.touch(s);
    }

    pub fn take_received(&mut self, s: SockId) -> Vec<u8> {
        self.tcbs[s.0].take_received()
    }

    /// Appends the bytes received so far to `out`: see [`Tcb::take_received_into`].
    pub fn take_received_into(&mut self, s: SockId, out: &mut Vec<u8>) {
        self.tcbs[s.0].take_received_into(out);
    }

    /// Records the TCB's state changes, reschedules its timer and wakes its
    /// application if anything changed.
    fn touch(&mut self, s: SockId) {
        let changes = self.tcbs[s.0].take_changes();
        let (host, conn) = (self.tcbs[s.0].host, self.tcbs[s.0].conn);
        if !changes.is_empty() {
            for (from, to) in changes {
                self.push(EventKind::TcpState {
                    host,
                    conn,
                    from,
                    to,
                });
            }
            self.wake(host);
        }
        // A timer is scheduled only when it is due sooner than the one already
        // waiting: the retransmission timer moves later with every ACK, and the
        // waiting one, when it fires early, schedules the next (one heap entry
        // per round trip rather than per ACK).
        let due = self.tcbs[s.0].poll_at();
        if let Some(at) = due {
            if self.timer_at[s.0].is_none_or(|t| at < t) {
                self.timer_at[s.0] = Some(at);
                self.schedule(at, Action::Timer(s));
            }
        }
    }

    /// Sends whatever every TCB wants to send now.
    pub fn flush(&mut self) {
        for i in 0..self.tcbs.len() {
            if self.tcbs[i].state() == TcpState::Closed {
                continue;
            }
            let segs = self.tcbs[i].dispatch(self.now);
            let (host, conn, remote) = (self.tcbs[i].host, self.tcbs[i].conn, self.tcbs[i].remote);
            for seg in segs {
                self.transmit(host, conn, *remote.ip(), seg);
            }
            self.touch(SockId(i));
        }
    }

    /// Puts a segment on `from`'s uplink.
    fn transmit(&mut self, from: HostId, conn: ConnId, dst_ip: Ipv4Addr, tcp: TcpRepr) {
        let Some(to) = self.host_by_ip(dst_ip) else {
            return;
        };
        let h = &mut self.hosts[usize::from(from.0)];
        h.ip_id = h.ip_id.wrapping_add(1);
        let dst_mac = self.hosts[usize::from(to.0)].mac;
        let h = &self.hosts[usize::from(from.0)];
        let frame = FrameRepr {
            src_mac: h.mac,
            dst_mac,
            src_ip: h.ip,
            dst_ip,
            ip_id: h.ip_id,
            tcp,
        };
        let depart = self.now.max(h.busy_until);
        if depart == self.now {
            self.depart(from, to, conn, frame);
        } else {
            // Keep the uplink busy now so later frames queue behind this one.
            let len = frame.wire_len() as u64;
            self.hosts[usize::from(from.0)].busy_until = depart + tx_time(len);
            self.schedule(
                depart,
                Action::Depart {
                    from,
                    to,
                    conn,
                    frame,
                },
            );
        }
    }

    /// A frame leaves `from` now: it becomes a segment event and is scheduled to
    /// arrive (or to be dropped by a firewall in front of `to`).
    pub fn depart(&mut self, from: HostId, to: HostId, conn: ConnId, frame: FrameRepr) {
        let bytes = frame.to_bytes();
        debug_assert_eq!(frame.wire_len(), bytes.len());
        let done = self.now + tx_time(bytes.len() as u64);
        let h = &mut self.hosts[usize::from(from.0)];
        h.busy_until = h.busy_until.max(done);
        let t = &frame.tcp;
        let firewalled = self.hosts[usize::from(to.0)].firewall && t.flags.syn && !t.flags.ack;
        self.frame += 1;
        let c = &self.timeline.connections[usize::from(conn.0)];
        let src = SocketAddrV4::new(frame.src_ip, t.src_port);
        let facts = SegmentFacts {
            channel: c.channel,
            payload_len: t.payload.len(),
            syn: t.flags.syn,
            fin: t.flags.fin,
            rst: t.flags.rst,
            ack: t.flags.ack,
            from_ftp_client: src == c.client,
        };
        let action = if self.faults.is_none() {
            None
        } else {
            self.fate(from, &facts)
        };
        let fault = action.map(|a| match a {
            FaultAction::Drop => Fault::Lost,
            FaultAction::Delay(d) => Fault::Delayed(d),
            FaultAction::Duplicate => Fault::Duplicated,
            FaultAction::Reorder => Fault::Reordered,
        });
        let c = &self.timeline.connections[usize::from(conn.0)];
        let dropped = firewalled || fault == Some(Fault::Lost);
        let ftp = if c.channel == Channel::Control && !t.payload.is_empty() {
            let text = String::from_utf8_lossy(&t.payload);
            if src == c.client {
                FtpMessage::parse_command(text.lines().next().unwrap_or(""))
            } else {
                FtpMessage::parse_reply(&text).map(|(m, _)| m)
            }
        } else {
            None
        };
        let seg = Segment {
            frame: self.frame,
            conn,
            from,
            to,
            src,
            dst: SocketAddrV4::new(frame.dst_ip, t.dst_port),
            seq: t.seq.0,
            ack: t.ack.0,
            flags: t.flags,
            window: t.window,
            mss: t.mss,
            payload: t.payload.clone(),
            ftp,
            bytes,
            delivered: !dropped,
            fault,
        };
        let idx = self.push(EventKind::Segment(seg));
        let c = &mut self.timeline.connections[usize::from(conn.0)];
        if c.opened_at == usize::MAX {
            c.opened_at = idx;
        }
        let number = self.frame;
        let at = done + LATENCY;
        let drop = |reason| Action::Drop {
            host: to,
            frame: number,
            reason,
        };
        if firewalled {
            self.schedule(at, drop(DropReason::Firewall));
            return;
        }
        match fault {
            Some(Fault::Lost) => self.schedule(at, drop(DropReason::Lost)),
            Some(Fault::Delayed(d)) => self.schedule(at + d, Action::Arrive { to, frame }),
            Some(Fault::Reordered) => {
                self.schedule(at + REORDER_HOLD, Action::Arrive { to, frame })
            }
            Some(Fault::Duplicated) => {
                self.schedule(
                    at,
                    Action::Arrive {
                        to,
                        frame: frame.clone(),
                    },
                );
                self.schedule(at + DUPLICATE_GAP, Action::Arrive { to, frame });
            }
            None => self.schedule(at, Action::Arrive { to, frame }),
        }
    }

    /// Frame `frame` never reaches `host`.
    pub fn dropped(&mut self, host: HostId, frame: u32, reason: DropReason) {
        self.push(EventKind::Dropped {
            host,
            frame,
            reason,
        });
    }

    /// A frame reaches host `to`: hand it to the matching TCB, or accept it on
    /// a listener, or answer with RST.
    pub fn arrive(&mut self, to: HostId, frame: FrameRepr) {
        let src = SocketAddrV4::new(frame.src_ip, frame.tcp.src_port);
        let dst = SocketAddrV4::new(frame.dst_ip, frame.tcp.dst_port);
        let seg = frame.tcp;
        let found = (0..self.tcbs.len()).rev().find(|&i| {
            let t = &self.tcbs[i];
            t.host == to && t.local == dst && t.remote == src && t.state() != TcpState::Closed
        });
        if let Some(i) = found {
            let before = (
                self.tcbs[i].take_received_len(),
                self.tcbs[i].peer_closed(),
                self.tcbs[i].all_acked(),
            );
            self.tcbs[i].process_owned(seg, self.now);
            let after = (
                self.tcbs[i].take_received_len(),
                self.tcbs[i].peer_closed(),
                self.tcbs[i].all_acked(),
            );
            if before != after {
                self.wake(to);
            }
            self.touch(SockId(i));
            return;
        }
        let listener = self.listeners.iter().position(|l| {
            l.open
                && l.host == to
                && l.addr.port() == dst.port()
                && (l.addr.ip().is_unspecified() || l.addr.ip() == dst.ip())
        });
        let conn = self.conn_for(src, dst);
        match (listener, conn) {
            (Some(l), Some(conn)) if seg.flags.syn && !seg.flags.ack => {
                let iss = SeqNumber(self.rng.next_u64() as u32);
                let tcb = Tcb::accept(to, conn, dst, src, iss, &seg);
                let s = self.add_tcb(tcb);
                self.listeners[l].accepted.push(s);
                self.wake(to);
            }
            (_, Some(conn)) => {
                if let Some(rst) = reset_for(&seg) {
                    self.transmit(to, conn, *src.ip(), rst);
                }
            }
            _ => {}
        }
    }

    /// The most recent connection between these two endpoints.
    fn conn_for(&self, a: SocketAddrV4, b: SocketAddrV4) -> Option<ConnId> {
        self.timeline
            .connections
            .iter()
            .rev()
            .find(|c| (c.client == a && c.server == b) || (c.client == b && c.server == a))
            .map(|c| c.id)
    }

    /// A TCB timer fired.
    pub fn timer(&mut self, s: SockId) {
        if self.timer_at[s.0].is_some_and(|t| t <= self.now) {
            self.timer_at[s.0] = None;
        }
        self.tcbs[s.0].on_timer(self.now);
        self.touch(s);
    }

    /// Fills in `closed_at` and returns the timeline.
    pub fn finish(mut self) -> Timeline {
        let mut last_seg: Vec<Option<usize>> = vec![None; self.timeline.connections.len()];
        for (i, s) in self.timeline.segments() {
            last_seg[usize::from(s.conn.0)] = Some(i);
        }
        for (ci, c) in self.timeline.connections.iter_mut().enumerate() {
            let all_closed = self
                .tcbs
                .iter()
                .filter(|t| t.conn == c.id)
                .all(|t| t.state() == TcpState::Closed);
            c.closed_at = if all_closed { last_seg[ci] } else { None };
            c.aborted = self
                .tcbs
                .iter()
                .any(|t| t.conn == c.id && t.abort().is_some())
                || self.timeline.events.iter().any(
                    |e| matches!(&e.kind, EventKind::Segment(s) if s.conn == c.id && s.flags.rst),
                );
            if c.opened_at == usize::MAX {
                c.opened_at = last_seg[ci].unwrap_or(0);
            }
        }
        self.timeline
    }
}

/// Microseconds to put `bytes` on a 10 Mbit/s uplink.
fn tx_time(bytes: u64) -> Micros {
    (bytes * 8).div_ceil(LINK_BITS_PER_MICRO)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splitmix_is_deterministic() {
        let mut a = SplitMix64::new(1);
        let mut b = SplitMix64::new(1);
        assert_eq!(a.next_u64(), b.next_u64());
        assert_ne!(SplitMix64::new(1).next_u64(), SplitMix64::new(2).next_u64());
    }

    #[test]
    fn tx_time_of_full_frame() {
        assert_eq!(tx_time(1514), 1212);
    }

    #[test]
    fn syn_to_closed_port_is_refused_with_rst() {
        let h1 = Ipv4Addr::new(1, 1, 1, 1);
        let s1 = Ipv4Addr::new(1, 1, 2, 1);
        let mut w = World::new(
            3,
            &[
                ("H1", h1, Role::Client, false),
                ("S1", s1, Role::Server, false),
            ],
        );
        let s = w.connect(
            HostId(0),
            None,
            SocketAddrV4::new(s1, 21),
            Channel::Control,
            true,
        );
        w.flush();
        while let Some(a) = w.next_action() {
            match a {
                Action::Depart {
                    from,
                    to,
                    conn,
                    frame,
                } => w.depart(from, to, conn, frame),
                Action::Arrive { to, frame } => w.arrive(to, frame),
                Action::Timer(s) => w.timer(s),
                _ => {}
            }
            w.flush();
        }
        assert_eq!(w.tcb(s).state(), TcpState::Closed);
        assert_eq!(w.tcb(s).abort(), Some(crate::tcp::Abort::Reset));
        let t = w.finish();
        let segs: Vec<_> = t.segments().map(|(_, s)| s.flags.to_string()).collect();
        assert_eq!(segs, vec!["[SYN]", "[RST, ACK]"]);
        assert!(t.connections[0].closed_at.is_some());
    }
}
