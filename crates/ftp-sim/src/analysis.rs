//! Shared, crate-private analysis of segments for the Wireshark-like views
//! ([`crate::view`], [`crate::filter`], [`crate::dissect`], [`crate::follow`]):
//! header offsets within a frame, relative sequence numbers, and which command
//! opened a data connection.

use crate::timeline::{Channel, ConnId, Connection, EventKind, Segment, Timeline};
use crate::wire::FtpMessage;

/// Where the headers of a frame start and end (byte offsets in `Segment::bytes`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Offsets {
    pub ip: usize,
    pub tcp: usize,
    pub payload: usize,
    pub end: usize,
}

impl Offsets {
    /// The header offsets of an Ethernet II / IPv4 / TCP frame; `None` if the
    /// bytes are too short or not IPv4/TCP.
    pub fn of(bytes: &[u8]) -> Option<Offsets> {
        let ip = 14;
        if bytes.len() < ip + 20 || bytes[12..14] != [0x08, 0x00] || bytes[ip] >> 4 != 4 {
            return None;
        }
        let ihl = usize::from(bytes[ip] & 0x0f) * 4;
        let tcp = ip + ihl;
        let total = usize::from(u16::from_be_bytes([bytes[ip + 2], bytes[ip + 3]]));
        let end = (ip + total).min(bytes.len());
        if ihl < 20 || bytes[ip + 9] != 6 || end < tcp + 20 {
            return None;
        }
        let thl = usize::from(bytes[tcp + 12] >> 4) * 4;
        let payload = tcp + thl;
        if thl < 20 || payload > end {
            return None;
        }
        Some(Offsets {
            ip,
            tcp,
            payload,
            end,
        })
    }
}

/// The direction of a segment on its connection: 0 from the FTP client's end, 1 from the server's.
pub(crate) fn dir(conn: &Connection, s: &Segment) -> usize {
    usize::from(s.src != conn.client)
}

/// The base ("initial") sequence number of each direction of `conn`, as
/// Wireshark uses for relative numbers: the SYN's sequence number, or one less
/// than the first segment's if that direction sent no SYN first.
pub(crate) fn bases(t: &Timeline, conn: ConnId) -> [Option<u32>; 2] {
    let mut out = [None, None];
    let Some(c) = t.connections.get(usize::from(conn.0)) else {
        return out;
    };
    for e in t.events.iter().skip(c.opened_at) {
        if let EventKind::Segment(s) = &e.kind {
            if s.conn != conn {
                continue;
            }
            let d = dir(c, s);
            if out[d].is_none() {
                out[d] = Some(if s.flags.syn {
                    s.seq
                } else {
                    s.seq.wrapping_sub(1)
                });
                if out[1 - d].is_some() {
                    break;
                }
            }
        }
    }
    out
}

/// Relative sequence and acknowledgment numbers of `s`, given its connection's bases.
/// The acknowledgment number is the raw one when the ACK flag is clear.
pub(crate) fn relative(conn: &Connection, bases: [Option<u32>; 2], s: &Segment) -> (u32, u32) {
    let d = dir(conn, s);
    let seq = bases[d].map_or(s.seq, |b| s.seq.wrapping_sub(b));
    let ack = if s.flags.ack {
        bases[1 - d].map_or(s.ack, |b| s.ack.wrapping_sub(b))
    } else {
        s.ack
    };
    (seq, ack)
}

/// How a data connection was set up and for which command, as Wireshark's
/// FTP-DATA dissector says it: mode `"PORT"`, `"PASV"`, `"EPRT"` or `"EPASV"`,
/// and the transfer command (`"RETR foo"`, `"LIST"`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct DataSetup {
    pub mode: Option<&'static str>,
    pub command: Option<FtpMessage>,
}

/// True for the commands that use a data connection.
pub(crate) fn is_transfer(verb: &str) -> bool {
    matches!(
        verb,
        "RETR" | "STOR" | "LIST" | "NLST" | "APPE" | "STOU" | "MLSD"
    )
}

/// The control connection a data connection belongs to: the latest control
/// connection from the same client address opened before it.
pub(crate) fn control_of(t: &Timeline, data: &Connection) -> Option<ConnId> {
    t.connections
        .iter()
        .filter(|c| {
            c.channel == Channel::Control
                && c.client.ip() == data.client.ip()
                && c.opened_at < data.opened_at
        })
        .max_by_key(|c| c.opened_at)
        .map(|c| c.id)
}

