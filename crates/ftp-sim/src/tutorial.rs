//! The tutorial view: the seed animation's named packets and console steps,
//! derived from a [`Timeline`] by rules (never listed by hand).
//!
//! CONTRACT (implemented by the model; the UI relies on it):
//! - `steps(&Timeline) -> Vec<Step>` returns, in timeline order, one step per
//!   key packet and one per *console burst* (consecutive console events at the
//!   same simulated time with no key packet between them).
//! - Key packet names and rules (per connection; several data connections give
//!   several groups):
//!   * control connection: client SYN -> "Control_Conn"; server SYN-ACK -> "Ack";
//!   * the first control segment from the client whose FTP command is PORT -> "PORT"
//!     (PASV, EPSV, EPRT likewise named after the command, for other scenarios);
//!   * data connection: its SYN -> "data_Conn"; its SYN-ACK -> "Ack_data_Conn";
//!   * first payload-carrying data segment -> "ftp_Data"; the first segment
//!     acknowledging it -> "Ack_Data";
//!   * first FIN on the data connection -> "Close_Data"; the first segment from the
//!     other end acknowledging that FIN -> "Ack";
//!   * first FIN on the control connection -> "Close_Ctrl"; the first segment from
//!     the other end acknowledging that FIN -> "Ack_Close".
//!   * a RST -> "Reset"; a SYN dropped by a firewall keeps its name ("data_Conn").
//!   * on a data connection where the network lost (or delayed, duplicated,
//!     reordered) a segment — the lossy lesson: a data segment lost on the
//!     way -> "Lost_Data"; a pure ACK lost -> "Lost_Ack", and the next segment
//!     from the same end whose ACK covers it -> "Cumulative_Ack"; a pure ACK
//!     Wireshark marks as a duplicate -> "Dup_Ack"; a segment Wireshark marks
//!     as a retransmission (fast or by the timer) -> "Retransmission". These
//!     come before the rules above (the first data segment, if lost, is
//!     "Lost_Data"; a retransmitted FIN is "Retransmission").
//! - As implemented: every PORT/PASV/EPSV/EPRT command segment is named (a
//!   session with two transfers shows two request groups), and every SYN
//!   (including retransmissions, e.g. the ones a firewall drops) is named
//!   "Control_Conn"/"data_Conn"; the other names go to the first matching
//!   segment of each connection. [`key_packets`] gives the names alone.
//! - Phases: a packet's phase follows from its name (Control_Conn/Ack of the
//!   control handshake -> ControlSetup; PORT/PASV/EPSV/EPRT -> Request;
//!   data_Conn/Ack_data_Conn -> DataSetup; ftp_Data/Ack_Data -> Transfer;
//!   Close_Data/its Ack -> DataClose; Close_Ctrl/Ack_Close -> ControlClose).
//!   A console burst that starts with user input takes the phase of the next
//!   key packet (or ControlClose if none); an output burst takes the phase of the
//!   reply code it shows (220 -> ControlSetup, 150 -> DataSetup, 226 -> DataClose,
//!   221 -> ControlClose), otherwise the phase of the step before it.
//! - Phases never go back within a transfer: a step whose rule gives an earlier
//!   phase than the step before it keeps that step's phase, unless it starts a
//!   new cycle (ControlSetup or Request). A real server sends the file and its
//!   FIN back to back (vsftpd closes right after writing), so the FIN
//!   (Close_Data, DataClose) leaves before the client's ACK of the data
//!   (Ack_Data) and before the client prints 150: those steps belong to the
//!   DataClose page. The seed animation drew Ack_Data before Close_Data.

use crate::timeline::{Channel, ConnId, HostId};

/// The six caption pages of the seed tutorial, in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Phase {
    ControlSetup,
    Request,
    DataSetup,
    Transfer,
    DataClose,
    ControlClose,
}

impl Phase {
    pub const ALL: [Phase; 6] = [
        Phase::ControlSetup,
        Phase::Request,
        Phase::DataSetup,
        Phase::Transfer,
        Phase::DataClose,
        Phase::ControlClose,
    ];

    /// 0-based position among [`Phase::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }
}

