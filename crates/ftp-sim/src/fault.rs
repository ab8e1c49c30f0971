//! Faults of the simulated Internet: what happens to chosen segments on the way.
//!
//! A [`Faults`] set is part of a [`crate::Scenario`]: a loss rate drawn from the
//! seed (every segment is lost with that probability, decided by a generator of
//! its own, so the sequence numbers stay those of the same seed without loss),
//! and rules that pick segments by who sends them, what they carry and their
//! count: "drop the 3rd data segment from S1", "delay H1's 2nd ACK by 50 ms".
//! The network applies them in [`crate::net::World::depart`]; TCP recovers on
//! its own (retransmission timer, duplicate ACKs, fast retransmit).
//!
//! Rule text (the `--drop` and `--fault` options of the command line):
//!
//! ```text
//! [drop | delay <N>ms | dup | reorder] <host> <kind> <n>
//! ```
//!
//! `host` is H1, S1 or PC2; `kind` is one of [`SegmentKind::NAMES`]; `n`
//! counts the matching segments that host sends, from 1 (`3` or `3rd`).
//! Without an action word the rule drops.

use std::fmt;

use crate::timeline::{Channel, Micros};

/// What the network does to a segment a rule picks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FaultAction {
    /// Lost on the way: it never arrives.
    Drop,
    /// Arrives this much later than it would have.
    Delay(Micros),
    /// Arrives twice (the copy [`DUPLICATE_GAP`] after the original).
    Duplicate,
    /// Held back [`REORDER_HOLD`], so a segment sent after it arrives first.
    Reorder,
}

/// How long a reordered segment is held back: longer than a full segment
/// takes on a 10 Mbit/s link (1.2 ms), so the next one overtakes it.
pub const REORDER_HOLD: Micros = 3_000;
/// How long after the original a duplicated segment arrives.
pub const DUPLICATE_GAP: Micros = 100;
/// The longest delay a rule may add (longer would only be a loss).
pub const MAX_DELAY: Micros = 10_000_000;

/// Which segments a rule counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SegmentKind {
    /// Carries bytes of a file or listing (a data connection's payload).
    Data,
    /// A pure ACK on a data connection (no payload, SYN, FIN or RST).
    Ack,
    /// A SYN or SYN-ACK, on any connection.
    Syn,
    /// A FIN, on any connection.
    Fin,
    /// An FTP command (the client's payload on the control connection).
    Command,
    /// An FTP reply (the server's payload on the control connection).
    Reply,
    /// Any segment.
    Segment,
}

impl SegmentKind {
    /// The words a rule uses, in [`SegmentKind`] order.
    pub const NAMES: [&'static str; 7] =
        ["data", "ack", "syn", "fin", "command", "reply", "segment"];
    const ALL: [SegmentKind; 7] = [
        SegmentKind::Data,
        SegmentKind::Ack,
        SegmentKind::Syn,
        SegmentKind::Fin,
        SegmentKind::Command,
        SegmentKind::Reply,
        SegmentKind::Segment,
    ];

    fn name(self) -> &'static str {
        Self::NAMES[Self::ALL.iter().position(|k| *k == self).unwrap_or(6)]
    }

    /// Does a segment with these properties count as this kind?
    pub fn matches(self, s: &SegmentFacts) -> bool {
        match self {
            SegmentKind::Data => s.channel == Channel::Data && s.payload_len > 0,
            SegmentKind::Ack => {
                s.channel == Channel::Data
                    && s.payload_len == 0
                    && s.ack
                    && !(s.syn || s.fin || s.rst)
            }
            SegmentKind::Syn => s.syn,
            SegmentKind::Fin => s.fin,
            SegmentKind::Command => {
                s.channel == Channel::Control && s.payload_len > 0 && s.from_ftp_client
            }
            SegmentKind::Reply => {
                s.channel == Channel::Control && s.payload_len > 0 && !s.from_ftp_client
            }
            SegmentKind::Segment => true,
        }
    }
}

/// What a rule looks at in a departing segment.
#[derive(Clone, Copy, Debug)]
pub struct SegmentFacts {
    pub channel: Channel,
    pub payload_len: usize,
    pub syn: bool,
    pub fin: bool,
    pub rst: bool,
    pub ack: bool,
    /// Sent by the FTP client's end of its connection.
    pub from_ftp_client: bool,
}

