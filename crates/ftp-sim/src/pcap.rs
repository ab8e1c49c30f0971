//! Capture export: classic pcap and pcapng (with per-packet comments).
//!
//! What is in a capture: every TCP segment of the timeline, in frame order
//! (frame N of the capture is [`Segment::frame`] N), including the SYNs a
//! firewall dropped — the capture is the path between the hosts as a tap in
//! front of the client's firewall would see it. Timestamps are the simulated
//! send times, offset from a fixed epoch ([`EPOCH_SECS`], 2024-01-01 00:00:00
//! UTC) so that captures are reproducible byte for byte. Link type: Ethernet.
//!
//! Both writers are hand-written (the formats are small) to keep the
//! dependency list short for the wasm build.

use crate::timeline::{Segment, Timeline};
use crate::tutorial;

/// The wall-clock time that simulated time 0 maps to in captures.
pub const EPOCH_SECS: u64 = 1_704_067_200;

const LINKTYPE_ETHERNET: u32 = 1;
const SNAPLEN: u32 = 65535;

fn ts(at: u64) -> (u32, u32) {
    let total = EPOCH_SECS * 1_000_000 + at;
    ((total / 1_000_000) as u32, (total % 1_000_000) as u32)
}

/// A classic pcap file (microsecond timestamps) of every segment.
pub fn to_pcap(t: &Timeline) -> Vec<u8> {
    to_pcap_only(t, |_, _| true)
}

/// A classic pcap file of the segments `keep` accepts (given the event index and segment).
pub fn to_pcap_only(t: &Timeline, keep: impl Fn(usize, &Segment) -> bool) -> Vec<u8> {
    let mut out = Vec::new();
    out.extend_from_slice(&0xa1b2_c3d4u32.to_le_bytes());
    out.extend_from_slice(&2u16.to_le_bytes());
    out.extend_from_slice(&4u16.to_le_bytes());
    out.extend_from_slice(&0i32.to_le_bytes());
    out.extend_from_slice(&0u32.to_le_bytes());
    out.extend_from_slice(&SNAPLEN.to_le_bytes());
    out.extend_from_slice(&LINKTYPE_ETHERNET.to_le_bytes());
    for (i, s) in t.segments() {
        if !keep(i, s) {
            continue;
        }
        let (sec, usec) = ts(t.events[i].at);
        let len = s.bytes.len() as u32;
        out.extend_from_slice(&sec.to_le_bytes());
        out.extend_from_slice(&usec.to_le_bytes());
        out.extend_from_slice(&len.to_le_bytes());
        out.extend_from_slice(&len.to_le_bytes());
        out.extend_from_slice(&s.bytes);
    }
    out
}

fn pad4(out: &mut Vec<u8>) {
    while out.len() % 4 != 0 {
        out.push(0);
    }
}

/// Appends a block: type, total length, body (padded), total length.
fn block(out: &mut Vec<u8>, kind: u32, body: &[u8]) {
    let mut b = body.to_vec();
    pad4(&mut b);
    let total = (b.len() + 12) as u32;
    out.extend_from_slice(&kind.to_le_bytes());
    out.extend_from_slice(&total.to_le_bytes());
    out.extend_from_slice(&b);
    out.extend_from_slice(&total.to_le_bytes());
}

/// Appends an option (code, length, value padded to 4 bytes).
fn option(out: &mut Vec<u8>, code: u16, value: &[u8]) {
    out.extend_from_slice(&code.to_le_bytes());
    out.extend_from_slice(&(value.len() as u16).to_le_bytes());
    out.extend_from_slice(value);
    pad4(out);
}

/// A pcapng file of every segment; `comment(event index, segment)` gives each
/// packet's `opt_comment` (none when it returns `None`).
pub fn to_pcapng(t: &Timeline, comment: impl Fn(usize, &Segment) -> Option<String>) -> Vec<u8> {
    to_pcapng_only(t, |_, _| true, comment)
}