/// What a step shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StepKind {
    /// A packet travelling from `from` to `to`: a named key packet, or (in
    /// [`Detail::EverySegment`]) any segment.
    Packet {
        /// The key-packet name, or `""` for a segment that is not a key packet.
        name: &'static str,
        /// What the UI writes on the packet: the key-packet name if any, else a
        /// short label (at most 24 characters, see [`segment_label`]).
        label: String,
        from: HostId,
        to: HostId,
        channel: Channel,
        conn: ConnId,
    },
    /// Console lines; `lines` are indices into [`crate::Timeline::events`].
    Console { host: HostId, lines: Vec<usize> },
}

/// One step of the tutorial.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Step {
    /// Index in [`crate::Timeline::events`] of the event this step shows
    /// (the segment, or the first console line of the burst).
    pub event: usize,
    pub phase: Phase,
    pub kind: StepKind,
}

use crate::timeline::{EventKind, Segment, Timeline};
use crate::wire::{FtpMessage, SeqNumber};

/// Per-connection progress of the naming rules.
#[derive(Default, Clone)]
struct ConnMarks {
    syn_ack_named: bool,
    data_named: bool,
    /// (sender of the first data segment, sequence number just after it)
    data_end: Option<(HostId, SeqNumber)>,
    fin_named: bool,
    /// (sender of the first FIN, sequence number just after it)
    fin_end: Option<(HostId, SeqNumber)>,
    /// (sender of a lost pure ACK, its acknowledgment number)
    lost_ack: Option<(HostId, SeqNumber)>,
}

/// True when `s` (from the other end than `sender`) acknowledges up to `end`.
fn acks(s: &Segment, sender: HostId, end: SeqNumber) -> bool {
    s.from != sender && s.flags.ack && SeqNumber(s.ack) >= end
}

/// The key-packet name of every segment that has one, by event index.
pub fn key_packets(t: &Timeline) -> Vec<(usize, &'static str)> {
    let mut marks = vec![ConnMarks::default(); t.connections.len()];
    let mut out = Vec::new();
    // The lossy lesson's names, on data connections where the network interfered.
    let mut faulty = vec![false; t.connections.len()];
    for (_, s) in t.segments() {
        if s.fault.is_some() {
            if let Some(f) = faulty.get_mut(usize::from(s.conn.0)) {
                *f = true;
            }
        }
    }
    let analysis = if faulty.iter().any(|f| *f) {
        crate::tcp_analysis::analyze(t)
    } else {
        Vec::new()
    };
    for (i, s) in t.segments() {
        let k = usize::from(s.conn.0);
        let data_faulty = faulty.get(k).copied().unwrap_or(false)
            && t.connections.get(k).map(|c| c.channel) == Some(Channel::Data);
        if data_faulty {
            if let Some(name) = fault_name(s, &mut marks[k], analysis.get(s.frame as usize - 1)) {
                out.push((i, name));
                continue;
            }
        }
        let Some(conn) = t.connections.get(usize::from(s.conn.0)) else {
            continue;
        };
        let m = &mut marks[usize::from(s.conn.0)];
        let control = conn.channel == Channel::Control;
        let name: Option<&'static str> = if s.flags.rst {
            Some("Reset")
        } else if s.flags.syn && !s.flags.ack {
            Some(if control { "Control_Conn" } else { "data_Conn" })
        } else if s.flags.syn && s.flags.ack {
            if m.syn_ack_named {
                None
            } else {
                m.syn_ack_named = true;
                Some(if control { "Ack" } else { "Ack_data_Conn" })
            }
        } else if let Some((sender, end)) = m.fin_end.filter(|(h, e)| acks(s, *h, *e)) {
            let _ = (sender, end);
            m.fin_end = None;
            Some(if control { "Ack_Close" } else { "Ack" })
        } else if let Some((sender, end)) = m.data_end.filter(|(h, e)| acks(s, *h, *e)) {
            let _ = (sender, end);
            m.data_end = None;
            Some("Ack_Data")
        } else if s.flags.fin && !m.fin_named {
            m.fin_named = true;
            m.fin_end = Some((s.from, SeqNumber(s.seq) + (s.payload.len() + 1)));
            Some(if control { "Close_Ctrl" } else { "Close_Data" })
        } else if !control && !s.payload.is_empty() && !m.data_named {
            m.data_named = true;
            m.data_end = Some((s.from, SeqNumber(s.seq) + s.payload.len()));
            Some("ftp_Data")
        } else if control && s.src == conn.client {
            match &s.ftp {
                Some(FtpMessage::Command { verb, .. }) => match verb.as_str() {
                    "PORT" => Some("PORT"),
                    "PASV" => Some("PASV"),
                    "EPSV" => Some("EPSV"),
                    "EPRT" => Some("EPRT"),
                    _ => None,
                },
                _ => None,
            }
        } else {
            None
        };
        if let Some(n) = name {
            out.push((i, n));
        }
    }
    out
}