/// One rule: do `action` to the `nth` segment of `kind` that `host` sends.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct FaultRule {
    pub action: FaultAction,
    /// The sender's name as the page shows it (H1, S1, PC2), upper case.
    pub host: String,
    pub kind: SegmentKind,
    /// 1 for the first matching segment.
    pub nth: u32,
}

/// A rule text that could not be read, with what is wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RuleError(pub String);

impl fmt::Display for RuleError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for RuleError {}

/// The hosts a rule may name.
pub const HOSTS: [&str; 3] = ["H1", "S1", "PC2"];

impl FaultRule {
    /// Reads `[drop | delay <N>ms | dup | reorder] <host> <kind> <n>`.
    pub fn parse(text: &str) -> Result<FaultRule, RuleError> {
        let words: Vec<&str> = text.split_whitespace().collect();
        let usage = || {
            RuleError(format!(
                "a rule is [drop | delay <N>ms | dup | reorder] <host> <kind> <n>, e.g. \"S1 data 3\" \
                 or \"delay H1 ack 2 50ms\"; not {text:?}"
            ))
        };
        let (action, rest) = match words.first().map(|w| w.to_ascii_lowercase()).as_deref() {
            Some("drop") => (FaultAction::Drop, &words[1..]),
            Some("dup" | "duplicate") => (FaultAction::Duplicate, &words[1..]),
            Some("reorder") => (FaultAction::Reorder, &words[1..]),
            Some("delay") => {
                // The delay may come first ("delay 50ms S1 data 2") or last.
                let rest = &words[1..];
                let (d, rest) = match (rest.first(), rest.last()) {
                    (Some(w), _) if parse_ms(w).is_some() => (parse_ms(w), &rest[1..]),
                    (_, Some(w)) if parse_ms(w).is_some() => (parse_ms(w), &rest[..rest.len() - 1]),
                    _ => (None, rest),
                };
                let d = d.ok_or_else(|| {
                    RuleError(format!(
                        "delay needs a time such as 50ms (at most {} ms): {text:?}",
                        MAX_DELAY / 1000
                    ))
                })?;
                (FaultAction::Delay(d), rest)
            }
            Some(_) => (FaultAction::Drop, &words[..]),
            None => return Err(usage()),
        };
        let [host, kind, nth] = rest else {
            return Err(usage());
        };
        let host = host.to_ascii_uppercase();
        if !HOSTS.contains(&host.as_str()) {
            return Err(RuleError(format!(
                "no host {host:?} (one of H1, S1, PC2): {text:?}"
            )));
        }
        let kind_l = kind.to_ascii_lowercase();
        let kind_word = kind_l
            .strip_suffix('s')
            .filter(|k| SegmentKind::NAMES.contains(k));
        let Some(i) = SegmentKind::NAMES
            .iter()
            .position(|k| *k == kind_l || Some(*k) == kind_word)
        else {
            return Err(RuleError(format!(
                "no kind {kind:?} (one of {}): {text:?}",
                SegmentKind::NAMES.join(", ")
            )));
        };
        let digits = nth.trim_end_matches(|c: char| c.is_ascii_alphabetic());
        let suffix = &nth[digits.len()..];
        let n: u32 = match digits.parse() {
            Ok(n) if n >= 1 && ["", "st", "nd", "rd", "th"].contains(&suffix) => n,
            _ => {
                return Err(RuleError(format!(
                    "the count must be 1 or more (3 or 3rd), not {nth:?}: {text:?}"
                )))
            }
        };
        Ok(FaultRule {
            action,
            host,
            kind: SegmentKind::ALL[i],
            nth: n,
        })
    }
}

/// `50ms`, `1.5ms` or `2s` in microseconds, up to [`MAX_DELAY`].
fn parse_ms(w: &str) -> Option<Micros> {
    let w = w.to_ascii_lowercase();
    let (num, scale) = if let Some(n) = w.strip_suffix("ms") {
        (n, 1_000.0)
    } else if let Some(n) = w.strip_suffix('s') {
        (n, 1_000_000.0)
    } else {
        return None;
    };
    let v: f64 = num.parse().ok()?;
    let us = v * scale;
    (us.is_finite() && us > 0.0 && us <= MAX_DELAY as f64).then(|| us.round() as Micros)
}

