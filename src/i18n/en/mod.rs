//! English: the caption pages of every scenario, the overview, packet notes and FAQ.

pub mod captions;
pub mod content;
pub mod ui;