/// The lossy lesson's names (see the module documentation), or `None`.
fn fault_name(
    s: &Segment,
    m: &mut ConnMarks,
    a: Option<&crate::tcp_analysis::TcpAnalysis>,
) -> Option<&'static str> {
    use crate::tcp_analysis::Flag;
    let pure_ack = s.payload.is_empty() && !(s.flags.syn || s.flags.fin || s.flags.rst);
    if s.fault == Some(crate::fault::Fault::Lost) && !s.flags.syn {
        if pure_ack {
            m.lost_ack = Some((s.from, SeqNumber(s.ack)));
            return Some("Lost_Ack");
        }
        if !s.payload.is_empty() {
            return Some("Lost_Data");
        }
    }
    if let Some((from, ack)) = m.lost_ack {
        if s.from == from && s.flags.ack && SeqNumber(s.ack) >= ack {
            m.lost_ack = None;
            return Some("Cumulative_Ack");
        }
    }
    let a = a?;
    if a.has(Flag::Retransmission) && !s.flags.syn {
        return Some("Retransmission");
    }
    if a.has(Flag::DuplicateAck) {
        return Some("Dup_Ack");
    }
    None
}

/// The phase a key packet's name belongs to.
pub fn phase_of(name: &str, channel: Channel) -> Phase {
    match name {
        "Control_Conn" => Phase::ControlSetup,
        "Ack" if channel == Channel::Control => Phase::ControlSetup,
        "PORT" | "PASV" | "EPSV" | "EPRT" => Phase::Request,
        "data_Conn" | "Ack_data_Conn" => Phase::DataSetup,
        "ftp_Data" | "Ack_Data" | "Lost_Data" | "Lost_Ack" | "Cumulative_Ack" | "Dup_Ack"
        | "Retransmission" => Phase::Transfer,
        "Close_Data" | "Ack" => Phase::DataClose,
        "Reset" if channel == Channel::Data => Phase::DataSetup,
        "Reset" => Phase::ControlSetup,
        _ => Phase::ControlClose,
    }
}

fn reply_phase(text: &str) -> Option<Phase> {
    match text.get(..4)? {
        "220 " | "220-" => Some(Phase::ControlSetup),
        "150 " | "150-" => Some(Phase::DataSetup),
        "226 " | "226-" => Some(Phase::DataClose),
        "221 " | "221-" => Some(Phase::ControlClose),
        _ => None,
    }
}

/// The tutorial's steps, by the rules in the module documentation
/// (the same as `steps_with(t, Detail::KeyPackets)`).
pub fn steps(t: &Timeline) -> Vec<Step> {
    steps_with(t, Detail::KeyPackets)
}

/// How many packets the tutorial shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Detail {
    /// The seed's named key packets only (plus the console bursts).
    #[default]
    KeyPackets,
    /// Every segment of the timeline (plus the console bursts); key packets keep their names.
    EverySegment,
}

/// The tutorial's steps at the given level of detail.
///
/// [`Detail::KeyPackets`] is [`steps`]. [`Detail::EverySegment`] has one
/// `Packet` step per segment (dropped ones included) and the same console
/// steps, with the same phases, as `KeyPackets`: a key packet keeps its name and
/// phase; any other segment has `name == ""`, the label from [`segment_label`]
/// and the phase of the latest key packet at or before it (ControlSetup if none).
pub fn steps_with(t: &Timeline, detail: Detail) -> Vec<Step> {
    let key = key_steps(t);
    if detail == Detail::KeyPackets {
        return key;
    }
    let mut out = Vec::with_capacity(t.events.len());
    let mut k = key.iter().peekable();
    let mut phase = Phase::ControlSetup;
    for (i, e) in t.events.iter().enumerate() {
        let keyed = k.next_if(|s| s.event == i);
        match (&e.kind, keyed) {
            (EventKind::Segment(_), Some(step)) => {
                phase = step.phase;
                out.push(step.clone());
            }
            (EventKind::Segment(s), None) => {
                let channel = t
                    .connections
                    .get(usize::from(s.conn.0))
                    .map_or(Channel::Control, |c| c.channel);
                out.push(Step {
                    event: i,
                    phase,
                    kind: StepKind::Packet {
                        name: "",
                        label: segment_label(s),
                        from: s.from,
                        to: s.to,
                        channel,
                        conn: s.conn,
                    },
                });
            }
            (_, Some(step)) => out.push(step.clone()),
            (_, None) => {}
        }
    }
    out
}

