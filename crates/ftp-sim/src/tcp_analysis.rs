//! Wireshark's TCP sequence analysis ("expert info"), frame by frame.
//!
//! The packet list, the display filter and the inspector mark retransmissions,
//! duplicate ACKs and the rest exactly as Wireshark 4.0 does on the exported
//! capture, so that what the page says and what tshark says agree packet for
//! packet (`tests/wireshark.rs` holds them together). The rules follow
//! `tcp_analyze_sequence_number()` in Wireshark's `epan/dissectors/packet-tcp.c`
//! (4.0), in its order; they look only at what a capture shows (raw sequence
//! and acknowledgment numbers, lengths, flags, windows, times), never at the
//! model's own knowledge of what was lost.
//!
//! Left out because the model never produces them: zero-window probes, window
//! scaling, and port reuse.

use std::fmt::Write as _;

use crate::analysis;
use crate::timeline::{Micros, Segment, Timeline};
use crate::wire::SeqNumber;

/// One frame's analysis flags (Wireshark's `TCP_A_*` bits).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct TcpAnalysis {
    flags: u16,
    /// The duplicate ACK's number (`tcp.analysis.duplicate_ack_num`).
    pub dupack_num: u32,
    /// The frame it duplicates (`tcp.analysis.duplicate_ack_frame`).
    pub dupack_frame: u32,
}

/// The flags, as Wireshark names their fields (`tcp.analysis.<name>`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Flag {
    Retransmission,
    FastRetransmission,
    SpuriousRetransmission,
    OutOfOrder,
    LostSegment,
    AckLostSegment,
    DuplicateAck,
    KeepAlive,
    KeepAliveAck,
    WindowUpdate,
    WindowFull,
    ZeroWindow,
}

impl Flag {
    pub const ALL: [Flag; 12] = [
        Flag::Retransmission,
        Flag::FastRetransmission,
        Flag::SpuriousRetransmission,
        Flag::OutOfOrder,
        Flag::LostSegment,
        Flag::AckLostSegment,
        Flag::DuplicateAck,
        Flag::KeepAlive,
        Flag::KeepAliveAck,
        Flag::WindowUpdate,
        Flag::WindowFull,
        Flag::ZeroWindow,
    ];

    fn bit(self) -> u16 {
        1 << (self as u16)
    }

    /// The field name after `tcp.analysis.`.
    pub fn name(self) -> &'static str {
        match self {
            Flag::Retransmission => "retransmission",
            Flag::FastRetransmission => "fast_retransmission",
            Flag::SpuriousRetransmission => "spurious_retransmission",
            Flag::OutOfOrder => "out_of_order",
            Flag::LostSegment => "lost_segment",
            Flag::AckLostSegment => "ack_lost_segment",
            Flag::DuplicateAck => "duplicate_ack",
            Flag::KeepAlive => "keep_alive",
            Flag::KeepAliveAck => "keep_alive_ack",
            Flag::WindowUpdate => "window_update",
            Flag::WindowFull => "window_full",
            Flag::ZeroWindow => "zero_window",
        }
    }
}

impl TcpAnalysis {
    fn set(&mut self, f: Flag) {
        self.flags |= f.bit();
    }

    fn raw(&self, f: Flag) -> bool {
        self.flags & f.bit() != 0
    }

    /// Whether the field `tcp.analysis.<f>` is present. A fast or spurious
    /// retransmission is also a retransmission, as in Wireshark.
    pub fn has(&self, f: Flag) -> bool {
        match f {
            Flag::Retransmission => {
                self.raw(Flag::Retransmission)
                    || self.raw(Flag::FastRetransmission)
                    || self.raw(Flag::SpuriousRetransmission)
            }
            _ => self.raw(f),
        }
    }

    /// `tcp.analysis.flags`: any flag at all.
    pub fn any(&self) -> bool {
        self.flags != 0
    }

    /// Wireshark's "Bad TCP" colouring rule: any flag but a window update or a keep-alive.
    pub fn bad(&self) -> bool {
        let benign = Flag::WindowUpdate.bit() | Flag::KeepAlive.bit() | Flag::KeepAliveAck.bit();
        self.flags & !benign != 0
    }

    /// Wireshark does not hand a retransmitted or out-of-order segment to
    /// FTP (its "Do not call subdissectors for error packets" default): the
    /// packet list shows it as TCP.
    pub fn hides_payload(&self) -> bool {
        self.raw(Flag::Retransmission)
            || self.raw(Flag::OutOfOrder)
            || self.raw(Flag::SpuriousRetransmission)
    }