/// A pcapng file of the segments `keep` accepts, with comments as in [`to_pcapng`].
pub fn to_pcapng_only(
    t: &Timeline,
    keep: impl Fn(usize, &Segment) -> bool,
    comment: impl Fn(usize, &Segment) -> Option<String>,
) -> Vec<u8> {
    let mut out = Vec::new();
    // Section Header Block.
    let mut shb = Vec::new();
    shb.extend_from_slice(&0x1a2b_3c4du32.to_le_bytes());
    shb.extend_from_slice(&1u16.to_le_bytes());
    shb.extend_from_slice(&0u16.to_le_bytes());
    shb.extend_from_slice(&(-1i64).to_le_bytes());
    option(&mut shb, 4, b"ftp-sim (FTP Basics, animated)"); // shb_userappl
    option(&mut shb, 0, &[]);
    block(&mut out, 0x0a0d_0d0a, &shb);
    // Interface Description Block: Ethernet, microsecond timestamps (the default).
    let mut idb = Vec::new();
    idb.extend_from_slice(&(LINKTYPE_ETHERNET as u16).to_le_bytes());
    idb.extend_from_slice(&0u16.to_le_bytes());
    idb.extend_from_slice(&SNAPLEN.to_le_bytes());
    option(&mut idb, 2, b"sim0"); // if_name
    option(&mut idb, 0, &[]);
    block(&mut out, 1, &idb);
    for (i, s) in t.segments() {
        if !keep(i, s) {
            continue;
        }
        let micros = EPOCH_SECS * 1_000_000 + t.events[i].at;
        let mut epb = Vec::new();
        epb.extend_from_slice(&0u32.to_le_bytes());
        epb.extend_from_slice(&((micros >> 32) as u32).to_le_bytes());
        epb.extend_from_slice(&(micros as u32).to_le_bytes());
        let len = s.bytes.len() as u32;
        epb.extend_from_slice(&len.to_le_bytes());
        epb.extend_from_slice(&len.to_le_bytes());
        epb.extend_from_slice(&s.bytes);
        pad4(&mut epb);
        if let Some(c) = comment(i, s) {
            // Option values are at most 65535 bytes.
            let c = c.as_bytes();
            option(&mut epb, 1, &c[..c.len().min(60_000)]);
            option(&mut epb, 0, &[]);
        }
        block(&mut out, 6, &epb);
    }
    out
}

/// A one-line caption of a segment: the tutorial's name if it is a key packet,
/// who sends it to whom, and what it carries.
/// `H1 → S1 Control_Conn: [SYN] 54704 → 21 (control connection request)`.
pub fn caption(t: &Timeline, key_name: Option<&str>, s: &Segment) -> String {
    let from = &t.host(s.from).name;
    let to = &t.host(s.to).name;
    let mut c = format!("{from} → {to} ");
    if let Some(n) = key_name {
        c.push_str(n);
        c.push_str(": ");
    }
    c.push_str(&format!("{} {} → {}", s.flags, s.src.port(), s.dst.port()));
    if let Some(m) = &s.ftp {
        c.push_str(&format!(" FTP {m}"));
    } else if !s.payload.is_empty() {
        c.push_str(&format!(" {} bytes of data", s.payload.len()));
    }
    match s.fault {
        Some(crate::fault::Fault::Lost) => c.push_str(" (lost in the Internet)"),
        Some(crate::fault::Fault::Delayed(d)) => c.push_str(&format!(
            " (delayed {} ms in the Internet)",
            d as f64 / 1000.0
        )),
        Some(crate::fault::Fault::Duplicated) => c.push_str(" (duplicated in the Internet)"),
        Some(crate::fault::Fault::Reordered) => {
            c.push_str(" (held back in the Internet: the next one overtakes it)")
        }
        None if !s.delivered => c.push_str(&format!(" (dropped by {}'s firewall)", to)),
        None => {}
    }
    c
}

/// Captions for every segment, with the tutorial's key-packet names: a
/// ready-made `comment` argument for [`to_pcapng`].
pub fn tutorial_comments(t: &Timeline) -> impl Fn(usize, &Segment) -> Option<String> + '_ {
    let keys = tutorial::key_packets(t);
    move |i, s| {
        let name = keys.iter().find(|(k, _)| *k == i).map(|(_, n)| *n);
        Some(caption(t, name, s))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{simulate, Scenario};

    #[test]
    fn pcap_has_header_and_one_record_per_segment() {
        let t = simulate(&Scenario::seed_active(), 1);
        let p = to_pcap(&t);
        assert_eq!(&p[..4], &[0xd4, 0xc3, 0xb2, 0xa1]);
        let mut off = 24;
        let mut n = 0;
        while off < p.len() {
            let len = u32::from_le_bytes(p[off + 8..off + 12].try_into().unwrap()) as usize;
            off += 16 + len;
            n += 1;
        }
        assert_eq!(off, p.len());
        assert_eq!(n, t.segments().count());
    }

    #[test]
    fn pcapng_blocks_are_well_formed_and_carry_comments() {
        let t = simulate(&Scenario::seed_active(), 1);
        let p = to_pcapng(&t, tutorial_comments(&t));
        let mut off = 0;
        let mut epbs = 0;
        while off < p.len() {
            let kind = u32::from_le_bytes(p[off..off + 4].try_into().unwrap());
            let len = u32::from_le_bytes(p[off + 4..off + 8].try_into().unwrap()) as usize;
            assert_eq!(len % 4, 0);
            let trailer =
                u32::from_le_bytes(p[off + len - 4..off + len].try_into().unwrap()) as usize;
            assert_eq!(len, trailer);
            if kind == 6 {
                epbs += 1;
            }
            off += len;
        }
        assert_eq!(off, p.len());
        assert_eq!(epbs, t.segments().count());
        let text = String::from_utf8_lossy(&p);
        assert!(text.contains("H1 → S1 Control_Conn: [SYN] 54704 → 21"));
        assert!(text.contains("FTP PORT 1,1,1,1,213,177"));
    }
}