/// A short label (at most [`LABEL_MAX`] characters) for a segment that is not
/// a key packet: the first line of its FTP command or reply (`USER anonymous`,
/// `331 Please specify the…`), else `Data 1460 B` for a data payload, else its
/// TCP flags without brackets (`SYN`, `SYN, ACK`, `ACK`, `FIN, ACK`, `RST, ACK`).
pub fn segment_label(s: &Segment) -> String {
    let text = if s.ftp.is_some() {
        // The first line as sent: `230-Welcome, user1.` for a multi-line reply.
        crate::analysis::first_line(&s.payload)
    } else if !s.payload.is_empty() {
        let mut l = String::from("Data ");
        l.push_str(&s.payload.len().to_string());
        l.push_str(" B");
        l
    } else {
        let f = s.flags.to_string();
        f.trim_start_matches('[').trim_end_matches(']').to_string()
    };
    truncate_chars(&text, LABEL_MAX)
}

/// The longest label [`segment_label`] gives, in characters.
pub const LABEL_MAX: usize = 24;

/// `text` cut to at most `max` characters, ending with `…` when cut.
pub(crate) fn truncate_chars(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let mut out: String = text.chars().take(max.saturating_sub(1)).collect();
    out.truncate(out.trim_end().len());
    out.push('…');
    out
}

/// The key-packet steps and console bursts.
fn key_steps(t: &Timeline) -> Vec<Step> {
    let keys = key_packets(t);
    let mut key_iter = keys.iter().peekable();
    // Build the raw sequence first: packets with phases, bursts without.
    enum Raw {
        Packet(Step),
        Burst {
            host: HostId,
            at: u64,
            lines: Vec<usize>,
            input_first: bool,
        },
    }
    let mut raw: Vec<Raw> = Vec::new();
    for (i, e) in t.events.iter().enumerate() {
        match &e.kind {
            EventKind::Segment(s) if key_iter.peek().is_some_and(|(k, _)| *k == i) => {
                let (_, name) = key_iter.next().copied().unwrap_or((i, ""));
                let channel = t
                    .connections
                    .get(usize::from(s.conn.0))
                    .map_or(Channel::Control, |c| c.channel);
                raw.push(Raw::Packet(Step {
                    event: i,
                    phase: phase_of(name, channel),
                    kind: StepKind::Packet {
                        name,
                        label: name.to_string(),
                        from: s.from,
                        to: s.to,
                        channel,
                        conn: s.conn,
                    },
                }));
            }
            EventKind::Console { host, input, .. } => {
                if let Some(Raw::Burst {
                    host: h, at, lines, ..
                }) = raw.last_mut()
                {
                    if *h == *host && *at == e.at {
                        lines.push(i);
                        continue;
                    }
                }
                raw.push(Raw::Burst {
                    host: *host,
                    at: e.at,
                    lines: vec![i],
                    input_first: *input,
                });
            }
            _ => {}
        }
    }
    let mut out: Vec<Step> = Vec::with_capacity(raw.len());
    for k in 0..raw.len() {
        match &raw[k] {
            Raw::Packet(s) => out.push(s.clone()),
            Raw::Burst {
                host,
                lines,
                input_first,
                ..
            } => {
                let phase = if *input_first {
                    raw[k + 1..]
                        .iter()
                        .find_map(|r| match r {
                            Raw::Packet(s) => Some(s.phase),
                            _ => None,
                        })
                        .unwrap_or(Phase::ControlClose)
                } else {
                    let shown = lines.iter().find_map(|&l| match &t.events[l].kind {
                        EventKind::Console { text, .. } => reply_phase(text),
                        _ => None,
                    });
                    shown.unwrap_or_else(|| out.last().map_or(Phase::ControlSetup, |s| s.phase))
                };
                out.push(Step {
                    event: lines[0],
                    phase,
                    kind: StepKind::Console {
                        host: *host,
                        lines: lines.clone(),
                    },
                });
            }
        }
    }
    let mut last = Phase::ControlSetup;
    for s in &mut out {
        if s.phase < last && s.phase > Phase::Request {
            s.phase = last;
        }
        last = s.phase;
    }
    out
}

