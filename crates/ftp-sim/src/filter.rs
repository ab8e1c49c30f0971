//! A subset of Wireshark's display-filter language, for the packet list.
//!
//! [`compile`] parses an expression once; [`Filter::matches`] tests one event
//! of a timeline. The semantics follow tshark 4.0 on our exported captures
//! (checked by `tests/wireshark.rs`):
//!
//! - **Tests**: a field or protocol name alone is true when the packet has it
//!   (`ftp`, `tcp.flags.fin` — present in every TCP packet, set or not —,
//!   `ftp.request.arg`). `ftp` is a control-channel segment with payload,
//!   `ftp-data` a data-channel segment with payload; `ftp.request` and
//!   `ftp.response` are booleans present in every FTP packet (so
//!   `ftp.request == 1` selects the commands).
//! - **Comparisons**: `== != < > <= >=` (also `eq ne lt gt le ge`), `contains`
//!   (text fields, or a protocol's bytes: `ftp contains "anonymous"`) and
//!   `in {20, 21, 50000..50010}` (commas as in Wireshark 4.0; spaces as in 3.x
//!   also work). A field with several values (`ip.addr`,
//!   `tcp.port`, `eth.addr`) matches `==` if any value does; `a != b` means
//!   "the packet has the field and no value equals b" (Wireshark ≥ 3.6), so
//!   `tcp.port != 21` means "neither port is 21". Like every comparison, it is
//!   false when the packet lacks the field (`ftp.response.code != 226` does not
//!   match requests).
//! - **Logic**: `!`/`not` binds tightest, then `&&`/`and`, then `^^`/`xor`
//!   (Wireshark 4.2 and later; tshark 4.0 rejects it), then
//!   `||`/`or`; parentheses group.
//! - **Values**: numbers (decimal, `0x` hex, leading-`0` octal as in
//!   Wireshark), `true`/`false` for flag fields, IPv4 addresses with an optional
//!   `/prefix`, Ethernet addresses (`02:00:00:00:00:01`), strings in double
//!   quotes with escapes (`\"`, `\\`, `\n`, `\r`, `\t`, `\xHH`), or a bare word
//!   for a text field (`ftp.request.command == USER`). Strings compare
//!   byte for byte, case-sensitively.
//! - **Fields**: `frame`, `frame.number`, `frame.len`; `eth`, `eth.src`,
//!   `eth.dst`, `eth.addr`, `eth.type`; `ip`, `ip.src`, `ip.dst`, `ip.addr`,
//!   `ip.version`, `ip.hdr_len`, `ip.dsfield`, `ip.len`, `ip.id`, `ip.flags.df`,
//!   `ip.flags.mf`, `ip.frag_offset`, `ip.ttl`, `ip.proto`, `ip.checksum`;
//!   `tcp`, `tcp.port`, `tcp.srcport`, `tcp.dstport`, `tcp.stream`, `tcp.seq`,
//!   `tcp.ack` (relative), `tcp.seq_raw`, `tcp.ack_raw`, `tcp.len`, `tcp.hdr_len`,
//!   `tcp.flags`, `tcp.flags.fin/syn/reset/push/ack/urg`, `tcp.window_size_value`,
//!   `tcp.window_size`, `tcp.checksum`, `tcp.urgent_pointer`,
//!   `tcp.options.mss_val`, `tcp.payload`; `ftp`, `ftp.request`, `ftp.response`,
//!   `ftp.request.command`, `ftp.request.arg`, `ftp.response.code`,
//!   `ftp.response.arg`; `ftp-data`, `ftp-data.setup-method`, `ftp-data.command`.
//! - **Errors** name the problem in a sentence and give the byte span of the
//!   offending token. Input is capped at [`MAX_LEN`] bytes and nesting at
//!   [`MAX_DEPTH`] levels; no input makes the compiler or the matcher panic.
//!
//! A non-segment event never matches a non-empty filter; the empty filter
//! (empty or whitespace-only text) matches every event.

use std::fmt;
use std::ops::Range;

use crate::analysis::{self, FtpLine, Offsets};
use crate::tcp_analysis::{self, Flag, TcpAnalysis};
use crate::timeline::{Channel, Connection, EventKind, Segment, Timeline};

/// The longest filter text accepted, in bytes.
pub const MAX_LEN: usize = 4096;
/// The deepest nesting of parentheses and `!` accepted.
pub const MAX_DEPTH: usize = 64;

/// A compiled display filter.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Filter {
    root: Option<Node>,
}

/// Why a filter expression does not compile.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FilterError {
    /// One sentence for the learner, in English, e.g.
    /// `"fpt" is neither a field nor a protocol name.` (`kind.english()`).
    pub message: String,
    /// What is wrong, with the words it quotes, so that a page can say it in
    /// its own language.
    pub kind: ErrorKind,
    /// Byte range of the offending token in the input (empty at the end of the
    /// input for an unexpected end).
    pub span: Range<usize>,
}

/// Every reason a filter can be refused. Strings are the learner's own
/// words (or field names) as the sentence quotes them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ErrorKind {
    /// Longer than [`MAX_LEN`] bytes.
    TooLong { max: usize },
    /// A lone `&`.
    SingleAmpersand,
    /// A lone `|`.
    SinglePipe,
    /// A lone `=`.
    SingleEquals,
    /// `[`: slices are not supported.
    Slice,
    /// A single quote.
    SingleQuote,
    /// Any other character the language does not use.
    BadChar(char),
    /// `\x` without hexadecimal digits.
    BadHexEscape,
    /// An unknown escape (the character after the backslash).
    BadEscape(String),
    /// A string without its closing quote.
    UnclosedString,
    /// The expression stops where something must follow.
    UnexpectedEnd,
    /// A parenthesis without its partner.
    Unbalanced,
    /// A token where it makes no sense (the token).
    Unexpected(String),
    /// More than [`MAX_DEPTH`] levels of nesting.
    TooDeep { max: usize },
    /// A word that names no field or protocol.
    UnknownName(String),
    /// `tcp.flags.rst`, which Wireshark calls `tcp.flags.reset`.
    RstName,
    /// A string with nothing to compare it with.
    StringAlone,
    /// `()` or `(` followed by `)`.
    NameBeforeParen,
    /// `contains` on a field that is not text (the field).
    ContainsNeedsText(String),
    /// The `matches` operator.
    MatchesUnsupported,
    /// A comparison of two constants.
    NoField,
    /// An operator with nothing after it (the operator).
    ValueAfter(String),
    /// `in` not followed by `{`.
    BraceAfterIn,
    /// A protocol before `in` (the protocol).
    ProtocolInSet(String),
    /// A set without its closing brace.
    UnclosedSet,
    /// `{}`.
    EmptySet,
    /// Not a number (the word).
    BadNumber(String),
    /// A protocol compared with a value (the protocol).
    ProtocolValue(String),
    /// Two fields of different kinds compared (the fields).
    Incomparable(String, String),
    /// A quoted value for a field that is not text.
    NotText { field: String, value: String },
    /// Not an IPv4 address (the word).
    BadIpv4(String),
    /// Not an Ethernet address (the word).
    BadMac(String),
}

impl ErrorKind {
    /// The sentence in English.
    pub fn english(&self) -> String {
        match self {
            ErrorKind::TooLong { max } => format!("The filter is too long (more than {max} bytes)."),
            ErrorKind::SingleAmpersand => "\"&\" is not supported here: use \"&&\" (and).".into(),
            ErrorKind::SinglePipe => "\"|\" is not supported here: use \"||\" (or).".into(),
            ErrorKind::SingleEquals => "\"=\" is not an operator: use \"==\" to compare.".into(),
            ErrorKind::Slice => "Slices (\"[...]\") are not supported here.".into(),
            ErrorKind::SingleQuote => "Strings are written in double quotes: \"like this\".".into(),
            ErrorKind::BadChar(c) => format!("\"{c}\" is not allowed in a filter."),
            ErrorKind::BadHexEscape => "\"\\x\" must be followed by hexadecimal digits.".into(),
            ErrorKind::BadEscape(e) => format!("\"\\{e}\" is not a valid escape in a string."),
            ErrorKind::UnclosedString => "This string has no closing double quote.".into(),
            ErrorKind::UnexpectedEnd => "Unexpected end of filter expression.".into(),
            ErrorKind::Unbalanced => "Unbalanced parenthesis.".into(),
            ErrorKind::Unexpected(t) => format!("\"{t}\" was unexpected in this context."),
            ErrorKind::TooDeep { max } => {
                format!("The filter is nested too deeply (more than {max} levels).")
            }
            ErrorKind::UnknownName(w) => format!("\"{w}\" is neither a field nor a protocol name."),
            ErrorKind::RstName => "\"tcp.flags.rst\" is neither a field nor a protocol name (Wireshark calls it tcp.flags.reset).".into(),
            ErrorKind::StringAlone => "A string alone is not a test: compare a field with it, e.g. ftp.request.arg == \"anonymous\".".into(),
            ErrorKind::NameBeforeParen => "Expected a field or protocol name before \")\".".into(),
            ErrorKind::ContainsNeedsText(f) => {
                format!("\"contains\" looks inside text or a protocol's bytes; {f} is not text.")
            }
            ErrorKind::MatchesUnsupported => {
                "\"matches\" (regular expressions) is not supported here; use \"contains\".".into()
            }
            ErrorKind::NoField => "One side of a comparison must be a field, e.g. tcp.port == 21.".into(),
            ErrorKind::ValueAfter(op) => format!("Expected a value after \"{op}\"."),
            ErrorKind::BraceAfterIn => "Expected \"{\" after \"in\", e.g. tcp.port in {20 21}.".into(),
            ErrorKind::ProtocolInSet(f) => format!("{f} is a protocol; it has no value to look up in a set."),
            ErrorKind::UnclosedSet => "This set has no closing \"}\".".into(),
            ErrorKind::EmptySet => "A set needs at least one value, e.g. tcp.port in {20 21}.".into(),
            ErrorKind::BadNumber(w) => format!("\"{w}\" is not a valid number."),
            ErrorKind::ProtocolValue(f) => format!(
                "{f} is a protocol: test it alone (\"{f}\") or look inside it with \"contains\"."
            ),
            ErrorKind::Incomparable(f, g) => {
                format!("{f} and {g} hold different kinds of values and cannot be compared.")
            }
            ErrorKind::NotText { field, value } => format!(
                "{field} is not text: write the value without quotes ({field} == {value})."
            ),
            ErrorKind::BadIpv4(w) => format!("\"{w}\" is not a valid IPv4 address."),
            ErrorKind::BadMac(w) => format!("\"{w}\" is not a valid Ethernet address."),
        }
    }
}

