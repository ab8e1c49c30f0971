//! The packet inspector: the selected frame's layers, every field with its
//! value and a line on what it is for, and the hex dump. Hovering or focusing
//! a field lights its bytes; hovering a byte lights its field.

use std::ops::Range;

use leptos::prelude::*;

use ftp_sim::dissect::{self, Layer};

use crate::i18n::{fill, Lang};
use crate::lesson::player::Player;

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
/// Characters per line of the hex column, with its newline: two digits per
/// byte and one space between bytes.
const HEX_LINE: usize = PER_LINE * 3;
/// Characters per line of the ASCII column, with its newline.
const ASCII_LINE: usize = PER_LINE + 1;

/// The dump's three columns as text, a line per 16 bytes: offsets, hex
/// (byte `i` at line `i / 16`, column `3 * (i % 16)`) and ASCII.
pub fn dump_columns(bytes: &[u8]) -> [String; 3] {
    let mut offsets = String::new();
    let mut hex = String::with_capacity(bytes.len() * 3);
    let mut text = String::with_capacity(bytes.len() + bytes.len() / PER_LINE);
    for (line, chunk) in bytes.chunks(PER_LINE).enumerate() {
        if line > 0 {
            for column in [&mut offsets, &mut hex, &mut text] {
                column.push('\n');
            }
        }
        let base = line * PER_LINE;
        for shift in [12, 8, 4, 0] {
            offsets.push(digit(base >> shift));
        }
        for (k, b) in chunk.iter().enumerate() {
            if k > 0 {
                hex.push(' ');
            }
            hex.push(digit(usize::from(b >> 4)));
            hex.push(digit(usize::from(b & 0xf)));
            text.push(ascii(*b));
        }
    }
    [offsets, hex, text]
}

/// The lowest hex digit of `n`.
fn digit(n: usize) -> char {
    char::from(b"0123456789abcdef"[n & 0xf])
}

/// The character ranges of the hex and ASCII columns that show the bytes
/// `lit` of a `len`-byte frame; `None` when none of them is in the frame.
/// A range that crosses lines includes the newlines in between.
pub fn lit_columns(lit: &Range<usize>, len: usize) -> Option<(Range<usize>, Range<usize>)> {
    let (a, b) = (lit.start, lit.end.min(len));
    (a < b).then(|| {
        let hex = |i: usize| i / PER_LINE * HEX_LINE + i % PER_LINE * 3;
        let text = |i: usize| i / PER_LINE * ASCII_LINE + i % PER_LINE;
        (hex(a)..hex(b - 1) + 2, text(a)..text(b - 1) + 1)
    })
}

/// The byte shown at `line`, character `col` of the hex column (`hex`) or of
/// the ASCII column, in a `len`-byte frame (the space after a byte goes with
/// it); `None` past the end of a line or of the frame.
pub fn byte_at(line: usize, col: usize, hex: bool, len: usize) -> Option<usize> {
    let k = if hex { col / 3 } else { col };
    let i = line * PER_LINE + k;
    (k < PER_LINE && i < len).then_some(i)
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

        // The dump is three blocks of text (offsets, hex, ASCII), not a
        // span per byte: a full segment has 1,514 bytes, stepping rebuilds
        // the dump, and a span per byte made every step lay out thousands of
        // boxes. The lit bytes are wrapped in <mark> by the effect above; the
        // byte under the pointer is found from its line and column (the font
        // is monospace).
        let [offsets, hex, text] = dump_columns(&bytes);
        let len = bytes.len();
        let on_pointer = move |e: leptos::ev::MouseEvent| {
            let Some(i) = byte_under(&e, len) else {
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
                    // Properties, not child text: the lit effect splits these
                    // texts, and setting textContent replaces the pieces when
                    // the panel is rebuilt.
                    <pre class="offsets" aria-hidden="true" prop:textContent=offsets></pre>
                    <pre class="hex" prop:textContent=hex></pre>
                    <pre class="ascii" prop:textContent=text></pre>
                </div>
            </section>
        }
        .into_any()
    }
}

