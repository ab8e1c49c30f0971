//! Saving bytes the page made (captures, reassembled files) as a download.

use wasm_bindgen::JsCast;

/// Offers `bytes` to the learner as a file called `name`. Returns false when
/// the browser refused (the page goes on either way).
pub fn save(name: &str, mime: &str, bytes: &[u8]) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let Some(document) = window.document() else {
        return false;
    };
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options) else {
        return false;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return false;
    };
    let Some(a) = document
        .create_element("a")
        .ok()
        .and_then(|e| e.dyn_into::<web_sys::HtmlAnchorElement>().ok())
    else {
        return false;
    };
    a.set_href(&url);
    a.set_download(name);
    a.click();
    // The click has handed the blob to the browser; free it on the next turn.
    let url_to_free = url.clone();
    gloo_timers::callback::Timeout::new(1_000, move || {
        let _ = web_sys::Url::revoke_object_url(&url_to_free);
    })
    .forget();
    true
}
