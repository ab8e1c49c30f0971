//! A language held against English (and `model.toml` against another
//! language's, as English has none: the model's own words are English).
//!
//! What must match: the keys of every table, the scenarios and their page
//! counts, the FAQ's questions in order; and in each text, the placeholders
//! (`{}` and `{name}`), every number of the English (ports, addresses, reply
//! codes, byte counts, RFCs), every console line it quotes in straight double
//! quotes, and every code line (`$ …`) as it is.

use crate::language::{Language, Model};
use crate::markdown::Page;
use crate::Problem;
use std::collections::BTreeSet;

/// Everything wrong with `lang` compared with `en` (the source) and, for
/// `model.toml`, with `reference` (another language's, if any).
pub fn check(en: &Language, lang: &Language, reference: Option<&Language>) -> Vec<Problem> {
    let mut out = Vec::new();
    let mut say = |file: &str, what: String| {
        out.push(Problem {
            file: lang.dir.join(file),
            what,
        })
    };

    keyed(&en.ui, &lang.ui, "ui.toml", &mut say);
    keyed(
        &en.packet_notes,
        &lang.packet_notes,
        "packet-notes.toml",
        &mut say,
    );
    page(&en.overview, &lang.overview, "overview.md", &mut say);

    // The FAQ: the same questions, in the same order.
    let ids = |l: &Language| l.faq.iter().map(|f| f.id.clone()).collect::<Vec<_>>();
    let (en_ids, ids) = (ids(en), ids(lang));
    for id in en_ids.iter().filter(|id| !ids.contains(id)) {
        say("faq.md", format!("lacks the question {{#{id}}}"));
    }
    for id in ids.iter().filter(|id| !en_ids.contains(id)) {
        say("faq.md", format!("has {{#{id}}}, which English has not"));
    }
    let common: Vec<_> = ids.iter().filter(|id| en_ids.contains(id)).collect();
    let en_common: Vec<_> = en_ids.iter().filter(|id| ids.contains(id)).collect();
    if common != en_common {
        say(
            "faq.md",
            "asks its questions in another order than English".into(),
        );
    }
    for f in &lang.faq {
        if let Some(e) = en.faq.iter().find(|e| e.id == f.id) {
            let where_ = format!("line {} ({{#{}}})", f.line, f.id);
            let ea: Vec<&str> = e.answer.iter().map(String::as_str).collect();
            let fa: Vec<&str> = f.answer.iter().map(String::as_str).collect();
            text(
                &[&[e.question.as_str()], &ea],
                &[&[f.question.as_str()], &fa],
                "faq.md",
                &where_,
                &mut say,
            );
        }
    }

    // Captions: the same scenarios, each with as many pages.
    for e in &en.scenarios {
        let file = format!("captions/{}.md", e.id);
        let Some(s) = lang.scenarios.iter().find(|s| s.id == e.id) else {
            say(&file, "is missing".into());
            continue;
        };
        text(
            &[&[e.title.as_str(), e.summary.as_str()]],
            &[&[s.title.as_str(), s.summary.as_str()]],
            &file,
            "title and summary",
            &mut say,
        );
        pages(&e.pages, &s.pages, &file, &mut say);
    }
    for s in &lang.scenarios {
        if !en.scenarios.iter().any(|e| e.id == s.id) {
            say(
                &format!("captions/{}.md", s.id),
                "names no scenario English has".into(),
            );
        }
    }
    pages(
        &en.typed,
        &lang.typed,
        &format!("captions/{}.md", crate::language::TYPED),
        &mut say,
    );

    // The model's words: every language but English has them.
    match (
        &lang.model,
        reference.and_then(|r| r.model.as_ref().map(|m| (r, m))),
    ) {
        (None, _) if lang.code != en.code => say("model.toml", "is missing".into()),
        (Some(m), Some((r, rm))) => model(rm, m, &r.code, &mut say),
        _ => {}
    }
    for (what, texts) in all_texts(lang) {
        if t_trim(&texts) {
            say(
                &what.0,
                format!("{}: stray spaces (at an end, or two together)", what.1),
            );
        }
        if texts.is_empty() {
            say(&what.0, format!("{}: empty", what.1));
        }
    }
    out
}

fn t_trim(t: &str) -> bool {
    t.trim() != t || t.contains("  ")
}