impl fmt::Display for FaultRule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.action {
            FaultAction::Drop => f.write_str("drop")?,
            FaultAction::Delay(d) => write!(f, "delay {}ms", d as f64 / 1000.0)?,
            FaultAction::Duplicate => f.write_str("dup")?,
            FaultAction::Reorder => f.write_str("reorder")?,
        }
        write!(f, " {} {} {}", self.host, self.kind.name(), self.nth)
    }
}

/// The faults of a scenario's network. The default is a perfect network.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Faults {
    /// Each segment is lost with probability `loss_ppm / 1_000_000`.
    pub loss_ppm: u32,
    pub rules: Vec<FaultRule>,
}

impl Faults {
    /// True when nothing ever goes wrong.
    pub fn is_none(&self) -> bool {
        self.loss_ppm == 0 && self.rules.is_empty()
    }

    /// Reads a loss percentage: `3`, `2.5`, `30%` (0 to 100).
    pub fn parse_loss(text: &str) -> Result<u32, RuleError> {
        let t = text.trim().trim_end_matches('%');
        match t.parse::<f64>() {
            Ok(p) if (0.0..=100.0).contains(&p) => Ok((p * 10_000.0).round() as u32),
            _ => Err(RuleError(format!(
                "the loss is a percentage from 0 to 100 (e.g. 3 or 2.5), not {text:?}"
            ))),
        }
    }
}

/// What the network did to a segment (on [`crate::Segment::fault`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Fault {
    /// Lost in the Internet (by a rule or the loss rate).
    Lost,
    /// Arrived this much later than normal.
    Delayed(Micros),
    /// Arrived twice.
    Duplicated,
    /// Held back so that a later segment overtook it.
    Reordered,
}

impl fmt::Display for Fault {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Fault::Lost => f.write_str("LOST"),
            Fault::Delayed(d) => write!(f, "DELAYED+{d}us"),
            Fault::Duplicated => f.write_str("DUPLICATED"),
            Fault::Reordered => f.write_str("REORDERED"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rules_read_like_sentences() {
        let r = FaultRule::parse("S1 data 3").unwrap();
        assert_eq!(
            r,
            FaultRule {
                action: FaultAction::Drop,
                host: "S1".into(),
                kind: SegmentKind::Data,
                nth: 3
            }
        );
        assert_eq!(r.to_string(), "drop S1 data 3");
        assert_eq!(
            FaultRule::parse("drop h1 acks 2nd").unwrap().to_string(),
            "drop H1 ack 2"
        );
        assert_eq!(
            FaultRule::parse("delay H1 ack 2 50ms").unwrap().action,
            FaultAction::Delay(50_000)
        );
        assert_eq!(
            FaultRule::parse("delay 1.5ms S1 fin 1").unwrap().action,
            FaultAction::Delay(1_500)
        );
        assert_eq!(
            FaultRule::parse("dup S1 reply 1").unwrap().action,
            FaultAction::Duplicate
        );
        assert_eq!(
            FaultRule::parse("reorder S1 data 2").unwrap().to_string(),
            "reorder S1 data 2"
        );
    }

    #[test]
    fn bad_rules_say_what_is_wrong() {
        for (text, says) in [
            ("", "a rule is"),
            ("S1 data", "a rule is"),
            ("S2 data 1", "no host"),
            ("S1 packets 1", "no kind"),
            ("S1 data 0", "1 or more"),
            ("S1 data three", "1 or more"),
            ("S1 data 3xx", "1 or more"),
            ("delay S1 data 1", "needs a time"),
            ("delay S1 data 1 -5ms", "needs a time"),
            ("delay S1 data 1 99999s", "needs a time"),
        ] {
            let e = FaultRule::parse(text).unwrap_err();
            assert!(e.0.contains(says), "{text:?}: {e}");
        }
    }

    #[test]
    fn loss_is_a_percentage() {
        assert_eq!(Faults::parse_loss("3"), Ok(30_000));
        assert_eq!(Faults::parse_loss("2.5%"), Ok(25_000));
        assert_eq!(Faults::parse_loss("100"), Ok(1_000_000));
        for bad in ["-1", "101", "x", "NaN", ""] {
            assert!(Faults::parse_loss(bad).is_err(), "{bad}");
        }
    }
}
