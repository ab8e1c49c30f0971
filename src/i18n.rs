//! Languages: English and Spanish. The language comes from `lang` in the URL,
//! else from the browser's preferred language; `<html lang>` follows it.
//! Words of the interface are const tables ([`Ui`]), one per language, like
//! the captions and the FAQ (no parsing at run time).

use crate::captions::ScenarioText;
use crate::content::{CaptionPage, Faq};

/// A language the page speaks.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    #[default]
    En,
    Es,
}

impl Lang {
    /// The BCP 47 code used in `lang=` and `<html lang>`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
        }
    }

    /// The language named by a `lang=` value.
    pub fn from_code(code: &str) -> Option<Lang> {
        match code {
            "en" => Some(Lang::En),
            "es" => Some(Lang::Es),
            _ => None,
        }
    }

    /// The language for a browser preference such as `es-AR` or `en-GB`.
    pub fn from_browser(tag: &str) -> Lang {
        let primary = tag
            .split(['-', '_'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        if primary == "es" {
            Lang::Es
        } else {
            Lang::En
        }
    }

    /// The interface words in this language.
    pub fn ui(self) -> &'static Ui {
        match self {
            Lang::En => &EN,
            Lang::Es => &ES,
        }
    }

    /// The overview shown on a first visit.
    pub fn overview(self) -> &'static CaptionPage {
        match self {
            Lang::En => &crate::content::OVERVIEW,
            Lang::Es => &crate::content_es::OVERVIEW,
        }
    }

    /// The FAQ.
    pub fn faq(self) -> &'static [Faq] {
        match self {
            Lang::En => crate::content::FAQ,
            Lang::Es => crate::content_es::FAQ,
        }
    }

    /// One-line notes on the key packets, by packet name.
    pub fn packet_notes(self) -> &'static [(&'static str, &'static str)] {
        match self {
            Lang::En => crate::content::PACKET_NOTES,
            Lang::Es => crate::content_es::PACKET_NOTES,
        }
    }

    /// A scenario's title, summary and caption pages.
    pub fn scenario_text(self, id: &str) -> Option<&'static ScenarioText> {
        match self {
            Lang::En => crate::captions::scenario_text(id),
            Lang::Es => crate::captions_es::scenario_text(id),
        }
    }

    /// Every scenario's text, in the picker's order.
    pub fn scenarios(self) -> &'static [ScenarioText] {
        match self {
            Lang::En => crate::captions::SCENARIOS,
            Lang::Es => crate::captions_es::SCENARIOS,
        }
    }

    /// Phase-generic caption pages, for typed sessions.
    pub fn generic(self) -> &'static [CaptionPage; 6] {
        match self {
            Lang::En => &crate::captions::GENERIC,
            Lang::Es => &crate::captions_es::GENERIC,
        }
    }

    /// The Try it yourself introduction.
    pub fn try_intro(self) -> &'static str {
        match self {
            Lang::En => crate::captions::TRY_INTRO,
            Lang::Es => crate::captions_es::TRY_INTRO,
        }
    }

    /// The side-by-side introduction.
    pub fn compare_intro(self) -> &'static str {
        match self {
            Lang::En => crate::captions::COMPARE_INTRO,
            Lang::Es => crate::captions_es::COMPARE_INTRO,
        }
    }

    /// The language of the page: from the context, English if none.
    pub fn current() -> Lang {
        leptos::prelude::use_context::<Lang>().unwrap_or_default()
    }
}

