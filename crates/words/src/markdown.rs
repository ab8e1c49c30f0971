//! The small Markdown the prose is written in (captions, overview, FAQ).
//!
//! - `# Title` opens a scenario's file; the paragraph after it is its summary.
//! - `## Heading` starts a page (or, in `faq.md`, a question ending in `{#id}`).
//! - A paragraph is a run of lines, joined with single spaces; a blank line ends it.
//! - A line starting with `- ` (a bullet) or `$ ` (a code line) is a paragraph
//!   of its own; lines indented by two spaces continue it.
//! - Lines starting with `> ` are the page's note ("what the animation leaves out").
//! - `<!-- … -->` on lines of their own are notes to translators, and skipped.

/// One caption page.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Page {
    pub title: String,
    /// Paragraphs; bullets keep their `- `, code lines their `$ `.
    pub body: Vec<String>,
    pub note: Option<String>,
    /// The line its heading is on, for messages.
    pub line: usize,
}

/// A Markdown file read into its title, its paragraphs before the first
/// page (the summary), and its pages.
#[derive(Debug, Default, PartialEq)]
pub struct Doc {
    pub title: Option<String>,
    pub lead: Vec<String>,
    pub pages: Vec<Page>,
}

/// Reads `text`; an error names the line and what is wrong with it.
pub fn parse(text: &str) -> Result<Doc, String> {
    let mut doc = Doc::default();
    // Where paragraphs go: before the first page, or into the last page.
    let mut para: Option<String> = None;
    let mut note: Option<String> = None;
    let mut in_comment = false;

    fn flush(doc: &mut Doc, para: &mut Option<String>) {
        if let Some(p) = para.take() {
            match doc.pages.last_mut() {
                Some(page) => page.body.push(p),
                None => doc.lead.push(p),
            }
        }
    }
    fn flush_note(doc: &mut Doc, note: &mut Option<String>, line: usize) -> Result<(), String> {
        if let Some(n) = note.take() {
            let page = doc.pages.last_mut().ok_or(format!(
                "line {line}: a note (>) before the first page (##)"
            ))?;
            if page.note.is_some() {
                return Err(format!(
                    "line {line}: a second note on page “{}”",
                    page.title
                ));
            }
            page.note = Some(n);
        }
        Ok(())
    }

    for (i, raw) in text.lines().enumerate() {
        let n = i + 1;
        let line = raw.trim_end();
        if in_comment {
            in_comment = !line.ends_with("-->");
            continue;
        }
        if line.trim_start().starts_with("<!--") {
            flush(&mut doc, &mut para);
            in_comment = !line.ends_with("-->");
            continue;
        }
        if line.contains('\t') {
            return Err(format!("line {n}: a tab; use spaces"));
        }
        if line.is_empty() {
            flush(&mut doc, &mut para);
            flush_note(&mut doc, &mut note, n)?;
            continue;
        }
        if let Some(rest) = line
            .strip_prefix("> ")
            .or(if line == ">" { Some("") } else { None })
        {
            flush(&mut doc, &mut para);
            let rest = rest.trim();
            match &mut note {
                Some(t) if !rest.is_empty() => {
                    t.push(' ');
                    t.push_str(rest);
                }
                Some(_) => {}
                None => note = Some(rest.to_owned()),
            }
            continue;
        }
        flush_note(&mut doc, &mut note, n)?;
        if let Some(title) = line.strip_prefix("## ") {
            flush(&mut doc, &mut para);
            doc.pages.push(Page {
                title: title.trim().to_owned(),
                line: n,
                ..Page::default()
            });
            continue;
        }
        if let Some(title) = line.strip_prefix("# ") {
            flush(&mut doc, &mut para);
            if doc.title.is_some() || !doc.pages.is_empty() || !doc.lead.is_empty() {
                return Err(format!(
                    "line {n}: “# ” is the file's title, on its first line"
                ));
            }
            doc.title = Some(title.trim().to_owned());
            continue;
        }
        if line.starts_with('#') {
            return Err(format!("line {n}: a heading is “# Title” or “## Page”"));
        }
        if line.starts_with("- ") || line.starts_with("$ ") {
            flush(&mut doc, &mut para);
            para = Some(line.to_owned());
            continue;
        }
        if let Some(rest) = line.strip_prefix("  ") {
            match &mut para {
                Some(p) if p.starts_with("- ") || p.starts_with("$ ") => {
                    p.push(' ');
                    p.push_str(rest.trim());
                    continue;
                }
                _ => {
                    return Err(format!(
                        "line {n}: an indented line that continues no bullet"
                    ))
                }
            }
        }
        if line.starts_with(' ') {
            return Err(format!("line {n}: starts with a space"));
        }
        match &mut para {
            Some(p) if !p.starts_with("- ") && !p.starts_with("$ ") => {
                p.push(' ');
                p.push_str(line);
            }
            _ => {
                flush(&mut doc, &mut para);
                para = Some(line.to_owned());
            }
        }
    }
    if in_comment {
        return Err("a comment (<!--) is never closed".into());
    }
    flush(&mut doc, &mut para);
    flush_note(&mut doc, &mut note, text.lines().count())?;
    for page in &doc.pages {
        if page.title.is_empty() {
            return Err(format!("line {}: a page without a title", page.line));
        }
        if page.body.is_empty() {
            return Err(format!(
                "line {}: page “{}” has no paragraph",
                page.line, page.title
            ));
        }
    }
    Ok(doc)
}

