//! Spanish: the same tables as [`super::en`], same ids, order and page counts.

pub mod captions;
pub mod content;
pub mod model;
pub mod ui;