impl FilterError {
    fn new(kind: ErrorKind, span: Range<usize>) -> Self {
        FilterError {
            message: kind.english(),
            kind,
            span,
        }
    }
}

impl fmt::Display for FilterError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for FilterError {}

fn err<T>(kind: ErrorKind, span: Range<usize>) -> Result<T, FilterError> {
    Err(FilterError::new(kind, span))
}

// ---------------------------------------------------------------- fields

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Ty {
    /// A protocol: exists or not; `contains` looks at its bytes.
    Proto,
    Bool,
    Uint,
    Ipv4,
    Mac,
    Str,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum F {
    Frame,
    FrameNumber,
    FrameLen,
    Eth,
    EthSrc,
    EthDst,
    EthAddr,
    EthType,
    Ip,
    IpSrc,
    IpDst,
    IpAddr,
    IpVersion,
    IpHdrLen,
    IpDsfield,
    IpLen,
    IpId,
    IpDf,
    IpMf,
    IpFragOffset,
    IpTtl,
    IpProto,
    IpChecksum,
    Tcp,
    TcpPort,
    TcpSrcport,
    TcpDstport,
    TcpStream,
    TcpSeq,
    TcpAck,
    TcpSeqRaw,
    TcpAckRaw,
    TcpLen,
    TcpHdrLen,
    TcpFlags,
    TcpFin,
    TcpSyn,
    TcpReset,
    TcpPush,
    TcpAckFlag,
    TcpUrg,
    TcpWindow,
    TcpWindowSize,
    TcpChecksum,
    TcpUrgentPointer,
    TcpMss,
    TcpPayload,
    Ftp,
    FtpRequest,
    FtpResponse,
    FtpCommand,
    FtpArg,
    FtpCode,
    FtpRespArg,
    FtpData,
    FtpDataMethod,
    FtpDataCommand,
    /// `tcp.analysis.flags`: any analysis flag.
    TcpAnalysisFlags,
    /// `tcp.analysis.<flag>`.
    TcpAnalysis(Flag),
    TcpDupAckNum,
    TcpDupAckFrame,
}

const FIELDS: &[(&str, F, Ty)] = &[
    ("frame", F::Frame, Ty::Proto),
    ("frame.number", F::FrameNumber, Ty::Uint),
    ("frame.len", F::FrameLen, Ty::Uint),
    ("eth", F::Eth, Ty::Proto),
    ("eth.src", F::EthSrc, Ty::Mac),
    ("eth.dst", F::EthDst, Ty::Mac),
    ("eth.addr", F::EthAddr, Ty::Mac),
    ("eth.type", F::EthType, Ty::Uint),
    ("ip", F::Ip, Ty::Proto),
    ("ip.src", F::IpSrc, Ty::Ipv4),
    ("ip.dst", F::IpDst, Ty::Ipv4),
    ("ip.addr", F::IpAddr, Ty::Ipv4),
    ("ip.version", F::IpVersion, Ty::Uint),
    ("ip.hdr_len", F::IpHdrLen, Ty::Uint),
    ("ip.dsfield", F::IpDsfield, Ty::Uint),
    ("ip.len", F::IpLen, Ty::Uint),
    ("ip.id", F::IpId, Ty::Uint),
    ("ip.flags.df", F::IpDf, Ty::Bool),
    ("ip.flags.mf", F::IpMf, Ty::Bool),
    ("ip.frag_offset", F::IpFragOffset, Ty::Uint),
    ("ip.ttl", F::IpTtl, Ty::Uint),
    ("ip.proto", F::IpProto, Ty::Uint),
    ("ip.checksum", F::IpChecksum, Ty::Uint),
    ("tcp", F::Tcp, Ty::Proto),
    ("tcp.port", F::TcpPort, Ty::Uint),
    ("tcp.srcport", F::TcpSrcport, Ty::Uint),
    ("tcp.dstport", F::TcpDstport, Ty::Uint),
    ("tcp.stream", F::TcpStream, Ty::Uint),
    ("tcp.seq", F::TcpSeq, Ty::Uint),
    ("tcp.ack", F::TcpAck, Ty::Uint),
    ("tcp.seq_raw", F::TcpSeqRaw, Ty::Uint),
    ("tcp.ack_raw", F::TcpAckRaw, Ty::Uint),
    ("tcp.len", F::TcpLen, Ty::Uint),
    ("tcp.hdr_len", F::TcpHdrLen, Ty::Uint),
    ("tcp.flags", F::TcpFlags, Ty::Uint),
    ("tcp.flags.fin", F::TcpFin, Ty::Bool),
    ("tcp.flags.syn", F::TcpSyn, Ty::Bool),
    ("tcp.flags.reset", F::TcpReset, Ty::Bool),
    ("tcp.flags.push", F::TcpPush, Ty::Bool),
    ("tcp.flags.ack", F::TcpAckFlag, Ty::Bool),
    ("tcp.flags.urg", F::TcpUrg, Ty::Bool),
    ("tcp.window_size_value", F::TcpWindow, Ty::Uint),
    ("tcp.window_size", F::TcpWindowSize, Ty::Uint),
    ("tcp.checksum", F::TcpChecksum, Ty::Uint),
    ("tcp.urgent_pointer", F::TcpUrgentPointer, Ty::Uint),
    ("tcp.options.mss_val", F::TcpMss, Ty::Uint),
    ("tcp.payload", F::TcpPayload, Ty::Proto),
    ("tcp.analysis.flags", F::TcpAnalysisFlags, Ty::Proto),
    (
        "tcp.analysis.retransmission",
        F::TcpAnalysis(Flag::Retransmission),
        Ty::Proto,
    ),
    (
        "tcp.analysis.fast_retransmission",
        F::TcpAnalysis(Flag::FastRetransmission),
        Ty::Proto,
    ),
    (
        "tcp.analysis.spurious_retransmission",
        F::TcpAnalysis(Flag::SpuriousRetransmission),
        Ty::Proto,
    ),
    (
        "tcp.analysis.out_of_order",
        F::TcpAnalysis(Flag::OutOfOrder),
        Ty::Proto,
    ),
    (
        "tcp.analysis.lost_segment",
        F::TcpAnalysis(Flag::LostSegment),
        Ty::Proto,
    ),
    (
        "tcp.analysis.ack_lost_segment",
        F::TcpAnalysis(Flag::AckLostSegment),
        Ty::Proto,
    ),
    (
        "tcp.analysis.duplicate_ack",
        F::TcpAnalysis(Flag::DuplicateAck),
        Ty::Proto,
    ),
    ("tcp.analysis.duplicate_ack_num", F::TcpDupAckNum, Ty::Uint),
    (
        "tcp.analysis.duplicate_ack_frame",
        F::TcpDupAckFrame,
        Ty::Uint,
    ),
    (
        "tcp.analysis.keep_alive",
        F::TcpAnalysis(Flag::KeepAlive),
        Ty::Proto,
    ),
    (
        "tcp.analysis.keep_alive_ack",
        F::TcpAnalysis(Flag::KeepAliveAck),
        Ty::Proto,
    ),
    (
        "tcp.analysis.window_update",
        F::TcpAnalysis(Flag::WindowUpdate),
        Ty::Proto,
    ),
    (
        "tcp.analysis.window_full",
        F::TcpAnalysis(Flag::WindowFull),
        Ty::Proto,
    ),
    (
        "tcp.analysis.zero_window",
        F::TcpAnalysis(Flag::ZeroWindow),
        Ty::Proto,
    ),
    ("ftp", F::Ftp, Ty::Proto),
    ("ftp.request", F::FtpRequest, Ty::Bool),
    ("ftp.response", F::FtpResponse, Ty::Bool),
    ("ftp.request.command", F::FtpCommand, Ty::Str),
    ("ftp.request.arg", F::FtpArg, Ty::Str),
    ("ftp.response.code", F::FtpCode, Ty::Uint),
    ("ftp.response.arg", F::FtpRespArg, Ty::Str),
    ("ftp-data", F::FtpData, Ty::Proto),
    ("ftp-data.setup-method", F::FtpDataMethod, Ty::Str),
    ("ftp-data.command", F::FtpDataCommand, Ty::Str),
];

fn lookup(name: &str) -> Option<(F, Ty)> {
    FIELDS
        .iter()
        .find(|(n, _, _)| *n == name)
        .map(|&(_, f, ty)| (f, ty))
}

fn field_name(f: F) -> &'static str {
    FIELDS
        .iter()
        .find(|(_, g, _)| *g == f)
        .map_or("?", |(n, _, _)| n)
}

