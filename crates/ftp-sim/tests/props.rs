//! Property tests over random user-action lists.

mod common;

use ftp_sim::{simulate, DataMode, Scenario};
use proptest::prelude::*;

const ACTIONS: &[&str] = &[
    "ls",
    "dir",
    "dir pub",
    "cd pub",
    "cd nowhere",
    "cdup",
    "pwd",
    "get foo",
    "get readme.txt",
    "get pub/readme.txt",
    "get missing",
    "put report.txt",
    "put nothere",
    "delete foo",
    "delete report.txt",
    "mkdir new",
    "rmdir new",
    "size foo",
    "system",
    "binary",
    "ascii",
    "passive",
    "epsv",
    "quote NOOP",
    "quote EPRT |1|1.1.1.1|60000|",
    "user anonymous a@b.c",
    "user user1 password123",
    "user user1 nope",
    "user bob",
    "pass secret",
    "close",
    "open 1.1.2.1",
    "frobnicate",
    "get",
    "",
];

fn scenario() -> impl Strategy<Value = (Scenario, u64)> {
    (
        prop::collection::vec(0..ACTIONS.len(), 0..10),
        prop::collection::vec(0..ACTIONS.len(), 0..4),
        prop_oneof![
            Just(DataMode::Active),
            Just(DataMode::Passive),
            Just(DataMode::ExtendedPassive)
        ],
        any::<bool>(),
        any::<bool>(),
        any::<u64>(),
    )
        .prop_map(|(a, b, mode, firewall, quit, seed)| {
            let mut script = vec!["ftp 1.1.2.1".to_string()];
            script.extend(a.iter().map(|&i| ACTIONS[i].to_string()));
            if quit {
                script.push("quit".into());
            }
            let mut pc2 = Vec::new();
            if !b.is_empty() {
                pc2.push("ftp 1.1.2.1".to_string());
                pc2.extend(b.iter().map(|&i| ACTIONS[i].to_string()));
            }
            let s = Scenario {
                mode,
                client_firewall: firewall,
                script,
                pc2_script: pc2,
                extra_files: Vec::new(),
            };
            (s, seed)
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    /// No panic; events ordered; seq/ack never go backwards; every byte acked;
    /// every connection closed; the same input gives the same timeline.
    #[test]
    fn random_sessions_keep_the_invariants((s, seed) in scenario()) {
        let t = simulate(&s, seed);
        common::check(&t);
        prop_assert_eq!(t.to_text(), simulate(&s, seed).to_text());
        let steps = ftp_sim::tutorial::steps(&t);
        prop_assert!(steps.windows(2).all(|w| w[0].event < w[1].event));
    }
}
