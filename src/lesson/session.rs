//! The tutorial's index over the model's timeline.
//!
//! [`Tutorial`] runs the protocol model once and precomputes what every
//! position of the tutorial shows, so stepping in either direction is a lookup.
//! It keeps one index per [`Detail`] (the seed's key packets, or every
//! segment); a [`View`] reads one of them. A *position* is `0..=len()`: 0 is
//! before the first step, `p` is just after step `p` (1-based) has happened.
//! Nothing here touches the DOM, so it is tested natively.

use ftp_sim::tutorial::{self, Detail, Page, Phase, Step, StepKind};
use ftp_sim::view::Row;
use ftp_sim::{Channel, Connection, EventKind, Host, Role, Scenario, Segment, Timeline};

/// The seed that fixes the initial sequence numbers of the tutorial's session.
pub const SEED: u64 = 959;

/// The steps of one fidelity, with the last event each step covers and the
/// caption pages they fall into.
struct StepIndex {
    steps: Vec<Step>,
    covered: Vec<usize>,
    pages: Vec<Page>,
}

impl StepIndex {
    fn new(steps: Vec<Step>, pages: Vec<Page>) -> Self {
        let covered = steps
            .iter()
            .map(|s| match &s.kind {
                StepKind::Console { lines, .. } => lines.last().copied().unwrap_or(s.event),
                StepKind::Packet { .. } => s.event,
            })
            .collect();
        StepIndex {
            steps,
            covered,
            pages,
        }
    }
}

/// A session and its steps, indexed for the UI.
pub struct Tutorial {
    pub timeline: Timeline,
    /// The packet list's rows, one per segment in frame order.
    pub rows: Vec<Row>,
    /// Flow-graph labels (event index, label), in event order.
    flow: Vec<(usize, String)>,
    key: StepIndex,
    every: StepIndex,
    /// Indices of console events, in order.
    console: Vec<usize>,
}

impl Tutorial {
    /// Simulates `scenario` with `seed` and indexes its steps.
    pub fn new(scenario: &Scenario, seed: u64) -> Self {
        let timeline = ftp_sim::simulate(scenario, seed);
        let key_steps = tutorial::steps_with(&timeline, Detail::KeyPackets);
        let every_steps = tutorial::steps_with(&timeline, Detail::EverySegment);
        // Captions are written per key-packet page; at every-segment fidelity a
        // page starts at the very same step (every key step is a step there too).
        let key_pages = tutorial::pages(&key_steps);
        let every_pages = key_pages
            .iter()
            .filter_map(|p| {
                let event = key_steps[p.start].event;
                let start = every_steps.iter().position(|s| s.event == event)?;
                Some(Page {
                    start,
                    phase: p.phase,
                })
            })
            .collect();
        let key = StepIndex::new(key_steps, key_pages);
        let every = StepIndex::new(every_steps, every_pages);
        let console = timeline
            .events
            .iter()
            .enumerate()
            .filter(|(_, e)| matches!(e.kind, EventKind::Console { .. }))
            .map(|(i, _)| i)
            .collect();
        let rows = ftp_sim::view::rows(&timeline);
        let flow = ftp_sim::view::flow_labels(&timeline);
        Tutorial {
            timeline,
            rows,
            flow,
            key,
            every,
            console,
        }
    }

    /// The seed tutorial: `get foo` in active mode.
    pub fn seed() -> Self {
        Self::new(&Scenario::seed_active(), SEED)
    }

