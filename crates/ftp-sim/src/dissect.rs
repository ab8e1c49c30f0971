//! The packet inspector: a segment's layers, every header field with its value,
//! a one-line explanation for a learner and its exact byte range in the frame.
//!
//! Layers, in order, tile the frame: "Ethernet II" (14 bytes), "Internet
//! Protocol Version 4", "Transmission Control Protocol", then for a payload
//! "File Transfer Protocol (FTP)" (control connection) or "FTP Data" (data
//! connection). Field names (`abbrev`) are Wireshark's, so a learner can type
//! them into the filter box; values read like Wireshark's packet details
//! (relative sequence numbers with the raw ones beside them). Lines of an FTP
//! reply after the first have no Wireshark field: their `abbrev` is `""`.
//!
//! A field's range covers the bytes that hold it; fields packed into the same
//! bytes (IPv4 version and header length, the TCP flags) share that range.

use std::ops::Range;

use crate::analysis::{self, Offsets};
use crate::timeline::{Channel, EventKind, Timeline};

/// One field of a header.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Field {
    /// Wireshark's field name: `"eth.dst"`, `"ip.ttl"`, `"tcp.flags.syn"`, `"ftp.request.command"`…
    pub abbrev: &'static str,
    /// Wireshark's label: `"Destination"`, `"Time to Live"`…
    pub label: &'static str,
    /// The value as shown: `"1.1.1.1"`, `"64"`, `"0x40, Don't fragment"`…
    pub value: String,
    /// What the field is for, in one plain sentence.
    pub explain: &'static str,
    /// Byte offsets within the Ethernet frame ([`crate::Segment::bytes`]).
    pub range: Range<usize>,
}

/// One protocol layer of a frame.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Layer {
    /// `"Ethernet II"`, `"Internet Protocol Version 4"`, `"Transmission Control
    /// Protocol"`, `"File Transfer Protocol (FTP)"` or `"FTP Data"`.
    pub title: &'static str,
    /// Byte offsets of the layer within the frame.
    pub range: Range<usize>,
    pub fields: Vec<Field>,
}

fn field(
    abbrev: &'static str,
    label: &'static str,
    value: String,
    explain: &'static str,
    range: Range<usize>,
) -> Field {
    Field {
        abbrev,
        label,
        value,
        explain,
        range,
    }
}

fn mac(b: &[u8]) -> String {
    let mut s = String::with_capacity(17);
    for (i, x) in b.iter().enumerate() {
        if i > 0 {
            s.push(':');
        }
        s.push(char::from_digit(u32::from(x >> 4), 16).unwrap_or('0'));
        s.push(char::from_digit(u32::from(x & 15), 16).unwrap_or('0'));
    }
    s
}

fn be16(b: &[u8], at: usize) -> u16 {
    u16::from_be_bytes([b[at], b[at + 1]])
}

