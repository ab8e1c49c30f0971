//! Binary entry point built by trunk: mounts the tutorial into `<body>`.

fn main() {
    // index.html shows "Loading the lesson…" (and, if nothing happens for a
    // while, why the lesson may not have started) until the app takes over.
    if let Some(boot) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("boot"))
    {
        boot.remove();
    }
    ftp_basics::start();
}
