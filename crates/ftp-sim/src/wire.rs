//! Wire types: sequence numbers, TCP segments, Ethernet/IPv4/TCP frames and
//! FTP commands and replies.
//!
//! Frames are built and parsed with `etherparse`, which also computes the IPv4
//! and TCP checksums; nothing here hand-rolls a checksum.

use std::fmt;
use std::net::Ipv4Addr;
use std::ops::{Add, Sub};

use etherparse::{
    IpHeaders, IpNumber, Ipv4Header, NetHeaders, PacketBuilder, PacketHeaders, TcpOptionElement,
    TransportHeader,
};

/// The TCP flags the simulation uses.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct TcpFlags {
    pub syn: bool,
    pub ack: bool,
    pub psh: bool,
    pub fin: bool,
    pub rst: bool,
}

impl fmt::Display for TcpFlags {
    /// Wireshark's style: `[SYN, ACK]`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let names = [
            (self.fin, "FIN"),
            (self.syn, "SYN"),
            (self.rst, "RST"),
            (self.psh, "PSH"),
            (self.ack, "ACK"),
        ];
        let set: Vec<&str> = names
            .iter()
            .filter(|(on, _)| *on)
            .map(|(_, n)| *n)
            .collect();
        write!(f, "[{}]", set.join(", "))
    }
}

/// A TCP sequence number: arithmetic and comparison wrap modulo 2^32
/// (RFC 9293 section 3.4), so `SeqNumber(u32::MAX) + 1 == SeqNumber(0)` and
/// `SeqNumber(u32::MAX) < SeqNumber(0)`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct SeqNumber(pub u32);

impl Add<usize> for SeqNumber {
    type Output = SeqNumber;
    fn add(self, rhs: usize) -> SeqNumber {
        // Truncation is the point: sequence space is modulo 2^32.
        SeqNumber(self.0.wrapping_add(rhs as u32))
    }
}

impl Sub for SeqNumber {
    /// The signed distance from `rhs` to `self`.
    type Output = i64;
    fn sub(self, rhs: SeqNumber) -> i64 {
        i64::from(self.0.wrapping_sub(rhs.0) as i32)
    }
}

impl PartialOrd for SeqNumber {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some((*self - *other).cmp(&0))
    }
}

impl fmt::Display for SeqNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

/// A TCP segment's header fields and payload, without addresses.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TcpRepr {
    pub src_port: u16,
    pub dst_port: u16,
    pub seq: SeqNumber,
    /// The acknowledgment number; meaningful when `flags.ack`.
    pub ack: SeqNumber,
    pub flags: TcpFlags,
    pub window: u16,
    /// The MSS option (SYN segments only).
    pub mss: Option<u16>,
    pub payload: Vec<u8>,
}

impl TcpRepr {
    /// How much sequence space the segment occupies: its payload, plus one for SYN and one for FIN.
    pub fn seq_len(&self) -> usize {
        self.payload.len() + usize::from(self.flags.syn) + usize::from(self.flags.fin)
    }
}

impl fmt::Display for TcpRepr {
    /// Like Wireshark's Info column: `54704 → 21 [SYN] Seq=… Win=65535 Len=0 MSS=1460`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} → {} {} Seq={}",
            self.src_port, self.dst_port, self.flags, self.seq
        )?;
        if self.flags.ack {
            write!(f, " Ack={}", self.ack)?;
        }
        write!(f, " Win={} Len={}", self.window, self.payload.len())?;
        if let Some(mss) = self.mss {
            write!(f, " MSS={mss}")?;
        }
        Ok(())
    }
}

/// One parsed frame: addresses and the TCP segment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FrameRepr {
    pub src_mac: [u8; 6],
    pub dst_mac: [u8; 6],
    pub src_ip: Ipv4Addr,
    pub dst_ip: Ipv4Addr,
    /// The IPv4 identification field.
    pub ip_id: u16,
    pub tcp: TcpRepr,
}

