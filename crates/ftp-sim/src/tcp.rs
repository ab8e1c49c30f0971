//! TCP endpoints (RFC 9293), sans-IO.
//!
//! A [`Tcb`] is one end of one connection. The driver feeds it segments
//! ([`Tcb::process`]), user calls ([`Tcb::send`], [`Tcb::close`]) and timer
//! ticks ([`Tcb::on_timer`]), and collects what it wants to transmit with
//! [`Tcb::dispatch`]. Every state change goes through [`Tcb::set_state`], which
//! records it so the driver can put it on the timeline.
//!
//! Sending: at most `min(peer window, cwnd)` bytes in flight, slow start from
//! an initial window of three segments (RFC 5681, counting bytes acknowledged
//! as Linux does, so a delayed ACK of two segments opens the window by two),
//! then congestion avoidance above `ssthresh`; a FIN is always its own segment.
//!
//! Recovery, as real stacks do it (the network may lose, delay, duplicate or
//! reorder segments, see [`crate::fault`]):
//! - one retransmission timer per connection (RFC 6298): the RTO comes from
//!   the measured round trip (Karn's rule: never from a retransmitted
//!   segment), at least [`MIN_RTO`] (Linux's floor; RFC 6298 says 1 s), doubled
//!   on each timeout; on a timeout the window shrinks to one segment and the
//!   sender goes back to the first unacknowledged byte. A SYN is sent at most
//!   [`MAX_SYN_RETRIES`] more times, a SYN-ACK [`MAX_SYNACK_RETRIES`], anything else
//!   [`MAX_RETRIES`] more times; then the connection is abandoned
//!   ([`Abort::TimedOut`]);
//! - the receiver keeps segments that arrive ahead of a gap and answers each
//!   at once with a duplicate ACK; filling the gap is acknowledged at once;
//! - the third duplicate ACK triggers fast retransmit and fast recovery
//!   (RFC 5681 section 3.2, with NewReno's partial ACKs, RFC 6582).
//!
//! ACKs are delayed as Linux delays them (RFC 9293 section 3.8.6.3, RFC 1122
//! 4.2.3.2), which is what the parity check against vsftpd and tnftp measures:
//! - an ACK rides on the next segment this end sends, if it sends within
//!   [`DELACK`] (40 ms); otherwise a pure ACK goes when that timer fires;
//! - a second unacknowledged segment is acknowledged at once;
//! - *quick ACKs*: after a connection starts or has been idle for more than
//!   [`QUICKACK_IDLE`], up to [`QUICKACKS`] segments are acknowledged at once,
//!   unless the connection is *interactive* ("pingpong": this end answered
//!   within 40 ms of receiving; the delayed-ACK timer firing ends it);
//! - a FIN in ESTABLISHED is not acknowledged alone: the application's close
//!   follows, and its FIN+ACK acknowledges it (or the timer fires first);
//!   a FIN that answers ours is acknowledged at once.
//!
//! A listening socket is not a connection and has no TCB: the TCB that accepts
//! a SYN starts in LISTEN, so its first recorded change is LISTEN → SYN-RECEIVED.

use std::borrow::Cow;
use std::fmt;
use std::net::SocketAddrV4;

use crate::timeline::{ConnId, HostId, Micros};
use crate::wire::{SeqNumber, TcpFlags, TcpRepr};

/// RFC 9293 connection states.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TcpState {
    Closed,
    Listen,
    SynSent,
    SynReceived,
    Established,
    FinWait1,
    FinWait2,
    CloseWait,
    Closing,
    LastAck,
    TimeWait,
}

impl fmt::Display for TcpState {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            TcpState::Closed => "CLOSED",
            TcpState::Listen => "LISTEN",
            TcpState::SynSent => "SYN-SENT",
            TcpState::SynReceived => "SYN-RECEIVED",
            TcpState::Established => "ESTABLISHED",
            TcpState::FinWait1 => "FIN-WAIT-1",
            TcpState::FinWait2 => "FIN-WAIT-2",
            TcpState::CloseWait => "CLOSE-WAIT",
            TcpState::Closing => "CLOSING",
            TcpState::LastAck => "LAST-ACK",
            TcpState::TimeWait => "TIME-WAIT",
        })
    }
}

/// The MSS every simulated host announces (Ethernet MTU 1500 − 40).
pub const MSS: u16 = 1460;
/// The receive window every simulated host announces (no window scaling).
pub const WINDOW: u16 = 65535;
/// Initial retransmission timeout (RFC 6298: 1 s).
pub const INITIAL_RTO: Micros = 1_000_000;
/// How many times a SYN is sent again before the connection attempt is
/// abandoned (Linux's tcp_syn_retries is 6; the model gives up after 1 + 2 + 4
/// s, so the firewall lesson's 425 comes within seconds).
pub const MAX_SYN_RETRIES: u8 = 2;
/// How long a closed socket waits in FIN-WAIT-2 for the peer's FIN before it
/// is dropped (Linux's tcp_fin_timeout), e.g. when the peer's RST was lost.
pub const FIN_TIMEOUT: Micros = 60_000_000;
/// How many times a SYN-ACK is sent again (Linux's tcp_synack_retries).
pub const MAX_SYNACK_RETRIES: u8 = 5;
/// How many times data or a FIN is sent again before the connection is
/// abandoned (Linux's tcp_retries2 is 15, about 15 minutes; the model gives
/// up sooner, after about 25 s of simulated time).
pub const MAX_RETRIES: u8 = 6;
/// The smallest retransmission timeout (Linux's TCP_RTO_MIN).
pub const MIN_RTO: Micros = 200_000;
/// The largest retransmission timeout (Linux's TCP_RTO_MAX).
pub const MAX_RTO: Micros = 120_000_000;
/// RFC 6298's clock granularity G.
pub const CLOCK_GRANULARITY: Micros = 1_000;
/// Duplicate ACKs that trigger a fast retransmit (RFC 5681).
pub const DUPACK_THRESHOLD: u32 = 3;
/// Simulated maximum segment lifetime; TIME-WAIT lasts `2 * MSL`. Real stacks
/// use 30 s to 2 min; the simulation shortens it, it is only simulated time.
pub const MSL: Micros = 1_000_000;
/// RFC 5681 initial window for an MSS of 1460: three segments.
pub const INITIAL_CWND: usize = 3 * MSS as usize;
/// How long an ACK may wait for a segment to ride on (Linux's TCP_ATO_MIN, 40 ms).
pub const DELACK: Micros = 40_000;
/// An idle gap longer than this (Linux's RTO floor, 200 ms) restarts quick ACKs.
pub const QUICKACK_IDLE: Micros = 200_000;
/// How many segments are acknowledged at once after a start or an idle gap
/// (Linux's TCP_MAX_QUICKACKS).
pub const QUICKACKS: u8 = 16;