/// The names of the fields and protocols the filter knows, for autocompletion.
pub fn field_names() -> impl Iterator<Item = &'static str> {
    FIELDS.iter().map(|(n, _, _)| *n)
}

// ---------------------------------------------------------------- AST

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Op {
    Eq,
    Ne,
    Lt,
    Gt,
    Le,
    Ge,
}

#[derive(Clone, Debug, PartialEq, Eq)]
enum Lit {
    U(u64),
    /// Address and network mask.
    Ip(u32, u32),
    Mac([u8; 6]),
    S(Vec<u8>),
}

#[derive(Clone, Debug, PartialEq, Eq)]
enum Item {
    One(Lit),
    Range(u64, u64),
}

#[derive(Clone, Debug, PartialEq, Eq)]
enum Node {
    Or(Vec<Node>),
    Xor(Vec<Node>),
    And(Vec<Node>),
    Not(Box<Node>),
    Exists(F),
    /// A field compared with a constant.
    Cmp(F, Op, Lit),
    /// Two fields compared with each other.
    CmpFields(F, Op, F),
    Contains(F, Vec<u8>),
    In(F, Vec<Item>),
}

// ---------------------------------------------------------------- lexer

#[derive(Clone, Debug, PartialEq, Eq)]
enum Tok {
    LParen,
    RParen,
    LBrace,
    RBrace,
    Comma,
    Not,
    And,
    Or,
    Xor,
    Rel(Op),
    Contains,
    Matches,
    In,
    Word(String),
    Str(Vec<u8>),
}

#[derive(Clone, Debug)]
struct Token {
    tok: Tok,
    span: Range<usize>,
}

fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'_' | b'.' | b'-' | b':' | b'/')
}

fn hex(b: u8) -> Option<u8> {
    (b as char).to_digit(16).map(|d| d as u8)
}

fn lex(input: &str) -> Result<Vec<Token>, FilterError> {
    let b = input.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        let start = i;
        if c.is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let two = b.get(i..i + 2).unwrap_or(&[]);
        let (tok, len) = match (c, two) {
            (_, b"&&") => (Tok::And, 2),
            (_, b"||") => (Tok::Or, 2),
            (_, b"^^") => (Tok::Xor, 2),
            (_, b"==") => (Tok::Rel(Op::Eq), 2),
            (_, b"!=") => (Tok::Rel(Op::Ne), 2),
            (_, b"<=") => (Tok::Rel(Op::Le), 2),
            (_, b">=") => (Tok::Rel(Op::Ge), 2),
            (b'<', _) => (Tok::Rel(Op::Lt), 1),
            (b'>', _) => (Tok::Rel(Op::Gt), 1),
            (b'!', _) => (Tok::Not, 1),
            (b'(', _) => (Tok::LParen, 1),
            (b')', _) => (Tok::RParen, 1),
            (b'{', _) => (Tok::LBrace, 1),
            (b'}', _) => (Tok::RBrace, 1),
            (b',', _) => (Tok::Comma, 1),
            (b'"', _) => {
                let (s, len) = lex_string(b, i)?;
                (Tok::Str(s), len)
            }
            _ if is_word_byte(c) => {
                let len = b[i..].iter().take_while(|&&x| is_word_byte(x)).count();
                let w = &input[i..i + len];
                let tok = match w {
                    "and" => Tok::And,
                    "or" => Tok::Or,
                    "xor" => Tok::Xor,
                    "not" => Tok::Not,
                    "eq" => Tok::Rel(Op::Eq),
                    "ne" => Tok::Rel(Op::Ne),
                    "lt" => Tok::Rel(Op::Lt),
                    "gt" => Tok::Rel(Op::Gt),
                    "le" => Tok::Rel(Op::Le),
                    "ge" => Tok::Rel(Op::Ge),
                    "contains" => Tok::Contains,
                    "matches" => Tok::Matches,
                    "in" => Tok::In,
                    _ => Tok::Word(w.to_string()),
                };
                (tok, len)
            }
            _ => {
                let ch = input[i..].chars().next().unwrap_or('?');
                let end = i + ch.len_utf8();
                let msg = match ch {
                    '&' => ErrorKind::SingleAmpersand,
                    '|' => ErrorKind::SinglePipe,
                    '=' => ErrorKind::SingleEquals,
                    '[' => ErrorKind::Slice,
                    '\'' => ErrorKind::SingleQuote,
                    _ => ErrorKind::BadChar(ch),
                };
                return err(msg, i..end);
            }
        };
        i += len;
        out.push(Token {
            tok,
            span: start..i,
        });
    }
    Ok(out)
}

/// Lexes a double-quoted string starting at `b[start] == b'"'`; returns the
/// bytes and the length including both quotes.
fn lex_string(b: &[u8], start: usize) -> Result<(Vec<u8>, usize), FilterError> {
    let mut out = Vec::new();
    let mut i = start + 1;
    while i < b.len() {
        match b[i] {
            b'"' => return Ok((out, i + 1 - start)),
            b'\\' => {
                let Some(&e) = b.get(i + 1) else { break };
                let (byte, used) = match e {
                    b'n' => (b'\n', 2),
                    b'r' => (b'\r', 2),
                    b't' => (b'\t', 2),
                    b'0' => (0, 2),
                    b'\\' | b'"' | b'\'' => (e, 2),
                    b'x' => match (
                        b.get(i + 2).and_then(|&h| hex(h)),
                        b.get(i + 3).and_then(|&h| hex(h)),
                    ) {
                        (Some(h), Some(l)) => (h * 16 + l, 4),
                        (Some(h), None) => (h, 3),
                        _ => return err(ErrorKind::BadHexEscape, i..i + 2),
                    },
                    _ => {
                        let len = std::str::from_utf8(&b[i + 1..])
                            .ok()
                            .and_then(|s| s.chars().next())
                            .map_or(1, char::len_utf8);
                        return err(
                            ErrorKind::BadEscape(
                                String::from_utf8_lossy(&b[i + 1..i + 1 + len]).into_owned(),
                            ),
                            i..i + 1 + len,
                        );
                    }
                };
                out.push(byte);
                i += used;
            }
            c => {
                out.push(c);
                i += 1;
            }
        }
    }
    err(ErrorKind::UnclosedString, start..b.len())
}

// ---------------------------------------------------------------- parser

struct Parser<'a> {
    input: &'a str,
    toks: Vec<Token>,
    pos: usize,
    depth: usize,
}

fn describe(t: &Token, input: &str) -> String {
    input.get(t.span.clone()).unwrap_or("?").to_string()
}