    /// The steps at one fidelity.
    pub fn view(&self, detail: Detail) -> View<'_> {
        let index = match detail {
            Detail::KeyPackets => &self.key,
            Detail::EverySegment => &self.every,
        };
        View { t: self, index }
    }

    /// The segment at event `event`, if it is one.
    pub fn segment_at(&self, event: usize) -> Option<&Segment> {
        match &self.timeline.events.get(event)?.kind {
            EventKind::Segment(s) => Some(s),
            _ => None,
        }
    }

    /// The ladder label of the segment at `event`.
    pub fn flow_label(&self, event: usize) -> &str {
        match self.flow.binary_search_by_key(&event, |(e, _)| *e) {
            Ok(i) => &self.flow[i].1,
            Err(_) => "",
        }
    }

    /// The key packet name and channel of the segment at `event`, if the
    /// tutorial names it.
    pub fn key_name(&self, event: usize) -> Option<(&'static str, Channel)> {
        self.key
            .steps
            .iter()
            .find(|s| s.event == event)
            .and_then(|s| match &s.kind {
                StepKind::Packet { name, channel, .. } => Some((*name, *channel)),
                StepKind::Console { .. } => None,
            })
    }
}

/// The tutorial at one fidelity.
#[derive(Clone, Copy)]
pub struct View<'a> {
    t: &'a Tutorial,
    index: &'a StepIndex,
}

impl<'a> View<'a> {
    pub fn tutorial(&self) -> &'a Tutorial {
        self.t
    }

    pub fn timeline(&self) -> &'a Timeline {
        &self.t.timeline
    }

    pub fn steps(&self) -> &'a [Step] {
        &self.index.steps
    }

    /// Number of steps; positions run from 0 to this.
    pub fn len(&self) -> usize {
        self.index.steps.len()
    }

    /// True when the session produced no step at all.
    pub fn is_empty(&self) -> bool {
        self.index.steps.is_empty()
    }

    /// The step that brought the tutorial to position `pos` (none at 0).
    pub fn step(&self, pos: usize) -> Option<&'a Step> {
        pos.checked_sub(1).and_then(|i| self.index.steps.get(i))
    }

    /// The last event that has happened at position `pos`.
    pub fn last_event(&self, pos: usize) -> Option<usize> {
        pos.checked_sub(1)
            .and_then(|i| self.index.covered.get(i).copied())
    }

    /// The last position at which event `event` has happened: the same
    /// moment of the session at this fidelity (0 if nothing had happened yet).
    pub fn position_at_event(&self, event: usize) -> usize {
        self.index.covered.partition_point(|&c| c <= event)
    }

    /// Console events (indices) visible at position `pos`, oldest first.
    pub fn console_at(&self, pos: usize) -> &'a [usize] {
        let console = &self.t.console;
        match self.last_event(pos) {
            None => &[],
            Some(last) => &console[..console.partition_point(|&i| i <= last)],
        }
    }

    /// The caption page shown at position `pos`: its index and phase.
    /// Position 0 shows the first page.
    pub fn page_at(&self, pos: usize) -> (usize, Phase) {
        let pages = &self.index.pages;
        let step = pos.saturating_sub(1);
        let i = pages.partition_point(|p| p.start <= step).saturating_sub(1);
        (i, pages.get(i).map_or(Phase::ControlSetup, |p| p.phase))
    }

    /// How many caption pages the session has.
    pub fn page_count(&self) -> usize {
        self.index.pages.len().max(1)
    }

    /// The caption phase at position `pos`.
    pub fn phase_at(&self, pos: usize) -> Phase {
        self.page_at(pos).1
    }

    /// The first position of page `page` (the position its first step brings).
    fn page_position(&self, page: usize) -> Option<usize> {
        self.index.pages.get(page).map(|p| p.start + 1)
    }

    /// The first position of `phase`'s first page, if any step belongs to it.
    pub fn first_position_of(&self, phase: Phase) -> Option<usize> {
        self.index
            .pages
            .iter()
            .find(|p| p.phase == phase)
            .map(|p| p.start + 1)
    }

    /// Where "Next page" goes from `pos`: the first step of the next page.
    pub fn next_page(&self, pos: usize) -> Option<usize> {
        let (page, _) = self.page_at(pos);
        self.page_position(page + 1).filter(|&to| to > pos)
    }

    /// Where "Previous page" goes from `pos`: the start of the previous page
    /// (position 0 from the first page).
    pub fn previous_page(&self, pos: usize) -> Option<usize> {
        if pos == 0 {
            return None;
        }
        let (page, _) = self.page_at(pos);
        Some(
            page.checked_sub(1)
                .and_then(|p| self.page_position(p))
                .unwrap_or(0),
        )
    }

    /// The connections open at position `pos`, each with `true` once a FIN
    /// has been sent on it (it is closing but not gone yet).
    pub fn connections_at(&self, pos: usize) -> Vec<(&'a Connection, bool)> {
        let Some(last) = self.last_event(pos) else {
            return Vec::new();
        };
        let timeline = &self.t.timeline;
        timeline
            .open_connections_at(last)
            .map(|c| {
                let closing = timeline.events[c.opened_at..=last].iter().any(
                    |e| matches!(&e.kind, EventKind::Segment(s) if s.conn == c.id && s.flags.fin),
                );
                (c, closing)
            })
            .collect()
    }

    /// The client acting at position `pos`: the one of the latest step that
    /// involves a client (H1 unless a second PC has taken over).
    pub fn client_at(&self, pos: usize) -> Option<&'a Host> {
        let t = &self.t.timeline;
        let is_client = |id| t.host(id).role == Role::Client;
        let latest = self.index.steps[..pos.min(self.len())]
            .iter()
            .rev()
            .find_map(|s| match &s.kind {
                StepKind::Packet { from, to, .. } => {
                    [*from, *to].into_iter().find(|h| is_client(*h))
                }
                StepKind::Console { host, .. } => Some(*host).filter(|h| is_client(*h)),
            });
        latest
            .map(|id| t.host(id))
            .or_else(|| t.hosts.iter().find(|h| h.role == Role::Client))
    }

    /// The FTP server of the session.
    pub fn server(&self) -> Option<&'a Host> {
        self.t
            .timeline
            .hosts
            .iter()
            .find(|h| h.role == Role::Server)
    }

    /// The segment a packet step carries.
    pub fn segment(&self, step: &Step) -> Option<&'a Segment> {
        match step.kind {
            StepKind::Packet { .. } => self.t.segment_at(step.event),
            StepKind::Console { .. } => None,
        }
    }
}