/// The interface's words in one language.
pub struct Ui {
    pub title: &'static str,
    pub nav_label: &'static str,
    pub nav_tutorial: &'static str,
    pub nav_try: &'static str,
    pub nav_compare: &'static str,
    pub nav_faq: &'static str,
    pub language: &'static str,
    pub restart: &'static str,
    pub previous_page: &'static str,
    pub step_back: &'static str,
    pub play: &'static str,
    pub pause: &'static str,
    pub step_forward: &'static str,
    pub next_page: &'static str,
    pub speed: &'static str,
    pub show: &'static str,
    pub key_packets: &'static str,
    pub every_segment: &'static str,
    pub controls_label: &'static str,
    pub step_of: &'static str,
    pub page_of: &'static str,
    pub not_drawn: &'static str,
    pub press_to_begin: &'static str,
    pub console_of: &'static str,
    pub overview: &'static str,
    pub overview_heading: &'static str,
    pub dont_show: &'static str,
    pub start: &'static str,
    pub scenarios_label: &'static str,
    pub faq_title: &'static str,
    pub faq_intro: &'static str,
    pub back_to_tutorial: &'static str,
    pub questions_label: &'static str,
    pub user_types: &'static str,
    pub prints: &'static str,
    pub prints_more: &'static str,
    pub console_alone: &'static str,
    pub legend_control: &'static str,
    pub legend_data: &'static str,
    pub role_client: &'static str,
    pub role_server: &'static str,
    pub sockets_summary: &'static str,
    pub sockets_of: &'static str,
    pub local_address: &'static str,
    pub foreign_address: &'static str,
    pub state: &'static str,
    pub no_sockets: &'static str,
    pub deeper_title: &'static str,
    pub tab_list: &'static str,
    pub tab_ladder: &'static str,
    pub tab_follow: &'static str,
    pub display_filter: &'static str,
    pub apply: &'static str,
    pub clear: &'static str,
    pub try_filters: &'static str,
    pub showing: &'static str,
}

/// English.
pub const EN: Ui = Ui {
    title: "FTP Basics, animated",
    nav_label: "Site",
    nav_tutorial: "Tutorial",
    nav_try: "Try it yourself",
    nav_compare: "Active vs passive",
    nav_faq: "FAQ",
    language: "Language",
    restart: "Restart",
    previous_page: "Previous page",
    step_back: "Step back",
    play: "Play",
    pause: "Pause",
    step_forward: "Step forward",
    next_page: "Next page",
    speed: "Speed",
    show: "Show",
    key_packets: "Key packets",
    every_segment: "Every segment",
    controls_label: "Tutorial controls",
    step_of: "Step {} of {}",
    page_of: "Page {} of {}: {}",
    not_drawn: "Not drawn in the animation",
    press_to_begin: "Press Step forward or Play to begin.",
    console_of: "{}'s console",
    overview: "Overview",
    overview_heading: "Overview: {}",
    dont_show: "Don't show this again",
    start: "Start the tutorial",
    scenarios_label: "Scenarios",
    faq_title: "FTP Basics: frequently asked questions",
    faq_intro: "Short answers to the questions learners ask most.",
    back_to_tutorial: "Back to the tutorial",
    questions_label: "Questions",
    user_types: "The user types “{}” at {}",
    prints: "{} prints “{}”",
    prints_more: "{} prints “{}” and {} more line(s)",
    console_alone: "{}'s console.",
    legend_control: "Control connection (commands and replies, server port 21)",
    legend_data: "Data connection (the file or listing; server port 20 in active mode)",
    role_client: "client",
    role_server: "FTP server",
    sockets_summary: "Sockets (like netstat), at this step",
    sockets_of: "{}: sockets",
    local_address: "Local address",
    foreign_address: "Foreign address",
    state: "State",
    no_sockets: "no sockets",
    deeper_title: "Go deeper: the real packets",
    tab_list: "Packet list",
    tab_ladder: "Ladder diagram",
    tab_follow: "Follow stream",
    display_filter: "Display filter",
    apply: "Apply",
    clear: "Clear",
    try_filters: "Try: ",
    showing: "Showing {} of {} packets",
};

