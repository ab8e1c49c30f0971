//! Routes. The site is static and may live under any sub-path, so routes are
//! query parameters of the one page:
//!
//! | URL | page |
//! | --- | --- |
//! | `./` or `./?scenario=active` | the seed tutorial |
//! | `./?scenario=ID` | another scenario (`ftp_sim::Scenario::IDS`) |
//! | `./?page=try` | Try it yourself: a terminal at H1 |
//! | `./?page=compare` | active and passive side by side |
//! | `./?page=faq` | the FAQ |
//!
//! Anchors (`#what-is-ftp`) stay free for headings. An unknown value falls
//! back to the tutorial with a notice that says what was ignored.

use ftp_sim::Scenario;

use crate::app::url::Problem;

/// A page of the site.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Route {
    /// A scenario's tutorial, by id.
    Tutorial(&'static str),
    Try,
    Compare,
    Faq,
}

/// The id of the scenario shown when none is named.
pub const DEFAULT_SCENARIO: &str = "active";

/// Longest value quoted back in a notice.
const QUOTE_MAX: usize = 40;

/// `value` shortened for a notice.
fn quoted(value: &str) -> String {
    let short: String = value.chars().take(QUOTE_MAX).collect();
    if short.len() < value.len() {
        format!("“{short}…”")
    } else {
        format!("“{short}”")
    }
}

/// The value of parameter `name` in a query string, percent-decoded.
pub fn param(query: &str, name: &str) -> Option<String> {
    let query = query.strip_prefix('?').unwrap_or(query);
    query
        .split('&')
        .map(|kv| kv.split_once('=').unwrap_or((kv, "")))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| decode(v))
}

/// Percent-decoding (with `+` as space); invalid escapes are kept as typed.
fn decode(v: &str) -> String {
    let bytes = v.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' => {
                let hex = bytes
                    .get(i + 1..i + 3)
                    .filter(|h| h.iter().all(u8::is_ascii_hexdigit));
                match hex.and_then(|h| u8::from_str_radix(std::str::from_utf8(h).ok()?, 16).ok()) {
                    Some(b) => {
                        out.push(b);
                        i += 2;
                    }
                    None => out.push(b'%'),
                }
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

impl Route {
    /// The route named by a query string, and what was not understood.
    pub fn from_query(query: &str) -> (Route, Option<Problem>) {
        let page = param(query, "page");
        match page.as_deref() {
            Some("faq") => return (Route::Faq, None),
            Some("try") => return (Route::Try, None),
            Some("compare") => return (Route::Compare, None),
            Some("tutorial") | None => {}
            Some(other) => {
                let problem = Problem::NoPage(quoted(other));
                return (Route::Tutorial(DEFAULT_SCENARIO), Some(problem));
            }
        }
        match param(query, "scenario") {
            None => (Route::Tutorial(DEFAULT_SCENARIO), None),
            Some(id) => match Scenario::IDS.iter().find(|known| **known == id) {
                Some(known) => (Route::Tutorial(known), None),
                None => {
                    let problem = Problem::NoScenario(quoted(&id));
                    (Route::Tutorial(DEFAULT_SCENARIO), Some(problem))
                }
            },
        }
    }

    /// The relative link to this route.
    pub fn href(self) -> String {
        match self {
            Route::Tutorial(DEFAULT_SCENARIO) => "./".to_owned(),
            Route::Tutorial(id) => format!("./?scenario={id}"),
            Route::Try => "./?page=try".to_owned(),
            Route::Compare => "./?page=compare".to_owned(),
            Route::Faq => "./?page=faq".to_owned(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn reads_the_page_and_scenario_parameters() {
        assert_eq!(Route::from_query(""), (Route::Tutorial("active"), None));
        assert_eq!(Route::from_query("?page=faq"), (Route::Faq, None));
        assert_eq!(Route::from_query("?lang=es&page=faq"), (Route::Faq, None));
        assert_eq!(Route::from_query("?page=try"), (Route::Try, None));
        assert_eq!(Route::from_query("?page=compare"), (Route::Compare, None));
        assert_eq!(
            Route::from_query("?scenario=passive"),
            (Route::Tutorial("passive"), None)
        );
        assert_eq!(
            Route::from_query("?scenario=two-pcs&x=1"),
            (Route::Tutorial("two-pcs"), None)
        );
        assert_eq!(
            Route::from_query("?pagefaq=faq"),
            (Route::Tutorial("active"), None)
        );
    }

    fn notice(query: &str, lang: Lang) -> String {
        Route::from_query(query).1.expect("a notice").text(lang)
    }

    #[test]
    fn unknown_values_fall_back_with_a_notice() {
        assert_eq!(
            notice("?page=nope", Lang::En),
            "There is no page “nope”; here is the tutorial instead."
        );
        assert_eq!(
            notice("?page=nope", Lang::Es),
            "No existe la página “nope”; en su lugar se muestra el tutorial."
        );
        assert_eq!(
            notice("?scenario=nope", Lang::Es),
            "No existe el escenario “nope”; se muestra el tutorial original en modo activo."
        );
        let (route, problem) = Route::from_query("?scenario=nope");
        let said = problem.map(|n| n.text(Lang::En));
        assert_eq!(route, Route::Tutorial("active"));
        assert!(said.unwrap().contains("“nope”"));
        let (route, _) = Route::from_query("?page=nope");
        assert_eq!(route, Route::Tutorial("active"));
        let long = format!("?scenario={}", "x".repeat(10_000));
        for lang in Lang::ALL {
            assert!(
                notice(&long, lang).chars().count() < 120,
                "long values are cut in the notice"
            );
        }
        assert!(notice("?scenario=%3Cscript%3E", Lang::En).contains("“<script>”"));
        // Broken escapes and odd bytes never panic.
        for q in [
            "?scenario=%",
            "?scenario=%4",
            "?scenario=%zz",
            "?scenario=%e2%82",
            "?scenario=é",
            "?&&=&",
        ] {
            let _ = Route::from_query(q);
        }
    }

    #[test]
    fn every_route_links_to_itself() {
        for r in [
            Route::Tutorial("active"),
            Route::Tutorial("epsv"),
            Route::Try,
            Route::Compare,
            Route::Faq,
        ] {
            let href = r.href();
            let query = href.trim_start_matches("./");
            assert_eq!(Route::from_query(query).0, r, "{href}");
        }
    }
}
