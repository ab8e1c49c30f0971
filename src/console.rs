//! H1's console: the lines the user typed and the client printed, up to the
//! current position (stepping back takes them away again).

use leptos::prelude::*;

use ftp_sim::EventKind;

use crate::player::Player;

/// The terminal panel.
#[component]
pub fn Console() -> impl IntoView {
    let player = expect_context::<Player>();
    let lines = move || {
        let pos = player.pos.get();
        let lines: Vec<(String, Option<&'static str>)> = player.with_view(|v| {
            let timeline = v.timeline();
            v.console_at(pos)
                .iter()
                .filter_map(|&i| match &timeline.events[i].kind {
                    EventKind::Console { text, .. } => {
                        Some((text.clone(), timeline.console_prompt(i)))
                    }
                    _ => None,
                })
                .collect()
        });
        lines
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
        player.pos.track();
        request_animation_frame(move || {
            if let Some(el) = scroller.get_untracked() {
                el.set_scroll_top(el.scroll_height());
            }
        });
    });
    view! {
        <section class="console-panel" aria-labelledby="console-title">
            <h2 id="console-title">"H1's console"</h2>
            <div class="console-scroll" tabindex="0" aria-label="H1's console output" node_ref=scroller>
                <pre class="console" data-testid="console">{lines}</pre>
            </div>
        </section>
    }
}