/// The frame offset of the byte under the pointer, from its line and
/// column in the hex or ASCII block of a `len`-byte frame.
fn byte_under(e: &leptos::ev::MouseEvent, len: usize) -> Option<usize> {
    use wasm_bindgen::JsCast;
    let target = e.target()?.dyn_into::<web_sys::Element>().ok()?;
    let column = target.closest(".hex, .ascii").ok()??;
    let hex = column.class_list().contains("hex");
    let content = column.text_content()?;
    let lines = content.lines().count();
    let widest = content.lines().map(|l| l.chars().count()).max()?;
    let rect = column.get_bounding_client_rect();
    if lines == 0 || widest == 0 || rect.width() <= 0.0 || rect.height() <= 0.0 {
        return None;
    }
    let x = f64::from(e.client_x()) - rect.left();
    let y = f64::from(e.client_y()) - rect.top();
    let col = (x / (rect.width() / widest as f64)).max(0.0) as usize;
    let line = (y / (rect.height() / lines as f64)).max(0.0) as usize;
    byte_at(line, col, hex, len)
}

/// Undoes [`light_dump`]: each block is plain text again.
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
/// in the hex and the ASCII block.
fn light_dump(dump: &web_sys::Element, range: Range<usize>) {
    let (Ok(Some(hex)), Ok(Some(text))) =
        (dump.query_selector(".hex"), dump.query_selector(".ascii"))
    else {
        return;
    };
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let len = text
        .text_content()
        .map_or(0, |t| t.chars().filter(|c| *c != '\n').count());
    let Some((hex_cols, text_cols)) = lit_columns(&range, len) else {
        return;
    };
    for (column, cols) in [(hex, hex_cols), (text, text_cols)] {
        let chars: Vec<char> = column.text_content().unwrap_or_default().chars().collect();
        let Ok(mark) = document.create_element("mark") else {
            continue;
        };
        if cols.end > chars.len() {
            continue;
        }
        let part = |r: Range<usize>| chars[r].iter().collect::<String>();
        mark.set_class_name("lit");
        mark.set_text_content(Some(&part(cols.clone())));
        column.set_text_content(None);
        let _ = column.append_with_str_1(&part(0..cols.start));
        let _ = column.append_child(&mark);
        let _ = column.append_with_str_1(&part(cols.end..chars.len()));
        let _ = column.class_list().add_1("has-lit");
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
    fn dump_columns_put_byte_i_at_line_i_div_16_column_3_i_mod_16() {
        let bytes: Vec<u8> = (0..40)
            .map(|i| if i == 17 { b'A' } else { i as u8 })
            .collect();
        let [offsets, hex, text] = dump_columns(&bytes);
        assert_eq!(offsets, "0000\n0010\n0020");
        let lines: Vec<&str> = hex.lines().collect();
        assert_eq!(lines.len(), 3);
        assert_eq!(lines[0], "00 01 02 03 04 05 06 07 08 09 0a 0b 0c 0d 0e 0f");
        assert_eq!(lines[1].len() + 1, HEX_LINE);
        assert_eq!(lines[2], "20 21 22 23 24 25 26 27");
        assert_eq!(text.lines().nth(1), Some(".A.............."));
        assert_eq!(text.lines().nth(2), Some(" !\"#$%&'"));
        assert_eq!(
            dump_columns(&[]),
            [String::new(), String::new(), String::new()]
        );
    }

    #[test]
    fn lit_columns_cover_exactly_the_lit_bytes() {
        let bytes: Vec<u8> = (0..40).collect();
        let [_, hex, text] = dump_columns(&bytes);
        let shown = |r: &Range<usize>| {
            let (h, t) = lit_columns(r, bytes.len()).unwrap();
            (hex[h].to_owned(), text[t].to_owned())
        };
        // ip.src of a frame: bytes 26..30, on the second line.
        assert_eq!(shown(&(26..30)).0, "1a 1b 1c 1d");
        // Across a line break: the end of one line, the newline, the start of the next.
        assert_eq!(shown(&(14..18)).0, "0e 0f\n10 11");
        assert_eq!(shown(&(14..18)).1.len(), 5);
        // Clipped to the frame; nothing for an empty or outside range.
        assert_eq!(shown(&(38..100)).0, "26 27");
        assert_eq!(lit_columns(&(20..20), 40), None);
        assert_eq!(lit_columns(&(50..60), 40), None);
    }

    #[test]
    fn byte_at_maps_columns_back_to_bytes() {
        for i in 0..40 {
            let (line, k) = (i / PER_LINE, i % PER_LINE);
            assert_eq!(byte_at(line, 3 * k, true, 40), Some(i));
            assert_eq!(byte_at(line, 3 * k + 1, true, 40), Some(i));
            assert_eq!(byte_at(line, k, false, 40), Some(i));
        }
        assert_eq!(byte_at(0, 2, true, 40), Some(0), "the space after byte 0");
        assert_eq!(byte_at(2, 3 * 8, true, 40), None, "past the last byte");
        assert_eq!(byte_at(0, 16, false, 40), None, "past the end of a line");
    }
}