/// Why a frame could not be parsed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum WireError {
    /// etherparse rejected the bytes.
    Malformed(String),
    /// Not IPv4 / TCP.
    Unsupported,
    /// The IPv4 header checksum is wrong.
    BadIpChecksum,
    /// The TCP checksum is wrong.
    BadTcpChecksum,
}

impl fmt::Display for WireError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            WireError::Malformed(e) => write!(f, "malformed frame: {e}"),
            WireError::Unsupported => f.write_str("not an IPv4/TCP frame"),
            WireError::BadIpChecksum => f.write_str("bad IPv4 header checksum"),
            WireError::BadTcpChecksum => f.write_str("bad TCP checksum"),
        }
    }
}

impl std::error::Error for WireError {}

impl FrameRepr {
    /// Serializes to an Ethernet II frame with correct IPv4 and TCP checksums
    /// (IPv4: TTL 64, Don't Fragment set, identification `ip_id`).
    pub fn to_bytes(&self) -> Vec<u8> {
        let t = &self.tcp;
        let mut ip = Ipv4Header::new(
            0,
            64,
            IpNumber::TCP,
            self.src_ip.octets(),
            self.dst_ip.octets(),
        )
        .unwrap_or_default();
        ip.identification = self.ip_id;
        ip.dont_fragment = true;
        let mut b = PacketBuilder::ethernet2(self.src_mac, self.dst_mac)
            .ip(IpHeaders::Ipv4(ip, Default::default()))
            .tcp(t.src_port, t.dst_port, t.seq.0, t.window);
        if t.flags.syn {
            b = b.syn();
        }
        if t.flags.ack {
            b = b.ack(t.ack.0);
        }
        if t.flags.psh {
            b = b.psh();
        }
        if t.flags.fin {
            b = b.fin();
        }
        if t.flags.rst {
            b = b.rst();
        }
        if let Some(mss) = t.mss {
            // One 4-byte option always fits in the 40 bytes of option space.
            b = match b.options(&[TcpOptionElement::MaximumSegmentSize(mss)]) {
                Ok(b) => b,
                Err(_) => unreachable!("a single MSS option always fits"),
            };
        }
        let mut out = Vec::with_capacity(b.size(t.payload.len()));
        // Only fails for payloads beyond 64 KiB, which the simulation never builds (MSS ≤ 1460).
        if b.write_to_vec(&mut out, &t.payload).is_err() {
            unreachable!("segment payload within IPv4 limits");
        }
        out
    }

    /// The length of [`FrameRepr::to_bytes`] without building the frame:
    /// Ethernet II (14) + IPv4 without options (20) + TCP (20, and 4 for the
    /// MSS option) + payload.
    pub fn wire_len(&self) -> usize {
        14 + 20 + 20 + if self.tcp.mss.is_some() { 4 } else { 0 } + self.tcp.payload.len()
    }

    /// Parses an Ethernet II / IPv4 / TCP frame and verifies both checksums.
    pub fn parse(bytes: &[u8]) -> Result<FrameRepr, WireError> {
        let h = PacketHeaders::from_ethernet_slice(bytes)
            .map_err(|e| WireError::Malformed(e.to_string()))?;
        let eth = h
            .link
            .clone()
            .and_then(|l| l.ethernet2())
            .ok_or(WireError::Unsupported)?;
        let Some(NetHeaders::Ipv4(ip, _)) = &h.net else {
            return Err(WireError::Unsupported);
        };
        let Some(TransportHeader::Tcp(tcp)) = &h.transport else {
            return Err(WireError::Unsupported);
        };
        if ip.header_checksum != ip.calc_header_checksum() {
            return Err(WireError::BadIpChecksum);
        }
        let payload = h.payload.slice();
        match tcp.calc_checksum_ipv4(ip, payload) {
            Ok(c) if c == tcp.checksum => {}
            _ => return Err(WireError::BadTcpChecksum),
        }
        let mss = tcp.options_iterator().find_map(|o| match o {
            Ok(TcpOptionElement::MaximumSegmentSize(m)) => Some(m),
            _ => None,
        });
        Ok(FrameRepr {
            src_mac: eth.source,
            dst_mac: eth.destination,
            src_ip: Ipv4Addr::from(ip.source),
            dst_ip: Ipv4Addr::from(ip.destination),
            ip_id: ip.identification,
            tcp: TcpRepr {
                src_port: tcp.source_port,
                dst_port: tcp.destination_port,
                seq: SeqNumber(tcp.sequence_number),
                ack: SeqNumber(tcp.acknowledgment_number),
                flags: TcpFlags {
                    syn: tcp.syn,
                    ack: tcp.ack,
                    psh: tcp.psh,
                    fin: tcp.fin,
                    rst: tcp.rst,
                },
                window: tcp.window_size,
                mss,
                payload: payload.to_vec(),
            },
        })
    }
}

