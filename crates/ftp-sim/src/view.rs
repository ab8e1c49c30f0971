//! Wireshark-like views of a timeline: the packet list's rows and the ladder
//! diagram's arrow labels.
//!
//! [`rows`] gives one [`Row`] per segment (dropped ones included, as in the
//! capture), with the columns of Wireshark 4.x's packet list. The Info column
//! reads exactly as tshark 4.0 prints it for our exported captures (checked by
//! `tests/wireshark.rs`):
//! - TCP: `54704 → 21 [SYN] Seq=0 Win=65535 Len=0 MSS=1460`, with sequence and
//!   acknowledgment numbers relative to each direction's initial sequence
//!   number (`Ack=` only when the ACK flag is set);
//! - Wireshark's TCP analysis in front ([`crate::tcp_analysis`]):
//!   `[TCP Retransmission] `, `[TCP Fast Retransmission] `,
//!   `[TCP Dup ACK 9#1] `, …; a retransmitted or out-of-order segment is not
//!   handed to FTP, so it shows as TCP, as in Wireshark;
//! - FTP: `Request: USER anonymous`, `Response: 220 FTP Server ready` (first line
//!   of a multi-line reply);
//! - FTP-DATA: `FTP Data: 1460 bytes (PORT) (RETR foo)`: how the data
//!   connection was set up (`PORT`, `PASV`, `EPRT`, `EPASV` as Wireshark spells
//!   EPSV) and the command it serves.
//!
//! [`flow_label`] is the label of a packet's arrow in the ladder diagram, in the
//! style of Wireshark's flow graph but shorter:
//! - FTP: `FTP: USER anonymous`, `FTP: 220 FTP Server ready`;
//! - FTP-DATA: `FTP Data: 1460 bytes`;
//! - other TCP segments: the flags without brackets, then the relative numbers:
//!   `SYN Seq=0 Win=65535 Len=0 MSS=1460`, `ACK Seq=1 Ack=1 Win=65535 Len=0`.

use std::fmt::Write as _;
use std::net::Ipv4Addr;

use crate::analysis::{self, DataSetup};
use crate::tcp_analysis;
use crate::timeline::{Channel, ConnId, EventKind, Micros, Segment, Timeline};
use crate::wire::FtpMessage;

/// One line of the packet list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    /// Wireshark's "No." (1-based frame number).
    pub frame: u32,
    /// Index of the segment in [`Timeline::events`].
    pub event: usize,
    /// Time since the session started (the UI shows it in seconds).
    pub time: Micros,
    pub source: Ipv4Addr,
    pub destination: Ipv4Addr,
    /// `"FTP"` (control-channel segment with payload), `"FTP-DATA"` (data-channel
    /// segment with payload), else `"TCP"`.
    pub protocol: &'static str,
    /// Frame length in bytes.
    pub length: usize,
    /// Wireshark's Info column (see the module documentation).
    pub info: String,
    /// Wireshark's `tcp.stream`: the connection's index.
    pub stream: u16,
    /// Wireshark's TCP analysis of the frame (retransmission, duplicate ACK, …).
    pub analysis: crate::tcp_analysis::TcpAnalysis,
}

/// The protocol column of a segment.
pub(crate) fn protocol(t: &Timeline, s: &Segment) -> &'static str {
    if s.payload.is_empty() {
        return "TCP";
    }
    match t.connections.get(usize::from(s.conn.0)).map(|c| c.channel) {
        Some(Channel::Data) => "FTP-DATA",
        _ => "FTP",
    }
}

/// Caches per-connection facts while building rows.
pub(crate) struct Analyzer<'t> {
    t: &'t Timeline,
    bases: Vec<Option<[Option<u32>; 2]>>,
    setups: Vec<Option<DataSetup>>,
}

impl<'t> Analyzer<'t> {
    pub(crate) fn new(t: &'t Timeline) -> Self {
        Analyzer {
            t,
            bases: vec![None; t.connections.len()],
            setups: vec![None; t.connections.len()],
        }
    }

    /// Relative (seq, ack) of `s`.
    pub(crate) fn relative(&mut self, s: &Segment) -> (u32, u32) {
        let k = usize::from(s.conn.0);
        let (Some(c), Some(slot)) = (self.t.connections.get(k), self.bases.get_mut(k)) else {
            return (s.seq, s.ack);
        };
        let b = *slot.get_or_insert_with(|| analysis::bases(self.t, s.conn));
        analysis::relative(c, b, s)
    }

    pub(crate) fn setup(&mut self, conn: ConnId) -> Option<&DataSetup> {
        let k = usize::from(conn.0);
        let t = self.t;
        let slot = self.setups.get_mut(k)?;
        Some(slot.get_or_insert_with(|| analysis::data_setup(t, conn)))
    }
}

fn push_tcp(out: &mut String, s: &Segment, rel: (u32, u32)) {
    let _ = write!(out, "Seq={}", rel.0);
    if s.flags.ack {
        let _ = write!(out, " Ack={}", rel.1);
    }
    let _ = write!(out, " Win={} Len={}", s.window, s.payload.len());
    if let Some(m) = s.mss {
        let _ = write!(out, " MSS={m}");
    }
}

fn ftp_info(s: &Segment, out: &mut String) {
    let request = matches!(s.ftp, Some(FtpMessage::Command { .. }))
        || (s.ftp.is_none() && !s.payload.first().is_some_and(u8::is_ascii_digit));
    out.push_str(if request { "Request: " } else { "Response: " });
    out.push_str(&analysis::first_line(&s.payload));
}

