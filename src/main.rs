//! Binary entry point built by trunk: mounts the tutorial into `<body>`.

fn main() {
    // index.html shows the default lesson's first screen, prerendered at build
    // time (`#prerender`, see .ci/prerender.mjs), and "Loading the lesson…"
    // (and, if nothing happens for a while, why the lesson may not have
    // started) until the app takes over: `start` removes both in the task
    // that mounts the app.
    ftp_basics::start();
}