/// The inspector's lines for Wireshark's analysis flags of a frame (`tc`:
/// where the TCP header starts); the value is Wireshark's own mark, as in the
/// packet list.
fn analysis_fields(ta: &crate::tcp_analysis::TcpAnalysis, tc: usize) -> Vec<Field> {
    use crate::tcp_analysis::Flag;
    let rows: [(Flag, &'static str, &'static str, &'static str, &'static str); 8] = [
        (Flag::FastRetransmission, "tcp.analysis.fast_retransmission", "Fast retransmission", "[TCP Fast Retransmission]", "Sent again right after duplicate ACKs asked for it, without waiting for the retransmission timer."),
        (Flag::SpuriousRetransmission, "tcp.analysis.spurious_retransmission", "Spurious retransmission", "[TCP Spurious Retransmission]", "Sent again although the receiver had acknowledged it already: an ACK was lost or came late."),
        (Flag::Retransmission, "tcp.analysis.retransmission", "Retransmission", "[TCP Retransmission]", "These bytes were sent before: the first copy was lost, or its ACK did not come back in time."),
        (Flag::OutOfOrder, "tcp.analysis.out_of_order", "Out-of-order segment", "[TCP Out-Of-Order]", "Older bytes sent again shortly after newer ones: the segment does not follow the bytes before it."),
        (Flag::LostSegment, "tcp.analysis.lost_segment", "Previous segment not captured", "[TCP Previous segment not captured]", "The capture lacks bytes before this segment: something sent before it was not seen here."),
        (Flag::AckLostSegment, "tcp.analysis.ack_lost_segment", "ACKed unseen segment", "[TCP ACKed unseen segment]", "This ACK covers bytes the capture never showed."),
        (Flag::WindowFull, "tcp.analysis.window_full", "Window full", "[TCP Window Full]", "The sender has filled the receiver's whole advertised window and must wait for an ACK."),
        (Flag::DuplicateAck, "tcp.analysis.duplicate_ack", "Duplicate ACK", "", "The receiver repeats the same ACK number: a segment after a gap arrived, and it still misses the bytes this ACK names."),
    ];
    let mut out = Vec::new();
    for (flag, abbrev, label, mark, explain) in rows {
        // A fast or spurious retransmission is listed once, under its own name.
        let shown = if flag == Flag::Retransmission {
            ta.has(flag)
                && !ta.has(Flag::FastRetransmission)
                && !ta.has(Flag::SpuriousRetransmission)
        } else {
            ta.has(flag)
        };
        if !shown {
            continue;
        }
        let value = if flag == Flag::DuplicateAck {
            format!("[TCP Dup ACK {}#{}]", ta.dupack_frame, ta.dupack_num)
        } else {
            mark.to_string()
        };
        let range = match flag {
            Flag::DuplicateAck | Flag::AckLostSegment => tc + 8..tc + 12,
            Flag::WindowFull => tc + 14..tc + 16,
            _ => tc + 4..tc + 8,
        };
        out.push(field(abbrev, label, value, explain, range));
    }
    out
}

fn set(on: bool) -> String {
    if on { "Set" } else { "Not set" }.to_string()
}

/// What an FTP command asks for, for the inspector.
fn command_explain(verb: &[u8]) -> &'static str {
    match verb.to_ascii_uppercase().as_slice() {
        b"USER" => "USER: the client names the account it wants to log in as.",
        b"PASS" => "PASS: the client sends the password (in clear text: anyone on the path can read it).",
        b"SYST" => "SYST: the client asks which operating system the server runs.",
        b"TYPE" => "TYPE: the client picks how files travel: I (image, byte for byte) or A (ASCII text).",
        b"PORT" => "PORT: the client gives its IP address and a port (h1,h2,h3,h4,p1,p2; port = p1×256+p2) and asks the server to connect there for the data.",
        b"EPRT" => "EPRT: like PORT, written |protocol|address|port| (RFC 2428).",
        b"PASV" => "PASV: the client asks the server to open a port and wait for the client to connect for the data.",
        b"EPSV" => "EPSV: like PASV, but the server answers with the port only (RFC 2428).",
        b"RETR" => "RETR: the client asks for a copy of a file (retrieve), sent over the data connection.",
        b"STOR" => "STOR: the client sends a file to store on the server, over the data connection.",
        b"LIST" => "LIST: the client asks for a detailed directory listing, sent over the data connection.",
        b"NLST" => "NLST: the client asks for the bare list of file names, sent over the data connection.",
        b"CWD" => "CWD: the client changes the server's working directory.",
        b"CDUP" => "CDUP: the client moves the working directory up one level.",
        b"PWD" => "PWD: the client asks for the current working directory.",
        b"DELE" => "DELE: the client deletes a file on the server.",
        b"MKD" => "MKD: the client creates a directory.",
        b"RMD" => "RMD: the client removes a directory.",
        b"SIZE" => "SIZE: the client asks how many bytes a file holds.",
        b"QUIT" => "QUIT: the client ends the session; the server says goodbye and closes the control connection.",
        b"NOOP" => "NOOP: does nothing; keeps the connection alive.",
        _ => "The command: what the client asks the server to do (four letters or fewer).",
    }
}

