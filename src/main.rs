//! Binary entry point built by trunk: mounts the tutorial into `<body>`.

fn main() {
    // index.html shows the default lesson's first screen, prerendered at build
    // time (`#prerender`, see .ci/prerender.mjs), and "Loading the lesson…"
    // (and, if nothing happens for a while, why the lesson may not have
    // started) until the app takes over. Both go in the same task as the
    // mount, so no frame shows neither or both.
    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
        for id in ["prerender", "boot"] {
            if let Some(el) = document.get_element_by_id(id) {
                el.remove();
            }
        }
    }
    ftp_basics::start();
}