impl Parser<'_> {
    fn peek(&self) -> Option<&Token> {
        self.toks.get(self.pos)
    }

    fn end_span(&self) -> Range<usize> {
        self.input.len()..self.input.len()
    }

    fn unexpected_end<T>(&self) -> Result<T, FilterError> {
        err(ErrorKind::UnexpectedEnd, self.end_span())
    }

    fn unexpected<T>(&self, t: &Token) -> Result<T, FilterError> {
        let msg = match t.tok {
            Tok::RParen => ErrorKind::Unbalanced,
            _ => ErrorKind::Unexpected(describe(t, self.input)),
        };
        err(msg, t.span.clone())
    }

    fn enter(&mut self, span: Range<usize>) -> Result<(), FilterError> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return err(ErrorKind::TooDeep { max: MAX_DEPTH }, span);
        }
        Ok(())
    }

    fn binary(
        &mut self,
        level: u8,
        next: fn(&mut Self) -> Result<Node, FilterError>,
    ) -> Result<Node, FilterError> {
        let want = match level {
            0 => Tok::Or,
            1 => Tok::Xor,
            _ => Tok::And,
        };
        let mut items = vec![next(self)?];
        while self.peek().is_some_and(|t| t.tok == want) {
            self.pos += 1;
            if self.peek().is_none() {
                return self.unexpected_end();
            }
            items.push(next(self)?);
        }
        Ok(if items.len() == 1 {
            items.pop().unwrap_or(Node::And(Vec::new()))
        } else {
            match level {
                0 => Node::Or(items),
                1 => Node::Xor(items),
                _ => Node::And(items),
            }
        })
    }

    fn or(&mut self) -> Result<Node, FilterError> {
        self.binary(0, Self::xor)
    }

    fn xor(&mut self) -> Result<Node, FilterError> {
        self.binary(1, Self::and)
    }

    fn and(&mut self) -> Result<Node, FilterError> {
        self.binary(2, Self::unary)
    }

    fn unary(&mut self) -> Result<Node, FilterError> {
        let Some(t) = self.peek().cloned() else {
            return self.unexpected_end();
        };
        match t.tok {
            Tok::Not => {
                self.pos += 1;
                self.enter(t.span)?;
                let inner = self.unary()?;
                self.depth -= 1;
                Ok(Node::Not(Box::new(inner)))
            }
            Tok::LParen => {
                self.pos += 1;
                self.enter(t.span.clone())?;
                if self.peek().is_none() {
                    return err(ErrorKind::Unbalanced, t.span);
                }
                let inner = self.or()?;
                self.depth -= 1;
                match self.peek() {
                    Some(Token {
                        tok: Tok::RParen, ..
                    }) => {
                        self.pos += 1;
                        Ok(inner)
                    }
                    None => err(ErrorKind::Unbalanced, t.span),
                    Some(other) => {
                        let other = other.clone();
                        self.unexpected(&other)
                    }
                }
            }
            _ => self.test(),
        }
    }

    /// A field/protocol name, or an error naming the word.
    fn field(&self, t: &Token) -> Result<(F, Ty), FilterError> {
        match &t.tok {
            Tok::Word(w) => lookup(w).ok_or_else(|| {
                let kind = if w == "tcp.flags.rst" {
                    ErrorKind::RstName
                } else {
                    ErrorKind::UnknownName(w.clone())
                };
                FilterError::new(kind, t.span.clone())
            }),
            Tok::Str(_) => err(ErrorKind::StringAlone, t.span.clone()),
            _ => self.unexpected(t),
        }
    }

    fn test(&mut self) -> Result<Node, FilterError> {
        let Some(lhs) = self.peek().cloned() else {
            return self.unexpected_end();
        };
        if lhs.tok == Tok::RParen {
            return err(ErrorKind::NameBeforeParen, lhs.span);
        }
        self.pos += 1;
        let op_tok = self.peek().cloned();
        let op = match op_tok.as_ref().map(|t| &t.tok) {
            Some(Tok::Rel(op)) => *op,
            Some(Tok::Contains) => {
                let (f, ty) = self.field(&lhs)?;
                self.pos += 1;
                let op_tok = op_tok.unwrap_or(lhs.clone());
                let v = self.value_token(&op_tok)?;
                if !matches!(ty, Ty::Str | Ty::Proto) {
                    return err(
                        ErrorKind::ContainsNeedsText(field_name(f).to_string()),
                        op_tok.span,
                    );
                }
                let bytes = match &v.tok {
                    Tok::Str(s) => s.clone(),
                    Tok::Word(w) => parse_bytes(w).unwrap_or_else(|| w.as_bytes().to_vec()),
                    _ => return self.unexpected(&v),
                };
                return Ok(Node::Contains(f, bytes));
            }
            Some(Tok::Matches) => {
                let t = op_tok.unwrap_or(lhs);
                return err(ErrorKind::MatchesUnsupported, t.span);
            }
            Some(Tok::In) => {
                let (f, ty) = self.field(&lhs)?;
                self.pos += 1;
                return self.set(f, ty, op_tok.unwrap_or(lhs));
            }
            _ => {
                // A bare name: an existence test.
                let (f, _) = self.field(&lhs)?;
                return Ok(Node::Exists(f));
            }
        };
        let op_tok = op_tok.unwrap_or(lhs.clone());
        self.pos += 1;
        let rhs = self.value_token(&op_tok)?;
        let lhs_field = match &lhs.tok {
            Tok::Word(w) => lookup(w),
            _ => None,
        };
        let rhs_field = match &rhs.tok {
            Tok::Word(w) => lookup(w),
            _ => None,
        };
        match (lhs_field, rhs_field) {
            (Some((f, ty)), _) => {
                if let Some((g, gty)) = rhs_field {
                    // A word naming a field on the right: compare the fields,
                    // unless it also reads as a value of the left side's type.
                    if literal(&rhs, f, ty, self.input).is_err() {
                        return fields_cmp(f, ty, op, g, gty, &op_tok);
                    }
                }
                let lit = literal(&rhs, f, ty, self.input)?;
                check_op(f, ty, op, &op_tok)?;
                Ok(Node::Cmp(f, op, lit))
            }
            (None, Some((g, gty))) => {
                // `21 == tcp.port`: the constant on the left.
                if let Tok::Word(_) = lhs.tok {
                    if looks_like_name(&lhs, self.input) {
                        self.field(&lhs)?;
                    }
                }
                let lit = literal(&lhs, g, gty, self.input)?;
                let flipped = match op {
                    Op::Lt => Op::Gt,
                    Op::Gt => Op::Lt,
                    Op::Le => Op::Ge,
                    Op::Ge => Op::Le,
                    o => o,
                };
                check_op(g, gty, flipped, &op_tok)?;
                Ok(Node::Cmp(g, flipped, lit))
            }
            (None, None) => {
                if let Tok::Word(_) = lhs.tok {
                    if looks_like_name(&lhs, self.input) {
                        self.field(&lhs)?;
                    }
                }
                err(ErrorKind::NoField, lhs.span.start..rhs.span.end)
            }
        }
    }

    /// The token after an operator, which must be a value.
    fn value_token(&mut self, op: &Token) -> Result<Token, FilterError> {
        match self.peek().cloned() {
            Some(
                t @ Token {
                    tok: Tok::Word(_) | Tok::Str(_),
                    ..
                },
            ) => {
                self.pos += 1;
                Ok(t)
            }
            _ => err(
                ErrorKind::ValueAfter(describe(op, self.input)),
                self.peek().map_or(op.span.clone(), |t| t.span.clone()),
            ),
        }
    }

    fn set(&mut self, f: F, ty: Ty, in_tok: Token) -> Result<Node, FilterError> {
        match self.peek().cloned() {
            Some(Token {
                tok: Tok::LBrace, ..
            }) => self.pos += 1,
            Some(t) => return err(ErrorKind::BraceAfterIn, t.span),
            None => return self.unexpected_end(),
        }
        if matches!(ty, Ty::Proto) {
            return err(
                ErrorKind::ProtocolInSet(field_name(f).to_string()),
                in_tok.span,
            );
        }
        let mut items = Vec::new();
        loop {
            let Some(t) = self.peek().cloned() else {
                return err(ErrorKind::UnclosedSet, in_tok.span.start..self.input.len());
            };
            self.pos += 1;
            match &t.tok {
                Tok::RBrace if !items.is_empty() => break,
                Tok::Comma if !items.is_empty() => continue,
                Tok::Word(w) if w.contains("..") && matches!(ty, Ty::Uint | Ty::Bool) => {
                    let (a, b) = w.split_once("..").unwrap_or((w, w));
                    let a = parse_uint(a).ok_or_else(|| bad_number(a, &t))?;
                    let b = parse_uint(b).ok_or_else(|| bad_number(b, &t))?;
                    items.push(Item::Range(a, b));
                }
                Tok::Word(_) | Tok::Str(_) => {
                    items.push(Item::One(literal(&t, f, ty, self.input)?));
                }
                _ => {
                    return err(
                        if items.is_empty() {
                            ErrorKind::EmptySet
                        } else {
                            ErrorKind::Unexpected(describe(&t, self.input))
                        },
                        t.span,
                    )
                }
            }
        }
        Ok(Node::In(f, items))
    }
}

fn looks_like_name(t: &Token, input: &str) -> bool {
    let w = describe(t, input);
    w.bytes().next().is_some_and(|b| b.is_ascii_alphabetic())
        && !w.contains(':')
        && w.bytes().any(|b| b == b'.' || b.is_ascii_alphabetic())
}

fn bad_number(w: &str, t: &Token) -> FilterError {
    FilterError::new(ErrorKind::BadNumber(w.to_string()), t.span.clone())
}

fn check_op(f: F, ty: Ty, op: Op, op_tok: &Token) -> Result<(), FilterError> {
    if ty == Ty::Proto {
        return err(
            ErrorKind::ProtocolValue(field_name(f).to_string()),
            op_tok.span.clone(),
        );
    }
    let _ = op;
    Ok(())
}

fn fields_cmp(f: F, ty: Ty, op: Op, g: F, gty: Ty, op_tok: &Token) -> Result<Node, FilterError> {
    check_op(f, ty, op, op_tok)?;
    check_op(g, gty, op, op_tok)?;
    let compatible = ty == gty || matches!((ty, gty), (Ty::Uint | Ty::Bool, Ty::Uint | Ty::Bool));
    if !compatible {
        return err(
            ErrorKind::Incomparable(field_name(f).to_string(), field_name(g).to_string()),
            op_tok.span.clone(),
        );
    }
    Ok(Node::CmpFields(f, op, g))
}

/// Parses `t` as a constant for field `f` of type `ty`.
fn literal(t: &Token, f: F, ty: Ty, input: &str) -> Result<Lit, FilterError> {
    let span = t.span.clone();
    let text = describe(t, input);
    match (&t.tok, ty) {
        (Tok::Str(s), Ty::Str) => Ok(Lit::S(s.clone())),
        (Tok::Word(w), Ty::Str) => Ok(Lit::S(w.as_bytes().to_vec())),
        (Tok::Str(_), Ty::Proto) | (Tok::Word(_), Ty::Proto) => {
            err(ErrorKind::ProtocolValue(field_name(f).to_string()), span)
        }
        (Tok::Str(s), _) => {
            let shown = String::from_utf8_lossy(s);
            err(
                ErrorKind::NotText {
                    field: field_name(f).to_string(),
                    value: shown.into_owned(),
                },
                span,
            )
        }
        (Tok::Word(w), Ty::Uint) => parse_uint(w).map(Lit::U).ok_or_else(|| bad_number(w, t)),
        (Tok::Word(w), Ty::Bool) => match w.as_str() {
            "true" | "True" | "TRUE" => Ok(Lit::U(1)),
            "false" | "False" | "FALSE" => Ok(Lit::U(0)),
            _ => parse_uint(w)
                .map(|n| Lit::U(u64::from(n != 0)))
                .ok_or_else(|| bad_number(w, t)),
        },
        (Tok::Word(w), Ty::Ipv4) => parse_ipv4(w)
            .map(|(a, m)| Lit::Ip(a, m))
            .ok_or_else(|| FilterError::new(ErrorKind::BadIpv4(w.clone()), span)),
        (Tok::Word(w), Ty::Mac) => parse_bytes(w)
            .and_then(|b| <[u8; 6]>::try_from(b).ok())
            .map(Lit::Mac)
            .ok_or_else(|| FilterError::new(ErrorKind::BadMac(w.clone()), span)),
        _ => err(ErrorKind::Unexpected(text), span),
    }
}