    /// The Info column's prefix (`[TCP Retransmission] `, `[TCP Dup ACK 9#1] `, …),
    /// in Wireshark's order.
    pub fn info_prefix(&self, frame_of_dup: u32) -> String {
        // Wireshark prints these in this order, each put in front of the ones before.
        let fixed = [
            (Flag::Retransmission, "[TCP Retransmission] "),
            (Flag::FastRetransmission, "[TCP Fast Retransmission] "),
            (
                Flag::SpuriousRetransmission,
                "[TCP Spurious Retransmission] ",
            ),
            (Flag::OutOfOrder, "[TCP Out-Of-Order] "),
            (Flag::LostSegment, "[TCP Previous segment not captured] "),
            (Flag::AckLostSegment, "[TCP ACKed unseen segment] "),
            (Flag::WindowUpdate, "[TCP Window Update] "),
            (Flag::WindowFull, "[TCP Window Full] "),
            (Flag::KeepAlive, "[TCP Keep-Alive] "),
            (Flag::KeepAliveAck, "[TCP Keep-Alive ACK] "),
        ];
        let mut parts: Vec<String> = fixed
            .iter()
            .filter(|(f, _)| self.raw(*f))
            .map(|(_, text)| text.to_string())
            .collect();
        if self.raw(Flag::DuplicateAck) {
            let mut s = String::new();
            let _ = write!(s, "[TCP Dup ACK {}#{}] ", frame_of_dup, self.dupack_num);
            parts.push(s);
        }
        if self.raw(Flag::ZeroWindow) {
            parts.push("[TCP ZeroWindow] ".to_string());
        }
        parts.iter().rev().map(String::as_str).collect()
    }
}

/// What Wireshark keeps per direction of a connection.
#[derive(Clone, Copy, Debug)]
struct Dir {
    nextseq: u32,
    nextseqtime: Micros,
    maxseqtobeacked: u32,
    lastack: u32,
    lastacktime: Micros,
    /// The raw window of this direction's last frame; `u32::MAX` before any.
    window: u32,
    dupacknum: i64,
    lastnondupack: u32,
    lastsegmentflags: u16,
    /// A SYN without window scaling was seen: the window is known unscaled.
    win_known: bool,
}

impl Default for Dir {
    fn default() -> Self {
        Dir {
            nextseq: 0,
            nextseqtime: 0,
            maxseqtobeacked: 0,
            lastack: 0,
            lastacktime: 0,
            window: u32::MAX,
            dupacknum: 0,
            lastnondupack: 0,
            lastsegmentflags: 0,
            win_known: false,
        }
    }
}

#[derive(Clone, Copy, Debug, Default)]
struct Conv {
    dirs: [Dir; 2],
    first_rtt: Option<Micros>,
    mru_syn: Option<Micros>,
}

fn gt(a: u32, b: u32) -> bool {
    SeqNumber(a) > SeqNumber(b)
}

fn lt(a: u32, b: u32) -> bool {
    SeqNumber(a) < SeqNumber(b)
}

fn le(a: u32, b: u32) -> bool {
    !gt(a, b)
}

/// The fast-retransmission window: the other side's last frame was less than this ago.
const FAST_RTX_WINDOW: Micros = 20_000;
/// The out-of-order threshold when the handshake's round trip is unknown.
const OOO_DEFAULT: Micros = 3_000;

/// The analysis of every segment of `t`, in frame order (index = frame − 1).
pub fn analyze(t: &Timeline) -> Vec<TcpAnalysis> {
    let mut convs = vec![Conv::default(); t.connections.len()];
    let mut out = Vec::new();
    for (i, s) in t.segments() {
        let now = t.events[i].at;
        let k = usize::from(s.conn.0);
        let (Some(c), Some(conv)) = (t.connections.get(k), convs.get_mut(k)) else {
            out.push(TcpAnalysis::default());
            continue;
        };
        let d = analysis::dir(c, s);
        out.push(one(conv, d, s, now));
    }
    out
}

