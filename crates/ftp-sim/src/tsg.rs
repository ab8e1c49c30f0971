//! The time-sequence graph of a connection (Stevens' and tcptrace's, which
//! Wireshark draws as "TCP Stream Graphs → tcptrace"): the bytes a sender put
//! on the wire against time, with the receiver's ACK line and the edge of its
//! receive window above it.
//!
//! Only the data is here; the app draws it (`src/deeper/tsg.rs`). Byte
//! positions are relative to the direction's first data byte (Wireshark's
//! relative sequence number minus the SYN's one), so the seed's file is bytes
//! 0–3584. Retransmissions are Wireshark's ([`crate::tcp_analysis`], what a
//! capture shows); a point is lost when the network never delivered it (what
//! the model knows and a capture at the sender would not).

use crate::analysis;
use crate::tcp_analysis::{self, Flag, TcpAnalysis};
use crate::timeline::{Channel, ConnId, HostId, Micros, Timeline};

/// One segment that carried data: a vertical mark from `start` to `end`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DataPoint {
    /// Index of the segment in [`Timeline::events`].
    pub event: usize,
    /// Wireshark's "No.".
    pub frame: u32,
    /// When it left the sender.
    pub at: Micros,
    /// The first byte it carries (0 for the direction's first data byte).
    pub start: u32,
    /// One past its last byte.
    pub end: u32,
    /// Wireshark calls it a retransmission (plain, fast or spurious).
    pub retransmission: bool,
    /// The network never delivered it.
    pub lost: bool,
}

/// One acknowledgment from the receiver: a step of the ACK line and of the
/// window line above it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AckPoint {
    pub event: usize,
    pub frame: u32,
    pub at: Micros,
    /// The next byte the receiver expects (bytes below it have arrived).
    pub ack: u32,
    /// One past the last byte the receiver will take: `ack` + its window.
    pub window: u32,
    /// Wireshark calls it a duplicate ACK.
    pub duplicate: bool,
    /// The network never delivered it.
    pub lost: bool,
}

/// The graph of one direction of a connection: the one that carried the most data.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TimeSequence {
    pub conn: ConnId,
    /// Who sent the data (S1 for a download, H1 for an upload).
    pub sender: HostId,
    /// Who acknowledged it.
    pub receiver: HostId,
    /// Every segment with data from the sender, in frame order.
    pub data: Vec<DataPoint>,
    /// Every segment from the receiver with the ACK flag, in frame order.
    pub acks: Vec<AckPoint>,
}

impl Default for TimeSequence {
    /// No points: the graph of a connection that does not exist.
    fn default() -> Self {
        TimeSequence {
            conn: ConnId(0),
            sender: HostId(0),
            receiver: HostId(0),
            data: Vec::new(),
            acks: Vec::new(),
        }
    }
}

impl TimeSequence {
    /// The time span of the points, `(first, last)`; `(0, 0)` when there are none.
    pub fn span(&self) -> (Micros, Micros) {
        let times = self
            .data
            .iter()
            .map(|d| d.at)
            .chain(self.acks.iter().map(|a| a.at));
        let (lo, hi) = times.fold((Micros::MAX, 0), |(lo, hi), t| (lo.min(t), hi.max(t)));
        if lo > hi {
            (0, 0)
        } else {
            (lo, hi)
        }
    }

    /// One past the highest byte sent.
    pub fn max_end(&self) -> u32 {
        self.data.iter().map(|d| d.end).max().unwrap_or(0)
    }

    /// The highest byte acknowledged.
    pub fn max_ack(&self) -> u32 {
        self.acks.iter().map(|a| a.ack).max().unwrap_or(0)
    }

    /// The highest edge of the receive window.
    pub fn max_window(&self) -> u32 {
        self.acks.iter().map(|a| a.window).max().unwrap_or(0)
    }
}

/// The data connections of `t` that carried at least one byte, in the order
/// they opened: the ones worth a graph.
pub fn data_connections(t: &Timeline) -> Vec<ConnId> {
    let mut carried = vec![false; t.connections.len()];
    for (_, s) in t.segments() {
        if !s.payload.is_empty() {
            if let Some(c) = carried.get_mut(usize::from(s.conn.0)) {
                *c = true;
            }
        }
    }
    t.connections
        .iter()
        .filter(|c| c.channel == Channel::Data && carried[usize::from(c.id.0)])
        .map(|c| c.id)
        .collect()
}

