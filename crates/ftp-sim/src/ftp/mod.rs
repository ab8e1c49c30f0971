//! The FTP applications: the classic command-line client and a small server.

pub mod client;
pub mod fs;
pub mod server;

/// Deterministic text content of `size` bytes, numbered lines, for sample files.
pub fn sample_text(title: &str, size: usize) -> Vec<u8> {
    let mut out = Vec::with_capacity(size + 64);
    let mut n = 1;
    while out.len() < size {
        let line =
            format!("{title} line {n:05}: FTP moves files over a separate data connection.\n");
        out.extend_from_slice(line.as_bytes());
        n += 1;
    }
    out.truncate(size);
    out
}