/// Spanish.
pub const ES: Ui = Ui {
    title: "Fundamentos de FTP, animado",
    nav_label: "Sitio",
    nav_tutorial: "Tutorial",
    nav_try: "Pruébalo tú",
    nav_compare: "Activo frente a pasivo",
    nav_faq: "Preguntas frecuentes",
    language: "Idioma",
    restart: "Reiniciar",
    previous_page: "Página anterior",
    step_back: "Paso atrás",
    play: "Reproducir",
    pause: "Pausa",
    step_forward: "Paso adelante",
    next_page: "Página siguiente",
    speed: "Velocidad",
    show: "Mostrar",
    key_packets: "Paquetes clave",
    every_segment: "Todos los segmentos",
    controls_label: "Controles del tutorial",
    step_of: "Paso {} de {}",
    page_of: "Página {} de {}: {}",
    not_drawn: "Lo que la animación no dibuja",
    press_to_begin: "Pulsa Paso adelante o Reproducir para empezar.",
    console_of: "Consola de {}",
    overview: "Presentación",
    overview_heading: "Presentación: {}",
    dont_show: "No volver a mostrar",
    start: "Empezar el tutorial",
    scenarios_label: "Escenarios",
    faq_title: "Fundamentos de FTP: preguntas frecuentes",
    faq_intro: "Respuestas breves a las preguntas más habituales.",
    back_to_tutorial: "Volver al tutorial",
    questions_label: "Preguntas",
    user_types: "El usuario escribe “{}” en {}",
    prints: "{} muestra “{}”",
    prints_more: "{} muestra “{}” y {} línea(s) más",
    console_alone: "Consola de {}.",
    legend_control: "Conexión de control (órdenes y respuestas, puerto 21 del servidor)",
    legend_data:
        "Conexión de datos (el archivo o el listado; puerto 20 del servidor en modo activo)",
    role_client: "cliente",
    role_server: "servidor FTP",
    sockets_summary: "Sockets (como netstat), en este paso",
    sockets_of: "{}: sockets",
    local_address: "Dirección local",
    foreign_address: "Dirección remota",
    state: "Estado",
    no_sockets: "sin sockets",
    deeper_title: "Más a fondo: los paquetes reales",
    tab_list: "Lista de paquetes",
    tab_ladder: "Diagrama de escalera",
    tab_follow: "Seguir el flujo",
    display_filter: "Filtro de visualización",
    apply: "Aplicar",
    clear: "Borrar",
    try_filters: "Prueba: ",
    showing: "Se muestran {} de {} paquetes",
};

/// Fills the `{}` of `pattern` with `args`, in order.
pub fn fill(pattern: &str, args: &[&dyn std::fmt::Display]) -> String {
    let mut out = String::with_capacity(pattern.len() + 16);
    let mut args = args.iter();
    let mut rest = pattern;
    while let Some(at) = rest.find("{}") {
        out.push_str(&rest[..at]);
        if let Some(a) = args.next() {
            out.push_str(&a.to_string());
        }
        rest = &rest[at + 2..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn browser_preferences_pick_the_language() {
        assert_eq!(Lang::from_browser("es"), Lang::Es);
        assert_eq!(Lang::from_browser("es-AR"), Lang::Es);
        assert_eq!(Lang::from_browser("ES_mx"), Lang::Es);
        assert_eq!(Lang::from_browser("en-GB"), Lang::En);
        assert_eq!(Lang::from_browser("fr"), Lang::En);
        assert_eq!(Lang::from_browser(""), Lang::En);
        assert_eq!(Lang::from_code("es"), Some(Lang::Es));
        assert_eq!(Lang::from_code("de"), None);
    }

    #[test]
    fn patterns_fill_in_order() {
        assert_eq!(fill(EN.step_of, &[&3, &17]), "Step 3 of 17");
        assert_eq!(fill(ES.step_of, &[&3, &17]), "Paso 3 de 17");
        assert_eq!(fill(EN.page_of, &[&1, &6, &"Hi"]), "Page 1 of 6: Hi");
        assert_eq!(fill("{} and {}", &[&1]), "1 and ");
    }

    #[test]
    fn both_languages_have_the_same_placeholders() {
        let pairs = [
            (EN.step_of, ES.step_of),
            (EN.page_of, ES.page_of),
            (EN.console_of, ES.console_of),
            (EN.overview_heading, ES.overview_heading),
            (EN.user_types, ES.user_types),
            (EN.prints, ES.prints),
            (EN.prints_more, ES.prints_more),
            (EN.console_alone, ES.console_alone),
            (EN.sockets_of, ES.sockets_of),
            (EN.showing, ES.showing),
        ];
        for (en, es) in pairs {
            assert_eq!(
                en.matches("{}").count(),
                es.matches("{}").count(),
                "{en} / {es}"
            );
        }
    }
}
