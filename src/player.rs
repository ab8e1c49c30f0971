//! The player: where the learner is in the tutorial and how they move.
//!
//! All controls (buttons, keys, Play) go through [`Player`], so each of them
//! lands on exactly the same state for the same position.

use std::sync::Arc;

use leptos::prelude::*;

use crate::session::Tutorial;

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
    pub tutorial: StoredValue<Arc<Tutorial>>,
    /// Position: 0..=len.
    pub pos: RwSignal<usize>,
    pub playing: RwSignal<bool>,
    pub speed: RwSignal<f64>,
    pub motion: RwSignal<Motion>,
    /// The step (0-based) whose packet details are open.
    pub selected: RwSignal<Option<usize>>,
}

impl Player {
    pub fn new(tutorial: Arc<Tutorial>) -> Self {
        Player {
            tutorial: StoredValue::new(tutorial),
            pos: RwSignal::new(0),
            playing: RwSignal::new(false),
            speed: RwSignal::new(1.0),
            motion: RwSignal::new(Motion::Arrived),
            selected: RwSignal::new(None),
        }
    }

    /// The tutorial data (cheap clone of an `Arc`).
    pub fn data(&self) -> Arc<Tutorial> {
        self.tutorial.get_value()
    }

    pub fn len(&self) -> usize {
        self.tutorial.with_value(|t| t.len())
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn go(&self, to: usize, motion: Motion) {
        let to = to.min(self.len());
        self.motion.set(motion);
        self.pos.set(to);
    }

    /// One step forward; the new packet travels. Returns false at the end.
    pub fn step_forward(&self) -> bool {
        let pos = self.pos.get_untracked();
        if pos >= self.len() {
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
        self.selected.set(None);
        self.go(0, Motion::Arrived);
    }

    pub fn to_end(&self) {
        self.playing.set(false);
        self.go(self.len(), Motion::Arrived);
    }

    pub fn next_page(&self) {
        let pos = self.pos.get_untracked();
        if let Some(to) = self.tutorial.with_value(|t| t.next_page(pos)) {
            self.go(to, Motion::Travel);
        }
    }

    pub fn previous_page(&self) {
        self.playing.set(false);
        let pos = self.pos.get_untracked();
        if let Some(to) = self.tutorial.with_value(|t| t.previous_page(pos)) {
            self.go(to, Motion::Arrived);
        }
    }

    /// Play from here (from the start when at the end), or pause.
    pub fn toggle_play(&self) {
        if self.playing.get_untracked() {
            self.playing.set(false);
        } else {
            if self.pos.get_untracked() >= self.len() {
                self.go(0, Motion::Arrived);
            }
            self.playing.set(true);
        }
    }

    /// Milliseconds between steps at the current speed.
    pub fn step_ms(&self) -> u32 {
        (BASE_STEP_MS / self.speed.get_untracked()).round() as u32
    }
}
