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

/// Bytes per line of the hex dump.
const PER_LINE: usize = 16;

/// A dump line's hex column: two digits per byte, one space between bytes,
/// so byte `k` of the line starts at column `3 * k`.
pub fn hex_text(chunk: &[u8]) -> String {
    let mut out = String::with_capacity(chunk.len() * 3);
    for (k, b) in chunk.iter().enumerate() {
        if k > 0 {
            out.push(' ');
        }
        for nibble in [b >> 4, b & 0xf] {
            out.push(char::from_digit(u32::from(nibble), 16).unwrap_or('?'));
        }
    }
    out
}

/// Which byte of its line column `col` of a dump column shows: three
/// columns per byte in the hex column (the space goes with the byte before
/// it), one in the ASCII column.
pub fn byte_in_line(col: usize, hex: bool) -> usize {
    if hex {
        col / 3
    } else {
        col
    }
}

/// The character ranges of a line's hex and ASCII columns that show the
/// bytes `lit` (offsets into the whole frame), for the line starting at
/// byte `base` with `len` bytes; `None` when the line shows none of them.
pub fn lit_columns(
    lit: &Range<usize>,
    base: usize,
    len: usize,
) -> Option<(Range<usize>, Range<usize>)> {
    let from = lit.start.max(base);
    let to = lit.end.min(base + len);
    (from < to).then(|| {
        let (a, b) = (from - base, to - base);
        (3 * a..3 * b - 1, a..b)
    })
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
        unlight_dump(&dump);
        if let Ok(old) = tree.query_selector_all(".field.lit") {
            for k in 0..old.length() {
                set_lit(old.item(k), false);
            }
        }
        let Some((range, (l, f))) = now else {
            return;
        };
        light_dump(&dump, range);
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

        // The dump is one line of text per 16 bytes, not a span per byte: a
        // full segment has 1,514 bytes, stepping rebuilds the dump, and a
        // span per byte made every step lay out thousands of boxes. The lit
        // bytes are wrapped in <mark> by the effect above; the byte under the
        // pointer is found from its column (the font is monospace).
        let dump = bytes
            .chunks(PER_LINE)
            .enumerate()
            .map(|(line, chunk)| {
                let base = line * PER_LINE;
                let text: String = chunk.iter().map(|b| ascii(*b)).collect();
                view! {
                    <div class="dump-line" data-base=base>
                        <span class="offset">{format!("{base:04x}")}</span>
                        // Properties, not child text: the lit effect splits
                        // these texts, and setting textContent replaces the
                        // split pieces when the panel is rebuilt.
                        <span class="hex" prop:textContent=hex_text(chunk)></span>
                        <span class="ascii" prop:textContent=text></span>
                    </div>
                }
            })
            .collect_view();
        let on_pointer = move |e: leptos::ev::MouseEvent| {
            let Some(i) = byte_under(&e) else {
                return;
            };
            if let Some((l, f)) = field_at(&layers, i) {
                let range = layers[l].fields[f].range.clone();
                if lit.with_untracked(|now| now.as_ref().map(|(_, lf)| *lf)) != Some((l, f)) {
                    lit.set(Some((range, (l, f))));
                }
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
                    on:mousemove=on_pointer
                >
                    {dump}
                </div>
            </section>
        }
        .into_any()
    }
}

/// The frame offset of the byte under the pointer, from the dump line's
/// `data-base` and the pointer's column in the hex or ASCII text.
fn byte_under(e: &leptos::ev::MouseEvent) -> Option<usize> {
    use wasm_bindgen::JsCast;
    let target = e.target()?.dyn_into::<web_sys::Element>().ok()?;
    let column = target.closest(".hex, .ascii").ok()??;
    let hex = column.class_list().contains("hex");
    let base: usize = column
        .parent_element()?
        .get_attribute("data-base")?
        .parse()
        .ok()?;
    let chars = column.text_content()?.chars().count();
    let rect = column.get_bounding_client_rect();
    if chars == 0 || rect.width() <= 0.0 {
        return None;
    }
    let x = f64::from(e.client_x()) - rect.left();
    let col = (x / (rect.width() / chars as f64)).max(0.0) as usize;
    let k = byte_in_line(col.min(chars - 1), hex);
    Some(base + k)
}

