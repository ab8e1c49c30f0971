//! The netstat view: `Timeline::sockets_at`, derived from Listen and TcpState events.

mod common;

use std::net::SocketAddrV4;

use ftp_sim::tutorial::{self, StepKind};
use ftp_sim::{simulate, DataMode, EventKind, Scenario, Socket, TcpState, Timeline};

const SEED: u64 = 959;

fn addr(s: &str) -> SocketAddrV4 {
    s.parse().unwrap()
}

/// `netstat`-like lines: `H1 1.1.1.1:54705 <-> * LISTEN`.
fn table(t: &Timeline, index: usize) -> Vec<String> {
    t.sockets_at(index)
        .iter()
        .map(|s| {
            let remote = s.remote.map_or("*".to_string(), |r| r.to_string());
            format!("{} {} {} {}", t.host(s.host).name, s.local, remote, s.state)
        })
        .collect()
}

fn step_event(t: &Timeline, wanted: &str) -> usize {
    tutorial::steps(t)
        .iter()
        .find_map(|s| match s.kind {
            StepKind::Packet { name, .. } if name == wanted => Some(s.event),
            _ => None,
        })
        .unwrap_or_else(|| panic!("no {wanted} step"))
}

#[test]
fn active_mode_data_conn_step() {
    let t = simulate(&Scenario::seed_active(), SEED);
    let at = step_event(&t, "data_Conn");
    assert_eq!(
        table(&t, at),
        [
            "H1 1.1.1.1:54704 1.1.2.1:21 ESTABLISHED",
            "H1 1.1.1.1:54705 * LISTEN",
            "S1 1.1.2.1:20 1.1.1.1:54705 SYN-SENT",
            "S1 0.0.0.0:21 * LISTEN",
            "S1 1.1.2.1:21 1.1.1.1:54704 ESTABLISHED",
        ]
    );
    let s1 = t.sockets_at(at);
    assert!(s1.contains(&Socket {
        host: ftp_sim::HostId(1),
        local: addr("1.1.2.1:20"),
        remote: Some(addr("1.1.1.1:54705")),
        state: TcpState::SynSent,
    }));
}

#[test]
fn active_listener_opens_before_port_and_closes_after_accept() {
    let t = simulate(&Scenario::seed_active(), SEED);
    let port = step_event(&t, "PORT");
    let listening = |i: usize| {
        t.sockets_at(i)
            .iter()
            .any(|s| s.local == addr("1.1.1.1:54705") && s.state == TcpState::Listen)
    };
    assert!(listening(port), "H1 listens when PORT leaves");
    let opened = t
        .events
        .iter()
        .position(|e| matches!(e.kind, EventKind::Listen { open: true, addr, .. } if addr.port() == 54705))
        .unwrap();
    assert!(opened < port && !listening(opened - 1) && listening(opened));
    let ack = step_event(&t, "Ack_data_Conn");
    // The SYN-ACK leaves at once; the application accepts (and stops listening) a moment later.
    let closed = t
        .events
        .iter()
        .position(|e| matches!(e.kind, EventKind::Listen { open: false, addr, .. } if addr.port() == 54705))
        .unwrap();
    assert!(closed > ack && listening(closed - 1) && !listening(closed));
}

#[test]
fn passive_listener_on_the_227_port() {
    let t = simulate(&Scenario::seed_passive(), SEED);
    let data = step_event(&t, "data_Conn");
    assert_eq!(
        table(&t, data),
        [
            "H1 1.1.1.1:54704 1.1.2.1:21 ESTABLISHED",
            "H1 1.1.1.1:54705 1.1.2.1:50000 SYN-SENT",
            "S1 0.0.0.0:21 * LISTEN",
            "S1 1.1.2.1:21 1.1.1.1:54704 ESTABLISHED",
            "S1 1.1.2.1:50000 * LISTEN",
        ]
    );
    let pasv = step_event(&t, "PASV");
    assert!(
        !table(&t, pasv).iter().any(|l| l.contains(":50000")),
        "not before the 227"
    );
    let ftp_data = step_event(&t, "ftp_Data");
    let rows = table(&t, ftp_data);
    assert!(
        // S1 closes as soon as the file is queued: FIN-WAIT-1 while the data flies.
        rows.contains(&"S1 1.1.2.1:50000 1.1.1.1:54705 FIN-WAIT-1".to_string()),
        "{rows:#?}"
    );
    assert!(
        !rows.contains(&"S1 1.1.2.1:50000 * LISTEN".to_string()),
        "accepted: no longer listening"
    );
}