/// Why a connection ended other than by an orderly close.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Abort {
    /// A RST arrived ("Connection refused" during the handshake).
    Reset,
    /// The SYN went unanswered [`MAX_SYN_RETRIES`] + 1 times.
    TimedOut,
}

/// A transmission control block: one end of one TCP connection.
#[derive(Clone, Debug)]
pub struct Tcb {
    pub host: HostId,
    pub conn: ConnId,
    pub local: SocketAddrV4,
    pub remote: SocketAddrV4,
    state: TcpState,
    iss: SeqNumber,
    snd_una: SeqNumber,
    /// The next sequence number to send (moves back to `snd_una` after a timeout).
    snd_nxt: SeqNumber,
    /// One past the highest sequence number ever sent.
    snd_max: SeqNumber,
    snd_wnd: usize,
    cwnd: usize,
    ssthresh: usize,
    rcv_nxt: SeqNumber,
    peer_mss: u16,
    /// Bytes from `snd_una` on: in flight first, then not yet sent.
    send_buf: SendBuffer,
    fin_queued: bool,
    /// Where our FIN sits in sequence space, once it has been sent.
    fin_seq: Option<SeqNumber>,
    syn_due: bool,
    ack_due: bool,
    /// Retransmissions since the last new acknowledgment (SYN or data).
    retries: u8,
    rto: Micros,
    /// When the retransmission timer fires (SYN, SYN-ACK, data or FIN).
    rto_at: Option<Micros>,
    /// Smoothed round-trip time and its variation (RFC 6298), once measured.
    srtt: Option<Micros>,
    rttvar: Micros,
    /// The segment being timed: the sequence number that acknowledges it, and when it left.
    rtt_probe: Option<(SeqNumber, Micros)>,
    /// Duplicate ACKs in a row.
    dupacks: u32,
    /// In fast recovery (RFC 6582) until this is acknowledged.
    recovery: Option<SeqNumber>,
    /// The highest sequence number sent when recovery or a timeout last began.
    recover: SeqNumber,
    /// Send the first unacknowledged segment again (fast retransmit, partial ACK).
    rtx_one: bool,
    /// When TIME-WAIT ends, or when FIN-WAIT-2 gives up ([`FIN_TIMEOUT`]).
    time_wait_until: Option<Micros>,
    received: Vec<u8>,
    /// Segments that arrived ahead of a gap: (sequence number, bytes, FIN).
    out_of_order: Vec<(SeqNumber, Vec<u8>, bool)>,
    peer_fin: bool,
    abort: Option<Abort>,
    synchronized: bool,
    changes: Vec<(TcpState, TcpState)>,
    /// When a delayed pure ACK goes, if nothing carries it before.
    delack_at: Option<Micros>,
    /// Interactive mode: no quick ACKs (Linux's pingpong).
    pingpong: bool,
    /// Quick ACKs left.
    quick: u8,
    /// When data last arrived.
    last_rcv: Option<Micros>,
    /// Segments received and not yet acknowledged.
    unacked_segs: u8,
    /// An abort with RST+ACK waits to be sent.
    rst_due: bool,
}

impl Tcb {
    fn new(
        host: HostId,
        conn: ConnId,
        local: SocketAddrV4,
        remote: SocketAddrV4,
        iss: SeqNumber,
        state: TcpState,
    ) -> Tcb {
        Tcb {
            host,
            conn,
            local,
            remote,
            state,
            iss,
            snd_una: iss,
            snd_nxt: iss,
            snd_max: iss,
            snd_wnd: usize::from(WINDOW),
            cwnd: INITIAL_CWND,
            ssthresh: usize::MAX,
            rcv_nxt: SeqNumber(0),
            peer_mss: MSS,
            send_buf: SendBuffer::default(),
            fin_queued: false,
            fin_seq: None,
            syn_due: false,
            ack_due: false,
            retries: 0,
            rto: INITIAL_RTO,
            rto_at: None,
            srtt: None,
            rttvar: 0,
            rtt_probe: None,
            dupacks: 0,
            recovery: None,
            // RFC 6582: "recover" starts at the initial sequence number, so
            // that duplicate ACKs of the first byte may start a fast retransmit.
            recover: SeqNumber(iss.0.wrapping_sub(1)),
            rtx_one: false,
            time_wait_until: None,
            received: Vec::new(),
            out_of_order: Vec::new(),
            peer_fin: false,
            abort: None,
            synchronized: false,
            changes: Vec::new(),
            delack_at: None,
            pingpong: false,
            quick: 0,
            last_rcv: None,
            unacked_segs: 0,
            rst_due: false,
        }
    }

    /// An active open: CLOSED → SYN-SENT; the SYN goes out on the next [`Tcb::dispatch`].
    pub fn connect(
        host: HostId,
        conn: ConnId,
        local: SocketAddrV4,
        remote: SocketAddrV4,
        iss: SeqNumber,
    ) -> Tcb {
        let mut t = Tcb::new(host, conn, local, remote, iss, TcpState::Closed);
        t.set_state(TcpState::SynSent);
        t.syn_due = true;
        t
    }

    /// A passive open that has just received `syn`: the new TCB starts in
    /// LISTEN and moves to SYN-RECEIVED; the SYN-ACK goes out on the next dispatch.
    pub fn accept(
        host: HostId,
        conn: ConnId,
        local: SocketAddrV4,
        remote: SocketAddrV4,
        iss: SeqNumber,
        syn: &TcpRepr,
    ) -> Tcb {
        let mut t = Tcb::new(host, conn, local, remote, iss, TcpState::Listen);
        t.rcv_nxt = syn.seq + 1;
        t.peer_mss = syn.mss.unwrap_or(536).min(MSS);
        t.snd_wnd = usize::from(syn.window);
        t.set_state(TcpState::SynReceived);
        t.syn_due = true;
        t
    }

    /// The single place where the state changes; the change is recorded for the timeline.
    pub fn set_state(&mut self, to: TcpState) {
        if to == TcpState::Established {
            self.synchronized = true;
        }
        if to == TcpState::Closed {
            self.rto_at = None;
            self.delack_at = None;
        }
        if to != self.state {
            self.changes.push((self.state, to));
            self.state = to;
        }
    }

    /// State changes since the last call, oldest first.
    pub fn take_changes(&mut self) -> Vec<(TcpState, TcpState)> {
        std::mem::take(&mut self.changes)
    }

    pub fn state(&self) -> TcpState {
        self.state
    }