/// Decimal, `0x` hexadecimal, or leading-`0` octal (as Wireshark's strtoul).
fn parse_uint(w: &str) -> Option<u64> {
    if let Some(h) = w.strip_prefix("0x").or_else(|| w.strip_prefix("0X")) {
        return u64::from_str_radix(h, 16)
            .ok()
            .filter(|_| !h.starts_with('+'));
    }
    if !w.bytes().all(|b| b.is_ascii_digit()) || w.is_empty() {
        return None;
    }
    if w.len() > 1 && w.starts_with('0') {
        return u64::from_str_radix(&w[1..], 8).ok();
    }
    w.parse().ok()
}

/// `a.b.c.d` or `a.b.c.d/prefix` → (address, mask).
fn parse_ipv4(w: &str) -> Option<(u32, u32)> {
    let (addr, prefix) = match w.split_once('/') {
        Some((a, p)) => (a, p.parse::<u32>().ok().filter(|p| *p <= 32)?),
        None => (w, 32),
    };
    let parts: Vec<&str> = addr.split('.').collect();
    if parts.len() != 4 {
        return None;
    }
    let mut a = 0u32;
    for p in parts {
        if p.is_empty() || p.len() > 3 || !p.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        a = a << 8 | p.parse::<u8>().ok()? as u32;
    }
    let mask = if prefix == 0 {
        0
    } else {
        u32::MAX << (32 - prefix)
    };
    Some((a, mask))
}

/// Bytes written as hex pairs separated by `:`, `-` or `.` (`02:00:00:00:00:01`).
fn parse_bytes(w: &str) -> Option<Vec<u8>> {
    let parts: Vec<&str> = w.split([':', '-', '.']).collect();
    if parts.len() < 2 {
        return None;
    }
    parts
        .iter()
        .map(|p| {
            let b = p.as_bytes();
            match b {
                [h, l] => Some(hex(*h)? * 16 + hex(*l)?),
                [l] => hex(*l),
                _ => None,
            }
        })
        .collect()
}

/// Compiles a display filter. Empty or whitespace-only text gives the filter
/// that matches everything.
pub fn compile(expr: &str) -> Result<Filter, FilterError> {
    if expr.len() > MAX_LEN {
        let mut cut = MAX_LEN;
        while !expr.is_char_boundary(cut) {
            cut -= 1;
        }
        return err(ErrorKind::TooLong { max: MAX_LEN }, cut..expr.len());
    }
    let toks = lex(expr)?;
    if toks.is_empty() {
        return Ok(Filter { root: None });
    }
    let mut p = Parser {
        input: expr,
        toks,
        pos: 0,
        depth: 0,
    };
    let root = p.or()?;
    if let Some(t) = p.peek().cloned() {
        return p.unexpected(&t);
    }
    Ok(Filter { root: Some(root) })
}

// ---------------------------------------------------------------- evaluation

#[derive(Clone, Copy, Debug)]
enum Val<'a> {
    U(u64),
    Ip(u32),
    Mac([u8; 6]),
    S(&'a [u8]),
}

/// What the matcher knows about one segment; the costlier facts are computed on demand.
struct Pkt<'a> {
    t: &'a Timeline,
    s: &'a Segment,
    conn: Option<&'a Connection>,
    off: Option<Offsets>,
    rel: Option<(u32, u32)>,
    ftp: Option<Option<FtpLine>>,
    setup_text: Option<(Vec<u8>, Vec<u8>)>,
    /// Wireshark's TCP analysis of this frame, when the caller has it.
    ta: Option<TcpAnalysis>,
}

impl<'a> Pkt<'a> {
    fn channel(&self) -> Option<Channel> {
        self.conn.map(|c| c.channel)
    }

    /// FTP's fields exist when Wireshark hands the payload to FTP: not for a
    /// retransmitted or out-of-order segment (see [`TcpAnalysis::hides_payload`]).
    fn is_ftp(&mut self) -> bool {
        !self.s.payload.is_empty()
            && self.channel() == Some(Channel::Control)
            && !self.analysis().hides_payload()
    }

    fn is_ftp_data(&mut self) -> bool {
        !self.s.payload.is_empty()
            && self.channel() == Some(Channel::Data)
            && !self.analysis().hides_payload()
    }

    fn rel(&mut self) -> (u32, u32) {
        if let Some(r) = self.rel {
            return r;
        }
        let r = match self.conn {
            Some(c) => analysis::relative(c, analysis::bases(self.t, self.s.conn), self.s),
            None => (self.s.seq, self.s.ack),
        };
        self.rel = Some(r);
        r
    }

    fn ftp(&mut self) -> Option<&FtpLine> {
        if self.ftp.is_none() {
            let line = if self.is_ftp() {
                let request = self.conn.is_some_and(|c| self.s.dst == c.server);
                analysis::ftp_line(&self.s.payload, request)
            } else {
                None
            };
            self.ftp = Some(line);
        }
        self.ftp.as_ref().and_then(Option::as_ref)
    }

    /// The frame's TCP analysis: given by the caller, or worked out over the
    /// whole timeline (once per packet; [`Filter::frames`] and
    /// [`Filter::matches_row`] avoid that).
    fn analysis(&mut self) -> TcpAnalysis {
        if let Some(a) = self.ta {
            return a;
        }
        let frame = self.s.frame as usize;
        let a = tcp_analysis::analyze(self.t)
            .get(frame.wrapping_sub(1))
            .copied()
            .unwrap_or_default();
        self.ta = Some(a);
        a
    }

    fn setup(&mut self) -> Option<&(Vec<u8>, Vec<u8>)> {
        if !self.is_ftp_data() {
            return None;
        }
        if self.setup_text.is_none() {
            let d = analysis::data_setup(self.t, self.s.conn);
            let method = d.mode.unwrap_or("").as_bytes().to_vec();
            let cmd = d
                .command
                .as_ref()
                .map(|c| c.to_string())
                .unwrap_or_default();
            self.setup_text = Some((method, cmd.into_bytes()));
        }
        self.setup_text.as_ref()
    }

    fn be16(&self, at: usize) -> u64 {
        self.s
            .bytes
            .get(at..at + 2)
            .map_or(0, |b| u64::from(u16::from_be_bytes([b[0], b[1]])))
    }

    fn byte(&self, at: usize) -> u64 {
        self.s.bytes.get(at).map_or(0, |&b| u64::from(b))
    }

    fn mac(&self, at: usize) -> [u8; 6] {
        let mut m = [0; 6];
        if let Some(b) = self.s.bytes.get(at..at + 6) {
            m.copy_from_slice(b);
        }
        m
    }

