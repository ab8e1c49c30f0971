//! Routes. The site is static and may live under any sub-path, so routes are
//! query parameters of the one page: `./` is the tutorial, `./?page=faq` the FAQ.
//! Anchors (`#what-is-ftp`) stay free for headings.

/// A page of the site.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Route {
    Tutorial,
    Faq,
}

impl Route {
    /// The route named by a query string such as `?page=faq&x=1`.
    /// Unknown pages fall back to the tutorial.
    pub fn from_query(query: &str) -> Route {
        let query = query.strip_prefix('?').unwrap_or(query);
        let page = query
            .split('&')
            .filter_map(|kv| kv.split_once('=').or(Some((kv, ""))))
            .find(|(k, _)| *k == "page")
            .map(|(_, v)| v);
        match page {
            Some("faq") => Route::Faq,
            _ => Route::Tutorial,
        }
    }

    /// The relative link to this route.
    pub fn href(self) -> &'static str {
        match self {
            Route::Tutorial => "./",
            Route::Faq => "./?page=faq",
        }
    }

    /// The route of the current location.
    pub fn current() -> Route {
        let search = web_sys::window()
            .and_then(|w| w.location().search().ok())
            .unwrap_or_default();
        Route::from_query(&search)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_page_parameter() {
        assert_eq!(Route::from_query(""), Route::Tutorial);
        assert_eq!(Route::from_query("?page=faq"), Route::Faq);
        assert_eq!(Route::from_query("?lang=es&page=faq"), Route::Faq);
        assert_eq!(Route::from_query("?page=nope"), Route::Tutorial);
        assert_eq!(Route::from_query("?page"), Route::Tutorial);
        assert_eq!(Route::from_query("?pagefaq=faq"), Route::Tutorial);
    }
}