fn one(conv: &mut Conv, d: usize, s: &Segment, now: Micros) -> TcpAnalysis {
    let mut ta = TcpAnalysis::default();
    let (seq, ack) = (s.seq, s.ack);
    let seglen = s.payload.len() as u32;
    let window = u32::from(s.window);
    let f = s.flags;
    let syn_fin_rst = f.syn || f.fin || f.rst;
    let (fwd, rev) = {
        let [a, b] = &mut conv.dirs;
        if d == 0 {
            (a, b)
        } else {
            (b, a)
        }
    };
    let mut finished = false;
    // 2: zero window.
    if window == 0 && !(f.rst || f.fin || f.syn) {
        ta.set(Flag::ZeroWindow);
    }
    // 3: a segment beyond what was seen: the one before it was not captured.
    if fwd.nextseq != 0 && gt(seq, fwd.nextseq) && !f.rst {
        ta.set(Flag::LostSegment);
    }
    // 4: keep-alive.
    if (seglen == 0 || seglen == 1) && seq == fwd.nextseq.wrapping_sub(1) && !syn_fin_rst {
        ta.set(Flag::KeepAlive);
    }
    // 5: window update.
    if seglen == 0
        && window != 0
        && window != fwd.window
        && seq == fwd.nextseq
        && ack == fwd.lastack
        && !syn_fin_rst
    {
        ta.set(Flag::WindowUpdate);
    }
    // 6: window full.
    if seglen > 0
        && rev.win_known
        && seq.wrapping_add(seglen) == rev.lastack.wrapping_add(rev.window)
        && !syn_fin_rst
    {
        ta.set(Flag::WindowFull);
    }
    let same_ack = seglen == 0
        && window != 0
        && window == fwd.window
        && seq == fwd.nextseq
        && ack == fwd.lastack
        && !syn_fin_rst;
    // 7: keep-alive ACK.
    if same_ack && rev.lastsegmentflags & Flag::KeepAlive.bit() != 0 {
        ta.set(Flag::KeepAliveAck);
        finished = true;
    }
    // 9: duplicate ACK.
    if !finished && same_ack {
        fwd.dupacknum = if fwd.dupacknum == -1 {
            1
        } else {
            fwd.dupacknum + 1
        };
        ta.set(Flag::DuplicateAck);
        ta.dupack_num = fwd.dupacknum.max(0) as u32;
        ta.dupack_frame = fwd.lastnondupack;
    }
    // 10a: a new acknowledgment number resets the count.
    if ack != fwd.lastack {
        fwd.lastnondupack = s.frame;
        fwd.dupacknum = 0;
    }
    // 10b: an ACK for something never seen.
    if rev.maxseqtobeacked != 0 && gt(ack, rev.maxseqtobeacked) && f.ack {
        if lt(rev.maxseqtobeacked, rev.nextseq) {
            rev.maxseqtobeacked = rev.nextseq;
            ta.set(Flag::AckLostSegment);
        } else {
            if rev.dupacknum == 0 {
                ta.set(Flag::AckLostSegment);
            }
            rev.dupacknum = -1;
        }
    }
    // 10c: retransmissions.
    if (seglen > 0 || f.syn || f.fin) && !ta.raw(Flag::KeepAlive) {
        let mut not_adv = fwd.nextseq != 0 && lt(seq, fwd.nextseq);
        if seglen > 1 && fwd.nextseq.wrapping_sub(1) == seq {
            not_adv = false;
        }
        let ooo_thres = conv.first_rtt.unwrap_or(OOO_DEFAULT);
        let plus = u32::from(f.syn || f.fin);
        if seglen > 0 && rev.lastack != 0 && le(seq.wrapping_add(seglen), rev.lastack) {
            ta.set(Flag::SpuriousRetransmission);
        } else if not_adv
            && rev.dupacknum >= 2
            && rev.lastack == seq
            && now.saturating_sub(rev.lastacktime) < FAST_RTX_WINDOW
        {
            ta.set(Flag::FastRetransmission);
        } else if not_adv
            && now.saturating_sub(fwd.nextseqtime) < ooo_thres
            && fwd.nextseq != seq.wrapping_add(seglen).wrapping_add(plus)
        {
            ta.set(Flag::OutOfOrder);
        } else if not_adv {
            ta.set(Flag::Retransmission);
        }
    }
    // 11: remember.
    let mut nxt = seq.wrapping_add(seglen);
    if f.syn || f.fin {
        nxt = nxt.wrapping_add(1);
    }
    if gt(nxt, fwd.nextseq) || fwd.nextseq == 0 {
        fwd.nextseq = nxt;
        fwd.nextseqtime = now;
    }
    if seq == fwd.maxseqtobeacked || fwd.maxseqtobeacked == 0 {
        fwd.maxseqtobeacked = fwd.nextseq;
    }
    fwd.window = window;
    fwd.lastack = ack;
    fwd.lastacktime = now;
    fwd.lastsegmentflags = ta.flags;
    if f.syn {
        // No window-scale option: the window is known, unscaled.
        fwd.win_known = true;
    }
    // The handshake's round trip: the last pure SYN to the first ACK without SYN.
    if f.ack && !f.syn && conv.first_rtt.is_none() {
        if let Some(t0) = conv.mru_syn {
            conv.first_rtt = Some(now.saturating_sub(t0));
        }
    }
    if f.syn && !f.ack {
        conv.mru_syn = Some(now);
    }
    ta
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{simulate, FaultRule, Scenario};

    fn flags_of(t: &Timeline) -> Vec<(u32, Vec<&'static str>)> {
        analyze(t)
            .iter()
            .zip(t.segments())
            .filter(|(a, _)| a.any())
            .map(|(a, (_, s))| {
                let names = Flag::ALL
                    .iter()
                    .filter(|f| a.has(**f))
                    .map(|f| f.name())
                    .collect();
                (s.frame, names)
            })
            .collect()
    }

    #[test]
    fn a_clean_session_has_no_flags() {
        let t = simulate(&Scenario::seed_active(), 1);
        assert_eq!(flags_of(&t), vec![]);
    }

    #[test]
    fn a_lost_data_segment_shows_dup_acks_and_a_retransmission() {
        let mut s = Scenario::by_id("large").unwrap();
        s.faults.rules.push(FaultRule::parse("S1 data 5").unwrap());
        let t = simulate(&s, 1);
        let f = flags_of(&t);
        assert!(f.iter().any(|(_, n)| n.contains(&"duplicate_ack")), "{f:?}");
        assert!(
            f.iter()
                .any(|(_, n)| n.contains(&"fast_retransmission") && n.contains(&"retransmission")),
            "{f:?}"
        );
        assert!(!f.iter().any(|(_, n)| n.contains(&"lost_segment")), "{f:?}");
    }
}