/// The key under which [`crate::i18n::Words::packet_notes`] explains a packet: the
/// model names both the control handshake's SYN-ACK and the data close's ACK
/// "Ack", and the notes tell them apart by channel.
pub fn note_key(name: &str, channel: Channel) -> &str {
    match (name, channel) {
        ("Ack", Channel::Data) => "Ack_close_data",
        _ => name,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(t: View<'_>) -> Vec<&'static str> {
        t.steps()
            .iter()
            .filter_map(|s| match s.kind {
                StepKind::Packet { name, .. } => Some(name),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn seed_tutorial_has_the_seed_packets_in_order() {
        let seed = Tutorial::seed();
        assert_eq!(
            names(seed.view(Detail::KeyPackets)),
            [
                "Control_Conn",
                "Ack",
                "PORT",
                "data_Conn",
                "Ack_data_Conn",
                "ftp_Data",
                "Close_Data",
                "Ack_Data",
                "Ack",
                "Close_Ctrl",
                "Ack_Close"
            ]
        );
    }

    #[test]
    fn console_grows_with_position_and_starts_empty() {
        let seed = Tutorial::seed();
        let t = seed.view(Detail::KeyPackets);
        assert!(t.console_at(0).is_empty());
        for pos in 1..=t.len() {
            let before = t.console_at(pos - 1);
            let now = t.console_at(pos);
            assert!(now.len() >= before.len(), "console shrank at {pos}");
            assert_eq!(
                &now[..before.len()],
                before,
                "console rewrote history at {pos}"
            );
        }
        assert_eq!(
            t.console_at(t.len()).len(),
            seed.console.len(),
            "the end shows every line"
        );
    }

    #[test]
    fn pages_follow_the_phases_in_order() {
        let seed = Tutorial::seed();
        let t = seed.view(Detail::KeyPackets);
        let mut pos = 0;
        let mut visited = vec![t.phase_at(0)];
        while let Some(next) = t.next_page(pos) {
            assert!(next > pos);
            pos = next;
            visited.push(t.phase_at(pos));
        }
        assert_eq!(visited, Phase::ALL.to_vec());
        // And back again, down to the start.
        let mut back = vec![];
        while let Some(prev) = t.previous_page(pos) {
            assert!(prev < pos);
            pos = prev;
            back.push(pos);
        }
        assert_eq!(pos, 0);
        assert_eq!(back.len(), 6);
    }

    #[test]
    fn connections_open_and_close() {
        let seed = Tutorial::seed();
        let t = seed.view(Detail::KeyPackets);
        assert!(t.connections_at(0).is_empty());
        let most = (0..=t.len()).map(|p| t.connections_at(p).len()).max();
        assert_eq!(
            most,
            Some(2),
            "control and data are open together during the transfer"
        );
        // At the last step the data connection is gone; the control connection
        // is closing (H1's own FIN and S1's last ACK are not drawn).
        let end = t.connections_at(t.len());
        assert!(
            end.iter()
                .all(|(c, closing)| *closing && c.channel == Channel::Control),
            "{end:?}"
        );
        let mid = t.first_position_of(Phase::Transfer).unwrap();
        assert!(t.connections_at(mid).iter().all(|(_, closing)| !closing));
    }

    #[test]
    fn switching_fidelity_keeps_the_moment() {
        let seed = Tutorial::seed();
        let key = seed.view(Detail::KeyPackets);
        let every = seed.view(Detail::EverySegment);
        assert!(every.len() > key.len());
        for pos in 0..=key.len() {
            // Key -> every lands on the very same event.
            let there = key
                .last_event(pos)
                .map(|e| every.position_at_event(e))
                .unwrap_or(0);
            assert_eq!(
                every.last_event(there),
                key.last_event(pos),
                "key position {pos}"
            );
            // And back again returns to the same key position.
            let back = every
                .last_event(there)
                .map(|e| key.position_at_event(e))
                .unwrap_or(0);
            assert_eq!(back, pos);
        }
        // Every segment of the timeline is a step in every-segment mode.
        let packets = every
            .steps()
            .iter()
            .filter(|s| matches!(s.kind, StepKind::Packet { .. }))
            .count();
        assert_eq!(packets, seed.timeline.segments().count());
        assert_eq!(seed.rows.len(), packets);
    }

    #[test]
    fn both_fidelities_have_the_same_pages_at_the_same_moments() {
        for id in Scenario::IDS {
            let t = Tutorial::new(&Scenario::by_id(id).unwrap(), SEED);
            let key = t.view(Detail::KeyPackets);
            let every = t.view(Detail::EverySegment);
            assert_eq!(key.page_count(), every.page_count(), "{id}");
            for pos in 0..=every.len() {
                let same = every
                    .last_event(pos)
                    .map_or(0, |e| key.position_at_event(e));
                assert_eq!(
                    every.page_at(pos),
                    key.page_at(same),
                    "{id} at every-segment position {pos}"
                );
            }
        }
    }

    #[test]
    fn the_second_pc_takes_the_stage_when_it_acts() {
        let t = Tutorial::new(&Scenario::two_pcs(), SEED);
        let v = t.view(Detail::KeyPackets);
        assert_eq!(v.client_at(0).unwrap().name, "H1");
        assert_eq!(v.client_at(v.len()).unwrap().name, "PC2");
        assert_eq!(v.server().unwrap().name, "S1");
    }

    #[test]
    fn the_close_data_ack_has_its_own_note() {
        assert_eq!(note_key("Ack", Channel::Data), "Ack_close_data");
        assert_eq!(note_key("Ack", Channel::Control), "Ack");
        assert_eq!(note_key("PORT", Channel::Control), "PORT");
    }
}
