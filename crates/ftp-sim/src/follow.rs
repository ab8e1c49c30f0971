//! "Follow stream", as in Wireshark: the control connection as a transcript of
//! lines, and each data connection reassembled into the bytes it carried.
//!
//! Both read the segments as a capture shows them: in sequence order, each
//! byte once (a retransmitted segment adds nothing new), dropped segments
//! included.

use crate::analysis;
use crate::timeline::{Channel, ConnId, Connection, Segment, Timeline};
use crate::wire::FtpMessage;

/// One line of the control connection.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TranscriptLine {
    /// True for a line the client sent (a command), false for the server's (a reply line).
    pub from_client: bool,
    /// The frame that carried the line's first byte.
    pub frame: u32,
    /// The line without its CRLF (lossy UTF-8).
    pub text: String,
}

/// The bytes of one data connection.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DataStream {
    pub conn: ConnId,
    /// The file's name (without directories) for RETR/STOR/APPE; `None` for a
    /// listing (LIST/NLST) or when the command is unknown.
    pub file_name: Option<String>,
    /// The command the connection served, as sent: `"RETR foo"`, `"LIST"`.
    pub command: Option<String>,
    /// The payload of the direction that carried data, reassembled in sequence order.
    pub bytes: Vec<u8>,
    /// True when the client sent the data (STOR), false when the server did (RETR, LIST).
    pub from_client: bool,
}

