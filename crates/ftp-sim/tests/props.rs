//! Property tests over random user-action lists.

mod common;

use ftp_sim::{simulate, DataMode, Scenario};
use proptest::prelude::*;

use common::TYPED as ACTIONS;

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
                interactive: false,
                faults: Default::default(),
                typed_faults: Vec::new(),
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

    /// The Wireshark-like views hold on any session: one row and one
    /// every-segment step per segment, layers that tile each frame, `ftp ||
    /// ftp-data` selects exactly the payload frames, streams reassemble.
    #[test]
    fn random_sessions_have_consistent_views((s, seed) in scenario()) {
        use ftp_sim::{dissect, filter, follow, tutorial, view};
        let t = simulate(&s, seed);
        let n = t.segments().count();
        prop_assert_eq!(view::rows(&t).len(), n);
        prop_assert_eq!(view::flow_labels(&t).len(), n);
        let all = tutorial::steps_with(&t, tutorial::Detail::EverySegment);
        let packets = all.iter().filter(|s| matches!(s.kind, tutorial::StepKind::Packet { .. })).count();
        prop_assert_eq!(packets, n);
        for (i, seg) in t.segments() {
            let layers = dissect::dissect(&t, i).expect("dissects");
            let mut at = 0;
            for l in &layers {
                prop_assert_eq!(l.range.start, at);
                at = l.range.end;
                for f in &l.fields {
                    prop_assert!(l.range.start <= f.range.start && f.range.end <= l.range.end);
                }
            }
            prop_assert_eq!(at, seg.bytes.len());
        }
        let payload: Vec<u32> = t.segments().filter(|(_, s)| !s.payload.is_empty()).map(|(_, s)| s.frame).collect();
        prop_assert_eq!(filter::compile("ftp || ftp-data").unwrap().frames(&t), payload);
        let data: usize = t.segments().filter(|(_, s)| !s.payload.is_empty() && t.connection(s.conn).channel == ftp_sim::Channel::Data).map(|(_, s)| s.payload.len()).sum();
        let streamed: usize = follow::data_streams(&t).iter().map(|d| d.bytes.len()).sum();
        prop_assert_eq!(streamed, data, "no retransmitted data in the model, so sizes add up");
        for c in t.connections.iter().filter(|c| c.channel == ftp_sim::Channel::Control) {
            let _ = follow::control_transcript(&t, c.id);
        }
    }
}