/// The meaning of a reply code, as Wireshark names it.
fn code_meaning(code: u32) -> &'static str {
    match code {
        125 => "Data connection already open; transfer starting",
        150 => "File status okay; about to open data connection",
        200 => "Command okay",
        211 => "System status, or system help reply",
        213 => "File status",
        214 => "Help message",
        215 => "NAME system type",
        220 => "Service ready for new user",
        221 => "Service closing control connection",
        225 => "Data connection open; no transfer in progress",
        226 => "Closing data connection",
        227 => "Entering Passive Mode",
        229 => "Entering Extended Passive Mode",
        230 => "User logged in, proceed",
        250 => "Requested file action okay, completed",
        257 => "PATHNAME created",
        331 => "User name okay, need password",
        332 => "Need account for login",
        350 => "Requested file action pending further information",
        421 => "Service not available, closing control connection",
        425 => "Can't open data connection",
        426 => "Connection closed; transfer aborted",
        450 => "Requested file action not taken",
        451 => "Requested action aborted: local error in processing",
        500 => "Syntax error, command unrecognized",
        501 => "Syntax error in parameters or arguments",
        502 => "Command not implemented",
        503 => "Bad sequence of commands",
        504 => "Command not implemented for that parameter",
        530 => "Not logged in",
        550 => "Requested action not taken: File unavailable",
        553 => "Requested action not taken: File name not allowed",
        _ => "",
    }
}

const CODE_EXPLAIN: &str = "The reply code: the first digit says how it went (1 wait for more, 2 done, 3 send more, 4 try again later, 5 failed).";

