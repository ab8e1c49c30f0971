//! localStorage that never breaks the page: where storage is blocked or throws
//! (sandboxed iframes, privacy modes), reads give `None` and writes are dropped.

/// Reads `key`, or `None` when absent or when storage is unavailable.
pub fn get(key: &str) -> Option<String> {
    let storage = web_sys::window()?.local_storage().ok()??;
    storage.get_item(key).ok()?
}

/// Writes `key`; returns false when storage is unavailable.
pub fn set(key: &str, value: &str) -> bool {
    let Some(storage) = web_sys::window().and_then(|w| w.local_storage().ok().flatten()) else {
        return false;
    };
    storage.set_item(key, value).is_ok()
}

/// Removes `key`; returns false when storage is unavailable.
pub fn remove(key: &str) -> bool {
    let Some(storage) = web_sys::window().and_then(|w| w.local_storage().ok().flatten()) else {
        return false;
    };
    storage.remove_item(key).is_ok()
}