/// The time-sequence graph of `conn`, in the direction that carried more
/// bytes (the server's when neither did).
pub fn time_sequence(t: &Timeline, conn: ConnId) -> TimeSequence {
    time_sequence_with(t, conn, &tcp_analysis::analyze(t))
}

/// [`time_sequence`] with the analysis already made (`tcp_analysis::analyze(t)`,
/// index = frame − 1).
pub fn time_sequence_with(t: &Timeline, conn: ConnId, flags: &[TcpAnalysis]) -> TimeSequence {
    let Some(c) = t.connections.get(usize::from(conn.0)) else {
        return TimeSequence::default();
    };
    let segments = || t.segments().filter(|(_, s)| s.conn == conn);
    let mut bytes = [0u64; 2];
    let mut hosts = [None; 2];
    for (_, s) in segments() {
        let d = analysis::dir(c, s);
        bytes[d] += s.payload.len() as u64;
        hosts[d].get_or_insert((s.from, s.to));
    }
    // 0 is the FTP client's direction: it sends only for an upload.
    let d = usize::from(bytes[0] <= bytes[1]);
    let (sender, receiver) = hosts[d]
        .or(hosts[1 - d].map(|(a, b)| (b, a)))
        .unwrap_or((HostId(0), HostId(0)));
    let bases = analysis::bases(t, conn);
    let mut out = TimeSequence {
        conn,
        sender,
        receiver,
        ..TimeSequence::default()
    };
    for (i, s) in segments() {
        let at = t.events[i].at;
        let ta = flags
            .get(s.frame.wrapping_sub(1) as usize)
            .copied()
            .unwrap_or_default();
        let (seq, ack) = analysis::relative(c, bases, s);
        if analysis::dir(c, s) == d {
            if s.payload.is_empty() {
                continue;
            }
            // Relative numbers start at 1, after the SYN.
            let start = seq.wrapping_sub(1);
            out.data.push(DataPoint {
                event: i,
                frame: s.frame,
                at,
                start,
                end: start.wrapping_add(s.payload.len() as u32),
                retransmission: ta.has(Flag::Retransmission),
                lost: !s.delivered,
            });
        } else if s.flags.ack {
            let ack = ack.saturating_sub(1);
            out.acks.push(AckPoint {
                event: i,
                frame: s.frame,
                at,
                ack,
                window: ack.saturating_add(u32::from(s.window)),
                duplicate: ta.has(Flag::DuplicateAck),
                lost: !s.delivered,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{simulate, FaultRule, Scenario};

    #[test]
    fn the_seed_sends_three_segments_and_the_ack_line_follows() {
        let t = simulate(&Scenario::seed_active(), 1);
        let conns = data_connections(&t);
        assert_eq!(conns.len(), 1);
        let g = time_sequence(&t, conns[0]);
        assert_eq!(t.host(g.sender).name, "S1");
        assert_eq!(t.host(g.receiver).name, "H1");
        let ranges: Vec<(u32, u32)> = g.data.iter().map(|d| (d.start, d.end)).collect();
        assert_eq!(ranges, [(0, 1460), (1460, 2920), (2920, 3584)]);
        assert!(g.data.iter().all(|d| !d.retransmission && !d.lost));
        // Frames and times are the packet list's.
        assert_eq!(g.data[0].frame, 28);
        assert_eq!(g.data[0].at, t.events[g.data[0].event].at);
        // H1's SYN-ACK expects byte 0; then each ACK moves the line up, to
        // the FIN's (one past the file).
        let acks: Vec<u32> = g.acks.iter().map(|a| a.ack).collect();
        assert_eq!(acks.first(), Some(&0));
        assert!(acks.windows(2).all(|w| w[0] <= w[1]), "{acks:?}");
        assert!(acks.contains(&1460) && acks.contains(&3584), "{acks:?}");
        assert!(g.acks.iter().all(|a| a.window == a.ack + 65535));
        assert_eq!(g.max_end(), 3584);
        assert!(g.max_ack() >= 3584);
        let (lo, hi) = g.span();
        assert!(lo < g.data[0].at && g.data[2].at < hi);
    }

    #[test]
    fn a_lost_segment_is_marked_and_its_retransmission_is_wiresharks() {
        let mut s = Scenario::seed_active();
        s.faults.rules.push(FaultRule::parse("S1 data 2").unwrap());
        let t = simulate(&s, 1);
        let g = time_sequence(&t, data_connections(&t)[0]);
        let lost: Vec<(u32, u32)> = g
            .data
            .iter()
            .filter(|d| d.lost)
            .map(|d| (d.start, d.end))
            .collect();
        assert_eq!(lost, [(1460, 2920)]);
        let again: Vec<&DataPoint> = g.data.iter().filter(|d| d.retransmission).collect();
        assert_eq!(again.len(), 1, "{:?}", g.data);
        assert_eq!((again[0].start, again[0].end), (1460, 2920));
        assert!(!again[0].lost);
        // The same frames the packet list marks.
        let rows = crate::view::rows(&t);
        let marked: Vec<u32> = rows
            .iter()
            .filter(|r| r.analysis.has(Flag::Retransmission))
            .map(|r| r.frame)
            .collect();
        assert_eq!(marked, [again[0].frame]);
        // The receiver asked again for byte 1460: duplicate ACKs.
        assert!(g.acks.iter().any(|a| a.duplicate && a.ack == 1460));
    }

    #[test]
    fn the_lossy_lesson_shows_the_hole_and_its_fast_retransmission() {
        let t = simulate(&Scenario::lossy(), 1);
        let g = time_sequence(&t, data_connections(&t)[0]);
        let lost: Vec<&DataPoint> = g.data.iter().filter(|d| d.lost).collect();
        let again: Vec<&DataPoint> = g.data.iter().filter(|d| d.retransmission).collect();
        assert_eq!((lost.len(), again.len()), (1, 1), "{:?}", g.data);
        assert_eq!((lost[0].start, lost[0].end), (again[0].start, again[0].end));
        assert!(lost[0].at < again[0].at);
        // The receiver kept asking for the hole: duplicate ACKs at its start.
        let dups = g
            .acks
            .iter()
            .filter(|a| a.duplicate && a.ack == lost[0].start)
            .count();
        assert!(
            dups >= 3,
            "fast retransmit after three duplicate ACKs: {dups}"
        );
        // H1's lost ACK is still on the line: it is what H1 had received.
        assert!(g.acks.iter().any(|a| a.lost));
        assert_eq!(g.max_end(), 10_000);
    }

    #[test]
    fn an_upload_is_drawn_from_the_client() {
        let t = simulate(&Scenario::two_pcs(), 1);
        let ups: Vec<TimeSequence> = data_connections(&t)
            .into_iter()
            .map(|c| time_sequence(&t, c))
            .filter(|g| t.host(g.sender).name == "H1")
            .collect();
        assert_eq!(ups.len(), 1, "H1 puts one file");
        assert!(!ups[0].data.is_empty());
        assert_eq!(ups[0].data[0].start, 0);
    }

    #[test]
    fn the_large_file_fills_the_window_and_every_byte_is_sent_once() {
        let t = simulate(&Scenario::large_file(), 1);
        let conns = data_connections(&t);
        let g = time_sequence(&t, *conns.last().unwrap());
        assert_eq!(g.max_end(), 1 << 20);
        assert!(g.data.len() >= 700, "{}", g.data.len());
        assert!(g.data.iter().all(|d| !d.retransmission && !d.lost));
        let mut next = 0;
        for d in &g.data {
            assert_eq!(d.start, next);
            next = d.end;
        }
        // Data never goes past the window the receiver last announced.
        let mut edge = 0;
        let mut acks = g.acks.iter().peekable();
        for d in &g.data {
            while let Some(a) = acks.next_if(|a| a.at <= d.at) {
                edge = edge.max(a.window);
            }
            assert!(d.end <= edge, "frame {} beyond {edge}", d.frame);
        }
    }

    #[test]
    fn connections_without_data_have_no_graph() {
        // The firewall's active data connection never opens; the passive one does.
        let t = simulate(&Scenario::firewall_active(), 1);
        let data: Vec<ConnId> = t
            .connections
            .iter()
            .filter(|c| c.channel == Channel::Data)
            .map(|c| c.id)
            .collect();
        let graphed = data_connections(&t);
        assert!(graphed.len() < data.len(), "{data:?} {graphed:?}");
        assert!(graphed
            .iter()
            .all(|&c| !time_sequence(&t, c).data.is_empty()));
        let none = TimeSequence::default();
        assert_eq!(none.span(), (0, 0));
        assert_eq!(time_sequence(&t, ConnId(999)), none);
    }
}
