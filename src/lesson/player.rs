//! The player: where the learner is in the tutorial and how they move.
//!
//! All controls (buttons, keys, Play, a click in any view) go through
//! [`Player`], so each of them lands on exactly the same state for the same
//! position.

use std::sync::Arc;

use leptos::prelude::*;

use ftp_sim::tutorial::{Detail, StepKind};

use crate::lesson::session::{Tutorial, View};

/// How the packet of the current step is drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Motion {
    /// It travels along the link (stepping forward, playing).
    Travel,
    /// It is already at its destination (stepping back, jumping).
    Arrived,
}

/// Speeds offered by the speed control, as multipliers of the base pace.
pub const SPEEDS: [f64; 4] = [0.5, 1.0, 2.0, 4.0];

/// Milliseconds a step lasts at speed 1×.
pub const BASE_STEP_MS: f64 = 1600.0;

/// The tutorial's shared state. `Copy`, so every component can hold one.
#[derive(Clone, Copy)]
pub struct Player {
    /// The session being shown (replaced when the learner types a command).
    pub tutorial: RwSignal<Arc<Tutorial>>,
    /// Key packets or every segment.
    pub detail: RwSignal<Detail>,
    /// Position at the current fidelity: 0..=len.
    pub pos: RwSignal<usize>,
    pub playing: RwSignal<bool>,
    pub speed: RwSignal<f64>,
    pub motion: RwSignal<Motion>,
    /// The selected segment (an index into the timeline's events): one
    /// selection shared by the stage, the packet list, the ladder and the inspector.
    pub selected: RwSignal<Option<usize>>,
    /// Whether the stage's packet-details panel is open.
    pub details_open: RwSignal<bool>,
    /// The steps the lesson is locked to (`from`/`to` in the URL), as
    /// key-packet positions; `(0, usize::MAX)` when unlocked.
    pub range: RwSignal<(usize, usize)>,
}

impl Player {
    pub fn new(tutorial: Arc<Tutorial>) -> Self {
        Player {
            tutorial: RwSignal::new(tutorial),
            detail: RwSignal::new(Detail::KeyPackets),
            pos: RwSignal::new(0),
            playing: RwSignal::new(false),
            speed: RwSignal::new(1.0),
            motion: RwSignal::new(Motion::Arrived),
            selected: RwSignal::new(None),
            details_open: RwSignal::new(false),
            range: RwSignal::new((0, usize::MAX)),
        }
    }

    /// The locked range at the current fidelity (tracks the signals it reads).
    pub fn bounds(&self) -> (usize, usize) {
        let (lo, hi) = self.range.get();
        let detail = self.detail.get();
        self.tutorial.with(|t| Self::map_bounds(t, detail, lo, hi))
    }

    fn bounds_untracked(&self) -> (usize, usize) {
        let (lo, hi) = self.range.get_untracked();
        let detail = self.detail.get_untracked();
        self.tutorial
            .with_untracked(|t| Self::map_bounds(t, detail, lo, hi))
    }

    fn map_bounds(t: &Tutorial, detail: Detail, lo: usize, hi: usize) -> (usize, usize) {
        let key = t.view(Detail::KeyPackets);
        let view = t.view(detail);
        let map = |p: usize| {
            if p >= key.len() {
                view.len()
            } else {
                key.last_event(p).map_or(0, |e| view.position_at_event(e))
            }
        };
        (map(lo), map(hi))
    }

    /// True at the first position the lesson allows (reactive).
    pub fn at_start(&self) -> bool {
        self.pos.get() <= self.bounds().0
    }

    /// True at the last position the lesson allows, without tracking.
    pub fn at_end_untracked(&self) -> bool {
        self.pos.get_untracked() >= self.bounds_untracked().1
    }

    /// True at the last position the lesson allows (reactive).
    pub fn at_end(&self) -> bool {
        self.pos.get() >= self.bounds().1
    }

    /// The tutorial data (cheap clone of an `Arc`).
    pub fn data(&self) -> Arc<Tutorial> {
        self.tutorial.get()
    }

    /// Shows another session of the same learner (the terminal's), keeping
    /// the position, so the new steps can be played from where they begin.
    pub fn replace(&self, tutorial: Arc<Tutorial>) {
        self.tutorial.set(tutorial);
        let len = self.with_view_untracked(|v| v.len());
        if self.pos.get_untracked() > len {
            self.pos.set(len);
        }
    }

