//! The tutorial's state in the URL, so a teacher can link to any moment:
//!
//! | parameter | meaning | default |
//! | --- | --- | --- |
//! | `scenario` | one of `ftp_sim::Scenario::IDS` | `active` |
//! | `step` | the position to open at, `0`..=the number of steps | `0` |
//! | `from`, `to` | lock the lesson to this range of steps | the whole lesson |
//! | `autoplay=1` | start playing at once | off |
//! | `embed=1` | only the stage, caption and controls (for iframes) | off |
//! | `lang` | `en` or `es` | the browser's language |
//!
//! They are query parameters (`?scenario=passive&step=5`); the hash stays free
//! for anchors. A value that cannot be used is ignored with a short notice that
//! says why (a [`Problem`], worded in the page's language), and the default is
//! used instead.

use crate::app::route::param;
use crate::i18n::{fill, Lang};

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

/// Something in the address that could not be used. [`Problem::text`] says
/// it in the page's language; quoted values are already shortened.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// `page=` names no page (the value, quoted).
    NoPage(String),
    /// `scenario=` names no scenario (the value, quoted).
    NoScenario(String),
    /// A parameter's value is longer than [`MAX_VALUE`].
    ValueTooLong(&'static str),
    /// A step parameter is not a whole number (name, quoted value).
    NotANumber(&'static str, String),
    /// A switch is neither 1 nor 0 (name, quoted value).
    NotASwitch(&'static str, String),
    /// The whole query is longer than [`MAX_QUERY`].
    QueryTooLong,
    /// A step beyond the lesson's end.
    NoStep {
        step: usize,
        name: &'static str,
        len: usize,
    },
    /// `from` after `to`.
    FromAfterTo(usize, usize),
    /// `step` outside `from`..=`to`.
    StepOutside { step: usize, lo: usize, hi: usize },
    /// `lang=` names no language the page speaks (the value, quoted).
    NoLanguage(String),
}

impl Problem {
    /// The notice, in `lang`.
    pub fn text(&self, lang: Lang) -> String {
        let ui = lang.ui();
        match self {
            Problem::NoPage(v) => fill(ui.notice_no_page, &[v]),
            Problem::NoScenario(v) => fill(ui.notice_no_scenario, &[v]),
            Problem::ValueTooLong(name) => fill(ui.notice_value_too_long, &[name]),
            Problem::NotANumber(name, v) => fill(ui.notice_not_a_number, &[name, v]),
            Problem::NotASwitch(name, v) => fill(ui.notice_not_a_switch, &[name, v]),
            Problem::QueryTooLong => ui.notice_query_too_long.to_owned(),
            Problem::NoStep { step, name, len } => fill(ui.notice_no_step, &[step, name, len]),
            Problem::FromAfterTo(f, t) => fill(ui.notice_from_after_to, &[f, t]),
            Problem::StepOutside { step, lo, hi } => {
                fill(ui.notice_step_outside, &[step, lo, hi, lo])
            }
            Problem::NoLanguage(v) => fill(ui.notice_no_language, &[v, &lang.codes()]),
        }
    }
}

/// `value` quoted and shortened for a notice.
fn quoted(value: &str) -> String {
    let short: String = value.chars().take(24).collect();
    let more = if short.len() < value.len() { "…" } else { "" };
    format!("“{short}{more}”")
}

/// A parameter's value if present and not absurdly long.
fn value(query: &str, name: &'static str, problems: &mut Vec<Problem>) -> Option<String> {
    let v = param(query, name)?;
    if v.chars().count() > MAX_VALUE {
        problems.push(Problem::ValueTooLong(name));
        return None;
    }
    Some(v)
}

/// A step number: digits only.
fn number(query: &str, name: &'static str, problems: &mut Vec<Problem>) -> Option<usize> {
    let v = value(query, name, problems)?;
    let parsed = (!v.is_empty() && v.len() <= 6 && v.bytes().all(|b| b.is_ascii_digit()))
        .then(|| v.parse::<usize>().ok())
        .flatten();
    if parsed.is_none() {
        problems.push(Problem::NotANumber(name, quoted(&v)));
    }
    parsed
}

/// A switch: `1`/`true` on, `0`/`false` off.
fn switch(query: &str, name: &'static str, problems: &mut Vec<Problem>) -> bool {
    match value(query, name, problems).as_deref() {
        None | Some("0") | Some("false") => false,
        Some("1") | Some("true") | Some("") => true,
        Some(other) => {
            problems.push(Problem::NotASwitch(name, quoted(other)));
            false
        }
    }
}

impl UrlState {
    /// Reads the query string. Returns the state and what was ignored.
    pub fn parse(query: &str) -> (UrlState, Vec<Problem>) {
        let mut problems = Vec::new();
        if query.len() > MAX_QUERY {
            problems.push(Problem::QueryTooLong);
            return (UrlState::default(), problems);
        }
        let state = UrlState {
            step: number(query, "step", &mut problems),
            from: number(query, "from", &mut problems),
            to: number(query, "to", &mut problems),
            autoplay: switch(query, "autoplay", &mut problems),
            embed: switch(query, "embed", &mut problems),
        };
        (state, problems)
    }

    /// Checks the steps against a lesson of `len` steps. Returns the range
    /// the lesson is locked to (`lo..=hi`) and the position to open at, and
    /// adds a notice in the page's language ([`Lang::current`]) for each
    /// value that does not fit.
    pub fn fit(&self, len: usize, notices: &mut Vec<String>) -> ((usize, usize), usize) {
        let mut problems = Vec::new();
        let fitted = self.fit_problems(len, &mut problems);
        let lang = Lang::current();
        notices.extend(problems.iter().map(|p| p.text(lang)));
        fitted
    }

    /// [`UrlState::fit`], with the problems as data.
    pub fn fit_problems(&self, len: usize, problems: &mut Vec<Problem>) -> ((usize, usize), usize) {
        let mut in_range = |name: &'static str, v: Option<usize>| match v {
            Some(n) if n > len => {
                problems.push(Problem::NoStep { step: n, name, len });
                None
            }
            v => v,
        };
        let from = in_range("from", self.from);
        let to = in_range("to", self.to);
        let step = in_range("step", self.step);
        let (lo, hi) = match (from, to) {
            (Some(f), Some(t)) if f > t => {
                problems.push(Problem::FromAfterTo(f, t));
                (0, len)
            }
            (f, t) => (f.unwrap_or(0), t.unwrap_or(len)),
        };
        let pos = match step {
            Some(s) if s < lo || s > hi => {
                problems.push(Problem::StepOutside { step: s, lo, hi });
                lo
            }
            Some(s) => s,
            None => lo,
        };
        ((lo, hi), pos)
    }
}

/// The language `lang=` asks for (`None` when absent), and what was wrong
/// when its value is not a language the page speaks.
pub fn lang(query: &str) -> (Option<Lang>, Option<Problem>) {
    let mut problems = Vec::new();
    match value(query, "lang", &mut problems) {
        None => (None, problems.pop()),
        Some(v) => match Lang::from_code(&v) {
            Some(l) => (Some(l), None),
            None => (None, Some(Problem::NoLanguage(quoted(&v)))),
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
        let (s, mut problems) = UrlState::parse(q);
        let (range, pos) = s.fit_problems(len, &mut problems);
        let notices = problems.iter().map(|p| p.text(Lang::En)).collect();
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
        let (_, problems) = UrlState::parse("?autoplay=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
        for lang in Lang::ALL {
            let text = problems[0].text(lang);
            assert!(text.chars().count() < 100, "{text}");
        }
    }

    #[test]
    fn notices_speak_the_page_language() {
        let (_, mut problems) = UrlState::parse("?step=zz&autoplay=maybe");
        let (s, _) = UrlState::parse("?from=9&to=2&step=30");
        s.fit_problems(24, &mut problems);
        problems.push(lang("?lang=xx").1.unwrap());
        let en: Vec<_> = problems.iter().map(|p| p.text(Lang::En)).collect();
        let es: Vec<_> = problems.iter().map(|p| p.text(Lang::Es)).collect();
        assert_eq!(
            en,
            [
                "step must be a whole number of steps, not “zz”; it was ignored.",
                "autoplay takes 1 or 0, not “maybe”; it was ignored.",
                "There is no step 30 (step): this lesson has 24 steps.",
                "from (9) is after to (2); the whole lesson is shown.",
                "There is no language “xx” (en, es or pt); the browser's language is used.",
            ]
        );
        assert_eq!(
            es,
            [
                "step debe ser un número entero de pasos, no “zz”; se ha ignorado.",
                "autoplay admite 1 o 0, no “maybe”; se ha ignorado.",
                "No existe el paso 30 (step): esta lección tiene 24 pasos.",
                "from (9) va después de to (2); se muestra la lección entera.",
                "No existe el idioma “xx” (en, es o pt); se usa el idioma del navegador.",
            ]
        );
        let mut outside = Vec::new();
        let (s, _) = UrlState::parse("?step=2&from=5&to=9");
        s.fit_problems(24, &mut outside);
        assert_eq!(
            outside[0].text(Lang::Es),
            "El paso 2 está fuera de los pasos 5 a 9; se empieza en el paso 5."
        );
        assert_eq!(
            UrlState::parse(&"x".repeat(MAX_QUERY + 1)).1[0].text(Lang::Es),
            "La dirección es demasiado larga; se han ignorado sus ajustes."
        );
    }

    #[test]
    fn fit_words_notices_in_english_without_a_page() {
        let (s, _) = UrlState::parse("?step=99");
        let mut notices = Vec::new();
        s.fit(24, &mut notices);
        assert_eq!(
            notices,
            ["There is no step 99 (step): this lesson has 24 steps."]
        );
    }

    #[test]
    fn lang_takes_a_code_or_tag_of_a_language_folder() {
        assert_eq!(lang("?lang=es"), (Some(Lang::Es), None));
        assert_eq!(lang("?lang=ES"), (Some(Lang::Es), None));
        assert_eq!(lang("?lang=pt"), (Some(Lang::Pt), None));
        assert_eq!(lang("?lang=pt-BR"), (Some(Lang::Pt), None));
        assert_eq!(lang("?lang=pt-br"), (Some(Lang::Pt), None));
        assert_eq!(lang("?lang=en&step=2"), (Some(Lang::En), None));
        assert_eq!(lang(""), (None, None));
        for bad in [
            "?lang=fr",
            "?lang=",
            "?lang=pt-PT-x",
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
