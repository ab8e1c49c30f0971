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
    /// A named key packet travelling from `from` to `to`.
    Packet {
        name: &'static str,
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
}

/// True when `s` (from the other end than `sender`) acknowledges up to `end`.
fn acks(s: &Segment, sender: HostId, end: SeqNumber) -> bool {
    s.from != sender && s.flags.ack && SeqNumber(s.ack) >= end
}

/// The key-packet name of every segment that has one, by event index.
pub fn key_packets(t: &Timeline) -> Vec<(usize, &'static str)> {
    let mut marks = vec![ConnMarks::default(); t.connections.len()];
    let mut out = Vec::new();
    for (i, s) in t.segments() {
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

/// The phase a key packet's name belongs to.
pub fn phase_of(name: &str, channel: Channel) -> Phase {
    match name {
        "Control_Conn" => Phase::ControlSetup,
        "Ack" if channel == Channel::Control => Phase::ControlSetup,
        "PORT" | "PASV" | "EPSV" | "EPRT" => Phase::Request,
        "data_Conn" | "Ack_data_Conn" => Phase::DataSetup,
        "ftp_Data" | "Ack_Data" => Phase::Transfer,
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

/// The tutorial's steps, by the rules in the module documentation.
pub fn steps(t: &Timeline) -> Vec<Step> {
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
