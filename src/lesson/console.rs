//! H1's console: the lines the user typed and the client printed, up to the
//! current position (stepping back takes them away again).

use leptos::prelude::*;

use ftp_sim::{EventKind, HostId};

use crate::lesson::player::Player;

/// A client's console panel.
#[component]
pub fn Console(
    /// The host whose console this is.
    host: HostId,
) -> impl IntoView {
    let player = expect_context::<Player>();
    // The lines on this console so far (text, and the prompt of a typed
    // line): a memo, so that a step that prints nothing rebuilds nothing (a
    // 1 MiB transfer has ~1,500 such steps).
    let shown: Memo<Vec<(String, Option<&'static str>)>> = Memo::new(move |_| {
        let pos = player.pos.get();
        player.with_view(|v| {
            let timeline = v.timeline();
            v.console_at(pos)
                .iter()
                .filter_map(|&i| match &timeline.events[i].kind {
                    EventKind::Console { text, host: h, .. } if *h == host => {
                        Some((text.clone(), timeline.console_prompt(i)))
                    }
                    _ => None,
                })
                .collect()
        })
    });
    let lines = move || {
        shown
            .get()
            .into_iter()
            .map(|(text, prompt)| match prompt {
                Some(prompt) => view! {
                    <div class="line input">
                        <span class="prompt">{prompt}</span>
                        {text}
                    </div>
                }
                .into_any(),
                None => view! { <div class="line output">{text}</div> }.into_any(),
            })
            .collect_view()
    };
    // Keep the newest line in view, like a terminal, once the DOM has updated.
    let scroller = NodeRef::<leptos::html::Div>::new();
    Effect::new(move |_| {
        shown.track();
        request_animation_frame(move || {
            if let Some(el) = scroller.get_untracked() {
                el.set_scroll_top(el.scroll_height());
            }
        });
    });
    let name = player.data().timeline.host(host).name.clone();
    let title_id = format!("console-title-{}", host.0);
    let labelled_by = title_id.clone();
    let ui = crate::i18n::Lang::current().ui();
    let title = crate::i18n::fill(ui.console_of, &[&name]);
    let label = title.clone();
    view! {
        <section class="console-panel" aria-labelledby=labelled_by>
            <h2 id=title_id>{title}</h2>
            <div class="console-scroll" role="log" aria-live="off" tabindex="0" aria-label=label node_ref=scroller>
                <pre class="console" data-testid="console">{lines}</pre>
            </div>
        </section>
    }
}