    /// The bytes of a protocol, for `contains`.
    fn proto_bytes(&mut self, f: F) -> Option<&'a [u8]> {
        let b: &'a [u8] = &self.s.bytes;
        let o = self.off?;
        match f {
            F::Frame => Some(b),
            F::Eth => Some(b),
            F::Ip => b.get(o.ip..o.end),
            F::Tcp => b.get(o.tcp..o.end),
            F::TcpPayload if o.payload < o.end => b.get(o.payload..o.end),
            F::Ftp if self.is_ftp() => b.get(o.payload..o.end),
            F::FtpData if self.is_ftp_data() => b.get(o.payload..o.end),
            _ => None,
        }
    }

    /// The values of field `f` (none when the packet does not have it); calls
    /// `each` on each until it returns true. Returns whether one did.
    fn any(&mut self, f: F, each: &mut dyn FnMut(Val<'_>) -> bool) -> bool {
        let s = self.s;
        let Some(o) = self.off else {
            return false;
        };
        let u = |v: u64| Val::U(v);
        let one = |v: Val<'_>, each: &mut dyn FnMut(Val<'_>) -> bool| each(v);
        match f {
            F::Frame | F::Eth | F::Ip | F::Tcp => true,
            F::FrameNumber => one(u(u64::from(s.frame)), each),
            F::FrameLen => one(u(s.bytes.len() as u64), each),
            F::EthSrc => one(Val::Mac(self.mac(6)), each),
            F::EthDst => one(Val::Mac(self.mac(0)), each),
            F::EthAddr => each(Val::Mac(self.mac(0))) || each(Val::Mac(self.mac(6))),
            F::EthType => one(u(self.be16(12)), each),
            F::IpSrc => one(Val::Ip(u32::from(*s.src.ip())), each),
            F::IpDst => one(Val::Ip(u32::from(*s.dst.ip())), each),
            F::IpAddr => {
                each(Val::Ip(u32::from(*s.src.ip()))) || each(Val::Ip(u32::from(*s.dst.ip())))
            }
            F::IpVersion => one(u(self.byte(o.ip) >> 4), each),
            F::IpHdrLen => one(u((self.byte(o.ip) & 0x0f) * 4), each),
            F::IpDsfield => one(u(self.byte(o.ip + 1)), each),
            F::IpLen => one(u(self.be16(o.ip + 2)), each),
            F::IpId => one(u(self.be16(o.ip + 4)), each),
            F::IpDf => one(u((self.byte(o.ip + 6) >> 6) & 1), each),
            F::IpMf => one(u((self.byte(o.ip + 6) >> 5) & 1), each),
            F::IpFragOffset => one(u((self.be16(o.ip + 6) & 0x1fff) * 8), each),
            F::IpTtl => one(u(self.byte(o.ip + 8)), each),
            F::IpProto => one(u(self.byte(o.ip + 9)), each),
            F::IpChecksum => one(u(self.be16(o.ip + 10)), each),
            F::TcpPort => each(u(u64::from(s.src.port()))) || each(u(u64::from(s.dst.port()))),
            F::TcpSrcport => one(u(u64::from(s.src.port())), each),
            F::TcpDstport => one(u(u64::from(s.dst.port())), each),
            F::TcpStream => one(u(u64::from(s.conn.0)), each),
            F::TcpSeq => {
                let r = self.rel().0;
                one(u(u64::from(r)), each)
            }
            F::TcpAck => {
                let r = self.rel().1;
                one(u(u64::from(r)), each)
            }
            F::TcpSeqRaw => one(u(u64::from(s.seq)), each),
            F::TcpAckRaw => one(u(u64::from(s.ack)), each),
            F::TcpLen => one(u((o.end - o.payload) as u64), each),
            F::TcpHdrLen => one(u((o.payload - o.tcp) as u64), each),
            F::TcpFlags => one(u(self.be16(o.tcp + 12) & 0x0fff), each),
            F::TcpFin => one(u(self.byte(o.tcp + 13) & 1), each),
            F::TcpSyn => one(u((self.byte(o.tcp + 13) >> 1) & 1), each),
            F::TcpReset => one(u((self.byte(o.tcp + 13) >> 2) & 1), each),
            F::TcpPush => one(u((self.byte(o.tcp + 13) >> 3) & 1), each),
            F::TcpAckFlag => one(u((self.byte(o.tcp + 13) >> 4) & 1), each),
            F::TcpUrg => one(u((self.byte(o.tcp + 13) >> 5) & 1), each),
            F::TcpWindow | F::TcpWindowSize => one(u(self.be16(o.tcp + 14)), each),
            F::TcpChecksum => one(u(self.be16(o.tcp + 16)), each),
            F::TcpUrgentPointer => one(u(self.be16(o.tcp + 18)), each),
            F::TcpMss => s.mss.is_some_and(|m| one(u(u64::from(m)), each)),
            F::TcpPayload => o.payload < o.end,
            F::Ftp => self.is_ftp(),
            F::FtpData => self.is_ftp_data(),
            F::FtpRequest | F::FtpResponse => {
                let Some(req) = self.ftp().map(|l| l.request) else {
                    return false;
                };
                let v = if f == F::FtpRequest { req } else { !req };
                one(u(u64::from(v)), each)
            }
            F::FtpCommand | F::FtpArg | F::FtpRespArg => {
                let p: &[u8] = &s.payload;
                let r = self.ftp().and_then(|l| match f {
                    F::FtpCommand => l.command.clone(),
                    F::FtpArg => l.arg.clone(),
                    _ => l.resp_arg.clone(),
                });
                r.and_then(|r| p.get(r))
                    .is_some_and(|v| one(Val::S(v), each))
            }
            F::FtpCode => {
                let c = self.ftp().and_then(|l| l.code.clone());
                c.is_some_and(|(c, _)| one(u(u64::from(c)), each))
            }
            F::FtpDataMethod | F::FtpDataCommand => {
                let Some((m, c)) = self.setup() else {
                    return false;
                };
                let v = if f == F::FtpDataMethod { m } else { c };
                !v.is_empty() && each(Val::S(v))
            }
            F::TcpAnalysisFlags => self.analysis().any(),
            F::TcpAnalysis(flag) => self.analysis().has(flag),
            F::TcpDupAckNum | F::TcpDupAckFrame => {
                let a = self.analysis();
                if !a.has(Flag::DuplicateAck) {
                    return false;
                }
                let v = if f == F::TcpDupAckNum {
                    a.dupack_num
                } else {
                    a.dupack_frame
                };
                one(u(u64::from(v)), each)
            }
        }
    }
}

fn cmp_vals(a: Val<'_>, op: Op, b: Val<'_>) -> bool {
    use std::cmp::Ordering;
    let ord: Option<Ordering> = match (a, b) {
        (Val::U(x), Val::U(y)) => Some(x.cmp(&y)),
        (Val::Ip(x), Val::Ip(y)) => Some(x.cmp(&y)),
        (Val::Mac(x), Val::Mac(y)) => Some(x.cmp(&y)),
        (Val::S(x), Val::S(y)) => Some(x.cmp(y)),
        _ => None,
    };
    let Some(o) = ord else { return false };
    match op {
        Op::Eq => o == Ordering::Equal,
        Op::Ne => o != Ordering::Equal,
        Op::Lt => o == Ordering::Less,
        Op::Gt => o == Ordering::Greater,
        Op::Le => o != Ordering::Greater,
        Op::Ge => o != Ordering::Less,
    }
}

fn bool_field(f: F) -> bool {
    FIELDS.iter().any(|(_, g, ty)| *g == f && *ty == Ty::Bool)
}

fn cmp_lit(v: Val<'_>, op: Op, lit: &Lit) -> bool {
    match (v, lit) {
        (Val::Ip(a), Lit::Ip(b, mask)) if *mask != u32::MAX => {
            let eq = a & mask == b & mask;
            match op {
                Op::Eq => eq,
                Op::Ne => !eq,
                _ => cmp_vals(Val::Ip(a & mask), op, Val::Ip(b & mask)),
            }
        }
        (_, Lit::U(x)) => cmp_vals(v, op, Val::U(*x)),
        (_, Lit::Ip(x, _)) => cmp_vals(v, op, Val::Ip(*x)),
        (_, Lit::Mac(m)) => cmp_vals(v, op, Val::Mac(*m)),
        (_, Lit::S(s)) => cmp_vals(v, op, Val::S(s)),
    }
}

fn contains(hay: &[u8], needle: &[u8]) -> bool {
    needle.is_empty() || hay.windows(needle.len()).any(|w| w == needle)
}

fn eval(n: &Node, p: &mut Pkt<'_>) -> bool {
    match n {
        Node::Or(v) => v.iter().any(|n| eval(n, p)),
        Node::And(v) => v.iter().all(|n| eval(n, p)),
        Node::Xor(v) => v.iter().fold(false, |acc, n| acc ^ eval(n, p)),
        Node::Not(n) => !eval(n, p),
        Node::Exists(f) => p.any(*f, &mut |_| true),
        Node::Cmp(f, Op::Ne, lit) => {
            p.any(*f, &mut |_| true) && !p.any(*f, &mut |v| cmp_lit(v, Op::Eq, lit))
        }
        Node::Cmp(f, op, lit) => p.any(*f, &mut |v| cmp_lit(v, *op, lit)),
        Node::CmpFields(f, op, g) => {
            let mut left: Vec<Val<'static>> = Vec::new();
            let mut left_s: Vec<Vec<u8>> = Vec::new();
            p.any(*f, &mut |v| {
                match v {
                    Val::S(s) => left_s.push(s.to_vec()),
                    Val::U(x) => {
                        left.push(Val::U(if bool_field(*f) { u64::from(x != 0) } else { x }))
                    }
                    Val::Ip(x) => left.push(Val::Ip(x)),
                    Val::Mac(x) => left.push(Val::Mac(x)),
                }
                false
            });
            let test = |op: Op, v: Val<'_>| {
                left.iter().any(|l| cmp_vals(*l, op, v))
                    || left_s.iter().any(|l| cmp_vals(Val::S(l), op, v))
            };
            if *op == Op::Ne {
                (!left.is_empty() || !left_s.is_empty())
                    && p.any(*g, &mut |_| true)
                    && !p.any(*g, &mut |v| test(Op::Eq, v))
            } else {
                p.any(*g, &mut |v| test(*op, v))
            }
        }
        Node::Contains(f, needle) => match p.proto_bytes(*f) {
            Some(hay) => contains(hay, needle),
            None => p.any(*f, &mut |v| match v {
                Val::S(s) => contains(s, needle),
                _ => false,
            }),
        },
        Node::In(f, items) => p.any(*f, &mut |v| {
            items.iter().any(|it| match it {
                Item::One(l) => cmp_lit(v, Op::Eq, l),
                Item::Range(a, b) => matches!(v, Val::U(x) if *a <= x && x <= *b),
            })
        }),
    }
}

impl Filter {
    /// True when the filter text was empty (it matches every event).
    pub fn is_empty(&self) -> bool {
        self.root.is_none()
    }

    /// Whether event `event` of `t` passes the filter. The empty filter passes
    /// every event; any other filter passes only segments.
    pub fn matches(&self, t: &Timeline, event: usize) -> bool {
        self.matches_with(t, event, None)
    }

    /// [`Filter::matches`] for a packet-list row, whose TCP analysis is known.
    pub fn matches_row(&self, t: &Timeline, row: &crate::view::Row) -> bool {
        self.matches_with(t, row.event, Some(row.analysis))
    }

    fn matches_with(&self, t: &Timeline, event: usize, ta: Option<TcpAnalysis>) -> bool {
        let Some(root) = &self.root else {
            return true;
        };
        let Some(EventKind::Segment(s)) = t.events.get(event).map(|e| &e.kind) else {
            return false;
        };
        let mut p = Pkt {
            t,
            s,
            conn: t.connections.get(usize::from(s.conn.0)),
            off: Offsets::of(&s.bytes),
            rel: None,
            ftp: None,
            setup_text: None,
            ta,
        };
        eval(root, &mut p)
    }

    /// The frame numbers of the segments of `t` that pass the filter.
    pub fn frames(&self, t: &Timeline) -> Vec<u32> {
        let analysis = tcp_analysis::analyze(t);
        t.segments()
            .zip(analysis)
            .filter(|((i, _), a)| self.matches_with(t, *i, Some(*a)))
            .map(|((_, s), _)| s.frame)
            .collect()
    }
}