/// The names of the key packets among `steps`, in order.
pub fn packet_names(steps: &[Step]) -> Vec<&'static str> {
    steps
        .iter()
        .filter_map(|s| match s.kind {
            StepKind::Packet { name, .. } => Some(name),
            StepKind::Console { .. } => None,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{simulate, Scenario};

    fn label(s: &Step) -> (&'static str, &str) {
        match &s.kind {
            StepKind::Packet { name, label, .. } => (name, label),
            StepKind::Console { .. } => ("<console>", ""),
        }
    }

    #[test]
    fn key_packets_mode_is_steps_and_labels_are_names() {
        let t = simulate(&Scenario::seed_active(), 1);
        let key = steps_with(&t, Detail::KeyPackets);
        assert_eq!(key, steps(&t));
        assert_eq!(Detail::default(), Detail::KeyPackets);
        for s in &key {
            if let StepKind::Packet { name, label, .. } = &s.kind {
                assert_eq!(name, label);
            }
        }
    }

    #[test]
    fn every_segment_mode_shows_every_segment_with_labels() {
        for sc in [
            Scenario::seed_active(),
            Scenario::seed_passive(),
            Scenario::firewall_active(),
            Scenario::two_pcs(),
        ] {
            let t = simulate(&sc, 1);
            let key = steps(&t);
            let all = steps_with(&t, Detail::EverySegment);
            let packets: Vec<usize> = all
                .iter()
                .filter(|s| matches!(s.kind, StepKind::Packet { .. }))
                .map(|s| s.event)
                .collect();
            let segments: Vec<usize> = t.segments().map(|(i, _)| i).collect();
            assert_eq!(
                packets, segments,
                "one step per segment, dropped ones included"
            );
            assert!(all.windows(2).all(|w| w[0].event < w[1].event));
            // Key steps and console steps are the same in both modes.
            let keyed: Vec<&Step> = all
                .iter()
                .filter(|s| !matches!(&s.kind, StepKind::Packet { name: "", .. }))
                .collect();
            assert_eq!(keyed.len(), key.len());
            assert!(keyed.iter().zip(&key).all(|(a, b)| *a == b));
            for s in &all {
                let (name, label) = label(s);
                assert!(label.chars().count() <= LABEL_MAX, "{label}");
                assert!(!label.is_empty() || name == "<console>");
                if !name.is_empty() && name != "<console>" {
                    assert_eq!(name, label);
                }
            }
        }
    }

    #[test]
    fn every_segment_labels_and_phases_in_the_seed() {
        let t = simulate(&Scenario::seed_active(), 1);
        let all = steps_with(&t, Detail::EverySegment);
        let packets: Vec<(&str, &str, Phase)> = all
            .iter()
            .filter_map(|s| match &s.kind {
                StepKind::Packet { name, label, .. } => Some((*name, label.as_str(), s.phase)),
                StepKind::Console { .. } => None,
            })
            .collect();
        assert_eq!(
            packets[0],
            ("Control_Conn", "Control_Conn", Phase::ControlSetup)
        );
        assert_eq!(packets[2], ("", "ACK", Phase::ControlSetup));
        assert_eq!(
            packets[3],
            ("", "220 FTP Server ready", Phase::ControlSetup)
        );
        assert_eq!(packets[5], ("", "USER anonymous", Phase::ControlSetup));
        assert_eq!(
            packets[7],
            ("", "331 Please specify the…", Phase::ControlSetup)
        );
        assert_eq!(packets[20], ("PORT", "PORT", Phase::Request));
        assert_eq!(
            packets[21],
            ("", "200 PORT command succes…", Phase::Request)
        );
        assert_eq!(packets[22], ("", "RETR foo", Phase::Request));
        assert_eq!(packets[28], ("", "Data 1460 B", Phase::Transfer));
        assert_eq!(packets[27], ("ftp_Data", "ftp_Data", Phase::Transfer));
        assert_eq!(
            packets[43],
            ("Close_Ctrl", "Close_Ctrl", Phase::ControlClose)
        );
        // H1 acknowledges 221 at once (quick ACK after a pause); its FIN+ACK
        // acknowledges S1's FIN.
        assert_eq!(packets[44], ("", "ACK", Phase::ControlClose));
        assert_eq!(packets[45], ("Ack_Close", "Ack_Close", Phase::ControlClose));
        let t = simulate(&Scenario::two_pcs(), 1);
        assert!(steps_with(&t, Detail::EverySegment)
            .iter()
            .any(|s| label(s).1 == "230-Welcome, user1."));
    }

    #[test]
    fn labels_of_resets_and_truncation() {
        assert_eq!(truncate_chars("abc", 3), "abc");
        assert_eq!(truncate_chars("abcd", 3), "ab…");
        assert_eq!(truncate_chars("ééééé", 4), "ééé…");
        let s = Segment {
            frame: 1,
            conn: ConnId(0),
            from: HostId(0),
            to: HostId(1),
            src: "1.1.1.1:1".parse().unwrap(),
            dst: "1.1.2.1:2".parse().unwrap(),
            seq: 0,
            ack: 0,
            flags: crate::wire::TcpFlags {
                rst: true,
                ack: true,
                ..Default::default()
            },
            window: 0,
            mss: None,
            payload: Vec::new(),
            ftp: None,
            bytes: Vec::new(),
            delivered: true,
            fault: None,
        };
        assert_eq!(segment_label(&s), "RST, ACK");
    }
}

/// A caption page of a tutorial: a run of steps about one phase.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Page {
    /// Index in the steps of the page's first step.
    pub start: usize,
    pub phase: Phase,
}