/// Every text of a language with its file and key, for checks on each.
fn all_texts(l: &Language) -> Vec<((String, String), String)> {
    let mut out = Vec::new();
    // Interface words may end in a space on purpose (“Try: ”); `keyed`
    // holds their ends against English's.
    for (k, v) in &l.ui {
        out.push((("ui.toml".into(), k.clone()), v.trim().to_owned()));
    }
    for (k, v) in &l.packet_notes {
        out.push((("packet-notes.toml".into(), k.clone()), v.clone()));
    }
    let mut page_texts = |file: &str, p: &Page| {
        out.push(((file.into(), format!("line {}", p.line)), p.title.clone()));
        for b in p.body.iter().chain(&p.note) {
            out.push(((file.into(), format!("page “{}”", p.title)), b.clone()));
        }
    };
    page_texts("overview.md", &l.overview);
    for s in &l.scenarios {
        for p in &s.pages {
            page_texts(&format!("captions/{}.md", s.id), p);
        }
    }
    for p in &l.typed {
        page_texts("captions/typed.md", p);
    }
    out
}

/// Two tables of `key = "text"`: the same keys, and each text kept.
fn keyed(
    en: &[(String, String)],
    lang: &[(String, String)],
    file: &str,
    say: &mut impl FnMut(&str, String),
) {
    for (k, e) in en {
        match lang.iter().find(|(l, _)| l == k) {
            None => say(file, format!("lacks “{k}” (English: “{e}”)")),
            Some((_, t)) => {
                let ends = |s: &str| (s.starts_with(' '), s.ends_with(' '));
                if ends(e) != ends(t) {
                    say(file, format!("“{k}”: begins or ends with a space where English does not, or not where it does"));
                }
                text(
                    &[&[e.as_str()]],
                    &[&[t.as_str()]],
                    file,
                    &format!("“{k}”"),
                    say,
                )
            }
        }
    }
    for (k, _) in lang {
        if !en.iter().any(|(e, _)| e == k) {
            say(file, format!("has “{k}”, which English has not"));
        }
    }
}

fn pages(en: &[Page], lang: &[Page], file: &str, say: &mut impl FnMut(&str, String)) {
    if en.len() != lang.len() {
        say(
            file,
            format!(
                "has {} pages; English has {} (one per page of the lesson)",
                lang.len(),
                en.len()
            ),
        );
        return;
    }
    for (e, p) in en.iter().zip(lang) {
        page(e, p, file, say);
    }
}

fn page(en: &Page, lang: &Page, file: &str, say: &mut impl FnMut(&str, String)) {
    let parts = |p: &Page| -> Vec<String> {
        std::iter::once(p.title.clone())
            .chain(p.body.iter().cloned())
            .chain(p.note.iter().cloned())
            .collect()
    };
    let (e, l) = (parts(en), parts(lang));
    let e: Vec<&str> = e.iter().map(String::as_str).collect();
    let l: Vec<&str> = l.iter().map(String::as_str).collect();
    if en.note.is_some() != lang.note.is_some() {
        say(
            file,
            format!(
                "line {}: English's page has {} note (>)",
                lang.line,
                if en.note.is_some() { "a" } else { "no" }
            ),
        );
    }
    text(
        &[&e],
        &[&l],
        file,
        &format!("line {} (page “{}”)", lang.line, lang.title),
        say,
    );
}

/// One text (in parts) against English's: placeholders, numbers, console
/// quotes and code lines.
fn text(
    en: &[&[&str]],
    lang: &[&[&str]],
    file: &str,
    where_: &str,
    say: &mut impl FnMut(&str, String),
) {
    fn join<'a>(parts: &[&[&'a str]]) -> Vec<&'a str> {
        parts.iter().flat_map(|p| p.iter()).copied().collect()
    }
    let (en, lang) = (join(en), join(lang));
    let (e, l) = (en.join("\n"), lang.join("\n"));
    if placeholders(&e) != placeholders(&l) {
        say(
            file,
            format!(
                "{where_}: placeholders {:?}, English has {:?}",
                placeholders(&l),
                placeholders(&e)
            ),
        );
    }
    let numbers_here = numbers(&l);
    let lost: Vec<_> = numbers(&e)
        .into_iter()
        .filter(|n| !numbers_here.contains(n))
        .collect();
    if !lost.is_empty() {
        say(
            file,
            format!(
                "{where_}: lacks the number(s) {} of the English",
                lost.join(", ")
            ),
        );
    }
    for q in quotes(&e) {
        if !l.contains(&format!("\"{q}\"")) {
            say(
                file,
                format!("{where_}: lacks the console line \"{q}\" (quoted as it is)"),
            );
        }
    }
    let code = |t: &[&str]| {
        t.iter()
            .filter(|p| p.starts_with("$ "))
            .map(|p| p.to_string())
            .collect::<BTreeSet<_>>()
    };
    for c in code(&en).difference(&code(&lang)) {
        say(
            file,
            format!("{where_}: lacks the code line “{c}” (as it is)"),
        );
    }
}

/// `{}` (counted) and `{name}` placeholders; `{{` and `}}` are braces.
pub fn placeholders(t: &str) -> Vec<String> {
    let mut out = Vec::new();
    let t = t.replace("{{", "").replace("}}", "");
    let mut rest = t.as_str();
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close)
                if after[..close]
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '_') =>
            {
                out.push(format!("{{{}}}", &after[..close]));
                rest = &after[close + 1..];
            }
            _ => rest = after,
        }
    }
    out.sort();
    out
}

