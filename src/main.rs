//! Binary entry point built by trunk: mounts the tutorial into `<body>`.

fn main() {
    ftp_basics::start();
}
