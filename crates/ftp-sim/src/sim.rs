//! Wires scenario, network, client(s) and server together and runs the event loop.

use std::collections::BTreeMap;
use std::net::Ipv4Addr;

use crate::ftp::client::Client;
use crate::ftp::fs::Fs;
use crate::ftp::sample_text;
use crate::ftp::server::Server;
use crate::net::{Action, World};
use crate::scenario::Scenario;
use crate::timeline::{HostId, Role, Timeline};

/// H1's address (the seed's client).
pub const H1_IP: Ipv4Addr = Ipv4Addr::new(1, 1, 1, 1);
/// S1's address (the seed's server).
pub const S1_IP: Ipv4Addr = Ipv4Addr::new(1, 1, 2, 1);
/// The second client PC's address.
pub const PC2_IP: Ipv4Addr = Ipv4Addr::new(1, 1, 1, 2);

/// A hard stop for pathological inputs: no scenario needs this many actions.
const MAX_ACTIONS: usize = 5_000_000;

/// Runs `scenario` with `seed` to the end; see [`crate::simulate`].
pub fn run(scenario: &Scenario, seed: u64) -> Timeline {
    let fw = scenario.client_firewall;
    let mut hosts = vec![
        ("H1", H1_IP, Role::Client, fw),
        ("S1", S1_IP, Role::Server, false),
    ];
    if !scenario.pc2_script.is_empty() {
        hosts.push(("PC2", PC2_IP, Role::Client, fw));
    }
    let mut w = World::new(seed, &hosts);
    w.set_faults(scenario.faults.clone());
    let mut fs = Fs::tutorial();
    for (path, size) in &scenario.extra_files {
        let name = path.rsplit('/').next().unwrap_or(path);
        fs.write(path, sample_text(name, *size));
    }
    // Try it yourself keeps the session open however long the learner thinks.
    let idle = (!scenario.interactive).then_some(crate::ftp::server::IDLE_TIMEOUT);
    let mut server = Server::new(&mut w, HostId(1), fs).idle_timeout(idle);
    let mut h1_files = BTreeMap::new();
    h1_files.insert("report.txt".to_string(), sample_text("report", 1200));
    let mut clients = vec![
        Client::new(HostId(0), "H1", &scenario.script, scenario.mode, h1_files)
            .interactive(scenario.interactive),
    ];
    if !scenario.pc2_script.is_empty() {
        clients.push(Client::new(
            HostId(2),
            "PC2",
            &scenario.pc2_script,
            scenario.mode,
            BTreeMap::new(),
        ));
    }
    clients[0].start(&mut w, 0);
    let mut count = 0;
    while let Some(action) = w.next_action() {
        count += 1;
        if count > MAX_ACTIONS {
            break;
        }
        match action {
            Action::Depart {
                from,
                to,
                conn,
                frame,
            } => w.depart(from, to, conn, frame),
            Action::Arrive { to, frame } => w.arrive(to, frame),
            Action::Drop {
                host,
                frame,
                reason,
            } => w.dropped(host, frame, reason),
            Action::Timer(s) => w.timer(s),
            Action::AppPoll(h) => {
                w.woke(h);
                if h == server.host {
                    server.poll(&mut w);
                } else if let Some(c) = clients.iter_mut().find(|c| c.host == h) {
                    c.poll(&mut w);
                }
            }
            Action::User(h) => {
                if let Some(c) = clients.iter_mut().find(|c| c.host == h) {
                    let before = c.lines_typed();
                    c.on_user(&mut w);
                    // The network changes as the line is typed (Try it yourself's switches).
                    if h == HostId(0) && c.lines_typed() > before {
                        if let Some((_, f)) = scenario
                            .typed_faults
                            .iter()
                            .rev()
                            .find(|(i, _)| *i == before)
                        {
                            w.set_faults(f.clone());
                        }
                    }
                }
            }
        }
        // A PC starts once the one before it has finished its session.
        for k in 1..clients.len() {
            if clients[k - 1].done() && !clients[k].started() {
                clients[k].start(&mut w, crate::ftp::client::THINK_TIME);
            }
        }
        w.flush();
    }
    w.finish()
}