/// The FTP commands the client and server know (RFC 959, RFC 2428 and SIZE from RFC 3659).
pub const FTP_COMMANDS: &[&str] = &[
    "USER", "PASS", "SYST", "TYPE", "PORT", "PASV", "EPRT", "EPSV", "LIST", "NLST", "CWD", "CDUP",
    "PWD", "RETR", "STOR", "DELE", "MKD", "RMD", "SIZE", "QUIT", "NOOP",
];

/// An FTP command (client to server) or reply (server to client).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FtpMessage {
    /// `verb` in upper case, `arg` as sent (may be empty).
    Command { verb: String, arg: String },
    /// A reply: its code and its text lines (one for a single-line reply).
    Reply { code: u16, lines: Vec<String> },
}

impl fmt::Display for FtpMessage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FtpMessage::Command { verb, arg } if arg.is_empty() => write!(f, "{verb}"),
            FtpMessage::Command { verb, arg } => write!(f, "{verb} {arg}"),
            FtpMessage::Reply { code, lines } => write!(f, "{code} {}", lines.join(" | ")),
        }
    }
}

impl FtpMessage {
    /// A command with an argument (`""` for none).
    pub fn command(verb: &str, arg: impl Into<String>) -> Self {
        FtpMessage::Command {
            verb: verb.to_ascii_uppercase(),
            arg: arg.into(),
        }
    }

    /// A single-line reply.
    pub fn reply(code: u16, text: impl Into<String>) -> Self {
        FtpMessage::Reply {
            code,
            lines: vec![text.into()],
        }
    }

    /// The reply code, for replies.
    pub fn code(&self) -> Option<u16> {
        match self {
            FtpMessage::Reply { code, .. } => Some(*code),
            FtpMessage::Command { .. } => None,
        }
    }

    /// A reply's text lines joined by spaces (without the code); a command's argument.
    pub fn text(&self) -> String {
        match self {
            FtpMessage::Reply { lines, .. } => lines.join(" "),
            FtpMessage::Command { arg, .. } => arg.clone(),
        }
    }

    /// The text as it travels on the control connection, CRLF-terminated.
    /// A multi-line reply is `123-first`, …, `123 last` (RFC 959 section 4.2).
    pub fn to_wire(&self) -> String {
        match self {
            FtpMessage::Command { verb, arg } if arg.is_empty() => format!("{verb}\r\n"),
            FtpMessage::Command { verb, arg } => format!("{verb} {arg}\r\n"),
            FtpMessage::Reply { code, lines } => {
                let mut s = String::new();
                let n = lines.len();
                for (i, l) in lines.iter().enumerate() {
                    let sep = if i + 1 == n { ' ' } else { '-' };
                    s.push_str(&format!("{code}{sep}{l}\r\n"));
                }
                if n == 0 {
                    s = format!("{code} \r\n");
                }
                s
            }
        }
    }

    /// The lines the classic client prints for a reply: `220 FTP Server ready`,
    /// or for a multi-line reply `230-first` … `230 last`.
    pub fn console_lines(&self) -> Vec<String> {
        self.to_wire()
            .split("\r\n")
            .filter(|l| !l.is_empty())
            .map(String::from)
            .collect()
    }