fn data_info(s: &Segment, setup: Option<&DataSetup>, out: &mut String) {
    let _ = write!(out, "FTP Data: {} bytes", s.payload.len());
    if let Some(d) = setup {
        if let Some(m) = d.mode {
            let _ = write!(out, " ({m})");
        }
        if let Some(c) = &d.command {
            let _ = write!(out, " ({c})");
        }
    }
}

/// The packet list: one row per segment, in frame order.
pub fn rows(t: &Timeline) -> Vec<Row> {
    let mut a = Analyzer::new(t);
    let flags = tcp_analysis::analyze(t);
    let mut out = Vec::new();
    for ((i, s), ta) in t.segments().zip(flags) {
        // A retransmission is not handed to FTP, as in Wireshark: it shows as TCP.
        let protocol = if ta.hides_payload() {
            "TCP"
        } else {
            protocol(t, s)
        };
        let mut info = ta.info_prefix(ta.dupack_frame);
        match protocol {
            "FTP" => ftp_info(s, &mut info),
            "FTP-DATA" => {
                let setup = a.setup(s.conn).cloned();
                data_info(s, setup.as_ref(), &mut info);
            }
            _ => {
                let rel = a.relative(s);
                let _ = write!(info, "{} → {} {} ", s.src.port(), s.dst.port(), s.flags);
                push_tcp(&mut info, s, rel);
            }
        }
        out.push(Row {
            frame: s.frame,
            event: i,
            time: t.events[i].at,
            source: *s.src.ip(),
            destination: *s.dst.ip(),
            protocol,
            length: s.bytes.len(),
            info,
            stream: s.conn.0,
            analysis: ta,
        });
    }
    out
}

fn label(a: &mut Analyzer<'_>, t: &Timeline, s: &Segment) -> String {
    let mut out = String::new();
    match protocol(t, s) {
        "FTP" => {
            out.push_str("FTP: ");
            out.push_str(&analysis::first_line(&s.payload));
        }
        "FTP-DATA" => data_info(s, None, &mut out),
        _ => {
            let f = s.flags.to_string();
            out.push_str(f.trim_start_matches('[').trim_end_matches(']'));
            out.push(' ');
            let rel = a.relative(s);
            push_tcp(&mut out, s, rel);
        }
    }
    out
}

/// The label of segment `event`'s arrow in the ladder diagram (see the module
/// documentation); `None` if `event` is not a segment.
pub fn flow_label(t: &Timeline, event: usize) -> Option<String> {
    let EventKind::Segment(s) = &t.events.get(event)?.kind else {
        return None;
    };
    Some(label(&mut Analyzer::new(t), t, s))
}

/// [`flow_label`] of every segment, by event index, in one pass (cheaper than
/// calling `flow_label` for each).
pub fn flow_labels(t: &Timeline) -> Vec<(usize, String)> {
    let mut a = Analyzer::new(t);
    t.segments()
        .map(|(i, s)| (i, label(&mut a, t, s)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{simulate, Scenario};

    #[test]
    fn seed_rows_read_like_wireshark() {
        let t = simulate(&Scenario::seed_active(), 1);
        let r = rows(&t);
        assert_eq!(r.len(), t.segments().count());
        let info = |n: usize| r[n - 1].info.as_str();
        assert_eq!(info(1), "54704 → 21 [SYN] Seq=0 Win=65535 Len=0 MSS=1460");
        assert_eq!(
            info(2),
            "21 → 54704 [SYN, ACK] Seq=0 Ack=1 Win=65535 Len=0 MSS=1460"
        );
        assert_eq!(info(3), "54704 → 21 [ACK] Seq=1 Ack=1 Win=65535 Len=0");
        assert_eq!(info(4), "Response: 220 FTP Server ready");
        assert_eq!(info(6), "Request: USER anonymous");
        assert_eq!(info(28), "FTP Data: 1460 bytes (PORT) (RETR foo)");
        assert_eq!(info(36), "20 → 54705 [ACK] Seq=3586 Ack=2 Win=65535 Len=0");
        assert_eq!(r[0].protocol, "TCP");
        assert_eq!(r[3].protocol, "FTP");
        assert_eq!(r[27].protocol, "FTP-DATA");
        assert_eq!(r[27].stream, 1);
        assert_eq!(r[0].source, Ipv4Addr::new(1, 1, 1, 1));
        assert_eq!(r[0].length, 58);
        assert!(r.windows(2).all(|w| w[0].frame + 1 == w[1].frame));
    }

    #[test]
    fn firewall_retransmissions_are_marked() {
        let t = simulate(&Scenario::firewall_active(), 1);
        let r = rows(&t);
        assert_eq!(
            r[25].info,
            "[TCP Retransmission] 20 → 54705 [SYN] Seq=0 Win=65535 Len=0 MSS=1460"
        );
    }

    #[test]
    fn flow_labels_are_short() {
        let t = simulate(&Scenario::seed_active(), 1);
        let all = flow_labels(&t);
        assert_eq!(all.len(), t.segments().count());
        for (i, l) in &all {
            assert_eq!(flow_label(&t, *i).as_deref(), Some(l.as_str()));
        }
        assert_eq!(all[0].1, "SYN Seq=0 Win=65535 Len=0 MSS=1460");
        assert_eq!(all[3].1, "FTP: 220 FTP Server ready");
        assert_eq!(all[20].1, "FTP: PORT 1,1,1,1,213,177");
        assert_eq!(all[27].1, "FTP Data: 1460 bytes");
        assert_eq!(flow_label(&t, 0), None);
        assert_eq!(flow_label(&t, usize::MAX), None);
    }
}