    /// True in ESTABLISHED and the states after it in which we may still send.
    pub fn can_send(&self) -> bool {
        matches!(self.state, TcpState::Established | TcpState::CloseWait) && !self.fin_queued
    }

    /// True once the handshake has completed (whatever happened after).
    pub fn is_synchronized(&self) -> bool {
        self.synchronized
    }

    /// The peer has closed its side (its FIN arrived): end of the data stream.
    pub fn peer_closed(&self) -> bool {
        self.peer_fin
    }

    /// Why the connection was aborted, if it was.
    pub fn abort(&self) -> Option<Abort> {
        self.abort
    }

    /// Every byte queued with [`Tcb::send`] has been acknowledged.
    pub fn all_acked(&self) -> bool {
        self.send_buf.is_empty() && self.snd_una == self.snd_max
    }

    /// Queues bytes to send. Ignored unless [`Tcb::can_send`].
    pub fn send(&mut self, data: &[u8]) {
        if self.can_send() {
            self.send_buf.push(data);
        }
    }

    /// Like [`Tcb::send`], but takes the bytes by value: a large buffer (a
    /// whole file) is queued without being copied when nothing else waits.
    pub fn send_owned(&mut self, data: Vec<u8>) {
        if self.can_send() {
            self.send_buf.push_owned(data);
        }
    }

    /// How many received bytes wait to be taken.
    pub fn take_received_len(&self) -> usize {
        self.received.len()
    }

    /// Takes the bytes received so far.
    pub fn take_received(&mut self) -> Vec<u8> {
        std::mem::take(&mut self.received)
    }

    /// Moves the bytes received so far to the end of `out` (as
    /// `out.extend(self.take_received())`, keeping this end's buffer).
    pub fn take_received_into(&mut self, out: &mut Vec<u8>) {
        if out.is_empty() && out.capacity() < self.received.capacity() {
            std::mem::swap(out, &mut self.received);
        } else {
            out.append(&mut self.received);
        }
    }

    /// The user's CLOSE call (RFC 9293 section 3.10.4).
    pub fn close(&mut self) {
        match self.state {
            TcpState::SynSent | TcpState::Listen => {
                self.set_state(TcpState::Closed);
            }
            TcpState::SynReceived | TcpState::Established => {
                self.fin_queued = true;
                self.set_state(TcpState::FinWait1);
            }
            TcpState::CloseWait => {
                self.fin_queued = true;
                self.set_state(TcpState::LastAck);
            }
            _ => {}
        }
    }