/// The layers of segment `event`; `None` if `event` is not a segment (or its
/// bytes are not an Ethernet/IPv4/TCP frame).
pub fn dissect(t: &Timeline, event: usize) -> Option<Vec<Layer>> {
    let EventKind::Segment(s) = &t.events.get(event)?.kind else {
        return None;
    };
    let b = &s.bytes[..];
    let o = Offsets::of(b)?;
    let conn = t.connections.get(usize::from(s.conn.0));
    let mut layers = Vec::with_capacity(4);

    // Ethernet II.
    let ethertype = be16(b, 12);
    layers.push(Layer {
        title: "Ethernet II",
        range: 0..o.ip,
        fields: vec![
            field("eth.dst", "Destination", mac(&b[0..6]), "The MAC address of the next hop on the link: the network card that should pick up this frame.", 0..6),
            field("eth.src", "Source", mac(&b[6..12]), "The MAC address of the network card that sent the frame.", 6..12),
            field(
                "eth.type",
                "Type",
                if ethertype == 0x0800 { "IPv4 (0x0800)".to_string() } else { format!("0x{ethertype:04x}") },
                "What the frame carries: 0x0800 means an IPv4 packet follows.",
                12..14,
            ),
        ],
    });

    // IPv4.
    let ip = o.ip;
    let ihl = usize::from(b[ip] & 0x0f);
    let ds = b[ip + 1];
    let flags = b[ip + 6];
    let frag = be16(b, ip + 6) & 0x1fff;
    let mut fields = vec![
        field("ip.version", "Version", (b[ip] >> 4).to_string(), "The IP version: 4 for IPv4.", ip..ip + 1),
        field("ip.hdr_len", "Header Length", format!("{} bytes ({ihl})", ihl * 4), "How long the IPv4 header is, in 4-byte words (5 words = 20 bytes without options).", ip..ip + 1),
        field(
            "ip.dsfield",
            "Differentiated Services Field",
            format!("0x{ds:02x} (DSCP: {}, ECN: {})", ds >> 2, ds & 3),
            "Priority (DSCP) and congestion signalling (ECN) for routers; 0 means ordinary traffic.",
            ip + 1..ip + 2,
        ),
        field("ip.len", "Total Length", be16(b, ip + 2).to_string(), "The length of the whole IP packet (header + TCP + data), in bytes.", ip + 2..ip + 4),
        field(
            "ip.id",
            "Identification",
            format!("0x{0:04x} ({0})", be16(b, ip + 4)),
            "A number for the packet, used to put fragments back together.",
            ip + 4..ip + 6,
        ),
        field(
            "ip.flags",
            "Flags",
            format!(
                "0x{flags:02x}{}",
                if flags & 0x40 != 0 { ", Don't fragment" } else if flags & 0x20 != 0 { ", More fragments" } else { "" }
            ),
            "Fragmentation flags: Don't Fragment asks routers not to split the packet.",
            ip + 6..ip + 7,
        ),
        field("ip.frag_offset", "Fragment Offset", (u32::from(frag) * 8).to_string(), "Where this fragment belongs in the original packet; 0 for an unfragmented packet.", ip + 6..ip + 8),
        field("ip.ttl", "Time to Live", b[ip + 8].to_string(), "How many more routers the packet may cross; each router subtracts 1 and drops it at 0.", ip + 8..ip + 9),
        field(
            "ip.proto",
            "Protocol",
            if b[ip + 9] == 6 { "TCP (6)".to_string() } else { b[ip + 9].to_string() },
            "Which protocol is inside: 6 means TCP.",
            ip + 9..ip + 10,
        ),
        field("ip.checksum", "Header Checksum", format!("0x{:04x}", be16(b, ip + 10)), "A checksum of the IPv4 header, so a router can spot a damaged header.", ip + 10..ip + 12),
        field("ip.src", "Source Address", s.src.ip().to_string(), "The IP address of the host that sent the packet.", ip + 12..ip + 16),
        field("ip.dst", "Destination Address", s.dst.ip().to_string(), "The IP address of the host the packet is for.", ip + 16..ip + 20),
    ];
    if ihl > 5 {
        fields.push(field(
            "ip.options",
            "Options",
            format!("{} bytes", ihl * 4 - 20),
            "Optional IPv4 header extensions.",
            ip + 20..o.tcp,
        ));
    }
    layers.push(Layer {
        title: "Internet Protocol Version 4",
        range: ip..o.tcp,
        fields,
    });

    // TCP.
    let tc = o.tcp;
    let (rel_seq, rel_ack) = match conn {
        Some(c) => analysis::relative(c, analysis::bases(t, s.conn), s),
        None => (s.seq, s.ack),
    };
    let thl = o.payload - tc;
    let fl = b[tc + 13];
    let bits = be16(b, tc + 12) & 0x0fff;
    let names = [
        (0x01, "FIN"),
        (0x02, "SYN"),
        (0x04, "RST"),
        (0x08, "PSH"),
        (0x10, "ACK"),
        (0x20, "URG"),
        (0x40, "ECE"),
        (0x80, "CWR"),
    ];
    let mut flag_names = String::new();
    for (bit, n) in names.iter() {
        if fl & bit != 0 {
            if !flag_names.is_empty() {
                flag_names.push_str(", ");
            }
            flag_names.push_str(n);
        }
    }
    let f = tc + 12..tc + 14;
    let fb = tc + 13..tc + 14;
    let mut fields = vec![
        field("tcp.srcport", "Source Port", s.src.port().to_string(), "The sender's port: which program on the sending host this belongs to.", tc..tc + 2),
        field("tcp.dstport", "Destination Port", s.dst.port().to_string(), "The receiver's port: 21 is the FTP server's control port, 20 its active-mode data port.", tc + 2..tc + 4),
        field(
            "tcp.seq",
            "Sequence Number",
            format!("{rel_seq} (relative), raw {}", s.seq),
            "The number of the first byte in this segment; counting starts at a random value (shown relative to 0).",
            tc + 4..tc + 8,
        ),
        field(
            "tcp.ack",
            "Acknowledgment Number",
            if s.flags.ack {
                format!("{rel_ack} (relative), raw {}", s.ack)
            } else {
                format!("{} (the ACK flag is not set)", s.ack)
            },
            "The next byte the sender expects from the other side: everything before it arrived.",
            tc + 8..tc + 12,
        ),
        field("tcp.hdr_len", "Header Length", format!("{thl} bytes ({})", thl / 4), "How long the TCP header is, in 4-byte words (20 bytes plus options).", tc + 12..tc + 13),
        field("tcp.flags", "Flags", format!("0x{bits:03x} ({flag_names})"), "The control bits of this segment, shown one by one below.", f.clone()),
        field("tcp.flags.res", "Reserved", set(b[tc + 12] & 0x0e != 0), "Reserved bits; always zero.", tc + 12..tc + 13),
        field("tcp.flags.ae", "Accurate ECN", set(b[tc + 12] & 0x01 != 0), "Accurate congestion feedback (RFC 9768); not used here.", tc + 12..tc + 13),
        field("tcp.flags.cwr", "Congestion Window Reduced", set(fl & 0x80 != 0), "The sender slowed down after a congestion signal; not used here.", fb.clone()),
        field("tcp.flags.ece", "ECN-Echo", set(fl & 0x40 != 0), "Reports congestion seen on the path; not used here.", fb.clone()),
        field("tcp.flags.urg", "Urgent", set(fl & 0x20 != 0), "Urgent data is present (see Urgent Pointer); rarely used.", fb.clone()),
        field("tcp.flags.ack", "Acknowledgment", set(fl & 0x10 != 0), "ACK: the Acknowledgment Number is valid; set on every segment after the first SYN.", fb.clone()),
        field("tcp.flags.push", "Push", set(fl & 0x08 != 0), "PSH: hand the data to the application now, without waiting for more.", fb.clone()),
        field("tcp.flags.reset", "Reset", set(fl & 0x04 != 0), "RST: abort the connection at once (or refuse it).", fb.clone()),
        field("tcp.flags.syn", "Syn", set(fl & 0x02 != 0), "SYN: open a connection and synchronise sequence numbers (the first two segments of the handshake).", fb.clone()),
        field("tcp.flags.fin", "Fin", set(fl & 0x01 != 0), "FIN: the sender has no more data; one side of the connection closes.", fb),
        field("tcp.window_size_value", "Window", be16(b, tc + 14).to_string(), "How many more bytes the sender can receive right now (flow control).", tc + 14..tc + 16),
        field("tcp.checksum", "Checksum", format!("0x{:04x}", be16(b, tc + 16)), "A checksum of the TCP header, data and addresses, so the receiver can spot damage.", tc + 16..tc + 18),
        field("tcp.urgent_pointer", "Urgent Pointer", be16(b, tc + 18).to_string(), "Where urgent data ends, when the URG flag is set; 0 otherwise.", tc + 18..tc + 20),
    ];
    // Options.
    let mut i = tc + 20;
    while i < o.payload {
        let kind = b[i];
        match kind {
            0 => {
                fields.push(field(
                    "tcp.options.eol",
                    "End of Option List",
                    "EOL".to_string(),
                    "Marks the end of the options.",
                    i..o.payload,
                ));
                break;
            }
            1 => {
                fields.push(field(
                    "tcp.options.nop",
                    "No-Operation",
                    "NOP".to_string(),
                    "Padding between options.",
                    i..i + 1,
                ));
                i += 1;
            }
            _ => {
                let len = usize::from(*b.get(i + 1).unwrap_or(&0));
                if len < 2 || i + len > o.payload {
                    fields.push(field(
                        "tcp.options",
                        "Options",
                        format!("{} bytes", o.payload - i),
                        "TCP header options.",
                        i..o.payload,
                    ));
                    break;
                }
                if kind == 2 && len == 4 {
                    fields.push(field(
                        "tcp.options.mss_val",
                        "Maximum segment size",
                        format!("{} bytes", be16(b, i + 2)),
                        "MSS: the most data the sender accepts in one segment; sent with SYN (1460 fits a 1500-byte Ethernet frame).",
                        i..i + 4,
                    ));
                } else {
                    fields.push(field(
                        "tcp.option_kind",
                        "Option",
                        format!("kind {kind}, {len} bytes"),
                        "A TCP header option.",
                        i..i + len,
                    ));
                }
                i += len;
            }
        }
    }
    // Wireshark's sequence analysis: generated fields, each lighting the header
    // field it is about (the sequence or acknowledgment number, the window).
    let ta = crate::tcp_analysis::analyze(t)
        .get((s.frame as usize).wrapping_sub(1))
        .copied()
        .unwrap_or_default();
    fields.extend(analysis_fields(&ta, tc));
    let hidden = ta.hides_payload() && o.payload < o.end;
    if hidden {
        fields.push(field(
            "tcp.segment_data",
            "TCP segment data",
            format!("{} bytes", o.end - o.payload),
            "Wireshark does not hand a retransmitted or out-of-order segment to FTP, so its bytes show as TCP data.",
            o.payload..o.end,
        ));
    }
    layers.push(Layer {
        title: "Transmission Control Protocol",
        range: tc..if hidden { o.end } else { o.payload },
        fields,
    });

    // Payload.
    if o.payload < o.end && !hidden {
        let p = o.payload;
        let data = conn.is_some_and(|c| c.channel == Channel::Data);
        if data {
            layers.push(Layer {
                title: "FTP Data",
                range: p..o.end,
                fields: vec![field(
                    "ftp-data",
                    "Data",
                    format!("{} bytes", o.end - p),
                    "The file's (or listing's) bytes themselves: the data connection carries nothing else.",
                    p..o.end,
                )],
            });
        } else {
            let request = conn.is_some_and(|c| s.dst == c.server);
            let payload = &b[p..o.end];
            let mut fields = Vec::new();
            if let Some(l) = analysis::ftp_line(payload, request) {
                let text =
                    |r: &Range<usize>| String::from_utf8_lossy(&payload[r.clone()]).into_owned();
                if let Some(c) = &l.command {
                    fields.push(field(
                        "ftp.request.command",
                        "Request command",
                        text(c),
                        command_explain(&payload[c.clone()]),
                        p + c.start..p + c.end,
                    ));
                }
                if let Some(a) = &l.arg {
                    fields.push(field(
                        "ftp.request.arg",
                        "Request arg",
                        text(a),
                        "The command's argument: a user name, a file name, an address…",
                        p + a.start..p + a.end,
                    ));
                }
                if let Some((code, r)) = &l.code {
                    let meaning = code_meaning(*code);
                    let value = if meaning.is_empty() {
                        code.to_string()
                    } else {
                        format!("{code} ({meaning})")
                    };
                    fields.push(field(
                        "ftp.response.code",
                        "Response code",
                        value,
                        CODE_EXPLAIN,
                        p + r.start..p + r.end,
                    ));
                }
                if let Some(a) = &l.resp_arg {
                    fields.push(field(
                        "ftp.response.arg",
                        "Response arg",
                        text(a),
                        "The reply's text, written for people; the code is what programs read.",
                        p + a.start..p + a.end,
                    ));
                }
                for (line, _) in analysis::lines(payload).into_iter().skip(1) {
                    if !line.is_empty() {
                        fields.push(field("", "Line", text(&line), "A further line of a multi-line reply (the last one starts with the code and a space).", p + line.start..p + line.end));
                    }
                }
            }
            layers.push(Layer {
                title: "File Transfer Protocol (FTP)",
                range: p..o.end,
                fields,
            });
        }
    }
    if o.end < b.len() {
        layers.push(Layer {
            title: "Ethernet trailer",
            range: o.end..b.len(),
            fields: vec![field(
                "eth.trailer",
                "Trailer",
                format!("{} bytes", b.len() - o.end),
                "Padding after the IP packet, up to the minimum Ethernet frame size.",
                o.end..b.len(),
            )],
        });
    }
    Some(layers)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{simulate, Scenario, Segment};

    fn find<'a>(layers: &'a [Layer], abbrev: &str) -> &'a Field {
        layers
            .iter()
            .flat_map(|l| &l.fields)
            .find(|f| f.abbrev == abbrev)
            .unwrap_or_else(|| panic!("no {abbrev}"))
    }

    fn check(t: &Timeline, i: usize, s: &Segment) -> Vec<Layer> {
        let layers = dissect(t, i).expect("a segment");
        let mut at = 0;
        for l in &layers {
            assert_eq!(l.range.start, at, "layers tile the frame");
            at = l.range.end;
            for f in &l.fields {
                assert!(
                    l.range.start <= f.range.start
                        && f.range.end <= l.range.end
                        && f.range.start < f.range.end,
                    "{} {:?} in {} {:?}",
                    f.abbrev,
                    f.range,
                    l.title,
                    l.range
                );
                assert!(!f.explain.is_empty() && !f.label.is_empty());
            }
        }
        assert_eq!(at, s.bytes.len());
        let b = &s.bytes;
        let bytes = |a: &str| &b[find(&layers, a).range.clone()];
        assert_eq!(bytes("ip.src"), s.src.ip().octets());
        assert_eq!(bytes("ip.dst"), s.dst.ip().octets());
        assert_eq!(bytes("tcp.srcport"), s.src.port().to_be_bytes());
        assert_eq!(bytes("tcp.dstport"), s.dst.port().to_be_bytes());
        assert_eq!(bytes("tcp.seq"), s.seq.to_be_bytes());
        assert_eq!(bytes("tcp.ack"), s.ack.to_be_bytes());
        assert_eq!(bytes("tcp.window_size_value"), s.window.to_be_bytes());
        assert_eq!(bytes("eth.src"), t.host(s.from).mac);
        assert_eq!(find(&layers, "ip.src").value, s.src.ip().to_string());
        assert_eq!(find(&layers, "tcp.srcport").value, s.src.port().to_string());
        assert_eq!(
            find(&layers, "tcp.flags.syn").value,
            if s.flags.syn { "Set" } else { "Not set" }
        );
        if let Some(m) = s.mss {
            assert_eq!(&bytes("tcp.options.mss_val")[2..], m.to_be_bytes());
        }
        if let Some(crate::wire::FtpMessage::Command { verb, arg }) = &s.ftp {
            assert_eq!(bytes("ftp.request.command"), verb.as_bytes());
            if !arg.is_empty() {
                assert_eq!(bytes("ftp.request.arg"), arg.as_bytes());
            }
        }
        if let Some(crate::wire::FtpMessage::Reply { code, .. }) = &s.ftp {
            assert_eq!(bytes("ftp.response.code"), code.to_string().as_bytes());
        }
        layers
    }

    #[test]
    fn every_frame_of_several_sessions_dissects_exactly() {
        for s in [
            Scenario::seed_active(),
            Scenario::seed_passive(),
            Scenario::login_list(),
            Scenario::two_pcs(),
            Scenario::firewall_active(),
        ] {
            let t = simulate(&s, 9);
            for (i, seg) in t.segments() {
                check(&t, i, seg);
            }
        }
    }

    #[test]
    fn seed_values_read_like_wireshark() {
        let t = simulate(&Scenario::seed_active(), 1);
        let (i, _) = t.segments().nth(1).unwrap();
        let l = dissect(&t, i).unwrap();
        let titles: Vec<_> = l.iter().map(|l| l.title).collect();
        assert_eq!(
            titles,
            [
                "Ethernet II",
                "Internet Protocol Version 4",
                "Transmission Control Protocol"
            ]
        );
        assert_eq!(find(&l, "tcp.seq").value, "0 (relative), raw 3997354251");
        assert_eq!(find(&l, "tcp.ack").value, "1 (relative), raw 4214379871");
        assert_eq!(find(&l, "tcp.flags").value, "0x012 (SYN, ACK)");
        assert_eq!(find(&l, "tcp.options.mss_val").value, "1460 bytes");
        assert_eq!(find(&l, "ip.flags").value, "0x40, Don't fragment");
        assert_eq!(find(&l, "ip.ttl").value, "64");
        assert_eq!(find(&l, "ip.proto").value, "TCP (6)");
        assert_eq!(find(&l, "eth.type").value, "IPv4 (0x0800)");
        assert_eq!(find(&l, "tcp.hdr_len").value, "24 bytes (6)");
        let (i, _) = t.segments().next().unwrap();
        assert!(find(&dissect(&t, i).unwrap(), "tcp.ack")
            .value
            .contains("not set"));
        let (i, _) = t.segments().nth(5).unwrap();
        let l = dissect(&t, i).unwrap();
        assert_eq!(l[3].title, "File Transfer Protocol (FTP)");
        assert_eq!(find(&l, "ftp.request.command").value, "USER");
        assert_eq!(find(&l, "ftp.request.arg").value, "anonymous");
        assert!(find(&l, "ftp.request.command").explain.starts_with("USER"));
        let (i, _) = t.segments().nth(3).unwrap();
        let l = dissect(&t, i).unwrap();
        assert_eq!(
            find(&l, "ftp.response.code").value,
            "220 (Service ready for new user)"
        );
        assert_eq!(find(&l, "ftp.response.arg").value, "FTP Server ready");
        let (i, _) = t.segments().nth(27).unwrap();
        let l = dissect(&t, i).unwrap();
        assert_eq!(l[3].title, "FTP Data");
        assert_eq!(find(&l, "ftp-data").value, "1460 bytes");
        assert_eq!(dissect(&t, 0), None);
        assert_eq!(dissect(&t, usize::MAX), None);
    }

    /// Wireshark's analysis in the TCP layer; a retransmission by the timer is
    /// not handed to FTP (its bytes are TCP data), a fast one is.
    #[test]
    fn retransmissions_are_marked_as_wireshark_marks_them() {
        use crate::FaultRule;
        let titles = |l: &[Layer]| l.iter().map(|l| l.title).collect::<Vec<_>>();
        let t = simulate(&Scenario::by_id("lossy").unwrap(), 1);
        let rtx: Vec<usize> = t
            .segments()
            .filter(|(i, _)| {
                dissect(&t, *i).is_some_and(|l| {
                    l.iter()
                        .flat_map(|l| &l.fields)
                        .any(|f| f.abbrev == "tcp.analysis.fast_retransmission")
                })
            })
            .map(|(i, _)| i)
            .collect();
        assert_eq!(rtx.len(), 1);
        let l = dissect(&t, rtx[0]).unwrap();
        assert!(titles(&l).contains(&"FTP Data"), "{:?}", titles(&l));
        assert_eq!(
            find(&l, "tcp.analysis.fast_retransmission").value,
            "[TCP Fast Retransmission]"
        );
        let dup = t
            .segments()
            .find_map(|(i, _)| {
                let l = dissect(&t, i)?;
                l.iter()
                    .flat_map(|l| &l.fields)
                    .any(|f| f.abbrev == "tcp.analysis.duplicate_ack")
                    .then_some(l)
            })
            .unwrap();
        assert!(find(&dup, "tcp.analysis.duplicate_ack")
            .value
            .starts_with("[TCP Dup ACK "));

        let mut s = Scenario::seed_active();
        s.faults.rules.push(FaultRule::parse("S1 data 2").unwrap());
        let t = simulate(&s, 1);
        let (i, _) = t
            .segments()
            .find(|(i, _)| {
                dissect(&t, *i).is_some_and(|l| {
                    l.iter()
                        .flat_map(|l| &l.fields)
                        .any(|f| f.abbrev == "tcp.analysis.retransmission")
                })
            })
            .unwrap();
        let l = dissect(&t, i).unwrap();
        assert!(!titles(&l).contains(&"FTP Data"), "{:?}", titles(&l));
        assert_eq!(find(&l, "tcp.segment_data").value, "1460 bytes");
    }

    #[test]
    fn multi_line_replies_have_one_field_per_line() {
        let t = simulate(&Scenario::two_pcs(), 1);
        let (i, _) = t
            .segments()
            .find(|(_, s)| matches!(&s.ftp, Some(m) if m.code() == Some(230)))
            .unwrap();
        let l = dissect(&t, i).unwrap();
        let ftp = &l[3];
        assert_eq!(ftp.fields[0].value, "230 (User logged in, proceed)");
        assert_eq!(ftp.fields[1].value, "Welcome, user1.");
        assert_eq!(ftp.fields.last().unwrap().value, "230 Login successful.");
        assert_eq!(ftp.fields.last().unwrap().abbrev, "");
    }
}
