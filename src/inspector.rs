//! The packet inspector: the selected frame's layers, every field with its
//! value and a line on what it is for, and the hex dump. Hovering or focusing
//! a field lights its bytes; hovering a byte lights its field.

use std::ops::Range;

use leptos::prelude::*;

use ftp_sim::dissect::{self, Layer};

use crate::i18n::{fill, Lang};
use crate::player::Player;

/// Bytes lit up in the dump, with the (layer, field) they belong to.
type Lit = Option<(Range<usize>, (usize, usize))>;

/// The narrowest field (layer, field) whose bytes include `byte`.
pub fn field_at(layers: &[Layer], byte: usize) -> Option<(usize, usize)> {
    layers
        .iter()
        .enumerate()
        .flat_map(|(l, layer)| {
            layer
                .fields
                .iter()
                .enumerate()
                .map(move |(f, field)| (l, f, field))
        })
        .filter(|(_, _, field)| field.range.contains(&byte))
        .min_by_key(|(_, _, field)| field.range.len())
        .map(|(l, f, _)| (l, f))
}

/// Printable ASCII for the dump's right-hand column.
fn ascii(b: u8) -> char {
    if b.is_ascii_graphic() || b == b' ' {
        char::from(b)
    } else {
        '.'
    }
}

/// The inspector panel for the selected packet.
#[component]
pub fn Inspector() -> impl IntoView {
    let player = expect_context::<Player>();
    let lang = Lang::current();
    let ui = lang.ui();
    // The bytes lit up, and the field (layer, field) they belong to.
    let lit: RwSignal<Lit> = RwSignal::new(None);
    Effect::new(move |_| {
        player.selected.track();
        lit.set(None);
    });
    // Lights the lit field and its bytes: clears the old ones, marks the new.
    // Done here, once, rather than by a reactive class on every field and
    // byte: the panel is rebuilt at every step, and closures over `lit`
    // created per rebuild left their subscriptions behind (wasm memory grew
    // at every step; `make bench` measures it).
    let dump_ref = NodeRef::<leptos::html::Div>::new();
    let tree_ref = NodeRef::<leptos::html::Div>::new();
    Effect::new(move |_| {
        let now = lit.get();
        let (Some(dump), Some(tree)) = (dump_ref.get(), tree_ref.get()) else {
            return;
        };
        for (root, selector) in [(&*dump, ".byte.lit"), (&*tree, ".field.lit")] {
            if let Ok(old) = root.query_selector_all(selector) {
                for k in 0..old.length() {
                    set_lit(old.item(k), false);
                }
            }
        }
        let Some((range, (l, f))) = now else {
            return;
        };
        if let Ok(all) = dump.query_selector_all(".byte") {
            for i in range {
                set_lit(all.item(i as u32), true);
            }
        }
        if let Ok(field) = tree.query_selector(&format!("[data-lf=\"{l}-{f}\"]")) {
            set_lit(field.map(web_sys::Node::from), true);
        }
    });

    move || {
        let Some(event) = player.selected.get() else {
            return view! {
                <section class="inspector" data-testid="inspector" aria-labelledby="inspector-title">
                    <h3 id="inspector-title">{ui.inspector_title}</h3>
                    <p class="hint">{ui.inspector_hint}</p>
                </section>
            }
            .into_any();
        };
        let data = player.data();
        let (Some(segment), Some(layers)) = (
            data.segment_at(event),
            dissect::dissect(&data.timeline, event),
        ) else {
            return view! { <section class="inspector" data-testid="inspector"><p>{ui.not_a_packet}</p></section> }.into_any();
        };
        let layers = std::sync::Arc::new(layers);
        let bytes = segment.bytes.clone();
        let title = fill(ui.frame_title, &[&segment.frame, &bytes.len()]);

        let tree = layers
            .iter()
            .enumerate()
            .map(|(l, layer)| {
                let fields = layer
                    .fields
                    .iter()
                    .enumerate()
                    .map(|(f, field)| {
                        let range = field.range.clone();
                        let light = {
                            let range = range.clone();
                            move || lit.set(Some((range.clone(), (l, f))))
                        };
                        let light2 = light.clone();
                        let (label, value, explain) = lang.field(field);
                        view! {
                            <li
                                class="field"
                                data-lf=format!("{l}-{f}")
                                tabindex="0"
                                data-testid="field"
                                data-abbrev=field.abbrev
                                on:mouseenter=move |_| light()
                                on:focus=move |_| light2()
                            >
                                <span class="f-label">{label} ": "</span>
                                <span class="f-value">{value}</span>
                                <span class="f-abbrev">{format!(" ({})", field.abbrev)}</span>
                                <span class="f-explain">{explain}</span>
                            </li>
                        }
                    })
                    .collect_view();
                view! {
                    <details open class="layer" data-testid="layer">
                        <summary>{lang.layer_title(layer.title)}</summary>
                        <ul>{fields}</ul>
                    </details>
                }
            })
            .collect_view();

        // The dump is plain spans: one listener on the whole dump finds the
        // byte under the pointer, and one effect (above) lights the bytes of a
        // field. A full segment has 1,514 bytes, and stepping rebuilds the dump.
        let dump = bytes
            .chunks(16)
            .enumerate()
            .map(|(line, chunk)| {
                let base = line * 16;
                let hex = chunk
                    .iter()
                    .enumerate()
                    .map(|(k, b)| {
                        view! {
                            <span class="byte" data-testid="byte" data-i=base + k>
                                {format!("{b:02x}")}
                            </span>
                        }
                    })
                    .collect_view();
                let text: String = chunk.iter().map(|b| ascii(*b)).collect();
                view! {
                    <div class="dump-line">
                        <span class="offset">{format!("{base:04x}")}</span>
                        <span class="hex">{hex}</span>
                        <span class="ascii">{text}</span>
                    </div>
                }
            })
            .collect_view();
        let on_byte = move |e: leptos::ev::MouseEvent| {
            use wasm_bindgen::JsCast;
            let Some(i) = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .and_then(|el| el.get_attribute("data-i"))
                .and_then(|i| i.parse::<usize>().ok())
            else {
                return;
            };
            if let Some((l, f)) = field_at(&layers, i) {
                lit.set(Some((layers[l].fields[f].range.clone(), (l, f))));
            }
        };

        view! {
            <section class="inspector" data-testid="inspector" aria-labelledby="inspector-title">
                <h3 id="inspector-title">{title}</h3>
                <p class="help">{ui.inspector_help}</p>
                <div class="tree" node_ref=tree_ref>{tree}</div>
                <div
                    class="dump"
                    data-testid="hex"
                    role="region"
                    tabindex="0"
                    aria-label=ui.hex_label
                    node_ref=dump_ref
                    on:mouseover=on_byte
                >
                    {dump}
                </div>
            </section>
        }
        .into_any()
    }
}

fn set_lit(node: Option<web_sys::Node>, lit: bool) {
    use wasm_bindgen::JsCast;
    if let Some(el) = node.and_then(|n| n.dyn_into::<web_sys::Element>().ok()) {
        let _ = el.class_list().toggle_with_force("lit", lit);
    }
}