/// One refused filter for each [`ErrorKind`], in declaration order: for
/// tests of pages that word these errors in another language.
pub fn error_examples() -> Vec<String> {
    let deep = format!(
        "{}ftp{}",
        "(".repeat(MAX_DEPTH + 1),
        ")".repeat(MAX_DEPTH + 1)
    );
    [
        "x".repeat(MAX_LEN + 1),
        "ftp & tcp".into(),
        "ftp | tcp".into(),
        "tcp.port = 21".into(),
        "eth.src[0:2]".into(),
        "ftp.request.arg == 'x'".into(),
        "ftp # tcp".into(),
        r#"ftp.request.arg == "\xZZ""#.into(),
        r#"ftp.request.arg == "\q""#.into(),
        r#"ftp.request.arg == "abc"#.into(),
        "ftp &&".into(),
        "(ftp".into(),
        "ftp tcp".into(),
        deep,
        "fpt".into(),
        "tcp.flags.rst == 1".into(),
        r#""abc""#.into(),
        "()".into(),
        "tcp.port contains 21".into(),
        r#"ftp matches "x""#.into(),
        "21 == 21".into(),
        "tcp.port ==".into(),
        "tcp.port in 21".into(),
        "tcp in {1 2}".into(),
        "tcp.port in {20 21".into(),
        "tcp.port in {}".into(),
        "tcp.port == 2x1".into(),
        "tcp == 1".into(),
        "ip.src == tcp.port".into(),
        r#"tcp.port == "21""#.into(),
        "ip.src == 1.2.3".into(),
        "eth.src == 01:02".into(),
    ]
    .into()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{simulate, Scenario};

    fn frames(t: &Timeline, expr: &str) -> Vec<u32> {
        compile(expr)
            .unwrap_or_else(|e| panic!("{expr:?}: {e} at {:?}", e.span))
            .frames(t)
    }

    fn error(expr: &str) -> FilterError {
        compile(expr).expect_err(expr)
    }

    fn seed() -> Timeline {
        simulate(&Scenario::seed_active(), 1)
    }

    #[test]
    fn empty_filter_matches_everything() {
        let t = seed();
        for text in ["", "   ", "\t\n"] {
            let f = compile(text).unwrap();
            assert!(f.is_empty());
            assert!((0..t.events.len()).all(|i| f.matches(&t, i)));
        }
        let f = compile("tcp").unwrap();
        assert!(!f.is_empty());
        assert!(!f.matches(&t, 0), "a console event is not a packet");
        assert!(!f.matches(&t, usize::MAX));
        assert_eq!(f.frames(&t).len(), t.segments().count());
    }

    #[test]
    fn protocols() {
        let t = seed();
        let payload: Vec<u32> = t
            .segments()
            .filter(|(_, s)| !s.payload.is_empty())
            .map(|(_, s)| s.frame)
            .collect();
        assert_eq!(frames(&t, "ftp-data"), [28, 29, 30]);
        let ftp = frames(&t, "ftp");
        assert_eq!(ftp.len(), 22);
        assert!(!ftp.contains(&28));
        assert_eq!(frames(&t, "ftp || ftp-data"), payload);
        assert_eq!(frames(&t, "ftp or ftp-data"), payload);
        for p in ["frame", "eth", "ip", "tcp"] {
            assert_eq!(frames(&t, p).len(), 47, "{p}");
        }
    }

    #[test]
    fn issue_filters_on_the_seed_session() {
        let t = seed();
        assert_eq!(frames(&t, "tcp.port == 21").len(), 47 - 12);
        assert_eq!(frames(&t, "tcp.flags.syn == 1"), [1, 2, 24, 25]);
        assert_eq!(frames(&t, r#"ftp.request.command == "USER""#), [6]);
        assert_eq!(
            frames(
                &t,
                r#"ftp.request.command == "USER" && ftp.request.arg == "anonymous""#
            ),
            [6]
        );
        assert_eq!(
            frames(
                &t,
                r#"ftp.request.command == "USER" && ftp.request.arg == "anon""#
            ),
            Vec::<u32>::new()
        );
        assert_eq!(frames(&t, "ftp.response.code == 226"), [37]);
        assert_eq!(
            frames(&t, r#"ftp.request.command == "PASV""#),
            Vec::<u32>::new()
        );
        assert_eq!(frames(&t, r#"ftp.request.command == "PORT""#), [21]);
        let p = simulate(&Scenario::seed_passive(), 1);
        assert_eq!(frames(&p, r#"ftp.request.command == "PASV""#), [21]);
    }

    #[test]
    fn precedence_and_grouping() {
        let same =
            |a: &str, b: &str| assert_eq!(compile(a).unwrap(), compile(b).unwrap(), "{a} vs {b}");
        same("!ftp && tcp || ip", "((!ftp) && tcp) || ip");
        same("not ftp and tcp or ip", "((!ftp) && tcp) || ip");
        same("ftp || tcp && ip", "ftp || (tcp && ip)");
        same("ftp && tcp && ip", "ftp and (tcp) and ip");
        same("!!ftp", "not not ftp");
        same("tcp.port eq 21", "tcp.port == 21");
        same("21 == tcp.port", "tcp.port == 21");
        same("21 < tcp.port", "tcp.port > 21");
        same("tcp.port == 0x15", "tcp.port == 21");
        same("tcp.port == 025", "tcp.port == 21");
        same(
            r#"ftp.request.command == USER"#,
            r#"ftp.request.command == "USER""#,
        );
        let t = seed();
        // !a && b || c: (not FTP and a SYN) or a reply 226.
        assert_eq!(
            frames(&t, "!ftp && tcp.flags.syn == 1 || ftp.response.code == 226"),
            [1, 2, 24, 25, 37]
        );
        assert_eq!(
            frames(
                &t,
                "!(ftp && tcp.flags.syn == 1 || ftp.response.code == 226) && ftp.response.code"
            ),
            frames(&t, "ftp.response.code != 226")
        );
        // xor (Wireshark 4.2 and later).
        assert_eq!(frames(&t, "tcp.len > 1000 xor tcp.len > 600"), [30]);
        assert_eq!(frames(&t, "tcp.len > 1000 ^^ tcp.len > 600"), [30]);
    }

    #[test]
    fn comparison_operators() {
        let t = seed();
        let n = |e: &str| frames(&t, e).len();
        assert_eq!(frames(&t, "frame.number == 7"), [7]);
        assert_eq!(n("frame.number != 7"), 46);
        assert_eq!(n("frame.number < 7"), 6);
        assert_eq!(n("frame.number lt 7"), 6);
        assert_eq!(n("frame.number <= 7"), 7);
        assert_eq!(n("frame.number le 7"), 7);
        assert_eq!(n("frame.number > 45"), 2);
        assert_eq!(n("frame.number gt 45"), 2);
        assert_eq!(n("frame.number >= 45"), 3);
        assert_eq!(n("frame.number ge 45"), 3);
        assert_eq!(n("frame.number ne 45"), 46);
        assert_eq!(frames(&t, r#"ftp.request.command contains "YS""#), [11]);
        assert_eq!(frames(&t, r#"ftp contains "anonymous""#), [6]);
        assert_eq!(frames(&t, r#"ftp.response.arg contains "Goodbye""#), [43]);
        assert_eq!(
            frames(&t, r#"frame contains "foo" && ftp-data"#),
            [28, 29, 30]
        );
        assert_eq!(frames(&t, "tcp.port in {20, 21}").len(), 47);
        assert_eq!(frames(&t, "tcp.port in {20 54705}").len(), 12);
        assert_eq!(frames(&t, "tcp.len in {600..700}"), [30]);
        assert_eq!(
            frames(&t, "tcp.srcport < tcp.dstport"),
            frames(&t, "ip.src == 1.1.2.1")
        );
    }

    #[test]
    fn fields_on_the_seed_session() {
        let t = seed();
        let n = |e: &str| frames(&t, e).len();
        assert_eq!(n("ip.addr == 1.1.1.1"), 47);
        assert_eq!(n("ip.addr != 1.1.1.1"), 0, "!= means no value equals");
        assert_eq!(n("tcp.port != 21"), 12);
        assert_eq!(n("!(tcp.port == 21)"), 12);
        assert_eq!(n("ip.src == 1.1.1.1") + n("ip.dst == 1.1.1.1"), 47);
        assert_eq!(n("ip.src == 1.1.1.0/24"), n("ip.src == 1.1.1.1"));
        assert_eq!(n("ip.dst == 1.1.0.0/16"), 47);
        assert_eq!(n("ip.ttl == 64 && ip.flags.df == 1 && ip.version == 4"), 47);
        assert_eq!(frames(&t, "ip.len > 1000"), [28, 29]);
        assert_eq!(frames(&t, "frame.len == 1514"), [28, 29]);
        assert_eq!(n("tcp.stream == 1"), 12);
        assert_eq!(frames(&t, "tcp.seq == 0"), [1, 2, 24, 25]);
        assert_eq!(frames(&t, "tcp.ack == 1 && tcp.flags.syn == 1"), [2, 25]);
        assert_eq!(frames(&t, "tcp.ack == 3586"), [35]);
        assert_eq!(frames(&t, "tcp.seq_raw == 4214379870"), [1]);
        assert_eq!(frames(&t, "tcp.len == 22"), [4, 21]);
        assert_eq!(n("tcp.window_size_value == 65535"), 47);
        assert_eq!(frames(&t, "tcp.flags == 0x12"), [2, 25]);
        assert_eq!(frames(&t, "tcp.flags == 0x002"), [1, 24]);
        assert_eq!(frames(&t, "tcp.flags.fin == 1"), [31, 35, 44, 46]);
        assert_eq!(frames(&t, "tcp.flags.fin == true"), [31, 35, 44, 46]);
        assert_eq!(
            n("tcp.flags.fin"),
            47,
            "a flag field exists whether set or not"
        );
        assert_eq!(n("tcp.flags.reset == 1"), 0);
        assert_eq!(n("tcp.flags.push == 1"), 23);
        assert_eq!(n("tcp.flags.ack == 0"), 2);
        assert_eq!(frames(&t, "tcp.options.mss_val == 1460"), [1, 2, 24, 25]);
        assert_eq!(n("tcp.hdr_len == 20"), 43);
        assert_eq!(n("eth.type == 0x0800 && ip.proto == 6"), 47);
        let h1 = t.hosts[0].mac;
        let mac = format!(
            "{:02x}:{:02x}:{:02x}:{:02x}:{:02x}:{:02x}",
            h1[0], h1[1], h1[2], h1[3], h1[4], h1[5]
        );
        assert_eq!(n(&format!("eth.src == {mac}")), n("ip.src == 1.1.1.1"));
        assert_eq!(n(&format!("eth.addr == {mac}")), 47);
        assert_eq!(
            n(&format!("eth.dst == {}", mac.replace(':', "-"))),
            n("ip.dst == 1.1.1.1")
        );
        assert_eq!(n("ftp.request"), 22, "present in every FTP packet");
        assert_eq!(n("ftp.request == 1"), 10);
        assert_eq!(n("ftp.response == 1"), 12);
        assert_eq!(n("ftp.request.arg"), 7);
        assert_eq!(
            frames(&t, r#"ftp.response.arg == "Transfer complete""#),
            [37]
        );
        assert_eq!(n("ftp.response.code >= 200 && ftp.response.code < 300"), 10);
        assert_eq!(n(r#"ftp-data.setup-method == "PORT""#), 3);
        assert_eq!(n(r#"ftp-data.command == "RETR foo""#), 3);
        assert_eq!(frames(&t, r#"tcp.payload contains "RETR""#), [23]);
    }

    #[test]
    fn string_escapes() {
        let t = seed();
        assert_eq!(frames(&t, r#"ftp contains "USER anonymous\r\n""#), [6]);
        assert_eq!(frames(&t, r#"ftp contains "\x55SER""#), [6]);
        assert_eq!(
            frames(&t, r#"ftp.request.command == "\"USER\"""#),
            Vec::<u32>::new()
        );
        assert_eq!(frames(&t, r#"ftp contains "\\""#), Vec::<u32>::new());
        assert_eq!(error(r#"ftp contains "\q""#).span, 14..16);
    }

    /// The position of `k` in [`ErrorKind`]'s declaration: a new kind does
    /// not compile until it is added here (and to `error_examples`).
    fn kind_index(k: &ErrorKind) -> usize {
        use ErrorKind as K;
        match k {
            K::TooLong { .. } => 0,
            K::SingleAmpersand => 1,
            K::SinglePipe => 2,
            K::SingleEquals => 3,
            K::Slice => 4,
            K::SingleQuote => 5,
            K::BadChar(_) => 6,
            K::BadHexEscape => 7,
            K::BadEscape(_) => 8,
            K::UnclosedString => 9,
            K::UnexpectedEnd => 10,
            K::Unbalanced => 11,
            K::Unexpected(_) => 12,
            K::TooDeep { .. } => 13,
            K::UnknownName(_) => 14,
            K::RstName => 15,
            K::StringAlone => 16,
            K::NameBeforeParen => 17,
            K::ContainsNeedsText(_) => 18,
            K::MatchesUnsupported => 19,
            K::NoField => 20,
            K::ValueAfter(_) => 21,
            K::BraceAfterIn => 22,
            K::ProtocolInSet(_) => 23,
            K::UnclosedSet => 24,
            K::EmptySet => 25,
            K::BadNumber(_) => 26,
            K::ProtocolValue(_) => 27,
            K::Incomparable(..) => 28,
            K::NotText { .. } => 29,
            K::BadIpv4(_) => 30,
            K::BadMac(_) => 31,
        }
    }

    #[test]
    fn every_error_kind_has_an_example_and_its_english_message() {
        let examples = error_examples();
        assert_eq!(examples.len(), 32);
        for (i, expr) in examples.iter().enumerate() {
            let e = error(expr);
            assert_eq!(kind_index(&e.kind), i, "{expr:?} gave {:?}", e.kind);
            assert_eq!(e.message, e.kind.english());
            assert!(e.span.end <= expr.len(), "{expr:?}: {:?}", e.span);
        }
    }

    #[test]
    fn error_messages_and_spans() {
        let e = error("fpt");
        assert_eq!(
            e.message,
            r#""fpt" is neither a field nor a protocol name."#
        );
        assert_eq!(e.span, 0..3);
        assert_eq!(e.to_string(), e.message);
        let e = error("ftp && fpt.request");
        assert_eq!(e.span, 7..18);
        let e = error("ftp &&");
        assert_eq!(e.message, "Unexpected end of filter expression.");
        assert_eq!(e.span, 6..6);
        assert_eq!(error("!").message, "Unexpected end of filter expression.");
        let e = error("tcp.port == abc");
        assert_eq!(e.message, r#""abc" is not a valid number."#);
        assert_eq!(e.span, 12..15);
        let e = error("tcp.port ==");
        assert_eq!(e.message, r#"Expected a value after "=="."#);
        assert_eq!(e.span, 9..11);
        let e = error("tcp.port eq )");
        assert_eq!(e.message, r#"Expected a value after "eq"."#);
        assert_eq!(e.span, 12..13);
        let e = error("(ftp || ftp-data");
        assert_eq!(e.message, "Unbalanced parenthesis.");
        assert_eq!(e.span, 0..1);
        let e = error("ftp)");
        assert_eq!(e.message, "Unbalanced parenthesis.");
        assert_eq!(e.span, 3..4);
        assert_eq!(error("()").span, 1..2);
        let e = error("ftp tcp");
        assert_eq!(e.message, r#""tcp" was unexpected in this context."#);
        assert_eq!(e.span, 4..7);
        let e = error("== 21");
        assert_eq!(e.span, 0..2);
        let e = error("ip.addr == 1.1.1");
        assert_eq!(e.message, r#""1.1.1" is not a valid IPv4 address."#);
        assert_eq!(error("ip.addr == 1.1.1.256").span, 11..20);
        assert_eq!(error("ip.addr == 1.1.1.1/33").span, 11..21);
        assert!(error("eth.src == 1:2:3")
            .message
            .contains("Ethernet address"));
        let e = error(r#"ftp.response.code == "226""#);
        assert!(e.message.contains("without quotes"), "{}", e.message);
        assert_eq!(e.span, 21..26);
        let e = error(r#"ftp.request.command == "USER"#);
        assert_eq!(e.message, "This string has no closing double quote.");
        assert_eq!(e.span, 23..28);
        let e = error("tcp.port = 21");
        assert!(e.message.contains("\"==\""), "{}", e.message);
        assert_eq!(e.span, 9..10);
        assert!(error("ftp & tcp").message.contains("&&"));
        assert!(error("ftp | tcp").message.contains("||"));
        assert_eq!(error("ftp @").span, 4..5);
        assert_eq!(error("ftp é").span, 4..6);
        assert!(error("tcp.flags.rst == 1")
            .message
            .contains("tcp.flags.reset"));
        assert!(error("ftp == 1").message.contains("protocol"));
        assert!(error("tcp.port contains \"2\"")
            .message
            .contains("contains"));
        assert!(error(r#"ftp matches "U.*""#)
            .message
            .contains("not supported"));
        assert!(error("eth.src[0:3] == 02:00:00").message.contains("Slices"));
        assert!(error("21 == 22").message.contains("must be a field"));
        assert_eq!(error("fpt == 21").span, 0..3);
        assert!(error("\"USER\"").message.contains("string alone"));
        assert!(error("tcp.port in 21").message.contains("{"));
        assert!(error("tcp.port in {}").message.contains("at least one"));
        assert!(error("tcp.port in {21").message.contains("closing"));
        assert_eq!(
            error("tcp.port in {abc}").message,
            r#""abc" is not a valid number."#
        );
        assert!(error("tcp.port == tcp.flags.syn == 1")
            .message
            .contains("unexpected"));
        assert!(error("tcp.port == ip.src")
            .message
            .contains("different kinds"));
    }

    #[test]
    fn limits() {
        assert!(error(&"(".repeat(10_000)).message.contains("too long"));
        let deep = "(".repeat(4000);
        let e = error(&deep);
        assert!(e.message.contains("nested too deeply"), "{}", e.message);
        assert_eq!(e.span, 64..65);
        let e = error(&"!".repeat(4000));
        assert!(e.message.contains("nested too deeply"));
        let ok = format!("{}ftp{}", "(".repeat(MAX_DEPTH), ")".repeat(MAX_DEPTH));
        assert!(compile(&ok).is_ok());
        let long = "ftp || ".repeat(1000) + "ftp";
        let e = error(&long);
        assert!(e.message.contains("too long"));
        assert_eq!(e.span, MAX_LEN..long.len());
        let e = error(&"é".repeat(3000));
        assert!(e.message.contains("too long"));
        // Long flat chains are fine (no recursion per operand).
        let chain = vec!["tcp"; 500].join("&&");
        assert_eq!(compile(&chain).unwrap().frames(&seed()).len(), 47);
    }
}