    /// Parses one command line (with or without its CRLF).
    pub fn parse_command(text: &str) -> Option<FtpMessage> {
        let line = text.trim_end_matches(['\r', '\n']);
        if line.is_empty() || line.contains(['\r', '\n']) {
            return None;
        }
        let (verb, arg) = line.split_once(' ').unwrap_or((line, ""));
        if verb.is_empty() || !verb.bytes().all(|b| b.is_ascii_alphabetic()) {
            return None;
        }
        Some(FtpMessage::command(verb, arg))
    }

    /// Parses one complete reply, single- or multi-line. Returns the reply and
    /// how many bytes of `text` it used, or `None` if `text` does not yet hold a
    /// complete reply.
    pub fn parse_reply(text: &str) -> Option<(FtpMessage, usize)> {
        let mut used = 0;
        let mut code: Option<u16> = None;
        let mut lines = Vec::new();
        while let Some(end) = text[used..].find("\r\n") {
            let line = &text[used..used + end];
            used += end + 2;
            let head: Option<u16> = line
                .get(..3)
                .and_then(|c| c.parse().ok())
                .filter(|c| (100..600).contains(c));
            let sep = line.as_bytes().get(3).copied();
            match code {
                None => {
                    let c = head?;
                    code = Some(c);
                    lines.push(line.get(4..).unwrap_or("").to_string());
                    if sep != Some(b'-') {
                        return Some((FtpMessage::Reply { code: c, lines }, used));
                    }
                }
                Some(c) => {
                    if head == Some(c) && sep == Some(b' ') {
                        lines.push(line.get(4..).unwrap_or("").to_string());
                        return Some((FtpMessage::Reply { code: c, lines }, used));
                    }
                    let l = line.strip_prefix(&format!("{c}-")).unwrap_or(line);
                    lines.push(l.to_string());
                }
            }
        }
        None
    }
}

/// `h1,h2,h3,h4,p1,p2` as in PORT and the 227 reply (RFC 959 section 4.1.2).
pub fn format_host_port(ip: Ipv4Addr, port: u16) -> String {
    let o = ip.octets();
    format!(
        "{},{},{},{},{},{}",
        o[0],
        o[1],
        o[2],
        o[3],
        port >> 8,
        port & 0xff
    )
}

/// Parses `h1,h2,h3,h4,p1,p2` (surrounding text such as `(` `)` ignored).
pub fn parse_host_port(text: &str) -> Option<(Ipv4Addr, u16)> {
    let start = text.find(|c: char| c.is_ascii_digit())?;
    let digits: String = text[start..]
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == ',')
        .collect();
    let parts: Vec<u8> = digits
        .split(',')
        .map(|p| p.parse::<u8>())
        .collect::<Result<_, _>>()
        .ok()?;
    if parts.len() != 6 {
        return None;
    }
    let ip = Ipv4Addr::new(parts[0], parts[1], parts[2], parts[3]);
    Some((ip, u16::from(parts[4]) << 8 | u16::from(parts[5])))
}

/// Parses the port out of a 229 reply text `Entering Extended Passive Mode (|||6446|)`.
pub fn parse_epsv_port(text: &str) -> Option<u16> {
    let inner = text.split_once("(|||")?.1;
    inner.split_once('|')?.0.parse().ok()
}