    /// When [`Tcb::on_timer`] wants to be called next.
    pub fn poll_at(&self) -> Option<Micros> {
        let t = match self.state {
            TcpState::Closed | TcpState::Listen => None,
            TcpState::TimeWait | TcpState::FinWait2 => self.time_wait_until,
            _ => self.rto_at,
        };
        match (t, self.delack_at) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        }
    }

    /// Our FIN has been sent and acknowledged.
    pub fn fin_acked(&self) -> bool {
        self.fin_seq.is_some_and(|f| self.snd_una > f)
    }

    /// The current retransmission timeout (RFC 6298, with Linux's floor).
    pub fn rto(&self) -> Micros {
        self.rto
    }

    /// The congestion window, in bytes.
    pub fn cwnd(&self) -> usize {
        self.cwnd
    }

    /// Aborts with RST+ACK (RFC 9293 section 3.10.5), e.g. a listener closing
    /// with this connection still in its accept queue.
    /// A handshake not yet complete is forgotten without a word (what
    /// arrives for it later is answered with RST, having no connection).
    pub fn reset(&mut self) {
        match self.state {
            TcpState::Closed => {}
            _ if self.synchronized => self.rst_due = true,
            _ => self.set_state(TcpState::Closed),
        }
    }

    /// Data (or a FIN) arrived in order: ACK now or later, as Linux does.
    fn data_arrived(&mut self, now: Micros, fin: bool) {
        let idle = self
            .last_rcv
            .is_none_or(|t| now.saturating_sub(t) > QUICKACK_IDLE);
        if idle {
            self.quick = QUICKACKS;
        }
        self.last_rcv = Some(now);
        self.unacked_segs = self.unacked_segs.saturating_add(1);
        if fin {
            // tcp_fin: ESTABLISHED -> CLOSE-WAIT enters pingpong, the ACK waits
            // for the application's close (FIN+ACK); in FIN-WAIT the ACK goes now.
            if matches!(self.state, TcpState::CloseWait) {
                self.pingpong = true;
                self.delack_at.get_or_insert(now + DELACK);
            } else {
                self.ack_due = true;
            }
            return;
        }
        if (self.quick > 0 && !self.pingpong) || self.unacked_segs >= 2 {
            self.ack_due = true;
        } else {
            self.delack_at.get_or_insert(now + DELACK);
        }
    }

    /// A round-trip sample `r` (RFC 6298 section 2).
    fn rtt_sample(&mut self, r: Micros) {
        match self.srtt {
            None => {
                self.srtt = Some(r);
                self.rttvar = r / 2;
            }
            Some(srtt) => {
                self.rttvar = (3 * self.rttvar + srtt.abs_diff(r)) / 4;
                self.srtt = Some((7 * srtt + r) / 8);
            }
        }
        let srtt = self.srtt.unwrap_or(r);
        self.rto = (srtt + (4 * self.rttvar).max(CLOCK_GRANULARITY)).clamp(MIN_RTO, MAX_RTO);
    }

    /// Bytes sent and not yet acknowledged (FlightSize).
    fn flight(&self) -> usize {
        usize::try_from(self.snd_max - self.snd_una).unwrap_or(0)
    }

    /// Fires due timers: retransmissions or abandonment, the delayed ACK, the end of TIME-WAIT.
    pub fn on_timer(&mut self, now: Micros) {
        if self.delack_at.is_some_and(|t| t <= now) {
            // Delayed ACK missed: leave pingpong mode (tcp_delack_timer_handler).
            self.delack_at = None;
            self.ack_due = true;
            self.pingpong = false;
        }
        match self.state {
            TcpState::TimeWait | TcpState::FinWait2
                if self.time_wait_until.is_some_and(|t| t <= now) =>
            {
                self.time_wait_until = None;
                self.set_state(TcpState::Closed);
            }
            TcpState::Closed | TcpState::Listen | TcpState::TimeWait => {}
            _ if self.rto_at.is_some_and(|t| t <= now) => self.retransmission_timeout(),
            _ => {}
        }
    }

    /// RFC 6298 section 5.4-5.6 and RFC 5681 section 3.1: back off, shrink
    /// the window to one segment and send again from the first unacknowledged byte.
    fn retransmission_timeout(&mut self) {
        self.rto_at = None;
        let handshake = matches!(self.state, TcpState::SynSent | TcpState::SynReceived);
        let limit = match self.state {
            TcpState::SynSent => MAX_SYN_RETRIES,
            TcpState::SynReceived => MAX_SYNACK_RETRIES,
            _ => MAX_RETRIES,
        };
        if self.retries >= limit {
            self.abort = Some(Abort::TimedOut);
            self.set_state(TcpState::Closed);
            return;
        }
        self.retries += 1;
        self.rto = (self.rto * 2).min(MAX_RTO);
        self.rtt_probe = None;
        if handshake {
            self.syn_due = true;
            return;
        }
        let mss = usize::from(self.peer_mss);
        self.ssthresh = (self.flight() / 2).max(2 * mss);
        self.cwnd = mss;
        self.recover = self.snd_max;
        self.recovery = None;
        self.dupacks = 0;
        self.rtx_one = false;
        self.snd_nxt = self.snd_una;
    }

    /// Handles an incoming segment addressed to this connection.
    pub fn process(&mut self, seg: &TcpRepr, now: Micros) {
        self.process_cow(Cow::Borrowed(seg), now);
    }

    /// [`Tcb::process`] taking the segment by value: when no received bytes
    /// are waiting, its payload becomes them without a copy.
    pub fn process_owned(&mut self, seg: TcpRepr, now: Micros) {
        self.process_cow(Cow::Owned(seg), now);
    }

    fn process_cow(&mut self, seg: Cow<'_, TcpRepr>, now: Micros) {
        match self.state {
            TcpState::Closed | TcpState::Listen => {}
            TcpState::SynSent => {
                let ack_ok = seg.flags.ack && seg.ack == self.snd_nxt;
                if seg.flags.rst {
                    if ack_ok {
                        self.abort = Some(Abort::Reset);
                        self.set_state(TcpState::Closed);
                    }
                } else if seg.flags.syn && ack_ok {
                    self.rcv_nxt = seg.seq + 1;
                    self.snd_una = seg.ack;
                    self.snd_wnd = usize::from(seg.window);
                    self.peer_mss = seg.mss.unwrap_or(536).min(MSS);
                    self.take_rtt_sample(seg.ack, now);
                    self.rto_at = None;
                    self.retries = 0;
                    self.ack_due = true;
                    self.set_state(TcpState::Established);
                }
            }
            _ => self.process_synchronized(seg, now),
        }
    }

    /// Karn's rule: only a segment sent once gives a sample (a retransmission
    /// clears the probe).
    fn take_rtt_sample(&mut self, ack: SeqNumber, now: Micros) {
        if let Some((end, sent)) = self.rtt_probe {
            if ack >= end {
                self.rtt_probe = None;
                self.rtt_sample(now.saturating_sub(sent).max(1));
            }
        }
    }

    fn process_synchronized(&mut self, mut seg: Cow<'_, TcpRepr>, now: Micros) {
        if seg.flags.rst {
            if seg.seq == self.rcv_nxt {
                self.abort = Some(Abort::Reset);
                self.set_state(TcpState::Closed);
            }
            return;
        }
        if seg.flags.syn {
            // A retransmitted SYN (our SYN-ACK crossed it or was lost) or a
            // duplicate SYN-ACK (our ACK was lost): answer again.
            if self.state == TcpState::SynReceived {
                self.syn_due = true;
            } else {
                self.ack_due = true;
            }
            return;
        }
        if self.state == TcpState::TimeWait && seg.flags.fin {
            // The peer retransmitted its FIN (our last ACK was lost): acknowledge
            // again and restart the 2 MSL wait (RFC 9293 section 3.10.7.4).
            self.ack_due = true;
            self.time_wait_until = Some(now + 2 * MSL);
            return;
        }
        if !seg.flags.ack {
            return;
        }
        if self.state == TcpState::SynReceived {
            if seg.ack != self.snd_nxt {
                return;
            }
            self.snd_una = seg.ack;
            self.take_rtt_sample(seg.ack, now);
            self.rto_at = None;
            self.retries = 0;
            self.set_state(TcpState::Established);
        }
        self.on_ack(&seg, now);
        self.on_payload(&mut seg, now);
    }

    /// The acknowledgment field: new data acknowledged, or a duplicate ACK
    /// (RFC 5681 section 3.2, RFC 6582).
    fn on_ack(&mut self, seg: &TcpRepr, now: Micros) {
        let mss = usize::from(self.peer_mss);
        if seg.ack > self.snd_una && seg.ack <= self.snd_max {
            let mut acked = usize::try_from(seg.ack - self.snd_una).unwrap_or(0);
            let fin_now_acked = self.fin_seq.is_some_and(|f| seg.ack > f);
            if fin_now_acked {
                acked -= 1;
            }
            let acked = acked.min(self.send_buf.len());
            self.send_buf.consume(acked);
            self.snd_una = seg.ack;
            if self.snd_nxt < self.snd_una {
                self.snd_nxt = self.snd_una;
            }
            self.take_rtt_sample(seg.ack, now);
            self.retries = 0;
            self.dupacks = 0;
            match self.recovery {
                Some(point) if seg.ack >= point => {
                    // Full acknowledgment: leave fast recovery.
                    self.recovery = None;
                    self.cwnd = self.ssthresh.max(mss);
                }
                Some(_) => {
                    // Partial acknowledgment: the next hole is lost too.
                    self.rtx_one = true;
                    self.cwnd = self.cwnd.saturating_sub(acked).max(mss) + mss;
                }
                None if self.cwnd < self.ssthresh => {
                    // Slow start by bytes acknowledged (RFC 3465), at most
                    // two segments per ACK: a delayed ACK of two adds two.
                    self.cwnd += acked.min(2 * mss);
                }
                None => {
                    // Congestion avoidance: about one segment per round trip.
                    self.cwnd += (mss * mss / self.cwnd.max(1)).max(1);
                }
            }
            self.rto_at = (self.snd_una != self.snd_max).then_some(now + self.rto);
            if fin_now_acked {
                match self.state {
                    TcpState::FinWait1 => {
                        self.time_wait_until = Some(now + FIN_TIMEOUT);
                        self.set_state(TcpState::FinWait2);
                    }
                    TcpState::Closing => self.enter_time_wait(now),
                    TcpState::LastAck => self.set_state(TcpState::Closed),
                    _ => {}
                }
            }
        } else if seg.ack == self.snd_una
            && seg.payload.is_empty()
            && !seg.flags.fin
            && self.snd_max != self.snd_una
            && usize::from(seg.window) == self.snd_wnd
        {
            self.dupacks += 1;
            if self.recovery.is_some() {
                // Each duplicate ACK means a segment has left the network.
                self.cwnd += mss;
            } else if self.dupacks == DUPACK_THRESHOLD && seg.ack > self.recover + 1 {
                // Fast retransmit, then fast recovery (NewReno).
                self.ssthresh = (self.flight() / 2).max(2 * mss);
                self.cwnd = self.ssthresh + 3 * mss;
                self.recover = self.snd_max;
                self.recovery = Some(self.snd_max);
                self.rtx_one = true;
            }
        }
        self.snd_wnd = usize::from(seg.window);
    }

    /// The payload and FIN: in order, ahead of a gap (kept), or old (dropped).
    fn on_payload(&mut self, seg: &mut Cow<'_, TcpRepr>, now: Micros) {
        if !matches!(
            self.state,
            TcpState::Established | TcpState::FinWait1 | TcpState::FinWait2
        ) {
            // Nothing more may arrive; a retransmitted FIN is acknowledged again.
            if seg.flags.fin && seg.seq + seg.payload.len() < self.rcv_nxt {
                self.ack_due = true;
            }
            return;
        }
        let len = seg.payload.len();
        if len == 0 && !seg.flags.fin {
            return;
        }
        if seg.seq > self.rcv_nxt {
            // Out of order: keep it and say at once what is missing (a duplicate ACK).
            if !self.out_of_order.iter().any(|(s, ..)| *s == seg.seq) {
                let at = self
                    .out_of_order
                    .iter()
                    .position(|(s, ..)| *s > seg.seq)
                    .unwrap_or(self.out_of_order.len());
                self.out_of_order
                    .insert(at, (seg.seq, seg.payload.clone(), seg.flags.fin));
            }
            self.ack_due = true;
            return;
        }
        let end = seg.seq + len + usize::from(seg.flags.fin);
        if end <= self.rcv_nxt {
            // All of it arrived before: acknowledge again, deliver nothing.
            self.ack_due = true;
            return;
        }
        // Starts at or before rcv_nxt: skip what arrived already.
        let skip = usize::try_from(self.rcv_nxt - seg.seq)
            .unwrap_or(0)
            .min(len);
        let filled_gap = !self.out_of_order.is_empty();
        if skip == 0 {
            match seg {
                Cow::Owned(s) if self.received.is_empty() => {
                    self.received = std::mem::take(&mut s.payload);
                }
                _ => self.received.extend_from_slice(&seg.payload),
            }
        } else {
            self.received.extend_from_slice(&seg.payload[skip..]);
        }
        self.rcv_nxt = self.rcv_nxt + (len - skip);
        let mut fin = seg.flags.fin;
        if len > skip && !fin {
            self.data_arrived(now, false);
        }
        // What waited behind the gap may follow now.
        while let Some((s, ..)) = self.out_of_order.first() {
            if *s > self.rcv_nxt || fin {
                break;
            }
            let (s, bytes, f) = self.out_of_order.remove(0);
            let skip = usize::try_from(self.rcv_nxt - s).unwrap_or(0);
            if skip < bytes.len() {
                self.received.extend_from_slice(&bytes[skip..]);
                self.rcv_nxt = self.rcv_nxt + (bytes.len() - skip);
            }
            fin |= f && s + bytes.len() >= self.rcv_nxt;
        }
        if filled_gap {
            self.ack_due = true;
        }
        if fin && !self.peer_fin {
            self.out_of_order.clear();
            self.rcv_nxt = self.rcv_nxt + 1;
            self.peer_fin = true;
            match self.state {
                TcpState::Established => self.set_state(TcpState::CloseWait),
                TcpState::FinWait1 => self.set_state(TcpState::Closing),
                TcpState::FinWait2 => self.enter_time_wait(now),
                _ => {}
            }
            self.data_arrived(now, true);
        }
    }

    fn enter_time_wait(&mut self, now: Micros) {
        self.rto_at = None;
        self.time_wait_until = Some(now + 2 * MSL);
        self.set_state(TcpState::TimeWait);
    }

    fn segment(&self, flags: TcpFlags, seq: SeqNumber) -> TcpRepr {
        TcpRepr {
            src_port: self.local.port(),
            dst_port: self.remote.port(),
            seq,
            ack: if flags.ack {
                self.rcv_nxt
            } else {
                SeqNumber(0)
            },
            flags,
            window: WINDOW,
            mss: None,
            payload: Vec::new(),
        }
    }

    /// Records that `len` units of sequence space left at `seq`: starts the
    /// timer, times a new segment, and forgets the probe a retransmission covers.
    fn sent(&mut self, seq: SeqNumber, len: usize, now: Micros) {
        let end = seq + len;
        if seq < self.snd_max {
            if self.rtt_probe.is_some_and(|(e, _)| e > seq) {
                self.rtt_probe = None;
            }
        } else if self.rtt_probe.is_none() {
            self.rtt_probe = Some((end, now));
        }
        if end > self.snd_max {
            self.snd_max = end;
        }
        if self.rto_at.is_none() {
            self.rto_at = Some(now + self.rto);
        }
    }

    /// The SYN or SYN-ACK, with our MSS.
    fn syn(&mut self, ack: bool, now: Micros) -> TcpRepr {
        let flags = TcpFlags {
            syn: true,
            ack,
            ..Default::default()
        };
        let mut s = self.segment(flags, self.iss);
        s.mss = Some(MSS);
        self.snd_nxt = self.iss + 1;
        self.syn_due = false;
        self.rto_at = None;
        self.sent(self.iss, 1, now);
        s
    }

    /// The data segment at `seq` (at most one MSS, the bytes from there on).
    fn data_segment(&self, seq: SeqNumber, max: usize) -> Option<TcpRepr> {
        let off = usize::try_from(seq - self.snd_una).ok()?;
        let unsent = self.send_buf.len().checked_sub(off)?;
        let len = unsent.min(usize::from(self.peer_mss)).min(max);
        if len == 0 {
            return None;
        }
        let mut s = self.segment(
            TcpFlags {
                ack: true,
                ..Default::default()
            },
            seq,
        );
        s.payload = self.send_buf.get(off..off + len).to_vec();
        s.flags.psh = len == unsent;
        Some(s)
    }

    /// Our FIN, at its place after the last byte.
    fn fin_segment(&self) -> TcpRepr {
        self.segment(
            TcpFlags {
                fin: true,
                ack: true,
                ..Default::default()
            },
            self.snd_una + self.send_buf.len(),
        )
    }

    /// The segments this end wants to transmit now.
    pub fn dispatch(&mut self, now: Micros) -> Vec<TcpRepr> {
        let mut out = Vec::new();
        if self.rst_due {
            self.rst_due = false;
            let s = self.segment(
                TcpFlags {
                    rst: true,
                    ack: true,
                    ..Default::default()
                },
                self.snd_nxt,
            );
            self.set_state(TcpState::Closed);
            return vec![s];
        }
        match self.state {
            TcpState::SynSent if self.syn_due => out.push(self.syn(false, now)),
            TcpState::SynReceived if self.syn_due => out.push(self.syn(true, now)),
            TcpState::Established
            | TcpState::CloseWait
            | TcpState::FinWait1
            | TcpState::LastAck
            | TcpState::Closing => {
                if self.rtx_one {
                    // Fast retransmit or a partial ACK: the first unacknowledged segment again.
                    self.rtx_one = false;
                    let una = self.snd_una;
                    if let Some(s) = self.data_segment(una, usize::MAX) {
                        self.sent(una, s.payload.len(), now);
                        out.push(s);
                    } else if self.fin_seq == Some(una) {
                        out.push(self.fin_segment());
                        self.sent(una, 1, now);
                    }
                }
                let fin_at = self.snd_una + self.send_buf.len();
                loop {
                    let off = usize::try_from(self.snd_nxt - self.snd_una).unwrap_or(0);
                    let room = self.snd_wnd.min(self.cwnd).saturating_sub(off);
                    let Some(s) = self.data_segment(self.snd_nxt, room) else {
                        break;
                    };
                    let len = s.payload.len();
                    self.sent(self.snd_nxt, len, now);
                    self.snd_nxt = self.snd_nxt + len;
                    out.push(s);
                }
                if self.fin_queued && self.snd_nxt == fin_at && !self.fin_acked() {
                    out.push(self.fin_segment());
                    self.fin_seq = Some(fin_at);
                    self.sent(fin_at, 1, now);
                    self.snd_nxt = fin_at + 1;
                }
            }
            _ => {}
        }
        if self.ack_due
            && out.is_empty()
            && !matches!(
                self.state,
                TcpState::SynSent | TcpState::Closed | TcpState::Listen
            )
        {
            out.push(self.segment(
                TcpFlags {
                    ack: true,
                    ..Default::default()
                },
                self.snd_nxt,
            ));
        }
        self.ack_due = false;
        if out.iter().any(|s| s.flags.ack) {
            // The ACK rides on what goes out: nothing is pending any more.
            self.delack_at = None;
            self.unacked_segs = 0;
            self.quick = self.quick.saturating_sub(1);
        }
        if out.iter().any(|s| !s.payload.is_empty())
            && self
                .last_rcv
                .is_some_and(|t| now.saturating_sub(t) < DELACK)
        {
            // A reply soon after receiving: interactive (tcp_event_data_sent).
            self.pingpong = true;
        }
        out
    }
}

