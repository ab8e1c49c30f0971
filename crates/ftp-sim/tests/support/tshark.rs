//! Running tshark on exported captures; shared by `tshark.rs` and `wireshark.rs`.
//! Tests that use it fail when tshark is missing, unless `FTP_SIM_SKIP_TSHARK=1`.
#![allow(dead_code)] // each test file uses part of it

use std::path::{Path, PathBuf};
use std::process::Command;

/// True when tshark should run; false when `FTP_SIM_SKIP_TSHARK=1`.
/// Panics with install instructions when tshark is missing.
pub fn available(needed_for: &str) -> bool {
    if std::env::var_os("FTP_SIM_SKIP_TSHARK").is_some_and(|v| v == "1") {
        return false;
    }
    match Command::new("tshark").arg("-v").output() {
        Ok(o) if o.status.success() => true,
        _ => panic!(
            "tshark is not installed (it is needed {needed_for}): install it \
             (`apt-get install tshark`, `make test` does) or set FTP_SIM_SKIP_TSHARK=1 to skip this test"
        ),
    }
}

/// Writes `bytes` to a per-process temporary folder named after `tag`.
pub fn write(tag: &str, name: &str, bytes: Vec<u8>) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("ftp-sim-{tag}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let p = dir.join(name);
    std::fs::write(&p, bytes).expect("write capture");
    p
}

/// tshark's output lines for `file` with `args` appended.
pub fn run(file: &Path, args: &[&str]) -> Vec<String> {
    let out = Command::new("tshark")
        .args(["-n", "-Q", "-r"])
        .arg(file)
        .args(args)
        .output()
        .expect("run tshark");
    assert!(
        out.status.success(),
        "tshark {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(String::from)
        .collect()
}

/// The `fields` of the packets display filter `filter` selects, with IPv4
/// and TCP checksum validation switched on.
pub fn fields(file: &Path, filter: &str, fields: &[&str]) -> Vec<String> {
    let mut args = vec![
        "-o",
        "tcp.check_checksum:TRUE",
        "-o",
        "ip.check_checksum:TRUE",
        "-Y",
        filter,
        "-T",
        "fields",
    ];
    for f in fields {
        args.extend(["-e", f]);
    }
    run(file, &args)
}
