//! Embedding: the Embed dialog that writes the `<iframe>` snippet for the
//! current scenario and step, and the compact embed view (`embed=1`).

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::app::url::with_step;
use crate::i18n::Lang;
use crate::lesson::player::Player;

/// The `<iframe>` a teacher pastes into a course page, for `page_url` (the
/// site's address with its query) at key-packet step `step`; `title` names
/// the frame for screen readers (the site's title in the page's language).
pub fn snippet(page_url: &str, step: usize, title: &str) -> String {
    let (base, query) = page_url.split_once('?').unwrap_or((page_url, ""));
    let kept: String = query
        .split('&')
        .filter(|kv| !kv.is_empty() && !kv.starts_with("embed="))
        .collect::<Vec<_>>()
        .join("&");
    let mut q = with_step(&kept, step);
    q.push_str(if q.is_empty() { "?embed=1" } else { "&embed=1" });
    let escape = |s: &str| {
        s.replace('&', "&amp;")
            .replace('"', "&quot;")
            .replace('<', "&lt;")
    };
    let src = escape(&format!("{base}{q}"));
    let title = escape(title);
    format!(
        "<iframe src=\"{src}\" title=\"{title}\" width=\"100%\" height=\"720\" \
         style=\"border:0\" sandbox=\"allow-scripts\" loading=\"lazy\"></iframe>"
    )
}

/// The page's own address without hash.
fn page_url() -> String {
    let Some(location) = web_sys::window().map(|w| w.location()) else {
        return String::new();
    };
    let origin = location.origin().unwrap_or_default();
    let path = location.pathname().unwrap_or_default();
    let search = location.search().unwrap_or_default();
    format!("{origin}{path}{search}")
}

/// The Embed button and its dialog.
#[component]
pub fn EmbedDialog() -> impl IntoView {
    let player = expect_context::<Player>();
    let ui = Lang::current().ui();
    let open = RwSignal::new(false);
    let copied = RwSignal::new(String::new());
    let area = NodeRef::<leptos::html::Textarea>::new();
    // Written only while the dialog is open: it follows every step.
    let code = move || {
        let pos = player.pos.get();
        let detail = player.detail.get();
        let step = player.tutorial.with(|t| {
            let key = t.view(ftp_sim::tutorial::Detail::KeyPackets);
            t.view(detail)
                .last_event(pos)
                .map_or(0, |e| key.position_at_event(e))
        });
        snippet(&page_url(), step, ui.title)
    };
    let copy = move |_| {
        if let Some(el) = area.get_untracked() {
            el.select();
        }
        let text = code();
        let clipboard = web_sys::window().map(|w| w.navigator().clipboard());
        let ok = clipboard
            .and_then(|c| c.dyn_into::<web_sys::Clipboard>().ok())
            .map(|c| c.write_text(&text))
            .is_some();
        copied.set(if ok { ui.copied } else { ui.copy_by_hand }.to_owned());
    };
    view! {
        <button type="button" class="link-button" on:click=move |_| open.update(|o| *o = !*o) aria-expanded=move || open.get().to_string()>
            {ui.embed}
        </button>
        <section class="embed-dialog" data-testid="embed-dialog" aria-labelledby="embed-title" hidden=move || !open.get()>
            <h2 id="embed-title">{ui.embed_title}</h2>
            <p>{ui.embed_help}</p>
            <label for="embed-code">"HTML"</label>
            <textarea id="embed-code" data-testid="embed-code" readonly rows="4" node_ref=area prop:value=move || if open.get() { code() } else { String::new() }></textarea>
            <div class="embed-actions">
                <button type="button" class="primary" on:click=copy>{ui.copy}</button>
                <span role="status">{move || copied.get()}</span>
                <button type="button" on:click=move |_| open.set(false)>{ui.close}</button>
            </div>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::snippet;

    const T: &str = "FTP Basics, animated";

    #[test]
    fn the_snippet_opens_the_same_scenario_and_step_in_embed_mode() {
        let s = snippet("https://example.edu/ftp/?scenario=passive&step=3", 7, T);
        assert!(
            s.contains("src=\"https://example.edu/ftp/?scenario=passive&amp;step=7&amp;embed=1\""),
            "{s}"
        );
        assert!(s.contains("sandbox=\"allow-scripts\""));
        let s = snippet("https://example.edu/ftp/", 0, T);
        assert!(
            s.contains("src=\"https://example.edu/ftp/?embed=1\""),
            "{s}"
        );
        let s = snippet("https://example.edu/ftp/?embed=1&step=2", 2, T);
        assert_eq!(s.matches("embed=1").count(), 1, "{s}");
    }

    #[test]
    fn odd_characters_cannot_break_out_of_the_attribute() {
        let s = snippet("https://x/?a=\"><script>", 1, T);
        assert!(!s.contains("\"><script>"), "{s}");
        let s = snippet("https://x/", 1, "a\" onload=\"x");
        assert!(!s.contains("\" onload"), "{s}");
    }

    #[test]
    fn the_frame_is_titled_in_the_page_language() {
        let s = snippet("https://x/?lang=es", 0, crate::i18n::es::WORDS.ui.title);
        assert!(s.contains("title=\"Fundamentos de FTP, animado\""), "{s}");
        assert!(snippet("https://x/", 0, T).contains("title=\"FTP Basics, animated\""));
    }
}