/// The bytes a [`Tcb`] has to send, from `snd_una` on: a `Vec` whose first
/// `head` bytes are acknowledged already (dropped lazily, so acknowledging is
/// O(1) and a segment's payload is one slice copy).
#[derive(Clone, Debug, Default)]
struct SendBuffer {
    bytes: Vec<u8>,
    head: usize,
}

impl SendBuffer {
    fn len(&self) -> usize {
        self.bytes.len() - self.head
    }

    fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Bytes `range` counted from the first unacknowledged byte.
    fn get(&self, range: std::ops::Range<usize>) -> &[u8] {
        &self.bytes[self.head + range.start..self.head + range.end]
    }

    /// Drops acknowledged bytes from the front once they are at least half of
    /// the buffer, so each byte is moved at most once on average.
    fn compact(&mut self) {
        if self.head == self.bytes.len() {
            self.bytes.clear();
            self.head = 0;
        } else if self.head > 0 && self.head * 2 >= self.bytes.len() {
            self.bytes.drain(..self.head);
            self.head = 0;
        }
    }

    fn push(&mut self, data: &[u8]) {
        self.compact();
        self.bytes.extend_from_slice(data);
    }

    fn push_owned(&mut self, data: Vec<u8>) {
        self.compact();
        if self.bytes.is_empty() {
            self.bytes = data;
        } else {
            self.bytes.extend_from_slice(&data);
        }
    }