/// Undoes [`light_dump`]: each marked column is plain text again.
fn unlight_dump(dump: &web_sys::Element) {
    let Ok(marked) = dump.query_selector_all(".has-lit") else {
        return;
    };
    for k in 0..marked.length() {
        use wasm_bindgen::JsCast;
        if let Some(el) = marked
            .item(k)
            .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
        {
            el.set_text_content(el.text_content().as_deref());
            let _ = el.class_list().remove_1("has-lit");
        }
    }
}

/// Wraps the characters that show the bytes `range` in `<mark class="lit">`,
/// in both columns of every line that has some of them.
fn light_dump(dump: &web_sys::Element, range: Range<usize>) {
    use wasm_bindgen::JsCast;
    let Ok(lines) = dump.query_selector_all(".dump-line") else {
        return;
    };
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    for k in 0..lines.length() {
        let Some(line) = lines
            .item(k)
            .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
        else {
            continue;
        };
        let Some(base) = line.get_attribute("data-base").and_then(|b| b.parse().ok()) else {
            continue;
        };
        let (Ok(Some(hex)), Ok(Some(text))) =
            (line.query_selector(".hex"), line.query_selector(".ascii"))
        else {
            continue;
        };
        let len = text.text_content().map_or(0, |t| t.chars().count());
        let Some((hex_cols, text_cols)) = lit_columns(&range, base, len) else {
            continue;
        };
        for (column, cols) in [(hex, hex_cols), (text, text_cols)] {
            let chars: Vec<char> = column.text_content().unwrap_or_default().chars().collect();
            let part = |r: Range<usize>| chars[r].iter().collect::<String>();
            let mark = document.create_element("mark").ok();
            let (Some(mark), true) = (mark, cols.end <= chars.len()) else {
                continue;
            };
            mark.set_class_name("lit");
            mark.set_text_content(Some(&part(cols.clone())));
            column.set_text_content(None);
            let _ = column.append_with_str_1(&part(0..cols.start));
            let _ = column.append_child(&mark);
            let _ = column.append_with_str_1(&part(cols.end..chars.len()));
            let _ = column.class_list().add_1("has-lit");
        }
    }
}

fn set_lit(node: Option<web_sys::Node>, lit: bool) {
    use wasm_bindgen::JsCast;
    if let Some(el) = node.and_then(|n| n.dyn_into::<web_sys::Element>().ok()) {
        let _ = el.class_list().toggle_with_force("lit", lit);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hex_text_puts_byte_k_at_column_3k() {
        assert_eq!(hex_text(&[0x45, 0x00, 0xab, 0x0f]), "45 00 ab 0f");
        assert_eq!(hex_text(&[]), "");
        let line = hex_text(&[7; 16]);
        assert_eq!(line.len(), 16 * 3 - 1);
        for k in 0..16 {
            assert_eq!(&line[3 * k..3 * k + 2], "07");
            assert_eq!(byte_in_line(3 * k, true), k);
            assert_eq!(byte_in_line(3 * k + 1, true), k);
        }
        assert_eq!(byte_in_line(2, true), 0, "the space after byte 0");
        assert_eq!(byte_in_line(5, false), 5);
    }

    #[test]
    fn lit_columns_cover_only_the_lit_bytes_of_each_line() {
        // ip.src of a frame: bytes 26..30, on the second line (16..32).
        assert_eq!(lit_columns(&(26..30), 0, 16), None);
        assert_eq!(lit_columns(&(26..30), 16, 16), Some((30..41, 10..14)));
        assert_eq!(&hex_text(&[0; 16])[30..41], "00 00 00 00");
        // A field across a line break lights the end of one and the start of the next.
        assert_eq!(lit_columns(&(14..18), 0, 16), Some((42..47, 14..16)));
        assert_eq!(lit_columns(&(14..18), 16, 16), Some((0..5, 0..2)));
        // A short last line, and an empty range.
        assert_eq!(lit_columns(&(0..100), 96, 4), Some((0..11, 0..4)));
        assert_eq!(lit_columns(&(20..20), 16, 16), None);
    }
}