    /// Runs `f` on the steps of the current fidelity (tracks the fidelity).
    pub fn with_view<R>(&self, f: impl FnOnce(View<'_>) -> R) -> R {
        let detail = self.detail.get();
        self.tutorial.with(|t| f(t.view(detail)))
    }

    fn with_view_untracked<R>(&self, f: impl FnOnce(View<'_>) -> R) -> R {
        let detail = self.detail.get_untracked();
        self.tutorial.with_untracked(|t| f(t.view(detail)))
    }

    pub fn len(&self) -> usize {
        self.with_view(|v| v.len())
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Moves to `to` (kept inside the locked range); the selection follows
    /// the packet of that step.
    fn go(&self, to: usize, motion: Motion) {
        let (lo, hi) = self.bounds_untracked();
        let (to, packet) = self.with_view_untracked(|v| {
            let to = to.clamp(lo, hi.min(v.len()));
            let packet = v
                .step(to)
                .and_then(|s| matches!(s.kind, StepKind::Packet { .. }).then_some(s.event));
            (to, packet)
        });
        self.motion.set(motion);
        self.pos.set(to);
        if packet.is_some() {
            self.selected.set(packet);
        }
    }

    /// One step forward; the new packet travels. Returns false at the end.
    pub fn step_forward(&self) -> bool {
        let pos = self.pos.get_untracked();
        if pos >= self.bounds_untracked().1 {
            return false;
        }
        self.go(pos + 1, Motion::Travel);
        true
    }

    /// One step back, to exactly the state of the previous position.
    pub fn step_back(&self) {
        self.playing.set(false);
        let pos = self.pos.get_untracked();
        self.go(pos.saturating_sub(1), Motion::Arrived);
    }

    pub fn restart(&self) {
        self.playing.set(false);
        self.details_open.set(false);
        self.selected.set(None);
        let lo = self.bounds_untracked().0;
        self.go(lo, Motion::Arrived);
    }

    pub fn to_end(&self) {
        self.playing.set(false);
        let end = self.bounds_untracked().1;
        self.go(end, Motion::Arrived);
    }

    pub fn next_page(&self) {
        let pos = self.pos.get_untracked();
        if let Some(to) = self.with_view_untracked(|v| v.next_page(pos)) {
            self.go(to, Motion::Travel);
        }
    }

    pub fn previous_page(&self) {
        self.playing.set(false);
        let pos = self.pos.get_untracked();
        if let Some(to) = self.with_view_untracked(|v| v.previous_page(pos)) {
            self.go(to, Motion::Arrived);
        }
    }

    /// Play from here (from the start when at the end), or pause.
    pub fn toggle_play(&self) {
        if self.playing.get_untracked() {
            self.playing.set(false);
        } else {
            let (lo, hi) = self.bounds_untracked();
            if self.pos.get_untracked() >= hi {
                self.go(lo, Motion::Arrived);
            }
            self.playing.set(true);
        }
    }

    /// Switches fidelity and stays at the same moment of the session.
    pub fn set_detail(&self, detail: Detail) {
        if detail == self.detail.get_untracked() {
            return;
        }
        let pos = self.pos.get_untracked();
        let to = self.tutorial.with_untracked(|t| {
            let now = t.view(self.detail.get_untracked()).last_event(pos);
            now.map_or(0, |e| t.view(detail).position_at_event(e))
        });
        self.detail.set(detail);
        self.go(to, Motion::Arrived);
    }

    /// Selects the segment at `event` in every view and moves the animation
    /// to it (at key-packet fidelity: to the last step at or before it).
    pub fn select(&self, event: usize) {
        self.playing.set(false);
        let (lo, hi) = self.bounds_untracked();
        let to = self
            .with_view_untracked(|v| v.position_at_event(event))
            .clamp(lo, hi);
        self.motion.set(Motion::Arrived);
        self.pos.set(to);
        self.selected.set(Some(event));
    }

    /// Locks the lesson to key-packet positions `lo..=hi` and moves to `pos`.
    pub fn lock(&self, (lo, hi): (usize, usize), pos: usize) {
        self.range.set((lo, hi));
        self.go(pos, Motion::Arrived);
    }

    /// Milliseconds between steps at the current speed.
    pub fn step_ms(&self) -> u32 {
        (BASE_STEP_MS / self.speed.get_untracked()).round() as u32
    }
}
