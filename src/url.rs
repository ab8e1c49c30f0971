//! The tutorial's state in the URL, so a teacher can link to any moment:
//!
//! | parameter | meaning | default |
//! | --- | --- | --- |
//! | `scenario` | one of `ftp_sim::Scenario::IDS` | `active` |
//! | `step` | the position to open at, `0`..=the number of steps | `0` |
//! | `from`, `to` | lock the lesson to this range of steps | the whole lesson |
//! | `autoplay=1` | start playing at once | off |
//! | `embed=1` | only the stage, caption and controls (for iframes) | off |
//! | `lang` | `en` (Spanish is not available yet) | `en` |
//!
//! They are query parameters (`?scenario=passive&step=5`); the hash stays free
//! for anchors. A value that cannot be used is ignored with a short notice that
//! says why, and the default is used instead.

use crate::route::param;

/// Longest value read; anything longer is refused as a whole.
pub const MAX_VALUE: usize = 64;
/// Longest query read at all.
pub const MAX_QUERY: usize = 2048;

/// The URL parameters that do not depend on the session's length.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct UrlState {
    pub step: Option<usize>,
    pub from: Option<usize>,
    pub to: Option<usize>,
    pub autoplay: bool,
    pub embed: bool,
}

/// `value` quoted and shortened for a notice.
fn quoted(value: &str) -> String {
    let short: String = value.chars().take(24).collect();
    let more = if short.len() < value.len() { "…" } else { "" };
    format!("“{short}{more}”")
}

/// A parameter's value if present and not absurdly long.
fn value(query: &str, name: &str, notices: &mut Vec<String>) -> Option<String> {
    let v = param(query, name)?;
    if v.chars().count() > MAX_VALUE {
        notices.push(format!("The value of {name} is too long and was ignored."));
        return None;
    }
    Some(v)
}

/// A step number: digits only.
fn number(query: &str, name: &str, notices: &mut Vec<String>) -> Option<usize> {
    let v = value(query, name, notices)?;
    let parsed = (!v.is_empty() && v.len() <= 6 && v.bytes().all(|b| b.is_ascii_digit()))
        .then(|| v.parse::<usize>().ok())
        .flatten();
    if parsed.is_none() {
        notices.push(format!(
            "{name} must be a whole number of steps, not {}; it was ignored.",
            quoted(&v)
        ));
    }
    parsed
}

/// A switch: `1`/`true` on, `0`/`false` off.
fn switch(query: &str, name: &str, notices: &mut Vec<String>) -> bool {
    match value(query, name, notices).as_deref() {
        None | Some("0") | Some("false") => false,
        Some("1") | Some("true") | Some("") => true,
        Some(other) => {
            notices.push(format!(
                "{name} takes 1 or 0, not {}; it was ignored.",
                quoted(other)
            ));
            false
        }
    }
}

impl UrlState {
    /// Reads the query string. Returns the state and the notices for what was ignored.
    pub fn parse(query: &str) -> (UrlState, Vec<String>) {
        let mut notices = Vec::new();
        if query.len() > MAX_QUERY {
            notices.push("The address is too long; its settings were ignored.".to_owned());
            return (UrlState::default(), notices);
        }
        let state = UrlState {
            step: number(query, "step", &mut notices),
            from: number(query, "from", &mut notices),
            to: number(query, "to", &mut notices),
            autoplay: switch(query, "autoplay", &mut notices),
            embed: switch(query, "embed", &mut notices),
        };
        (state, notices)
    }

    /// Checks the steps against a lesson of `len` steps. Returns the range
    /// the lesson is locked to (`lo..=hi`) and the position to open at.
    pub fn fit(&self, len: usize, notices: &mut Vec<String>) -> ((usize, usize), usize) {
        let mut in_range = |name: &str, v: Option<usize>| match v {
            Some(n) if n > len => {
                notices.push(format!(
                    "There is no step {n} ({name}): this lesson has {len} steps."
                ));
                None
            }
            v => v,
        };
        let from = in_range("from", self.from);
        let to = in_range("to", self.to);
        let step = in_range("step", self.step);
        let (lo, hi) = match (from, to) {
            (Some(f), Some(t)) if f > t => {
                notices.push(format!(
                    "from ({f}) is after to ({t}); the whole lesson is shown."
                ));
                (0, len)
            }
            (f, t) => (f.unwrap_or(0), t.unwrap_or(len)),
        };
        let pos = match step {
            Some(s) if s < lo || s > hi => {
                notices.push(format!(
                    "Step {s} is outside steps {lo} to {hi}; starting at step {lo}."
                ));
                lo
            }
            Some(s) => s,
            None => lo,
        };
        ((lo, hi), pos)
    }
}

