//! The FAQ page: every question a heading with its own anchor.

use leptos::prelude::*;

use crate::app::route::Route;
use crate::app::Header;
use crate::i18n::Faq;

/// Renders an answer: "- " paragraphs become list items, "$ " paragraphs code lines.
fn answer(paragraphs: &'static [&'static str]) -> impl IntoView {
    let mut out = Vec::new();
    let mut bullets: Vec<&'static str> = Vec::new();
    let flush = |bullets: &mut Vec<&'static str>, out: &mut Vec<AnyView>| {
        if !bullets.is_empty() {
            let items = bullets
                .drain(..)
                .map(|b| view! { <li>{b}</li> })
                .collect_view();
            out.push(view! { <ul>{items}</ul> }.into_any());
        }
    };
    for p in paragraphs {
        if let Some(b) = p.strip_prefix("- ") {
            bullets.push(b);
            continue;
        }
        flush(&mut bullets, &mut out);
        if let Some(code) = p.strip_prefix("$ ") {
            out.push(view! { <pre class="code"><code>{code}</code></pre> }.into_any());
        } else {
            out.push(view! { <p>{*p}</p> }.into_any());
        }
    }
    flush(&mut bullets, &mut out);
    out
}

fn entry(f: &'static Faq) -> impl IntoView {
    let href = format!("#{}", f.id);
    view! {
        <section class="faq-entry" id=f.id data-testid="faq-entry">
            <h2>
                <a class="anchor" href=href>{f.question}</a>
            </h2>
            {answer(f.answer)}
        </section>
    }
}

/// The FAQ page.
#[component]
pub fn FaqPage() -> impl IntoView {
    let lang = crate::i18n::Lang::current();
    let ui = lang.ui();
    let faq = lang.faq();
    let toc = faq
        .iter()
        .map(|f| view! { <li><a href=format!("#{}", f.id)>{f.question}</a></li> })
        .collect_view();
    // The page is rendered after load, so jump to the anchor ourselves.
    Effect::new(move |_| {
        let Some(window) = web_sys::window() else {
            return;
        };
        let hash = window.location().hash().unwrap_or_default();
        let id = hash.trim_start_matches('#');
        if let Some(el) = (!id.is_empty())
            .then(|| window.document())
            .flatten()
            .and_then(|d| d.get_element_by_id(id))
        {
            el.scroll_into_view();
        }
    });
    view! {
        <main id="main" class="faq">
            <Header title=ui.faq_title current=Route::Faq />
            <p>
                {ui.faq_intro} " "
                <a href=Route::Tutorial(crate::app::route::DEFAULT_SCENARIO).href()>{ui.back_to_tutorial}</a> "."
            </p>
            <nav aria-label=ui.questions_label>
                <ol class="toc">{toc}</ol>
            </nav>
            {faq.iter().map(entry).collect_view()}
        </main>
    }
}