/// The new bytes of each payload segment of `conn` in direction `from_client`,
/// with their offset in the stream, skipping bytes already seen.
fn payloads<'t>(
    t: &'t Timeline,
    c: &Connection,
    from_client: bool,
) -> impl Iterator<Item = (&'t Segment, u64)> + 't {
    let base = analysis::bases(t, c.id)[usize::from(!from_client)];
    let conn = c.id;
    let client = c.client;
    let opened = c.opened_at;
    t.segments()
        .skip_while(move |(i, _)| *i < opened)
        .filter(move |(_, s)| s.conn == conn && (s.src == client) == from_client)
        .filter(|(_, s)| !s.payload.is_empty())
        .map(move |(_, s)| {
            // Offset of the first payload byte: relative seq minus the SYN's 1.
            let rel = base.map_or(1, |b| s.seq.wrapping_sub(b));
            (s, u64::from(rel.wrapping_sub(1)))
        })
}

/// The control connection `conn`'s payload as lines, in the order they were
/// sent; empty if `conn` is not a connection.
pub fn control_transcript(t: &Timeline, conn: ConnId) -> Vec<TranscriptLine> {
    let Some(c) = t.connections.get(usize::from(conn.0)) else {
        return Vec::new();
    };
    let mut out: Vec<TranscriptLine> = Vec::new();
    // Per direction: bytes seen so far, the partial line and its first frame.
    let mut next = [0u64; 2];
    let mut partial: [(Vec<u8>, u32); 2] = [(Vec::new(), 0), (Vec::new(), 0)];
    let client = c.client;
    let bases = analysis::bases(t, conn);
    for (_, s) in t.segments().skip_while(|(i, _)| *i < c.opened_at) {
        if s.conn != conn || s.payload.is_empty() {
            continue;
        }
        let from_client = s.src == client;
        let d = usize::from(!from_client);
        let base = bases[d];
        let off = u64::from(base.map_or(1, |b| s.seq.wrapping_sub(b)).wrapping_sub(1));
        let end = off + s.payload.len() as u64;
        if end <= next[d] || off > next[d] {
            continue; // already seen (retransmission) or a gap the capture lacks
        }
        let new = &s.payload[(next[d] - off) as usize..];
        next[d] = end;
        let (buf, first) = &mut partial[d];
        for &byte in new {
            if buf.is_empty() {
                *first = s.frame;
            }
            if byte == b'\n' {
                if buf.last() == Some(&b'\r') {
                    buf.pop();
                }
                out.push(TranscriptLine {
                    from_client,
                    frame: *first,
                    text: String::from_utf8_lossy(buf).into_owned(),
                });
                buf.clear();
            } else {
                buf.push(byte);
            }
        }
    }
    for (d, (buf, first)) in partial.into_iter().enumerate() {
        if !buf.is_empty() {
            out.push(TranscriptLine {
                from_client: d == 0,
                frame: first,
                text: String::from_utf8_lossy(&buf).into_owned(),
            });
        }
    }
    out.sort_by_key(|l| l.frame);
    out
}

/// Reassembles one direction of a connection.
fn reassemble(t: &Timeline, c: &Connection, from_client: bool) -> Vec<u8> {
    let total: u64 = payloads(t, c, from_client)
        .map(|(s, _)| s.payload.len() as u64)
        .sum();
    let mut out: Vec<u8> = Vec::new();
    for (s, off) in payloads(t, c, from_client) {
        // Offsets beyond what the segments could fill are nonsense; skip them.
        if off > total {
            continue;
        }
        let off = off as usize;
        let end = off + s.payload.len();
        if out.len() < end {
            out.resize(end, 0);
        }
        out[off..end].copy_from_slice(&s.payload);
    }
    out
}

/// One [`DataStream`] per data connection, in connection order.
pub fn data_streams(t: &Timeline) -> Vec<DataStream> {
    t.connections
        .iter()
        .filter(|c| c.channel == Channel::Data)
        .map(|c| {
            let setup = analysis::data_setup(t, c.id);
            let (verb, arg) = match &setup.command {
                Some(FtpMessage::Command { verb, arg }) => (verb.as_str(), arg.as_str()),
                _ => ("", ""),
            };
            let upload = matches!(verb, "STOR" | "APPE" | "STOU");
            let client_bytes = reassemble(t, c, true);
            let server_bytes = reassemble(t, c, false);
            let from_client = if client_bytes.is_empty() == server_bytes.is_empty() {
                upload
            } else {
                !client_bytes.is_empty()
            };
            let file_name = match verb {
                "RETR" | "STOR" | "APPE" if !arg.is_empty() => {
                    Some(arg.rsplit('/').next().unwrap_or(arg).to_string())
                }
                _ => None,
            };
            DataStream {
                conn: c.id,
                file_name,
                command: setup.command.as_ref().map(|m| m.to_string()),
                bytes: if from_client {
                    client_bytes
                } else {
                    server_bytes
                },
                from_client,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ftp::fs::Fs;
    use crate::{simulate, Scenario};

    #[test]
    fn the_seed_file_reassembles() {
        for s in [Scenario::seed_active(), Scenario::seed_passive()] {
            let t = simulate(&s, 1);
            let d = data_streams(&t);
            assert_eq!(d.len(), 1);
            assert_eq!(d[0].conn, ConnId(1));
            assert_eq!(d[0].file_name.as_deref(), Some("foo"));
            assert_eq!(d[0].command.as_deref(), Some("RETR foo"));
            assert!(!d[0].from_client);
            assert_eq!(Some(&d[0].bytes[..]), Fs::tutorial().file("/foo"));
        }
    }

    #[test]
    fn login_list_has_a_listing_and_the_readme() {
        let t = simulate(&Scenario::login_list(), 1);
        let d = data_streams(&t);
        assert_eq!(d.len(), 2);
        assert_eq!(d[0].command.as_deref(), Some("LIST"));
        assert_eq!(d[0].file_name, None);
        assert_eq!(d[0].bytes, Fs::tutorial().listing("/", true));
        assert_eq!(d[1].command.as_deref(), Some("RETR readme.txt"));
        assert_eq!(d[1].file_name.as_deref(), Some("readme.txt"));
        assert_eq!(
            Some(&d[1].bytes[..]),
            Fs::tutorial().file("/pub/readme.txt")
        );
    }

    #[test]
    fn uploads_come_from_the_client_and_failed_connections_are_empty() {
        let t = simulate(&Scenario::two_pcs(), 1);
        let d = data_streams(&t);
        assert_eq!(d[0].command.as_deref(), Some("STOR report.txt"));
        assert!(d[0].from_client);
        assert_eq!(d[0].bytes.len(), 1200);
        let t = simulate(&Scenario::firewall_active(), 1);
        let d = data_streams(&t);
        assert_eq!(d.len(), 2);
        assert!(d[0].bytes.is_empty(), "the firewall dropped every SYN");
        assert_eq!(Some(&d[1].bytes[..]), Fs::tutorial().file("/foo"));
    }

    #[test]
    fn control_transcript_reads_like_the_session() {
        let t = simulate(&Scenario::seed_active(), 1);
        let lines = control_transcript(&t, ConnId(0));
        let text: Vec<String> = lines
            .iter()
            .map(|l| format!("{} {}", if l.from_client { "C" } else { "S" }, l.text))
            .collect();
        assert_eq!(text[0], "S 220 FTP Server ready");
        assert_eq!(text[1], "C USER anonymous");
        assert!(text.contains(&"C PORT 1,1,1,1,213,177".to_string()));
        assert_eq!(text.last().map(String::as_str), Some("S 221 Goodbye"));
        assert_eq!(lines.len(), 30);
        assert_eq!(lines[0].frame, 4);
        // FEAT's 211 is one segment of nine lines.
        assert!(lines.windows(2).all(|w| w[0].frame <= w[1].frame));
        assert!(control_transcript(&t, ConnId(99)).is_empty());
        let t = simulate(&Scenario::two_pcs(), 1);
        let lines = control_transcript(&t, ConnId(0));
        assert!(lines.iter().any(|l| l.text == "230-Welcome, user1."));
        assert!(lines.iter().any(|l| l.text == "230 Login successful."));
    }
}
