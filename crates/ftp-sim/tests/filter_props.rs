//! Property tests for the display-filter compiler: no input makes it (or the
//! matcher) panic, and every error's span lies within the input.

use std::sync::OnceLock;

use ftp_sim::{filter, simulate, Scenario, Timeline};
use proptest::prelude::*;

fn timeline() -> &'static Timeline {
    static T: OnceLock<Timeline> = OnceLock::new();
    T.get_or_init(|| simulate(&Scenario::login_list(), 1))
}

/// Compiles `expr`; on success runs it over every event, on failure checks the span.
fn exercise(expr: &str) -> Result<(), TestCaseError> {
    match filter::compile(expr) {
        Ok(f) => {
            let t = timeline();
            for i in 0..t.events.len() {
                let _ = f.matches(t, i);
            }
        }
        Err(e) => {
            prop_assert!(!e.message.is_empty());
            prop_assert!(
                e.span.start <= e.span.end && e.span.end <= expr.len(),
                "{e:?} for {expr:?}"
            );
            prop_assert!(expr.is_char_boundary(e.span.start) && expr.is_char_boundary(e.span.end));
        }
    }
    Ok(())
}

const TOKENS: &[&str] = &[
    "ftp",
    "ftp-data",
    "tcp",
    "ip",
    "eth",
    "frame",
    "ftp.request",
    "ftp.response",
    "ftp.request.command",
    "ftp.request.arg",
    "ftp.response.code",
    "ftp.response.arg",
    "tcp.port",
    "tcp.srcport",
    "tcp.dstport",
    "tcp.stream",
    "tcp.seq",
    "tcp.ack",
    "tcp.len",
    "tcp.flags",
    "tcp.flags.syn",
    "tcp.flags.fin",
    "tcp.flags.reset",
    "ip.addr",
    "ip.src",
    "ip.ttl",
    "eth.src",
    "frame.number",
    "frame.len",
    "ftp-data.command",
    "fpt",
    "tcp.flags.rst",
    "==",
    "!=",
    "<",
    ">",
    "<=",
    ">=",
    "eq",
    "ne",
    "lt",
    "gt",
    "le",
    "ge",
    "contains",
    "matches",
    "in",
    "{",
    "}",
    ",",
    "..",
    "&&",
    "||",
    "^^",
    "!",
    "and",
    "or",
    "xor",
    "not",
    "(",
    ")",
    "(",
    ")",
    "21",
    "0x12",
    "1",
    "0",
    "226",
    "1.1.1.1",
    "1.1.2.0/24",
    "02:00:00:00:00:01",
    "\"USER\"",
    "\"anonymous\"",
    "\"\\x55\"",
    "\"unterminated",
    "USER",
    "abc",
    "1.1.1",
    "50000..50010",
    "=",
    "&",
    "|",
    "[",
    "]",
    "'",
    "\\",
    "\"",
    "é",
    "99999999999999999999999",
];

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn random_text_never_panics(s in ".{0,80}") {
        exercise(&s)?;
    }

    #[test]
    fn random_ascii_never_panics(s in "[ -~]{0,120}") {
        exercise(&s)?;
    }

    #[test]
    fn random_token_sequences_never_panic(
        toks in prop::collection::vec(0..TOKENS.len(), 0..24),
        glue in prop::collection::vec(prop_oneof![Just(" "), Just(""), Just("  ")], 24),
    ) {
        let mut expr = String::new();
        for (k, &i) in toks.iter().enumerate() {
            expr.push_str(TOKENS[i]);
            expr.push_str(glue[k]);
        }
        exercise(&expr)?;
    }

    #[test]
    fn random_nesting_never_overflows(open in 0usize..5000, bangs in 0usize..3000) {
        let expr = format!("{}{}ftp{}", "(".repeat(open), "!".repeat(bangs), ")".repeat(open));
        exercise(&expr)?;
    }
}