#[test]
fn closing_states_then_time_wait_then_only_the_listener() {
    let t = simulate(&Scenario::seed_active(), SEED);
    let close = step_event(&t, "Close_Ctrl");
    let rows = table(&t, close);
    assert!(
        rows.contains(&"S1 1.1.2.1:21 1.1.1.1:54704 FIN-WAIT-1".to_string()),
        "{rows:#?}"
    );
    // The last segment is S1's ACK of H1's FIN; once it arrives H1 is CLOSED.
    let last_segment = t.segments().last().unwrap().0;
    assert!(table(&t, last_segment).contains(&"H1 1.1.1.1:54704 1.1.2.1:21 LAST-ACK".to_string()));
    let h1_closed = t
        .events
        .iter()
        .position(|e| {
            matches!(e.kind, EventKind::TcpState { host, to: TcpState::Closed, .. } if t.host(host).name == "H1")
                && e.at > t.events[last_segment].at
        })
        .unwrap();
    let rows = table(&t, h1_closed);
    assert!(rows.iter().all(|r| r.starts_with("S1 ")), "{rows:#?}");
    assert!(
        rows.contains(&"S1 1.1.2.1:21 1.1.1.1:54704 TIME-WAIT".to_string()),
        "{rows:#?}"
    );
    assert!(rows.contains(&"S1 0.0.0.0:21 * LISTEN".to_string()));
    assert!(rows
        .iter()
        .all(|r| r.ends_with("TIME-WAIT") || r.ends_with("LISTEN")));
    // TIME-WAIT ends (2 s) before the timeline does.
    assert_eq!(table(&t, t.events.len() - 1), ["S1 0.0.0.0:21 * LISTEN"]);
    assert_eq!(table(&t, usize::MAX), ["S1 0.0.0.0:21 * LISTEN"]);
    // From the very first event, S1 is listening.
    assert_eq!(table(&t, 0), ["S1 0.0.0.0:21 * LISTEN"]);
}

#[test]
fn sockets_agree_with_the_state_events_everywhere() {
    for id in Scenario::IDS {
        let t = simulate(&Scenario::by_id(id).unwrap(), SEED);
        let mut prev: Vec<Socket> = Vec::new();
        for i in 0..t.events.len() {
            let now = t.sockets_at(i);
            // Sorted, no duplicates, connection ends on the right host.
            let mut sorted = now.clone();
            sorted.sort_by_key(|s| (s.host, s.local.port(), s.remote, *s.local.ip()));
            sorted.dedup();
            assert_eq!(sorted, now, "{id} at {i}");
            for s in &now {
                let ip = t.host(s.host).ip;
                assert!(
                    *s.local.ip() == ip || s.local.ip().is_unspecified(),
                    "{id} {s:?}"
                );
                assert_eq!(
                    s.remote.is_none(),
                    s.state == TcpState::Listen,
                    "{id} {s:?}"
                );
                assert_ne!(s.state, TcpState::Closed);
            }
            // Only the event at `i` changes the table.
            match &t.events[i].kind {
                EventKind::TcpState { .. } | EventKind::Listen { .. } => {}
                _ => assert_eq!(prev, now, "{id}: event {i} changed no socket"),
            }
            prev = now;
        }
        // Every open connection has both ends in the table once both exist.
        let syn_ack = t
            .segments()
            .find(|(_, s)| s.flags.syn && s.flags.ack)
            .map(|(i, _)| i);
        if let Some(i) = syn_ack {
            assert!(
                t.sockets_at(i)
                    .iter()
                    .filter(|s| s.remote.is_some())
                    .count()
                    >= 2
            );
        }
    }
}

#[test]
fn an_interactive_session_idles_with_the_control_connection_open() {
    let typed: Vec<String> = ["get foo"].map(String::from).to_vec();
    let t = simulate(&Scenario::interactive(DataMode::Active, &typed), SEED);
    assert_eq!(
        table(&t, usize::MAX),
        [
            "H1 1.1.1.1:54704 1.1.2.1:21 ESTABLISHED",
            "S1 0.0.0.0:21 * LISTEN",
            "S1 1.1.2.1:21 1.1.1.1:54704 ESTABLISHED",
        ]
    );
}