    /// `n` more bytes have been acknowledged.
    fn consume(&mut self, n: usize) {
        self.head += n.min(self.len());
        if self.head == self.bytes.len() {
            self.bytes.clear();
            self.head = 0;
        }
    }
}

/// The reply to a segment that matches no connection and no listener
/// (RFC 9293 section 3.10.7.1): a RST, or nothing if the segment was a RST.
pub fn reset_for(seg: &TcpRepr) -> Option<TcpRepr> {
    if seg.flags.rst {
        return None;
    }
    let mut r = TcpRepr {
        src_port: seg.dst_port,
        dst_port: seg.src_port,
        window: 0,
        ..Default::default()
    };
    if seg.flags.ack {
        r.seq = seg.ack;
        r.flags.rst = true;
    } else {
        r.seq = SeqNumber(0);
        r.ack = seg.seq + seg.seq_len();
        r.flags = TcpFlags {
            rst: true,
            ack: true,
            ..Default::default()
        };
    }
    Some(r)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::net::Ipv4Addr;

    fn addr(last: u8, port: u16) -> SocketAddrV4 {
        SocketAddrV4::new(Ipv4Addr::new(1, 1, 1, last), port)
    }

    /// A client and a server TCB with the handshake driven to `established`.
    fn pair(established: bool) -> (Tcb, Tcb) {
        let mut c = Tcb::connect(
            HostId(0),
            ConnId(0),
            addr(1, 54704),
            addr(2, 21),
            SeqNumber(1000),
        );
        let syn = c.dispatch(0).remove(0);
        let mut s = Tcb::accept(
            HostId(1),
            ConnId(0),
            addr(2, 21),
            addr(1, 54704),
            SeqNumber(5000),
            &syn,
        );
        if established {
            let synack = s.dispatch(0).remove(0);
            c.process(&synack, 1);
            let ack = c.dispatch(1).remove(0);
            s.process(&ack, 2);
            c.take_changes();
            s.take_changes();
        }
        (c, s)
    }

    /// Delivers everything `from` wants to send to `to`, returns the segments.
    fn pump(from: &mut Tcb, to: &mut Tcb, now: Micros) -> Vec<TcpRepr> {
        let segs = from.dispatch(now);
        for s in &segs {
            to.process(s, now);
        }
        segs
    }

    mod closed {
        use super::*;

        #[test]
        fn connect_sends_syn_with_mss() {
            let mut c = Tcb::connect(HostId(0), ConnId(0), addr(1, 1), addr(2, 21), SeqNumber(7));
            assert_eq!(
                c.take_changes(),
                vec![(TcpState::Closed, TcpState::SynSent)]
            );
            let segs = c.dispatch(0);
            assert_eq!(segs.len(), 1);
            assert!(segs[0].flags.syn && !segs[0].flags.ack);
            assert_eq!(segs[0].mss, Some(MSS));
            assert_eq!(segs[0].seq, SeqNumber(7));
        }

        #[test]
        fn unmatched_syn_gets_rst_ack() {
            let syn = TcpRepr {
                seq: SeqNumber(9),
                flags: TcpFlags {
                    syn: true,
                    ..Default::default()
                },
                ..Default::default()
            };
            let r = reset_for(&syn).unwrap();
            assert!(r.flags.rst && r.flags.ack);
            assert_eq!(r.ack, SeqNumber(10));
            assert_eq!(reset_for(&r), None);
        }
    }

    mod listen {
        use super::*;

        #[test]
        fn accept_goes_to_syn_received_and_answers_syn_ack() {
            let (_, mut s) = pair(false);
            assert_eq!(
                s.take_changes(),
                vec![(TcpState::Listen, TcpState::SynReceived)]
            );
            let segs = s.dispatch(0);
            assert!(segs[0].flags.syn && segs[0].flags.ack);
            assert_eq!(segs[0].ack, SeqNumber(1001));
        }
    }

    mod syn_sent {
        use super::*;

        #[test]
        fn syn_ack_establishes_and_is_acked() {
            let (mut c, mut s) = pair(false);
            let synack = s.dispatch(0).remove(0);
            c.process(&synack, 1);
            assert_eq!(c.state(), TcpState::Established);
            let ack = c.dispatch(1);
            assert_eq!(ack.len(), 1);
            assert!(ack[0].flags.ack && !ack[0].flags.syn);
            assert_eq!(ack[0].ack, SeqNumber(5001));
        }

        #[test]
        fn rst_refuses() {
            let (mut c, _) = pair(false);
            let syn = TcpRepr {
                seq: SeqNumber(1000),
                flags: TcpFlags {
                    syn: true,
                    ..Default::default()
                },
                ..Default::default()
            };
            c.process(&reset_for(&syn).unwrap(), 1);
            assert_eq!(c.state(), TcpState::Closed);
            assert_eq!(c.abort(), Some(Abort::Reset));
        }

        #[test]
        fn syn_is_retransmitted_then_abandoned() {
            let (mut c, _) = pair(false);
            assert_eq!(c.poll_at(), Some(INITIAL_RTO));
            c.on_timer(INITIAL_RTO);
            assert_eq!(c.dispatch(INITIAL_RTO).len(), 1);
            assert_eq!(c.poll_at(), Some(3 * INITIAL_RTO));
            c.on_timer(3 * INITIAL_RTO);
            assert_eq!(c.dispatch(3 * INITIAL_RTO)[0].seq, SeqNumber(1000));
            c.on_timer(7 * INITIAL_RTO);
            assert_eq!(c.state(), TcpState::Closed);
            assert_eq!(c.abort(), Some(Abort::TimedOut));
        }
    }

    mod syn_received {
        use super::*;

        #[test]
        fn ack_of_syn_establishes() {
            let (mut c, mut s) = pair(false);
            pump(&mut s, &mut c, 1);
            pump(&mut c, &mut s, 2);
            assert_eq!(s.state(), TcpState::Established);
        }
    }

    mod established {
        use super::*;

        #[test]
        fn data_is_cut_to_mss_and_acked() {
            let (mut c, mut s) = pair(true);
            let data = vec![7u8; 4000];
            s.send(&data);
            let segs = pump(&mut s, &mut c, 10);
            assert_eq!(
                segs.iter().map(|s| s.payload.len()).collect::<Vec<_>>(),
                vec![1460, 1460, 1080]
            );
            assert!(segs[2].flags.psh && !segs[0].flags.psh);
            assert_eq!(c.take_received(), data);
            let acks = pump(&mut c, &mut s, 11);
            assert_eq!(acks.len(), 1);
            assert!(s.all_acked());
        }

        #[test]
        fn window_limits_flight() {
            let (mut c, mut s) = pair(true);
            s.send(&vec![1u8; 20_000]);
            let segs = s.dispatch(0);
            assert_eq!(segs.len(), 3, "initial window of three segments");
            for seg in &segs {
                c.process(seg, 1);
            }
            let acks = pump(&mut c, &mut s, 2);
            assert_eq!(acks.len(), 1, "one ACK for the three segments");
            assert_eq!(
                s.dispatch(3).len(),
                5,
                "cwnd grew by the bytes acknowledged, at most two segments per ACK"
            );
        }

        #[test]
        fn duplicate_segment_is_reacked_not_redelivered() {
            let (mut c, mut s) = pair(true);
            s.send(b"hello");
            let seg = s.dispatch(0).remove(0);
            c.process(&seg, 1);
            c.dispatch(1);
            c.process(&seg, 2);
            assert_eq!(c.take_received(), b"hello");
            assert_eq!(c.dispatch(2).len(), 1);
        }

        #[test]
        fn close_sends_fin_after_data() {
            let (_, mut s) = pair(true);
            s.send(b"bye");
            s.close();
            assert_eq!(s.state(), TcpState::FinWait1);
            let segs = s.dispatch(0);
            assert_eq!(segs.len(), 2);
            assert!(!segs[0].flags.fin && segs[1].flags.fin);
            assert_eq!(segs[1].seq, segs[0].seq + 3);
        }
    }

    mod send_buffer {
        use super::*;

        #[test]
        fn keeps_unacknowledged_bytes_in_order_across_compaction() {
            let mut b = SendBuffer::default();
            b.push(b"abcdef");
            b.consume(2);
            assert_eq!((b.len(), b.get(0..4)), (4, &b"cdef"[..]));
            b.consume(2); // four of six acknowledged: compacted on the next push
            b.push(b"gh");
            assert_eq!(b.head, 0);
            assert_eq!(b.get(0..b.len()), b"efgh");
            b.consume(10);
            assert!(b.is_empty() && b.bytes.is_empty());
            b.push_owned(b"whole file".to_vec());
            b.push_owned(b"!".to_vec());
            assert_eq!(b.get(0..b.len()), b"whole file!");
        }
    }

    mod fin_wait {
        use super::*;

        #[test]
        fn orderly_close_active_side() {
            let (mut c, mut s) = pair(true);
            s.close();
            pump(&mut s, &mut c, 0);
            assert_eq!(c.state(), TcpState::CloseWait);
            assert!(
                c.dispatch(1).is_empty(),
                "the FIN waits for the application's close"
            );
            c.close();
            assert_eq!(c.state(), TcpState::LastAck);
            let fin = pump(&mut c, &mut s, 2);
            assert_eq!(fin.len(), 1, "FIN+ACK acknowledges the peer's FIN");
            assert!(fin[0].flags.fin && fin[0].flags.ack);
            assert_eq!(s.state(), TcpState::TimeWait);
            pump(&mut s, &mut c, 3);
            assert_eq!(c.state(), TcpState::Closed);
            s.on_timer(3 + 2 * MSL);
            assert_eq!(s.state(), TcpState::Closed);
        }

        #[test]
        fn a_fin_left_alone_is_acked_after_the_delay() {
            let (mut c, mut s) = pair(true);
            s.close();
            pump(&mut s, &mut c, 0);
            assert_eq!(c.poll_at(), Some(DELACK));
            c.on_timer(DELACK);
            let ack = pump(&mut c, &mut s, DELACK);
            assert_eq!(ack.len(), 1);
            assert!(ack[0].flags.ack && !ack[0].flags.fin);
            assert_eq!(s.state(), TcpState::FinWait2);
            assert_eq!(c.poll_at(), None);
        }

        #[test]
        fn simultaneous_close_goes_through_closing() {
            let (mut c, mut s) = pair(true);
            s.close();
            c.close();
            let from_s = s.dispatch(0);
            let from_c = c.dispatch(0);
            for seg in &from_s {
                c.process(seg, 1);
            }
            for seg in &from_c {
                s.process(seg, 1);
            }
            assert_eq!(s.state(), TcpState::Closing);
            pump(&mut s, &mut c, 2);
            pump(&mut c, &mut s, 2);
            assert_eq!(s.state(), TcpState::TimeWait);
            assert_eq!(c.state(), TcpState::TimeWait);
        }
    }

    /// Delayed ACKs as Linux sends them (see the module documentation).
    mod delayed_ack {
        use super::*;

        /// `from` sends `n` bytes, `to` receives them at `now`.
        fn deliver(from: &mut Tcb, to: &mut Tcb, n: usize, now: Micros) -> Vec<TcpRepr> {
            from.send(&vec![b'x'; n]);
            pump(from, to, now)
        }

        /// A command answered at once (the server is now interactive), then a
        /// second command at 100 ms: its ACK waits to ride on the reply.
        fn a_command_waits_for_its_ack() -> (Tcb, Tcb) {
            let (mut c, mut s) = pair(true);
            deliver(&mut c, &mut s, 10, 0);
            s.dispatch(0);
            deliver(&mut s, &mut c, 20, 1_000);
            c.dispatch(1_000);
            deliver(&mut c, &mut s, 10, 100_000);
            assert!(s.dispatch(100_000).is_empty(), "not acknowledged alone");
            (c, s)
        }

        #[test]
        fn the_first_segments_are_acked_at_once() {
            let (mut c, mut s) = pair(true);
            deliver(&mut s, &mut c, 20, 0);
            let ack = c.dispatch(0);
            assert_eq!(ack.len(), 1, "quick ACK");
            assert!(ack[0].payload.is_empty());
        }

        #[test]
        fn an_answer_within_the_delay_carries_the_ack() {
            // The next command is not acknowledged alone ...
            let (mut c, mut s) = a_command_waits_for_its_ack();
            assert_eq!(s.poll_at(), Some(100_000 + DELACK));
            // ... its ACK rides on the reply.
            let reply = deliver(&mut s, &mut c, 20, 110_000);
            assert_eq!(reply.len(), 1);
            assert!(reply[0].flags.ack && reply[0].ack == s.rcv_nxt);
            assert_eq!(s.delack_at, None, "no delayed ACK left");
            assert_eq!(
                s.poll_at(),
                Some(110_000 + s.rto()),
                "only the reply's timer"
            );
        }

        #[test]
        fn a_missed_delay_sends_a_pure_ack_and_ends_interactive_mode() {
            let (_, mut s) = a_command_waits_for_its_ack();
            s.on_timer(100_000 + DELACK);
            let ack = s.dispatch(100_000 + DELACK);
            assert_eq!(ack.len(), 1);
            assert!(ack[0].payload.is_empty() && ack[0].flags.ack);
            assert!(!s.pingpong);
        }

        #[test]
        fn a_second_unacked_segment_is_acked_at_once() {
            let (mut c, mut s) = a_command_waits_for_its_ack();
            deliver(&mut c, &mut s, 10, 110_000);
            assert_eq!(s.dispatch(110_000).len(), 1);
        }

        #[test]
        fn an_idle_gap_restarts_quick_acks() {
            let (mut c, mut s) = pair(true);
            deliver(&mut s, &mut c, 20, 0);
            c.dispatch(0);
            deliver(&mut s, &mut c, 20, 10_000 + QUICKACK_IDLE);
            assert_eq!(c.dispatch(10_000 + QUICKACK_IDLE).len(), 1);
        }
    }

    mod close_wait {
        use super::*;

        #[test]
        fn may_still_send_then_last_ack() {
            let (mut c, mut s) = pair(true);
            s.close();
            pump(&mut s, &mut c, 0);
            assert!(c.peer_closed() && c.can_send());
            c.send(b"late");
            c.close();
            let segs = pump(&mut c, &mut s, 1);
            assert_eq!(segs.len(), 2);
            assert_eq!(s.take_received(), b"late");
        }
    }

    mod time_wait {
        use super::*;

        #[test]
        fn retransmitted_fin_is_reacked() {
            let (mut c, mut s) = pair(true);
            s.close();
            let fin = s.dispatch(0).remove(0);
            c.process(&fin, 1);
            c.close();
            let fin_c = c.dispatch(2);
            for g in &fin_c {
                s.process(g, 2);
            }
            assert_eq!(s.state(), TcpState::TimeWait);
            s.dispatch(2);
            let until = s.poll_at();
            assert!(until.is_some());
            // S1's ACK was lost: H1's timer fires and its FIN goes again.
            let at = c.poll_at().unwrap();
            c.on_timer(at);
            let again = c.dispatch(at);
            assert_eq!(again, fin_c, "the same FIN");
            for g in &again {
                s.process(g, at);
            }
            assert_eq!(s.dispatch(at).len(), 1, "FIN re-acknowledged");
            assert!(s.poll_at() > until, "2 MSL restarted");
        }
    }
}