/// The language `lang=` asks for (`None` when absent), and a notice when
/// its value is not a language the page speaks.
pub fn lang(query: &str) -> (Option<crate::i18n::Lang>, Option<String>) {
    let mut notices = Vec::new();
    match value(query, "lang", &mut notices) {
        None => (None, notices.pop()),
        Some(v) => match crate::i18n::Lang::from_code(&v) {
            Some(l) => (Some(l), None),
            None => (
                None,
                Some(format!(
                    "There is no language {} (en or es); the browser's language is used.",
                    quoted(&v)
                )),
            ),
        },
    }
}

/// `query` with parameter `name` set to `value`, other parameters kept in order.
pub fn with_param(query: &str, name: &str, value: &str) -> String {
    let query = query.strip_prefix('?').unwrap_or(query);
    let mut parts: Vec<String> = query
        .split('&')
        .filter(|kv| !kv.is_empty() && kv.split('=').next() != Some(name))
        .map(str::to_owned)
        .collect();
    parts.push(format!("{name}={value}"));
    format!("?{}", parts.join("&"))
}

/// `query` with `step` set to `pos` (removed at 0), other parameters kept in order.
pub fn with_step(query: &str, pos: usize) -> String {
    let query = query.strip_prefix('?').unwrap_or(query);
    let mut parts: Vec<String> = query
        .split('&')
        .filter(|kv| !kv.is_empty() && kv.split('=').next() != Some("step"))
        .map(str::to_owned)
        .collect();
    if pos > 0 {
        parts.push(format!("step={pos}"));
    }
    if parts.is_empty() {
        String::new()
    } else {
        format!("?{}", parts.join("&"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(q: &str, len: usize) -> (UrlState, (usize, usize), usize, Vec<String>) {
        let (s, mut notices) = UrlState::parse(q);
        let (range, pos) = s.fit(len, &mut notices);
        (s, range, pos, notices)
    }

    #[test]
    fn good_values_are_used() {
        let (s, range, pos, notices) =
            parse("?scenario=passive&step=5&autoplay=1&embed=1&lang=en", 24);
        assert!(notices.is_empty(), "{notices:?}");
        assert_eq!((range, pos), ((0, 24), 5));
        assert!(s.autoplay && s.embed);
        let (_, range, pos, notices) = parse("?from=3&to=10&step=4", 24);
        assert!(notices.is_empty());
        assert_eq!((range, pos), ((3, 10), 4));
        let (_, range, pos, _) = parse("?from=3&to=10", 24);
        assert_eq!(
            (range, pos),
            ((3, 10), 3),
            "opens at the start of the range"
        );
        assert_eq!(parse("", 24).1, (0, 24));
    }

    #[test]
    fn bad_values_fall_back_with_a_notice() {
        let cases = [
            "?step=abc",
            "?step=-1",
            "?step=1.5",
            "?step=99",
            "?step=",
            "?step=1e3",
            "?step=9999999999999999999999",
            "?step=%20",
            "?from=9&to=2",
            "?from=30",
            "?to=abc",
            "?step=2&from=5&to=9",
            "?autoplay=yes",
            "?embed=2",
        ];
        for q in cases {
            let (_, (lo, hi), pos, notices) = parse(q, 24);
            assert!(!notices.is_empty(), "{q} gives a notice");
            assert!(lo <= pos && pos <= hi && hi <= 24, "{q} stays in range");
        }
        let long = format!("?step={}", "1".repeat(100));
        assert!(parse(&long, 24).3.iter().any(|n| n.contains("too long")));
        let huge = format!("?x={}", "a".repeat(5000));
        assert!(parse(&huge, 24).3.iter().any(|n| n.contains("too long")));
    }

    #[test]
    fn notices_quote_values_short() {
        let (_, notices) = UrlState::parse("?autoplay=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
        assert!(notices[0].chars().count() < 100, "{notices:?}");
    }

    #[test]
    fn lang_takes_en_or_es() {
        use crate::i18n::Lang;
        assert_eq!(lang("?lang=es"), (Some(Lang::Es), None));
        assert_eq!(lang("?lang=en&step=2"), (Some(Lang::En), None));
        assert_eq!(lang(""), (None, None));
        for bad in [
            "?lang=fr",
            "?lang=",
            "?lang=ES",
            &format!("?lang={}", "e".repeat(100)),
        ] {
            let (l, notice) = lang(bad);
            assert_eq!(l, None, "{bad}");
            assert!(notice.is_some(), "{bad}");
        }
        assert_eq!(
            with_param("?scenario=epsv&lang=en", "lang", "es"),
            "?scenario=epsv&lang=es"
        );
        assert_eq!(with_param("", "lang", "es"), "?lang=es");
    }

    #[test]
    fn the_step_is_kept_in_the_query() {
        assert_eq!(
            with_step("?scenario=passive", 3),
            "?scenario=passive&step=3"
        );
        assert_eq!(
            with_step("?scenario=passive&step=3&embed=1", 7),
            "?scenario=passive&embed=1&step=7"
        );
        assert_eq!(with_step("?step=3", 0), "");
        assert_eq!(with_step("", 0), "");
        assert_eq!(with_step("", 2), "?step=2");
    }
}