/// Parses an EPRT argument `|1|132.235.1.2|6275|` (RFC 2428), IPv4 only.
pub fn parse_eprt(arg: &str) -> Option<(Ipv4Addr, u16)> {
    let d = arg.chars().next()?;
    let parts: Vec<&str> = arg.split(d).collect();
    if parts.len() != 5 || parts[1] != "1" {
        return None;
    }
    Some((parts[2].parse().ok()?, parts[3].parse().ok()?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seq_numbers_wrap() {
        let a = SeqNumber(u32::MAX);
        assert_eq!(a + 1, SeqNumber(0));
        assert!(a < SeqNumber(0));
        assert_eq!(SeqNumber(5) - a, 6);
        assert_eq!(a - SeqNumber(5), -6);
    }

    #[test]
    fn flags_display_like_wireshark() {
        let f = TcpFlags {
            syn: true,
            ack: true,
            ..Default::default()
        };
        assert_eq!(f.to_string(), "[SYN, ACK]");
    }

    #[test]
    fn frame_round_trips_with_checksums() {
        let f = FrameRepr {
            src_mac: [2, 0, 0, 0, 0, 1],
            dst_mac: [2, 0, 0, 0, 0, 2],
            src_ip: Ipv4Addr::new(1, 1, 1, 1),
            dst_ip: Ipv4Addr::new(1, 1, 2, 1),
            ip_id: 7,
            tcp: TcpRepr {
                src_port: 54704,
                dst_port: 21,
                seq: SeqNumber(u32::MAX - 1),
                ack: SeqNumber(0),
                flags: TcpFlags {
                    syn: true,
                    ..Default::default()
                },
                window: 65535,
                mss: Some(1460),
                payload: vec![],
            },
        };
        let bytes = f.to_bytes();
        assert_eq!(bytes.len(), 14 + 20 + 24);
        assert_eq!(f.wire_len(), bytes.len());
        assert_eq!(FrameRepr::parse(&bytes), Ok(f.clone()));
        let mut g = f;
        g.tcp.flags = TcpFlags {
            ack: true,
            psh: true,
            ..Default::default()
        };
        g.tcp.mss = None;
        g.tcp.payload = b"USER anonymous\r\n".to_vec();
        let mut bytes = g.to_bytes();
        assert_eq!(g.wire_len(), bytes.len());
        assert_eq!(FrameRepr::parse(&bytes), Ok(g));
        let last = bytes.len() - 1;
        bytes[last] ^= 1;
        assert_eq!(FrameRepr::parse(&bytes), Err(WireError::BadTcpChecksum));
        bytes[last] ^= 1;
        bytes[24] ^= 1; // IPv4 header checksum byte
        assert_eq!(FrameRepr::parse(&bytes), Err(WireError::BadIpChecksum));
    }

    #[test]
    fn replies_single_and_multi_line() {
        let (m, n) = FtpMessage::parse_reply("220 FTP Server ready\r\nrest").unwrap();
        assert_eq!(m, FtpMessage::reply(220, "FTP Server ready"));
        assert_eq!(n, 22);
        let text = "230-Welcome\r\n  to S1\r\n230 Login successful.\r\n";
        let (m, n) = FtpMessage::parse_reply(text).unwrap();
        assert_eq!(n, text.len());
        assert_eq!(
            m.to_wire(),
            "230-Welcome\r\n230-  to S1\r\n230 Login successful.\r\n"
        );
        assert_eq!(FtpMessage::parse_reply("230-Welcome\r\n"), None);
        assert_eq!(FtpMessage::parse_reply("hello\r\n"), None);
    }

    #[test]
    fn commands_parse() {
        assert_eq!(
            FtpMessage::parse_command("port 1,1,1,1,213,177\r\n"),
            Some(FtpMessage::command("PORT", "1,1,1,1,213,177"))
        );
        assert_eq!(
            FtpMessage::parse_command("QUIT\r\n").unwrap().to_wire(),
            "QUIT\r\n"
        );
        assert_eq!(FtpMessage::parse_command(""), None);
    }

    #[test]
    fn host_port_forms() {
        assert_eq!(
            format_host_port(Ipv4Addr::new(1, 1, 1, 1), 54705),
            "1,1,1,1,213,177"
        );
        assert_eq!(
            parse_host_port("Entering Passive Mode (1,1,2,1,195,80)."),
            Some((Ipv4Addr::new(1, 1, 2, 1), 50000))
        );
        assert_eq!(parse_host_port("1,1,1,300,1,1"), None);
        assert_eq!(
            parse_epsv_port("Entering Extended Passive Mode (|||50000|)"),
            Some(50000)
        );
        assert_eq!(
            parse_eprt("|1|1.1.1.1|54705|"),
            Some((Ipv4Addr::new(1, 1, 1, 1), 54705))
        );
        assert_eq!(parse_eprt("|2|::1|5|"), None);
    }
}
