//! FTP Basics, animated: the browser tutorial.
//!
//! The protocol model (`ftp-sim`) computes the whole session as a timeline;
//! this crate only indexes that timeline ([`lesson::session`]) and renders it
//! with leptos. The folders are the load units (see ARCHITECTURE.md):
//!
//! - [`app`]: the shell every page shares (root, header, routes, URL state);
//! - [`lesson`]: the lesson the first screen needs (player, session, stage,
//!   controls, caption, console);
//! - [`deeper`]: the Go deeper views (packet list, inspector, ladder, follow,
//!   downloads, sockets, transcript);
//! - [`try_it`], [`compare`], [`faq`]: the other pages;
//! - [`i18n`]: the words, one folder per language.

pub mod app;
pub mod compare;
pub mod deeper;
pub mod faq;
pub mod i18n;
pub mod lesson;
pub mod try_it;

use leptos::prelude::*;

pub use app::App;

/// Mounts [`App`] into the document body. Called once by the binary.
pub fn start() {
    console_error_panic_hook::set_once();
    mount_to_body(App);
}
