//! The app shell, in the first download with every page: the [`App`] root
//! (language and page from the URL), the site [`Header`], notices, and what
//! every page needs — routes, URL state, storage, the theme switch and
//! [`later::Later`].

pub mod later;
pub mod route;
pub mod split;
pub mod storage;
pub mod theme;
pub mod url;

use leptos::prelude::*;
use route::Route;
use split::Split;

use crate::i18n;

/// What the address asked for that a page without its own notice (FAQ, Try
/// it yourself, Active vs passive) could not use; [`Header`] shows it.
/// Lesson pages show their notices themselves and do not provide this.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PageNotice(pub Option<String>);

/// The site header: title, navigation between the site's pages, and the
/// language switch; then the page's notice, if there is one ([`PageNotice`]).
#[component]
pub fn Header(
    /// The page's one `<h1>`.
    title: &'static str,
    /// The route being shown, marked as current in the navigation.
    current: Route,
) -> impl IntoView {
    let lang = i18n::Lang::current();
    let ui = lang.ui();
    let links = [
        (Route::Tutorial(route::DEFAULT_SCENARIO), ui.nav_tutorial),
        (Route::Try, ui.nav_try),
        (Route::Compare, ui.nav_compare),
        (Route::Faq, ui.nav_faq),
    ];
    let is_current = move |r: Route| match (r, current) {
        (Route::Tutorial(_), Route::Tutorial(_)) => true,
        (a, b) => a == b,
    };
    // Links keep the language the learner chose.
    let with_lang = move |href: String| {
        if lang == i18n::Lang::En && url::lang(&current_query()).0.is_none() {
            href
        } else {
            let (path, query) = href.split_once('?').unwrap_or((&href, ""));
            format!("{path}{}", url::with_param(query, "lang", lang.code()))
        }
    };
    let switch = i18n::Lang::ALL
        .into_iter()
        .map(|l| {
            let name = l.name();
            let href = url::with_param(&url::with_step(&current_query(), 0), "lang", l.code());
            view! {
                <a href=href hreflang=l.tag() lang=l.tag() aria-current=(l == lang).then_some("true")>
                    {name}
                </a>
            }
        })
        .collect_view();
    let notice = use_context::<PageNotice>().and_then(|n| n.0);
    view! {
        <header class="page-head">
            <h1>{title}</h1>
            <nav aria-label=ui.nav_label>
                {links
                    .into_iter()
                    .map(|(r, label)| {
                        view! {
                            <a href=with_lang(r.href()) aria-current=is_current(r).then_some("page")>
                                {label}
                            </a>
                        }
                    })
                    .collect_view()}
            </nav>
            <nav class="languages" aria-label=ui.language data-testid="language-switch">
                {switch}
            </nav>
            <theme::ThemeSwitch />
        </header>
        <Notice text=notice />
    }
}

/// The current query string (with its `?`), empty when none.
pub fn current_query() -> String {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
}

/// A short message about something in the URL that was not understood.
#[component]
pub fn Notice(text: Option<String>) -> impl IntoView {
    text.map(|t| {
        view! {
            <p class="notice" role="status" data-testid="notice">
                {t}
            </p>
        }
    })
}

/// The application root: picks the page from the URL.
#[component]
pub fn App() -> impl IntoView {
    let search = current_query();
    // The language: lang= in the URL, else the browser's preference. Notices
    // are worded in it (so a bad lang= is reported in the fallback language).
    let (lang, lang_problem) = page_lang(&search);
    // A language whose words did not arrive (its chunk failed) is shown in
    // English, with a notice in English.
    let missing = (!lang.is_loaded()).then(|| lang.code());
    let lang = if missing.is_some() {
        i18n::Lang::En
    } else {
        lang
    };
    provide_context(lang);
    if let Some(root) = document().document_element() {
        let _ = root.set_attribute("lang", lang.tag());
    }
    let (route, route_problem) = Route::from_query(&search);
    let (state, url_problems) = url::UrlState::parse(&search);
    let notices: Vec<String> = route_problem
        .into_iter()
        .chain(lang_problem)
        .chain(url_problems)
        .map(|p| p.text(lang))
        .chain(missing.map(|code| i18n::fill(lang.ui().notice_language_failed, &[&code])))
        .collect();
    match route {
        Route::Tutorial(id) => {
            view! { <crate::lesson::TutorialPage scenario=id url=state notices=notices /> }
                .into_any()
        }
        other => {
            // Pages without steps of their own: the header shows the notice.
            provide_context(PageNotice((!notices.is_empty()).then(|| notices.join(" "))));
            // Each page is a chunk; until it is there (or if it fails) the
            // header shows, with the navigation.
            let ui = lang.ui();
            let (title, route) = match other {
                Route::Try => (ui.try_title, Route::Try),
                Route::Compare => (ui.compare_title, Route::Compare),
                _ => (ui.faq_title, Route::Faq),
            };
            let head = move || view! { <Header title=title current=route /> };
            match route {
                Route::Try => view! { <Split load=try_page head=head /> }.into_any(),
                Route::Compare => view! { <Split load=compare_page head=head /> }.into_any(),
                _ => view! { <Split load=move || faq_with_words(lang) head=head /> }.into_any(),
            }
        }
    }
}

// The pages other than the lesson, each in a chunk of its own (see [`split`]).
crate::split_view! { try_page: fn try_page() { view! { <crate::try_it::TryPage /> } } }
crate::split_view! { compare_page: fn compare_page() { view! { <crate::compare::ComparePage /> } } }
crate::split_view! { faq_page: fn faq_page() { view! { <crate::faq::FaqPage /> } } }

/// The FAQ page's code and its words in `lang`: two chunks, fetched together.
async fn faq_with_words(lang: i18n::Lang) -> Result<split::MakeView, split::ChunkError> {
    let (page, words) = futures::future::join(faq_page(), i18n::load_faq(lang)).await;
    words?;
    page
}

/// The page's language: `lang=` in the address, else the browser's preference;
/// with the problem of an unusable `lang=` value.
pub fn page_lang(search: &str) -> (i18n::Lang, Option<url::Problem>) {
    let (asked, problem) = url::lang(search);
    let lang = asked.unwrap_or_else(|| {
        let browser = web_sys::window()
            .and_then(|w| w.navigator().language())
            .unwrap_or_default();
        i18n::Lang::from_browser(&browser)
    });
    (lang, problem)
}
