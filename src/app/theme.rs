//! The colour theme: Auto (the system's `prefers-color-scheme`), Light or
//! Dark. An explicit choice is put on `<html>` as `data-theme="light|dark"`
//! (which the stylesheet follows) and remembered in localStorage where
//! allowed; in Auto the attribute is absent and the media query decides.

use leptos::ev;
use leptos::prelude::*;

use crate::app::storage;
use crate::i18n::Lang;

/// The localStorage key of the learner's choice.
pub const THEME_KEY: &str = "ftp-basics:theme";

/// A choice of the theme switch.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    #[default]
    Auto,
    Light,
    Dark,
}

impl Theme {
    /// Every choice, in the switch's order.
    pub const ALL: [Theme; 3] = [Theme::Auto, Theme::Light, Theme::Dark];

    /// The value stored and put in `data-theme` (none for Auto).
    pub fn code(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    /// The choice's name in the switch, in `lang`.
    pub fn name(self, lang: Lang) -> &'static str {
        let ui = lang.ui();
        match self {
            Theme::Auto => ui.theme_auto,
            Theme::Light => ui.theme_light,
            Theme::Dark => ui.theme_dark,
        }
    }

    /// The choice a stored value names.
    pub fn from_code(code: &str) -> Option<Theme> {
        Theme::ALL.into_iter().find(|t| t.code() == code)
    }
}

/// The remembered choice (Auto when none or when storage is blocked).
pub fn saved() -> Theme {
    storage::get(THEME_KEY)
        .as_deref()
        .and_then(Theme::from_code)
        .unwrap_or_default()
}

/// Shows `theme` on `<html>`: `data-theme` for Light and Dark, none for Auto.
pub fn apply(theme: Theme) {
    let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    else {
        return;
    };
    let _ = match theme {
        Theme::Auto => root.remove_attribute("data-theme"),
        t => root.set_attribute("data-theme", t.code()),
    };
}

/// The Auto / Light / Dark switch for the page header. Its accessible name is
/// its visible label.
#[component]
pub fn ThemeSwitch() -> impl IntoView {
    let theme = RwSignal::new(saved());
    apply(theme.get_untracked());
    let lang = Lang::current();
    let on_change = move |e: ev::Event| {
        let Some(t) = Theme::from_code(&event_target_value(&e)) else {
            return;
        };
        theme.set(t);
        apply(t);
        if t == Theme::Auto {
            storage::remove(THEME_KEY);
        } else {
            storage::set(THEME_KEY, t.code());
        }
    };
    let options = Theme::ALL
        .into_iter()
        .map(|t| {
            view! {
                <option value=t.code() selected=move || theme.get() == t>
                    {t.name(lang)}
                </option>
            }
        })
        .collect_view();
    view! {
        <div class="theme-switch">
            <label for="theme-select">{lang.ui().theme}</label>
            <select
                id="theme-select"
                data-testid="theme-switch"
                on:change=on_change
                prop:value=move || theme.get().code()
            >
                {options}
            </select>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::Theme;

    #[test]
    fn codes_round_trip_and_unknown_values_are_refused() {
        for t in Theme::ALL {
            assert_eq!(Theme::from_code(t.code()), Some(t));
        }
        assert_eq!(Theme::from_code("sepia"), None);
        assert_eq!(Theme::from_code(""), None);
    }
}