/// The setup of data connection `conn`: the last PORT/PASV/EPRT/EPSV command on
/// its control connection before its first SYN, and the first transfer command
/// after that one.
pub(crate) fn data_setup(t: &Timeline, conn: ConnId) -> DataSetup {
    let mut out = DataSetup::default();
    let Some(data) = t.connections.get(usize::from(conn.0)) else {
        return out;
    };
    if data.channel != Channel::Data {
        return out;
    }
    let Some(ctrl) = control_of(t, data) else {
        return out;
    };
    let ctrl_conn = t.connection(ctrl);
    let mut mode_at = None;
    for (i, s) in t.segments().skip_while(|(i, _)| *i < ctrl_conn.opened_at) {
        if i > data.opened_at && (out.command.is_some() || mode_at.is_none()) {
            break;
        }
        if s.conn != ctrl || s.src != ctrl_conn.client {
            continue;
        }
        let Some(FtpMessage::Command { verb, .. }) = &s.ftp else {
            continue;
        };
        if i < data.opened_at {
            let m = match verb.as_str() {
                "PORT" => Some("PORT"),
                "PASV" => Some("PASV"),
                "EPRT" => Some("EPRT"),
                "EPSV" => Some("EPASV"),
                _ => None,
            };
            if m.is_some() {
                out.mode = m;
                out.command = None;
                mode_at = Some(i);
                continue;
            }
        }
        if mode_at.is_some() && out.command.is_none() && is_transfer(verb) {
            out.command = s.ftp.clone();
        }
    }
    out
}

/// The first line of an FTP payload, without its line ending (lossy UTF-8).
pub(crate) fn first_line(payload: &[u8]) -> String {
    let end = payload
        .iter()
        .position(|&b| b == b'\r' || b == b'\n')
        .unwrap_or(payload.len());
    String::from_utf8_lossy(&payload[..end]).into_owned()
}

/// The FTP fields Wireshark's dissector finds on the first line of a
/// control-channel payload, as byte ranges within the payload.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct FtpLine {
    /// True for client-to-server segments (`ftp.request`), false for replies.
    pub request: bool,
    /// The first line, without its line ending.
    pub line: core::ops::Range<usize>,
    /// The first line including its line ending.
    pub line_full: core::ops::Range<usize>,
    /// `ftp.request.command` (requests only).
    pub command: Option<core::ops::Range<usize>>,
    /// `ftp.request.arg` (requests with an argument).
    pub arg: Option<core::ops::Range<usize>>,
    /// `ftp.response.code` (replies starting with three digits).
    pub code: Option<(u32, core::ops::Range<usize>)>,
    /// `ftp.response.arg` (the text after the code and its separator, if any).
    pub resp_arg: Option<core::ops::Range<usize>>,
}

/// The lines of a payload as (line without ending, line with ending) ranges.
pub(crate) fn lines(payload: &[u8]) -> Vec<(core::ops::Range<usize>, core::ops::Range<usize>)> {
    let mut out = Vec::new();
    let mut start = 0;
    while start < payload.len() {
        let nl = payload[start..].iter().position(|&b| b == b'\n');
        let (end_full, mut end) = match nl {
            Some(p) => (start + p + 1, start + p),
            None => (payload.len(), payload.len()),
        };
        if end > start && payload[end - 1] == b'\r' {
            end -= 1;
        }
        out.push((start..end, start..end_full));
        start = end_full;
    }
    out
}

/// Parses the first line of a control-channel payload the way Wireshark does.
pub(crate) fn ftp_line(payload: &[u8], request: bool) -> Option<FtpLine> {
    let (line, line_full) = lines(payload).into_iter().next()?;
    let mut f = FtpLine {
        request,
        line: line.clone(),
        line_full,
        ..FtpLine::default()
    };
    let l = &payload[line.clone()];
    if request {
        let tok = l.iter().position(|&b| b == b' ').unwrap_or(l.len());
        if tok > 0 {
            f.command = Some(line.start..line.start + tok);
        }
        let rest = l[tok..].iter().position(|&b| b != b' ').map(|p| tok + p);
        if let Some(r) = rest {
            f.arg = Some(line.start + r..line.end);
        }
    } else if l.len() >= 3 && l[..3].iter().all(u8::is_ascii_digit) {
        let code = l[..3]
            .iter()
            .fold(0u32, |n, d| n * 10 + u32::from(d - b'0'));
        f.code = Some((code, line.start..line.start + 3));
        if l.len() > 4 {
            f.resp_arg = Some(line.start + 4..line.end);
        }
    }
    Some(f)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{simulate, Scenario};

    #[test]
    fn offsets_of_the_seed_frames() {
        let t = simulate(&Scenario::seed_active(), 1);
        for (_, s) in t.segments() {
            let o = Offsets::of(&s.bytes).expect("offsets");
            assert_eq!(o.ip, 14);
            assert_eq!(o.tcp, 34);
            assert_eq!(&s.bytes[o.payload..o.end], &s.payload[..]);
            assert_eq!(o.end, s.bytes.len());
        }
        assert_eq!(Offsets::of(&[0; 10]), None);
    }

    #[test]
    fn data_setup_of_each_scenario() {
        let t = simulate(&Scenario::seed_active(), 1);
        let d = data_setup(&t, ConnId(1));
        assert_eq!(d.mode, Some("PORT"));
        assert_eq!(
            d.command.map(|c| c.to_string()).as_deref(),
            Some("RETR foo")
        );
        let t = simulate(&Scenario::seed_passive(), 1);
        let d = data_setup(&t, ConnId(1));
        assert_eq!(d.mode, Some("PASV"));
        assert_eq!(
            d.command.map(|c| c.to_string()).as_deref(),
            Some("RETR foo")
        );
        assert_eq!(data_setup(&t, ConnId(0)), DataSetup::default());
    }
}