/// A FAQ heading's question and `{#id}`.
pub fn question_and_id(heading: &str) -> Option<(&str, &str)> {
    let open = heading.rfind("{#")?;
    let id = heading[open + 2..].strip_suffix('}')?;
    Some((heading[..open].trim_end(), id))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_paragraphs_bullets_code_and_notes() {
        let doc = parse(
            "# Title\n\nThe summary,\nin two lines.\n\n## One\n\nFirst\nparagraph.\n\n\
             - a bullet\n  that goes on\n- another\n$ tcp.port == 21\n\nAfter.\n\n> A note\n> in two.\n\n\
             <!-- for translators -->\n## Two\n\nOnly.\n",
        )
        .unwrap();
        assert_eq!(doc.title.as_deref(), Some("Title"));
        assert_eq!(doc.lead, ["The summary, in two lines."]);
        assert_eq!(doc.pages.len(), 2);
        let one = &doc.pages[0];
        assert_eq!(
            one.body,
            [
                "First paragraph.",
                "- a bullet that goes on",
                "- another",
                "$ tcp.port == 21",
                "After."
            ]
        );
        assert_eq!(one.note.as_deref(), Some("A note in two."));
        assert_eq!(doc.pages[1].body, ["Only."]);
        assert_eq!(doc.pages[1].note, None);
    }

    #[test]
    fn mistakes_name_their_line() {
        for (text, says) in [
            ("## A\n\n\tx\n", "line 3: a tab"),
            ("## A\n", "line 1: page “A” has no paragraph"),
            ("x\n# T\n", "line 2:"),
            ("## A\n\nx\n\n   y\n", "line 5:"),
            ("> n\n", "before the first page"),
            ("## A\n\nx\n\n> a\n\n> b\n", "a second note"),
            ("### A\n", "line 1: a heading"),
            ("<!-- open\n", "never closed"),
        ] {
            let e = parse(text).unwrap_err();
            assert!(e.contains(says), "{text:?}: {e}");
        }
    }

    #[test]
    fn faq_headings_carry_their_id() {
        assert_eq!(
            question_and_id("What is FTP? {#what-is-ftp}"),
            Some(("What is FTP?", "what-is-ftp"))
        );
        assert_eq!(question_and_id("No id"), None);
    }
}