/// The numbers in a text: runs of digits, with the dots, commas and colons
/// between them (an address such as 1.1.2.1, PORT's 1,1,1,1,213,177, a time).
pub fn numbers(t: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let mut cur = String::new();
    let chars: Vec<char> = t.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        let joins = matches!(c, '.' | ',' | ':')
            && !cur.is_empty()
            && chars.get(i + 1).is_some_and(char::is_ascii_digit);
        if c.is_ascii_digit() || joins {
            cur.push(c);
        } else if !cur.is_empty() {
            out.insert(std::mem::take(&mut cur));
        }
    }
    if !cur.is_empty() {
        out.insert(cur);
    }
    out
}

/// What a text quotes in straight double quotes and is a console line: a
/// reply (three digits first) or a prompt (`ftp>`).
pub fn quotes(t: &str) -> Vec<String> {
    t.split('"')
        .skip(1)
        .step_by(2)
        .filter(|q| {
            q.len() > 3
                && q.as_bytes()[..3].iter().all(u8::is_ascii_digit)
                && q.as_bytes()[3] == b' '
                || q.starts_with("ftp>")
        })
        .map(str::to_owned)
        .collect()
}

/// `model.toml` against another language's: the same sections and keys,
/// and the same named placeholders in each filter error.
fn model(r: &Model, m: &Model, r_code: &str, say: &mut impl FnMut(&str, String)) {
    let f = "model.toml";
    let mut same = |section: &str, a: Vec<String>, b: Vec<String>| {
        for k in a.iter().filter(|k| !b.contains(k)) {
            say(f, format!("[{section}] lacks “{k}” (which {r_code} has)"));
        }
        for k in b.iter().filter(|k| !a.contains(k)) {
            say(f, format!("[{section}] has “{k}”, which {r_code} has not"));
        }
    };
    let keys = |t: &[(String, String)]| t.iter().map(|(k, _)| k.clone()).collect::<Vec<_>>();
    same("layers", keys(&r.layers), keys(&m.layers));
    same("commands", keys(&r.commands), keys(&m.commands));
    same("client_help", keys(&r.client_help), keys(&m.client_help));
    same("value_words", keys(&r.value_words), keys(&m.value_words));
    same("values", keys(&r.values), keys(&m.values));
    same(
        "filter_errors",
        keys(&r.filter_errors),
        keys(&m.filter_errors),
    );
    same(
        "replies",
        r.replies.iter().map(|(c, _)| c.to_string()).collect(),
        m.replies.iter().map(|(c, _)| c.to_string()).collect(),
    );
    same(
        "fields",
        r.fields.iter().map(|x| x.key.clone()).collect(),
        m.fields.iter().map(|x| x.key.clone()).collect(),
    );
    for (table_r, table_m, section) in [
        (&r.filter_errors, &m.filter_errors, "filter_errors"),
        (&r.values, &m.values, "values"),
        (&r.value_words, &m.value_words, "value_words"),
    ] {
        for (k, v) in table_m {
            if let Some((_, rv)) = table_r.iter().find(|(rk, _)| rk == k) {
                if placeholders(rv) != placeholders(v) {
                    say(
                        f,
                        format!(
                            "[{section}] “{k}”: placeholders {:?}, {r_code} has {:?}",
                            placeholders(v),
                            placeholders(rv)
                        ),
                    );
                }
                let lost: Vec<_> = numbers(rv)
                    .into_iter()
                    .filter(|n| !numbers(v).contains(n))
                    .collect();
                if !lost.is_empty() {
                    say(
                        f,
                        format!("[{section}] “{k}”: lacks the number(s) {}", lost.join(", ")),
                    );
                }
            }
        }
    }
    for (verb, text) in &m.commands {
        if !text.starts_with(&format!("{verb}: ")) {
            say(f, format!("[commands] “{verb}” starts with “{verb}: ”"));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_numbers_and_quotes() {
        assert_eq!(placeholders("Step {} of {}"), ["{}", "{}"]);
        assert_eq!(placeholders("more than {max} ({{x}})"), ["{max}"]);
        assert_eq!(placeholders("a { b"), Vec::<String>::new());
        assert_eq!(
            numbers("PORT 1,1,1,1,213,177 = 54705, RFC 959")
                .into_iter()
                .collect::<Vec<_>>(),
            ["1,1,1,1,213,177", "54705", "959"]
        );
        assert_eq!(
            quotes("H1 prints \"220 FTP Server ready\", then \"Every segment\" and \"ftp> \"."),
            ["220 FTP Server ready", "ftp> "]
        );
    }
}
