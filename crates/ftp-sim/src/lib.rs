//! `ftp-sim`: a deterministic, sans-IO simulation of an FTP session over TCP/IPv4.
//!
//! Give it a [`Scenario`] (hosts, data-connection mode, what the user types at
//! `ftp>`) and a seed; it returns the [`Timeline`] of the session: every segment
//! with its real bytes, every console line, every TCP state change, each at its
//! simulated time. There is no clock, no I/O and no global randomness: the same
//! scenario and seed always give the same timeline, byte for byte.
//!
//! The crate is pure Rust and depends on no web crate: the browser tutorial,
//! the capture exporter and the command-line tool all consume its timeline.
//!
//! ```
//! use ftp_sim::{simulate, tutorial, Scenario};
//! let t = simulate(&Scenario::seed_active(), 1);
//! let names = tutorial::packet_names(&tutorial::steps(&t));
//! assert_eq!(names[..3], ["Control_Conn", "Ack", "PORT"]);
//! let pcapng = ftp_sim::pcap::to_pcapng(&t, ftp_sim::pcap::tutorial_comments(&t));
//! assert!(!pcapng.is_empty());
//! ```
//!
//! The model in numbers: H1 1.1.1.1, S1 1.1.2.1 (and PC2 1.1.1.2), 10 ms
//! one-way latency, 10 Mbit/s uplinks, client processing 0.2 ms, server 0.5 ms,
//! the user types 0.5 s after the prompt returns; MSS 1460, window 65535,
//! initial window three segments, delayed ACKs as Linux sends them (40 ms),
//! SYN retransmitted after 1 s and 2 s more, data after an RTO of at least
//! 200 ms (doubling, six times), TIME-WAIT 2 s; H1's ephemeral ports start at
//! 54704 (control), so the first PORT is `PORT 1,1,1,1,213,177` (54705);
//! passive ports start at 50000. The client behaves as tnftp, the server as
//! vsftpd (`parity/` checks both against the real programs); the network is
//! perfect unless the scenario's [`Faults`] say otherwise.

mod analysis;
pub mod dissect;
pub mod fault;
pub mod filter;
pub mod follow;
pub mod ftp;
pub mod net;
pub mod pcap;
pub mod scenario;
mod sim;
pub mod tcp;
pub mod tcp_analysis;
pub mod timeline;
pub mod tsg;
pub mod tutorial;
pub mod view;
pub mod wire;

pub use fault::{Fault, FaultAction, FaultRule, Faults, SegmentKind};
pub use ftp::client::{check_line, CommandHelp, LineError, COMMANDS};
pub use scenario::{DataMode, Scenario, ScriptError};
pub use sim::{H1_IP, PC2_IP, S1_IP};
pub use tcp::TcpState;
pub use timeline::{
    Channel, ConnId, Connection, DropReason, Event, EventKind, Host, HostId, Micros, Role,
    SavedFile, Segment, Socket, Timeline,
};

/// Runs `scenario` to the end and returns its timeline. `seed` picks the
/// initial sequence numbers (and anything else left to chance); it is the only
/// source of variation.
pub fn simulate(scenario: &Scenario, seed: u64) -> Timeline {
    sim::run(scenario, seed)
}