/// Cuts `steps` into caption pages. A new page starts where the phase moves
/// forward, or where a new cycle begins (a step in [`Phase::ControlSetup`] or
/// [`Phase::Request`] after a later phase: the next command, the next PC). A
/// step whose phase goes back otherwise (an upload's last ACK after its FIN,
/// say) stays on the current page, so pages never flicker.
pub fn pages(steps: &[Step]) -> Vec<Page> {
    let mut out: Vec<Page> = Vec::new();
    for (i, s) in steps.iter().enumerate() {
        let starts = match out.last() {
            None => true,
            Some(p) => s.phase > p.phase || (s.phase < p.phase && s.phase <= Phase::Request),
        };
        if starts {
            out.push(Page {
                start: i,
                phase: s.phase,
            });
        }
    }
    out
}

#[cfg(test)]
mod page_tests {
    use super::*;
    use crate::{simulate, Scenario};

    fn phases(s: &Scenario) -> Vec<Phase> {
        let t = simulate(s, 7);
        pages(&steps(&t)).iter().map(|p| p.phase).collect()
    }

    #[test]
    fn the_seed_tutorial_has_its_six_pages() {
        assert_eq!(phases(&Scenario::seed_active()), Phase::ALL.to_vec());
        assert_eq!(phases(&Scenario::seed_passive()), Phase::ALL.to_vec());
    }

    #[test]
    fn a_second_transfer_starts_a_new_cycle() {
        use Phase::*;
        // dir, then get readme.txt: two request/data cycles.
        let p = phases(&Scenario::login_list());
        assert_eq!(p.iter().filter(|p| **p == Request).count(), 2, "{p:?}");
        assert_eq!(p.first(), Some(&ControlSetup));
        assert_eq!(p.last(), Some(&ControlClose));
    }

    #[test]
    fn every_scenario_id_resolves() {
        for id in Scenario::IDS {
            assert!(Scenario::by_id(id).is_some(), "{id}");
        }
        assert_eq!(Scenario::by_id("nope"), None);
        assert_eq!(Scenario::by_id(""), None);
    }

    #[test]
    fn pages_start_in_order_and_cover_every_step() {
        for s in [
            Scenario::two_pcs(),
            Scenario::firewall_active(),
            Scenario::login_list(),
        ] {
            let st = steps(&simulate(&s, 3));
            let pg = pages(&st);
            assert_eq!(pg[0].start, 0);
            assert!(pg.windows(2).all(|w| w[0].start < w[1].start));
            assert!(pg.last().is_some_and(|p| p.start < st.len()));
        }
    }
}
