//! The FTP applications: the classic command-line client and a small server.

pub mod client;
pub mod fs;
pub mod server;

/// Deterministic text content of `size` bytes, numbered lines, for sample files:
/// `{title} line {n:05}: FTP moves files over a separate data connection.\n`
/// for n = 1, 2, …, the last line cut at `size`.
pub fn sample_text(title: &str, size: usize) -> Vec<u8> {
    // One line with a five-digit number; longer numbers make longer lines.
    let line_len = title.len() + " line 00000".len() + TAIL.len();
    let mut out = Vec::with_capacity(size + line_len + 16);
    // Ten lines n..n+9 (n a multiple of ten) differ only in their last digit,
    // and from one ten to the next only the four digits before it change: so
    // the ten lines are written once and then renumbered in place, and a
    // large file is ten-line copies, not a `format!` per line.
    let digits_at = title.len() + " line ".len();
    let mut block = Vec::new();
    let mut block_n = 0;
    let mut n: u64 = 1;
    while out.len() < size {
        if n % 10 == 0 && n + 9 <= 99_999 && out.len() + 10 * line_len <= size {
            if !block.is_empty() && block_n + 10 == n {
                let first = &mut block[digits_at..digits_at + 4];
                increment(first);
                let tens = [first[0], first[1], first[2], first[3]];
                for i in 1..10 {
                    let at = i * line_len + digits_at;
                    block[at..at + 4].copy_from_slice(&tens);
                }
            } else {
                block.clear();
                for k in n..n + 10 {
                    push_line(&mut block, title, k);
                }
            }
            block_n = n;
            out.extend_from_slice(&block);
            n += 10;
        } else {
            push_line(&mut out, title, n);
            n += 1;
        }
    }
    out.truncate(size);
    out
}

const TAIL: &str = ": FTP moves files over a separate data connection.\n";

/// Appends line `n` of a sample file.
fn push_line(out: &mut Vec<u8>, title: &str, n: u64) {
    use std::io::Write as _;
    let _ = write!(out, "{title} line {n:05}{TAIL}");
}

/// Adds one to a decimal number written in ASCII digits (no carry out of
/// the first digit: the caller keeps the number below 10^len).
fn increment(digits: &mut [u8]) {
    for d in digits.iter_mut().rev() {
        if *d == b'9' {
            *d = b'0';
        } else {
            *d += 1;
            return;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The reference: one `format!` per line.
    fn formatted(title: &str, size: usize) -> Vec<u8> {
        let mut out = Vec::new();
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

    #[test]
    fn sample_text_is_the_formatted_lines() {
        for (title, size) in [("foo", 3584), ("readme", 730), ("x", 0), ("big", 1 << 20)] {
            assert_eq!(sample_text(title, size), formatted(title, size), "{title}");
        }
        // Past line 99999 the number has six digits and more.
        let size = 7_300_000;
        assert_eq!(sample_text("t", size), formatted("t", size));
    }

    #[test]
    fn sample_text_every_small_size() {
        for title in ["", "foo", "a-much-longer-title-for-a-file"] {
            for size in (0..4000).step_by(13).chain([699, 700, 701, 1400]) {
                assert_eq!(
                    sample_text(title, size),
                    formatted(title, size),
                    "{title} {size}"
                );
            }
        }
    }

    #[test]
    fn increment_counts_up_in_place() {
        let mut d = *b"0999";
        increment(&mut d);
        assert_eq!(&d, b"1000");
    }
}
