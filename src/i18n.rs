//! Languages: English and Spanish. The language comes from `lang` in the URL,
//! else from the browser's preferred language; `<html lang>` follows it.
//! Words of the interface are const tables ([`Ui`]), one per language, like
//! the captions and the FAQ (no parsing at run time); patterns take their
//! values through `{}` ([`fill`]), in order.
//!
//! The model (`ftp-sim`) speaks English: its dissector's field names and
//! notes, reply meanings and `help` lines. Spanish for those lives here too,
//! in tables keyed by what the model keeps stable: the Wireshark field name
//! ([`FIELDS_ES`]), the FTP verb ([`COMMANDS_EXPLAINED_ES`]), the reply code
//! ([`REPLY_CODES_ES`]), the layer title ([`LAYERS_ES`]) and the client's
//! command name ([`COMMAND_SUMMARIES_ES`]). What the FTP client and server
//! print, and protocol words (PORT, SYN, ACK…), stay as they are.

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
    // The packet list's columns and filter box.
    pub filter_placeholder: &'static str,
    pub col_no: &'static str,
    pub col_time: &'static str,
    pub col_source: &'static str,
    pub col_destination: &'static str,
    pub col_protocol: &'static str,
    pub col_length: &'static str,
    pub col_info: &'static str,
    // Go deeper: tabs and downloads.
    pub views_label: &'static str,
    pub download_pcapng: &'static str,
    pub download_pcap: &'static str,
    // The inspector.
    pub inspector_title: &'static str,
    pub inspector_hint: &'static str,
    pub not_a_packet: &'static str,
    pub frame_title: &'static str,
    pub inspector_help: &'static str,
    pub hex_label: &'static str,
    // The packet details panel.
    pub details_title: &'static str,
    pub frame_name: &'static str,
    pub from: &'static str,
    pub to: &'static str,
    pub tcp_flags: &'static str,
    pub seq_number: &'static str,
    pub ack_number: &'static str,
    pub window: &'static str,
    pub mss_option: &'static str,
    pub payload: &'static str,
    pub frame: &'static str,
    pub frame_on_wire: &'static str,
    pub port_listen: &'static str,
    pub port_bytes: &'static str,
    pub close: &'static str,
    // The ladder diagram.
    pub ladder_label: &'static str,
    // Follow stream.
    pub follow_client: &'static str,
    pub follow_server: &'static str,
    pub control_connection: &'static str,
    pub data_connection: &'static str,
    pub data_word: &'static str,
    pub client_to_server: &'static str,
    pub server_to_client: &'static str,
    pub save: &'static str,
    // The caption's "now" line for a packet: name, from, to, flags, addresses.
    pub now_packet: &'static str,
    /// The same for a segment the tutorial gives no name (every-segment mode).
    pub now_segment: &'static str,
    // The text-only transcript.
    pub transcript_title: &'static str,
    pub transcript_line: &'static str,
    // The theme switch.
    pub theme: &'static str,
    pub theme_auto: &'static str,
    pub theme_light: &'static str,
    pub theme_dark: &'static str,
    // The lesson's stage and embed view (used by stage.rs and tutorial.rs).
    pub animation_label: &'static str,
    pub stage_title: &'static str,
    /// The travelling packet's accessible name: its label, then what a click does.
    pub packet_button: &'static str,
    pub port_label: &'static str,
    pub open_full_lesson: &'static str,
    // The Embed dialog.
    pub embed: &'static str,
    pub embed_title: &'static str,
    pub embed_help: &'static str,
    pub copy: &'static str,
    pub copied: &'static str,
    pub copy_by_hand: &'static str,
    // Try it yourself.
    pub try_title: &'static str,
    pub terminal_title: &'static str,
    pub run: &'static str,
    pub reset: &'static str,
    pub help_heading: &'static str,
    pub help_also: &'static str,
    pub hint_too_long: &'static str,
    pub hint_usage: &'static str,
    pub hint_optional: &'static str,
    pub hint_at_prompt: &'static str,
    pub hint_protocol: &'static str,
    pub hint_port: &'static str,
    pub hint_lower_case: &'static str,
    pub hint_did_you_mean: &'static str,
    pub hint_help: &'static str,
    // Active vs passive.
    pub compare_title: &'static str,
    pub compare_controls: &'static str,
    pub packet_of: &'static str,
    pub compare_active: &'static str,
    pub compare_passive: &'static str,
    pub compare_announce: &'static str,
    // Notices about the address (see `url::Problem`).
    pub notice_no_page: &'static str,
    pub notice_no_scenario: &'static str,
    pub notice_value_too_long: &'static str,
    pub notice_not_a_number: &'static str,
    pub notice_not_a_switch: &'static str,
    pub notice_query_too_long: &'static str,
    pub notice_no_step: &'static str,
    pub notice_from_after_to: &'static str,
    pub notice_step_outside: &'static str,
    pub notice_no_language: &'static str,
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
    filter_placeholder: "e.g. ftp || ftp-data",
    col_no: "No.",
    col_time: "Time",
    col_source: "Source",
    col_destination: "Destination",
    col_protocol: "Protocol",
    col_length: "Length",
    col_info: "Info",
    views_label: "Views of the session",
    download_pcapng: "Download .pcapng",
    download_pcap: "Download .pcap",
    inspector_title: "Packet inspector",
    inspector_hint: "Select a packet on the stage, in the list or in the ladder diagram to see its layers and bytes.",
    not_a_packet: "This event is not a packet.",
    frame_title: "Frame {}: {} bytes on the wire",
    inspector_help: "Point at or tab to a field to light its bytes and read what it is for; point at a byte to find its field.",
    hex_label: "Frame bytes in hexadecimal",
    details_title: "Packet: {}",
    frame_name: "frame {}",
    from: "From",
    to: "To",
    tcp_flags: "TCP flags",
    seq_number: "Sequence number",
    ack_number: "Acknowledgment number",
    window: "Window",
    mss_option: "MSS option",
    payload: "Payload",
    frame: "Frame",
    frame_on_wire: "#{} on the wire, {} bytes",
    port_listen: "H1 will listen at IP {}, port {}.",
    port_bytes: "PORT sends the address as four numbers and the port as two bytes: {} means {}.",
    close: "Close",
    ladder_label: "Ladder diagram of the session",
    follow_client: "{} (client)",
    follow_server: "{} (server)",
    control_connection: "Control connection {} ↔ {}",
    data_connection: "Data connection: {} ({} bytes, {})",
    data_word: "data",
    client_to_server: "client to server",
    server_to_client: "server to client",
    save: "Save {}",
    now_packet: "{}: {} → {}, {} from {} to {}.",
    now_segment: "{} → {}, {} from {} to {}.",
    transcript_title: "Transcript (text only)",
    transcript_line: "Step {} — {}",
    theme: "Theme",
    theme_auto: "Auto",
    theme_light: "Light",
    theme_dark: "Dark",
    animation_label: "Animation",
    stage_title: "Client {} ({}) and server {} ({}) connected through the Internet",
    packet_button: "{}: show details",
    port_label: "port {}",
    open_full_lesson: "Open the full lesson",
    embed: "Embed",
    embed_title: "Embed this moment in a course page",
    embed_help: "Paste this into your page (Moodle, Canvas, any HTML). It opens this scenario at this step, showing only the stage, caption and controls, and works in a sandboxed iframe.",
    copy: "Copy",
    copied: "Copied.",
    copy_by_hand: "Selected: press Ctrl+C (⌘C) to copy.",
    try_title: "Try it yourself: FTP from H1",
    terminal_title: "H1's terminal",
    run: "Run",
    reset: "Reset",
    help_heading: "Commands you can type (the client turns them into FTP commands):",
    help_also: " (also {})",
    hint_too_long: "A command line can be at most {} characters long.",
    hint_usage: "Type it as: {}{}. Type help {} for more.",
    hint_optional: " (the words in [ ] are optional)",
    hint_at_prompt: "You are already at the ftp> prompt: to connect, type open 1.1.2.1.",
    hint_protocol: "{} is what the client sends to the server; at ftp> type {} (or quote {} … to send it as it is).",
    hint_port: "The client sends {} by itself before each transfer in active mode; type get, put, ls or dir.",
    hint_lower_case: "Commands are lower case: did you mean {}? Type help to list the commands.",
    hint_did_you_mean: "Did you mean {}? Type help to list the commands.",
    hint_help: "Type help to list the commands.",
    compare_title: "Active vs passive, side by side",
    compare_controls: "Side-by-side controls",
    packet_of: "Packet {} of {}",
    compare_active: "Active mode: PORT, the server connects",
    compare_passive: "Passive mode: PASV, the client connects",
    compare_announce: "Packet {} of {}. Active: {}. Passive: {}.",
    notice_no_page: "There is no page {}; here is the tutorial instead.",
    notice_no_scenario: "There is no scenario {}; showing the original active-mode tutorial.",
    notice_value_too_long: "The value of {} is too long and was ignored.",
    notice_not_a_number: "{} must be a whole number of steps, not {}; it was ignored.",
    notice_not_a_switch: "{} takes 1 or 0, not {}; it was ignored.",
    notice_query_too_long: "The address is too long; its settings were ignored.",
    notice_no_step: "There is no step {} ({}): this lesson has {} steps.",
    notice_from_after_to: "from ({}) is after to ({}); the whole lesson is shown.",
    notice_step_outside: "Step {} is outside steps {} to {}; starting at step {}.",
    notice_no_language: "There is no language {} (en or es); the browser's language is used.",
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
    legend_control: "Conexión de control (comandos y respuestas, puerto 21 del servidor)",
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
    filter_placeholder: "p. ej. ftp || ftp-data",
    col_no: "N.º",
    col_time: "Tiempo",
    col_source: "Origen",
    col_destination: "Destino",
    col_protocol: "Protocolo",
    col_length: "Bytes",
    col_info: "Información",
    views_label: "Vistas de la sesión",
    download_pcapng: "Descargar .pcapng",
    download_pcap: "Descargar .pcap",
    inspector_title: "Inspector de paquetes",
    inspector_hint: "Elige un paquete en la animación, en la lista o en el diagrama de escalera para ver sus capas y sus bytes.",
    not_a_packet: "Este evento no es un paquete.",
    frame_title: "Trama {}: {} bytes en el cable",
    inspector_help: "Señala un campo (o llega a él con Tab) para iluminar sus bytes y leer para qué sirve; señala un byte para encontrar su campo.",
    hex_label: "Bytes de la trama en hexadecimal",
    details_title: "Paquete: {}",
    frame_name: "trama {}",
    from: "Origen",
    to: "Destino",
    tcp_flags: "Indicadores TCP",
    seq_number: "Número de secuencia",
    ack_number: "Número de acuse de recibo",
    window: "Ventana",
    mss_option: "Opción MSS",
    payload: "Carga útil",
    frame: "Trama",
    frame_on_wire: "n.º {} en el cable, {} bytes",
    port_listen: "H1 escuchará en la IP {}, puerto {}.",
    port_bytes: "PORT envía la dirección como cuatro números y el puerto como dos bytes: {} significa {}.",
    close: "Cerrar",
    ladder_label: "Diagrama de escalera de la sesión",
    follow_client: "{} (cliente)",
    follow_server: "{} (servidor)",
    control_connection: "Conexión de control {} ↔ {}",
    data_connection: "Conexión de datos: {} ({} bytes, {})",
    data_word: "datos",
    client_to_server: "del cliente al servidor",
    server_to_client: "del servidor al cliente",
    save: "Guardar {}",
    now_packet: "{}: {} → {}, {} de {} a {}.",
    now_segment: "{} → {}, {} de {} a {}.",
    transcript_title: "Transcripción (solo texto)",
    transcript_line: "Paso {} — {}",
    theme: "Tema",
    theme_auto: "Automático",
    theme_light: "Claro",
    theme_dark: "Oscuro",
    animation_label: "Animación",
    stage_title: "Cliente {} ({}) y servidor {} ({}) conectados a través de Internet",
    packet_button: "{}: ver detalles",
    port_label: "puerto {}",
    open_full_lesson: "Abrir la lección completa",
    embed: "Insertar",
    embed_title: "Inserta este momento en la página de un curso",
    embed_help: "Pega esto en tu página (Moodle, Canvas o cualquier HTML). Abre este escenario en este paso, con solo la animación, el texto y los controles, y funciona dentro de un iframe aislado (sandbox).",
    copy: "Copiar",
    copied: "Copiado.",
    copy_by_hand: "Seleccionado: pulsa Ctrl+C (⌘C) para copiarlo.",
    try_title: "Pruébalo tú: FTP desde H1",
    terminal_title: "Terminal de H1",
    run: "Ejecutar",
    reset: "Empezar de cero",
    help_heading: "Comandos que puedes escribir (el cliente los convierte en comandos FTP):",
    help_also: " (también {})",
    hint_too_long: "Una línea de comandos puede tener como máximo {} caracteres.",
    hint_usage: "Escríbelo así: {}{}. Escribe help {} para saber más.",
    hint_optional: " (las palabras entre [ ] son opcionales)",
    hint_at_prompt: "Ya estás en el indicador ftp>: para conectarte, escribe open 1.1.2.1.",
    hint_protocol: "{} es lo que el cliente envía al servidor; en ftp> escribe {} (o quote {} … para enviarlo tal cual).",
    hint_port: "El cliente envía {} por su cuenta antes de cada transferencia en modo activo; escribe get, put, ls o dir.",
    hint_lower_case: "Los comandos van en minúsculas: ¿querías decir {}? Escribe help para ver la lista de comandos.",
    hint_did_you_mean: "¿Querías decir {}? Escribe help para ver la lista de comandos.",
    hint_help: "Escribe help para ver la lista de comandos.",
    compare_title: "Activo frente a pasivo, uno al lado del otro",
    compare_controls: "Controles de la comparación",
    packet_of: "Paquete {} de {}",
    compare_active: "Modo activo: PORT, el servidor se conecta",
    compare_passive: "Modo pasivo: PASV, el cliente se conecta",
    compare_announce: "Paquete {} de {}. Activo: {}. Pasivo: {}.",
    notice_no_page: "No existe la página {}; en su lugar se muestra el tutorial.",
    notice_no_scenario: "No existe el escenario {}; se muestra el tutorial original en modo activo.",
    notice_value_too_long: "El valor de {} es demasiado largo y se ha ignorado.",
    notice_not_a_number: "{} debe ser un número entero de pasos, no {}; se ha ignorado.",
    notice_not_a_switch: "{} admite 1 o 0, no {}; se ha ignorado.",
    notice_query_too_long: "La dirección es demasiado larga; se han ignorado sus ajustes.",
    notice_no_step: "No existe el paso {} ({}): esta lección tiene {} pasos.",
    notice_from_after_to: "from ({}) va después de to ({}); se muestra la lección entera.",
    notice_step_outside: "El paso {} está fuera de los pasos {} a {}; se empieza en el paso {}.",
    notice_no_language: "No existe el idioma {} (en o es); se usa el idioma del navegador.",
};

/// A dissector field's words in another language, keyed by its Wireshark
/// field name (`ftp_sim::dissect::Field::abbrev`; `""` for the further lines
/// of a multi-line reply, which Wireshark does not name).
pub struct FieldText {
    pub key: &'static str,
    pub label: &'static str,
    pub explain: &'static str,
}

/// The inspector's fields in Spanish (the model names them in English).
pub const FIELDS_ES: &[FieldText] = &[
    FieldText {
        key: "eth.dst",
        label: "Destino",
        explain: "La dirección MAC del siguiente salto en el enlace: la tarjeta de red que debe recoger esta trama.",
    },
    FieldText {
        key: "eth.src",
        label: "Origen",
        explain: "La dirección MAC de la tarjeta de red que envió la trama.",
    },
    FieldText {
        key: "eth.type",
        label: "Tipo",
        explain: "Qué lleva la trama: 0x0800 significa que a continuación va un paquete IPv4.",
    },
    FieldText {
        key: "ip.version",
        label: "Versión",
        explain: "La versión de IP: 4 para IPv4.",
    },
    FieldText {
        key: "ip.hdr_len",
        label: "Longitud de la cabecera",
        explain: "Cuánto mide la cabecera IPv4, en palabras de 4 bytes (5 palabras = 20 bytes sin opciones).",
    },
    FieldText {
        key: "ip.dsfield",
        label: "Campo de servicios diferenciados",
        explain: "Prioridad (DSCP) y aviso de congestión (ECN) para los routers; 0 significa tráfico normal.",
    },
    FieldText {
        key: "ip.len",
        label: "Longitud total",
        explain: "La longitud de todo el paquete IP (cabecera + TCP + datos), en bytes.",
    },
    FieldText {
        key: "ip.id",
        label: "Identificación",
        explain: "Un número para el paquete, que sirve para volver a juntar los fragmentos.",
    },
    FieldText {
        key: "ip.flags",
        label: "Indicadores",
        explain: "Indicadores de fragmentación: Don't Fragment (no fragmentar) pide a los routers que no dividan el paquete.",
    },
    FieldText {
        key: "ip.frag_offset",
        label: "Desplazamiento del fragmento",
        explain: "Dónde va este fragmento dentro del paquete original; 0 en un paquete sin fragmentar.",
    },
    FieldText {
        key: "ip.ttl",
        label: "Tiempo de vida",
        explain: "Cuántos routers más puede cruzar el paquete; cada router le resta 1 y lo descarta al llegar a 0.",
    },
    FieldText {
        key: "ip.proto",
        label: "Protocolo",
        explain: "Qué protocolo va dentro: 6 significa TCP.",
    },
    FieldText {
        key: "ip.checksum",
        label: "Suma de comprobación de la cabecera",
        explain: "Una suma de comprobación de la cabecera IPv4, para que un router detecte una cabecera dañada.",
    },
    FieldText {
        key: "ip.src",
        label: "Dirección de origen",
        explain: "La dirección IP del equipo que envió el paquete.",
    },
    FieldText {
        key: "ip.dst",
        label: "Dirección de destino",
        explain: "La dirección IP del equipo al que va dirigido el paquete.",
    },
    FieldText {
        key: "ip.options",
        label: "Opciones",
        explain: "Extensiones opcionales de la cabecera IPv4.",
    },
    FieldText {
        key: "tcp.srcport",
        label: "Puerto de origen",
        explain: "El puerto del emisor: a qué programa del equipo emisor pertenece el segmento.",
    },
    FieldText {
        key: "tcp.dstport",
        label: "Puerto de destino",
        explain: "El puerto del receptor: 21 es el puerto de control del servidor FTP y 20 su puerto de datos en modo activo.",
    },
    FieldText {
        key: "tcp.seq",
        label: "Número de secuencia",
        explain: "El número del primer byte de este segmento; la cuenta empieza en un valor aleatorio (se muestra relativo a 0).",
    },
    FieldText {
        key: "tcp.ack",
        label: "Número de acuse de recibo",
        explain: "El siguiente byte que el emisor espera del otro lado: todo lo anterior ya llegó.",
    },
    FieldText {
        key: "tcp.hdr_len",
        label: "Longitud de la cabecera",
        explain: "Cuánto mide la cabecera TCP, en palabras de 4 bytes (20 bytes más las opciones).",
    },
    FieldText {
        key: "tcp.flags",
        label: "Indicadores",
        explain: "Los bits de control de este segmento, que se muestran uno a uno debajo.",
    },
    FieldText {
        key: "tcp.flags.res",
        label: "Reservado",
        explain: "Bits reservados; siempre valen cero.",
    },
    FieldText {
        key: "tcp.flags.ae",
        label: "ECN preciso",
        explain: "Aviso preciso de congestión (Accurate ECN, RFC 9768); aquí no se usa.",
    },
    FieldText {
        key: "tcp.flags.cwr",
        label: "Ventana de congestión reducida",
        explain: "El emisor redujo el ritmo tras un aviso de congestión; aquí no se usa.",
    },
    FieldText {
        key: "tcp.flags.ece",
        label: "Eco de ECN",
        explain: "Informa de congestión vista en el camino; aquí no se usa.",
    },
    FieldText {
        key: "tcp.flags.urg",
        label: "Urgente",
        explain: "Hay datos urgentes (ver Puntero urgente); casi nunca se usa.",
    },
    FieldText {
        key: "tcp.flags.ack",
        label: "Acuse de recibo",
        explain: "ACK: el número de acuse de recibo es válido; va activado en todos los segmentos después del primer SYN.",
    },
    FieldText {
        key: "tcp.flags.push",
        label: "Push",
        explain: "PSH: entrega los datos a la aplicación ya, sin esperar a que lleguen más.",
    },
    FieldText {
        key: "tcp.flags.reset",
        label: "Reset",
        explain: "RST: aborta la conexión en el acto (o la rechaza).",
    },
    FieldText {
        key: "tcp.flags.syn",
        label: "Syn",
        explain: "SYN: abre una conexión y sincroniza los números de secuencia (los dos primeros segmentos de la negociación en tres pasos).",
    },
    FieldText {
        key: "tcp.flags.fin",
        label: "Fin",
        explain: "FIN: el emisor no tiene más datos; se cierra un sentido de la conexión.",
    },
    FieldText {
        key: "tcp.window_size_value",
        label: "Ventana",
        explain: "Cuántos bytes más puede recibir el emisor en este momento (control de flujo).",
    },
    FieldText {
        key: "tcp.checksum",
        label: "Suma de comprobación",
        explain: "Una suma de comprobación de la cabecera TCP, los datos y las direcciones, para que el receptor detecte daños.",
    },
    FieldText {
        key: "tcp.urgent_pointer",
        label: "Puntero urgente",
        explain: "Dónde terminan los datos urgentes, cuando el indicador URG está activado; 0 en caso contrario.",
    },
    FieldText {
        key: "tcp.options.eol",
        label: "Fin de la lista de opciones",
        explain: "Marca el final de las opciones.",
    },
    FieldText {
        key: "tcp.options.nop",
        label: "Sin operación",
        explain: "Relleno entre opciones.",
    },
    FieldText {
        key: "tcp.options",
        label: "Opciones",
        explain: "Opciones de la cabecera TCP.",
    },
    FieldText {
        key: "tcp.options.mss_val",
        label: "Tamaño máximo de segmento",
        explain: "MSS: el máximo de datos que el emisor acepta en un segmento; va con el SYN (1460 cabe en una trama Ethernet de 1500 bytes).",
    },
    FieldText {
        key: "tcp.option_kind",
        label: "Opción",
        explain: "Una opción de la cabecera TCP.",
    },
    FieldText {
        key: "ftp-data",
        label: "Datos",
        explain: "Los bytes del archivo (o del listado) en sí: la conexión de datos no lleva nada más.",
    },
    FieldText {
        key: "ftp.request.command",
        label: "Comando de la petición",
        explain: "El comando: lo que el cliente pide al servidor (cuatro letras o menos).",
    },
    FieldText {
        key: "ftp.request.arg",
        label: "Argumento de la petición",
        explain: "El argumento del comando: un nombre de usuario, un nombre de archivo, una dirección…",
    },
    FieldText {
        key: "ftp.response.code",
        label: "Código de respuesta",
        explain: "El código de respuesta: la primera cifra dice cómo ha ido (1 espera más, 2 hecho, 3 envía más, 4 inténtalo más tarde, 5 ha fallado).",
    },
    FieldText {
        key: "ftp.response.arg",
        label: "Argumento de la respuesta",
        explain: "El texto de la respuesta, escrito para personas; los programas leen el código.",
    },
    FieldText {
        key: "",
        label: "Línea",
        explain: "Otra línea de una respuesta de varias líneas (la última empieza con el código y un espacio).",
    },
    FieldText {
        key: "eth.trailer",
        label: "Relleno",
        explain: "Relleno tras el paquete IP, hasta el tamaño mínimo de una trama Ethernet.",
    },
];

/// What each FTP command asks for, in Spanish, by verb (the model explains
/// `ftp.request.command` per verb; other verbs get the field's own line).
pub const COMMANDS_EXPLAINED_ES: &[(&str, &str)] = &[
    ("USER", "USER: el cliente indica la cuenta con la que quiere iniciar sesión."),
    ("PASS", "PASS: el cliente envía la contraseña (en texto claro: cualquiera en el camino puede leerla)."),
    ("SYST", "SYST: el cliente pregunta qué sistema operativo usa el servidor."),
    ("TYPE", "TYPE: el cliente elige cómo viajan los archivos: I (imagen, byte a byte) o A (texto ASCII)."),
    ("PORT", "PORT: el cliente da su dirección IP y un puerto (h1,h2,h3,h4,p1,p2; puerto = p1×256+p2) y pide al servidor que se conecte ahí para los datos."),
    ("EPRT", "EPRT: como PORT, escrito |protocolo|dirección|puerto| (RFC 2428)."),
    ("PASV", "PASV: el cliente pide al servidor que abra un puerto y espere a que el cliente se conecte para los datos."),
    ("EPSV", "EPSV: como PASV, pero el servidor responde solo con el puerto (RFC 2428)."),
    ("RETR", "RETR: el cliente pide una copia de un archivo (retrieve, «recuperar»), que llega por la conexión de datos."),
    ("STOR", "STOR: el cliente envía un archivo para guardarlo en el servidor, por la conexión de datos."),
    ("LIST", "LIST: el cliente pide un listado detallado del directorio, que llega por la conexión de datos."),
    ("NLST", "NLST: el cliente pide solo la lista de nombres de archivo, que llega por la conexión de datos."),
    ("CWD", "CWD: el cliente cambia el directorio de trabajo del servidor."),
    ("CDUP", "CDUP: el cliente sube un nivel en el directorio de trabajo."),
    ("PWD", "PWD: el cliente pregunta cuál es el directorio de trabajo actual."),
    ("DELE", "DELE: el cliente borra un archivo del servidor."),
    ("MKD", "MKD: el cliente crea un directorio."),
    ("RMD", "RMD: el cliente elimina un directorio."),
    ("SIZE", "SIZE: el cliente pregunta cuántos bytes tiene un archivo."),
    ("QUIT", "QUIT: el cliente termina la sesión; el servidor se despide y cierra la conexión de control."),
    ("NOOP", "NOOP: no hace nada; mantiene viva la conexión."),
];

/// What each FTP reply code means, in Spanish (the model gives Wireshark's English).
pub const REPLY_CODES_ES: &[(u32, &str)] = &[
    (
        125,
        "Conexión de datos ya abierta; empieza la transferencia",
    ),
    (
        150,
        "Estado del archivo correcto; se va a abrir la conexión de datos",
    ),
    (200, "Comando correcto"),
    (211, "Estado del sistema, o respuesta de ayuda del sistema"),
    (213, "Estado del archivo"),
    (214, "Mensaje de ayuda"),
    (215, "Tipo de sistema (NAME)"),
    (220, "Servicio listo para un nuevo usuario"),
    (221, "El servicio cierra la conexión de control"),
    (
        225,
        "Conexión de datos abierta; no hay ninguna transferencia en curso",
    ),
    (226, "Cerrando la conexión de datos"),
    (227, "Entrando en modo pasivo"),
    (229, "Entrando en modo pasivo extendido"),
    (230, "Usuario conectado, adelante"),
    (250, "Acción sobre el archivo completada"),
    (257, "Ruta (PATHNAME) creada"),
    (331, "Nombre de usuario correcto, falta la contraseña"),
    (332, "Hace falta una cuenta para iniciar sesión"),
    (350, "La acción sobre el archivo espera más información"),
    (
        421,
        "Servicio no disponible, se cierra la conexión de control",
    ),
    (425, "No se puede abrir la conexión de datos"),
    (426, "Conexión cerrada; transferencia abortada"),
    (450, "No se realizó la acción sobre el archivo"),
    (451, "Acción abortada: error local al procesarla"),
    (500, "Error de sintaxis, comando no reconocido"),
    (501, "Error de sintaxis en los parámetros o argumentos"),
    (502, "Comando no implementado"),
    (503, "Secuencia de comandos incorrecta"),
    (504, "Comando no implementado para ese parámetro"),
    (530, "Sesión no iniciada"),
    (550, "No se realizó la acción: archivo no disponible"),
    (
        553,
        "No se realizó la acción: nombre de archivo no permitido",
    ),
];

/// The inspector's layer titles in Spanish, by the model's (English) title.
pub const LAYERS_ES: &[(&str, &str)] = &[
    ("Ethernet II", "Ethernet II"),
    (
        "Internet Protocol Version 4",
        "Protocolo de Internet, versión 4 (IPv4)",
    ),
    (
        "Transmission Control Protocol",
        "Protocolo de control de transmisión (TCP)",
    ),
    (
        "File Transfer Protocol (FTP)",
        "Protocolo de transferencia de archivos (FTP)",
    ),
    ("FTP Data", "Datos FTP"),
    ("Ethernet trailer", "Relleno de Ethernet"),
];

/// What each command of the `ftp>` client does, in Spanish, by command name
/// (`ftp_sim::ftp::client::COMMANDS`, whose summaries are English).
pub const COMMAND_SUMMARIES_ES: &[(&str, &str)] = &[
    (
        "open",
        "Conecta con un servidor FTP, p. ej. open 1.1.2.1 (y después inicia sesión).",
    ),
    (
        "user",
        "Inicia sesión con otra cuenta: envía USER, y después PASS si das la contraseña.",
    ),
    (
        "pass",
        "Envía tu contraseña (PASS) después de user y tu nombre de usuario.",
    ),
    (
        "ls",
        "Lista los nombres de los archivos del servidor (NLST, por una conexión de datos).",
    ),
    (
        "dir",
        "Lista los archivos del servidor con tamaños y fechas (LIST, por una conexión de datos).",
    ),
    ("cd", "Cambia el directorio actual en el servidor (CWD)."),
    ("cdup", "Sube al directorio padre en el servidor (CDUP)."),
    ("pwd", "Muestra el directorio actual en el servidor (PWD)."),
    (
        "get",
        "Descarga un archivo del servidor (RETR, por una conexión de datos).",
    ),
    (
        "put",
        "Sube un archivo al servidor (STOR, por una conexión de datos).",
    ),
    ("delete", "Borra un archivo del servidor (DELE)."),
    ("mkdir", "Crea un directorio en el servidor (MKD)."),
    ("rmdir", "Elimina un directorio vacío del servidor (RMD)."),
    (
        "size",
        "Pregunta al servidor cuántos bytes tiene un archivo (SIZE).",
    ),
    (
        "system",
        "Pregunta al servidor qué sistema operativo usa (SYST).",
    ),
    (
        "binary",
        "Transfiere los archivos byte a byte (TYPE I); es lo predeterminado.",
    ),
    (
        "ascii",
        "Transfiere los archivos como líneas de texto (TYPE A).",
    ),
    (
        "passive",
        "Activa o desactiva el modo pasivo: quién abre la conexión de datos (PASV o PORT).",
    ),
    (
        "epsv",
        "Activa o desactiva el modo pasivo extendido (EPSV, que también sirve para IPv6).",
    ),
    (
        "quote",
        "Envía al servidor un comando del protocolo tal cual, p. ej. quote NOOP.",
    ),
    (
        "status",
        "Muestra si estás conectado y los ajustes de transferencia actuales.",
    ),
    (
        "close",
        "Termina la sesión con el servidor (QUIT) pero sigue en el indicador ftp>.",
    ),
    ("quit", "Termina la sesión (QUIT) y sale de ftp."),
    ("help", "Lista los comandos, o explica uno (help get)."),
];

/// Parts of the dissector's values that are words, in Spanish: (English, Spanish).
const VALUE_WORDS_ES: &[(&str, &str)] = &[
    (
        " (the ACK flag is not set)",
        " (el indicador ACK no está activado)",
    ),
    (" (relative), raw ", " (relativo), en bruto "),
    (", Don't fragment", ", No fragmentar"),
    (", More fragments", ", Más fragmentos"),
];

/// `key` looked up in a table of (key, text) pairs.
fn lookup<K: PartialEq + Copy, T: Copy>(table: &[(K, T)], key: K) -> Option<T> {
    table.iter().find(|(k, _)| *k == key).map(|(_, t)| *t)
}

impl Lang {
    /// The title of an inspector layer (the model's title is English).
    pub fn layer_title(self, title: &'static str) -> &'static str {
        match self {
            Lang::En => title,
            Lang::Es => lookup(LAYERS_ES, title).unwrap_or(title),
        }
    }

    /// A dissector field's label, value and explanation in this language.
    pub fn field(self, f: &ftp_sim::dissect::Field) -> (&'static str, String, &'static str) {
        if self == Lang::En {
            return (f.label, f.value.clone(), f.explain);
        }
        let Some(text) = FIELDS_ES.iter().find(|t| t.key == f.abbrev) else {
            return (f.label, f.value.clone(), f.explain);
        };
        let explain = match f.abbrev {
            "ftp.request.command" => {
                lookup(COMMANDS_EXPLAINED_ES, f.value.to_ascii_uppercase().as_str())
                    .unwrap_or(text.explain)
            }
            _ => text.explain,
        };
        (text.label, field_value_es(f.abbrev, &f.value), explain)
    }

    /// Why a display filter was refused, in this language (the model words
    /// it in English). Field names, operators and the learner's own words are
    /// quoted as they are.
    pub fn filter_error(self, e: &ftp_sim::filter::FilterError) -> String {
        use ftp_sim::filter::ErrorKind as K;
        if self == Lang::En {
            return e.message.clone();
        }
        match &e.kind {
            K::TooLong { max } => format!("El filtro es demasiado largo (más de {max} bytes)."),
            K::SingleAmpersand => "\"&\" no se admite aquí: usa \"&&\" (y).".into(),
            K::SinglePipe => "\"|\" no se admite aquí: usa \"||\" (o).".into(),
            K::SingleEquals => "\"=\" no es un operador: para comparar se usa \"==\".".into(),
            K::Slice => "Aquí no se pueden tomar fragmentos (\"[...]\").".into(),
            K::SingleQuote => "Las cadenas van entre comillas dobles: \"así\".".into(),
            K::BadChar(c) => format!("\"{c}\" no puede aparecer en un filtro."),
            K::BadHexEscape => "Después de \"\\x\" tienen que venir dígitos hexadecimales.".into(),
            K::BadEscape(x) => format!("\"\\{x}\" no es una secuencia de escape válida en una cadena."),
            K::UnclosedString => "A esta cadena le falta la comilla doble de cierre.".into(),
            K::UnexpectedEnd => "La expresión del filtro se acaba antes de tiempo.".into(),
            K::Unbalanced => "Los paréntesis no están emparejados.".into(),
            K::Unexpected(t) => format!("\"{t}\" no tiene sentido en este punto."),
            K::TooDeep { max } => format!("El filtro anida demasiados niveles (más de {max})."),
            K::UnknownName(w) => format!("\"{w}\" no es el nombre de ningún campo ni protocolo."),
            K::RstName => "\"tcp.flags.rst\" no es el nombre de ningún campo ni protocolo (Wireshark lo llama tcp.flags.reset).".into(),
            K::StringAlone => "Una cadena sola no es una condición: compárala con un campo, por ejemplo ftp.request.arg == \"anonymous\".".into(),
            K::NameBeforeParen => "Antes de \")\" falta el nombre de un campo o de un protocolo.".into(),
            K::ContainsNeedsText(f) => {
                format!("\"contains\" busca dentro de un texto o de los bytes de un protocolo; {f} no es texto.")
            }
            K::MatchesUnsupported => {
                "Aquí no se admite \"matches\" (expresiones regulares); usa \"contains\".".into()
            }
            K::NoField => "Uno de los dos lados de la comparación tiene que ser un campo, por ejemplo tcp.port == 21.".into(),
            K::ValueAfter(op) => format!("Falta un valor después de \"{op}\"."),
            K::BraceAfterIn => "Después de \"in\" va \"{\", por ejemplo tcp.port in {20 21}.".into(),
            K::ProtocolInSet(f) => format!("{f} es un protocolo: no tiene ningún valor que buscar en un conjunto."),
            K::UnclosedSet => "A este conjunto le falta la \"}\" de cierre.".into(),
            K::EmptySet => "Un conjunto necesita al menos un valor, por ejemplo tcp.port in {20 21}.".into(),
            K::BadNumber(w) => format!("\"{w}\" no es un número válido."),
            K::ProtocolValue(f) => format!(
                "{f} es un protocolo: pruébalo solo (\"{f}\") o mira dentro de él con \"contains\"."
            ),
            K::Incomparable(f, g) => {
                format!("{f} y {g} guardan valores de distinto tipo y no se pueden comparar.")
            }
            K::NotText { field, value } => format!(
                "{field} no es texto: escribe el valor sin comillas ({field} == {value})."
            ),
            K::BadIpv4(w) => format!("\"{w}\" no es una dirección IPv4 válida."),
            K::BadMac(w) => format!("\"{w}\" no es una dirección Ethernet válida."),
        }
    }

    /// What a command of the `ftp>` client does (its `help` line).
    pub fn command_summary(self, c: &ftp_sim::ftp::client::CommandHelp) -> &'static str {
        match self {
            Lang::En => c.summary,
            Lang::Es => lookup(COMMAND_SUMMARIES_ES, c.name).unwrap_or(c.summary),
        }
    }
}

/// A dissector value in Spanish: the words in it translated, numbers,
/// addresses and protocol text kept.
fn field_value_es(abbrev: &str, value: &str) -> String {
    match abbrev {
        // The flags' own fields: "Set" or "Not set".
        a if a.starts_with("tcp.flags.") => match value {
            "Set" => "Activado".to_owned(),
            "Not set" => "No activado".to_owned(),
            v => v.to_owned(),
        },
        "ftp.response.code" => {
            let digits: String = value.chars().take_while(char::is_ascii_digit).collect();
            match digits
                .parse()
                .ok()
                .and_then(|c: u32| lookup(REPLY_CODES_ES, c))
            {
                Some(meaning) if value.len() > digits.len() => format!("{digits} ({meaning})"),
                _ => value.to_owned(),
            }
        }
        "tcp.option_kind" => value.replacen("kind ", "tipo ", 1),
        _ => VALUE_WORDS_ES
            .iter()
            .fold(value.to_owned(), |v, (en, es)| v.replace(en, es)),
    }
}

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
    fn every_filter_error_is_worded_in_spanish_with_its_quoted_words() {
        use ftp_sim::filter::{compile, error_examples, ErrorKind as K};
        for expr in error_examples() {
            let e = compile(&expr).expect_err(&expr);
            assert_eq!(Lang::En.filter_error(&e), e.message);
            let es = Lang::Es.filter_error(&e);
            assert_ne!(es, e.message, "{expr:?} is not translated");
            assert!(es.ends_with('.') && !es.contains("  "), "{es:?}");
            let quoted: Vec<String> = match &e.kind {
                K::BadChar(c) => vec![c.to_string()],
                K::BadEscape(x)
                | K::Unexpected(x)
                | K::UnknownName(x)
                | K::ValueAfter(x)
                | K::BadNumber(x)
                | K::BadIpv4(x)
                | K::BadMac(x)
                | K::ContainsNeedsText(x)
                | K::ProtocolInSet(x)
                | K::ProtocolValue(x) => vec![x.clone()],
                K::Incomparable(a, b) => vec![a.clone(), b.clone()],
                K::NotText { field, value } => vec![field.clone(), value.clone()],
                K::TooLong { max } | K::TooDeep { max } => vec![max.to_string()],
                _ => vec![],
            };
            for q in quoted {
                assert!(es.contains(&q), "{es:?} lacks {q:?}");
            }
        }
    }

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

    /// Every entry of a [`Ui`] as (field name, text). The pattern names every
    /// field without `..`, so adding a field without listing it here fails to build.
    macro_rules! entries {
        ($ui:expr; $($f:ident),* $(,)?) => {{
            let Ui { $($f),* } = $ui;
            vec![$((stringify!($f), *$f)),*]
        }};
    }

    fn all(ui: &Ui) -> Vec<(&'static str, &'static str)> {
        entries!(ui;
            title, nav_label, nav_tutorial, nav_try, nav_compare, nav_faq, language, restart,
            previous_page, step_back, play, pause, step_forward, next_page, speed, show,
            key_packets, every_segment, controls_label, step_of, page_of, not_drawn,
            press_to_begin, console_of, overview, overview_heading, dont_show, start,
            scenarios_label, faq_title, faq_intro, back_to_tutorial, questions_label, user_types,
            prints, prints_more, console_alone, legend_control, legend_data, role_client,
            role_server, sockets_summary, sockets_of, local_address, foreign_address, state,
            no_sockets, deeper_title, tab_list, tab_ladder, tab_follow, display_filter, apply,
            clear, try_filters, showing, filter_placeholder, col_no, col_time, col_source,
            col_destination, col_protocol, col_length, col_info, views_label, download_pcapng,
            download_pcap, inspector_title, inspector_hint, not_a_packet, frame_title,
            inspector_help, hex_label, details_title, frame_name, from, to, tcp_flags,
            seq_number, ack_number, window, mss_option, payload, frame, frame_on_wire,
            port_listen, port_bytes, close, ladder_label, follow_client, follow_server,
            control_connection, data_connection, data_word, client_to_server, server_to_client,
            save, now_packet, now_segment, transcript_title, transcript_line, theme, theme_auto, theme_light,
            theme_dark, animation_label, stage_title, packet_button, port_label, open_full_lesson, embed,
            embed_title, embed_help, copy, copied, copy_by_hand, try_title, terminal_title, run,
            reset, help_heading, help_also, hint_too_long, hint_usage, hint_optional,
            hint_at_prompt, hint_protocol, hint_port, hint_lower_case, hint_did_you_mean,
            hint_help, compare_title, compare_controls, packet_of, compare_active,
            compare_passive, compare_announce, notice_no_page, notice_no_scenario,
            notice_value_too_long, notice_not_a_number, notice_not_a_switch,
            notice_query_too_long, notice_no_step, notice_from_after_to, notice_step_outside,
            notice_no_language,
        )
    }

    /// Entries that are rightly the same in both languages.
    const SAME_IN_BOTH: &[&str] = &["nav_tutorial", "sockets_of"];

    #[test]
    fn every_spanish_entry_is_written_and_keeps_the_placeholders() {
        let (en, es) = (all(&EN), all(&ES));
        assert_eq!(en.len(), es.len());
        for ((name, en), (_, es)) in en.into_iter().zip(es) {
            assert!(!en.trim().is_empty(), "EN.{name} is empty");
            assert!(!es.trim().is_empty(), "ES.{name} is empty");
            assert_eq!(
                en.matches("{}").count(),
                es.matches("{}").count(),
                "{name}: “{en}” / “{es}” have different placeholders"
            );
            assert_eq!(
                en == es,
                SAME_IN_BOTH.contains(&name),
                "{name}: “{es}” (the same in both languages only where listed)"
            );
        }
    }

    #[test]
    fn sub_tables_have_unique_keys_and_spanish_text() {
        fn unique<K: PartialEq + std::fmt::Debug>(keys: &[K]) {
            for (i, k) in keys.iter().enumerate() {
                assert!(!keys[..i].contains(k), "{k:?} twice");
            }
        }
        unique(&FIELDS_ES.iter().map(|f| f.key).collect::<Vec<_>>());
        unique(
            &COMMANDS_EXPLAINED_ES
                .iter()
                .map(|c| c.0)
                .collect::<Vec<_>>(),
        );
        unique(&REPLY_CODES_ES.iter().map(|c| c.0).collect::<Vec<_>>());
        unique(&LAYERS_ES.iter().map(|c| c.0).collect::<Vec<_>>());
        unique(&COMMAND_SUMMARIES_ES.iter().map(|c| c.0).collect::<Vec<_>>());
        for f in FIELDS_ES {
            assert!(!f.label.is_empty() && !f.explain.is_empty(), "{}", f.key);
        }
        for (verb, text) in COMMANDS_EXPLAINED_ES {
            assert!(text.starts_with(&format!("{verb}: ")), "{text}");
        }
        // Every command `help` lists has its Spanish line, and no other.
        let names: Vec<_> = ftp_sim::COMMANDS.iter().map(|c| c.name).collect();
        let ours: Vec<_> = COMMAND_SUMMARIES_ES.iter().map(|c| c.0).collect();
        assert_eq!(ours, names);
        for c in ftp_sim::COMMANDS {
            assert_ne!(Lang::Es.command_summary(c), c.summary, "{}", c.name);
        }
    }

    /// Every scenario, plus a typed session using every kind of command.
    fn sessions() -> Vec<ftp_sim::Timeline> {
        use ftp_sim::{DataMode, Scenario};
        let typed: Vec<String> = [
            "user anonymous guest@example.edu",
            "system",
            "status",
            "pwd",
            "ls",
            "dir",
            "cd pub",
            "cdup",
            "size foo",
            "ascii",
            "binary",
            "mkdir new",
            "rmdir new",
            "put notes.txt",
            "delete notes.txt",
            "get nothing-here",
            "quote NOOP",
            "quote HELP",
            "passive",
            "get foo",
            "epsv",
            "get foo",
            "close",
            "open 1.1.2.1",
            "user nobody wrong",
            "quit",
        ]
        .map(String::from)
        .to_vec();
        let mut out: Vec<_> = Scenario::IDS
            .iter()
            .filter_map(|id| Scenario::by_id(id))
            .map(|s| ftp_sim::simulate(&s, crate::session::SEED))
            .collect();
        for mode in [DataMode::Active, DataMode::Passive] {
            out.push(ftp_sim::simulate(
                &Scenario::interactive(mode, &typed),
                crate::session::SEED,
            ));
        }
        out
    }

    #[test]
    fn every_field_the_dissector_emits_has_spanish_words() {
        use ftp_sim::dissect::dissect;
        // Values that are protocol text (what was typed or sent) stay as they are.
        const PROTOCOL_TEXT: &[&str] = &["ftp.request.arg", "ftp.response.arg", ""];
        const ENGLISH: &[&str] = &[
            "Set",
            "set",
            "Not",
            "not",
            "relative",
            "raw",
            "Don't",
            "fragment",
            "More",
            "fragments",
            "kind",
            "the",
            "flag",
            "is",
        ];
        let mut seen = std::collections::BTreeSet::new();
        for t in sessions() {
            for (i, _) in t.segments() {
                let layers = dissect(&t, i).expect("a segment dissects");
                for layer in &layers {
                    assert!(
                        LAYERS_ES.iter().any(|(en, _)| *en == layer.title),
                        "no Spanish title for layer “{}”",
                        layer.title
                    );
                    for f in &layer.fields {
                        seen.insert(f.abbrev);
                        assert!(
                            FIELDS_ES.iter().any(|e| e.key == f.abbrev),
                            "no Spanish entry for field “{}” ({})",
                            f.abbrev,
                            f.label
                        );
                        let (label, value, explain) = Lang::Es.field(f);
                        assert!(!label.is_empty() && !explain.is_empty());
                        if f.abbrev == "ftp.request.command" {
                            let verb = f.value.to_ascii_uppercase();
                            if f.explain.starts_with(&format!("{verb}:")) {
                                assert!(
                                    explain.starts_with(&format!("{verb}: ")),
                                    "no Spanish explanation for {verb}"
                                );
                            }
                        } else {
                            assert_ne!(explain, f.explain, "{}", f.abbrev);
                        }
                        if f.abbrev == "ftp.response.code" && f.value.contains('(') {
                            assert_ne!(value, f.value, "no Spanish meaning for {}", f.value);
                        }
                        if !PROTOCOL_TEXT.contains(&f.abbrev) {
                            let words = value.split(|c: char| !c.is_alphabetic() && c != '\'');
                            for w in words {
                                assert!(
                                    !ENGLISH.contains(&w),
                                    "{}: English “{w}” left in “{value}”",
                                    f.abbrev
                                );
                            }
                        }
                    }
                }
            }
        }
        // The walk reached the rarer fields too.
        for key in ["tcp.options.mss_val", "ftp-data", "ftp.response.code", ""] {
            assert!(seen.contains(key), "no session shows {key:?}");
        }
    }

    #[test]
    fn spanish_values_keep_numbers_and_protocol_words() {
        assert_eq!(field_value_es("tcp.flags.syn", "Set"), "Activado");
        assert_eq!(field_value_es("tcp.flags.fin", "Not set"), "No activado");
        assert_eq!(
            field_value_es("tcp.seq", "0 (relative), raw 3997354251"),
            "0 (relativo), en bruto 3997354251"
        );
        assert_eq!(
            field_value_es("tcp.ack", "0 (the ACK flag is not set)"),
            "0 (el indicador ACK no está activado)"
        );
        assert_eq!(
            field_value_es("ip.flags", "0x40, Don't fragment"),
            "0x40, No fragmentar"
        );
        assert_eq!(
            field_value_es("ftp.response.code", "220 (Service ready for new user)"),
            "220 (Servicio listo para un nuevo usuario)"
        );
        assert_eq!(field_value_es("ftp.response.code", "299"), "299");
        assert_eq!(
            field_value_es("tcp.option_kind", "kind 3, 3 bytes"),
            "tipo 3, 3 bytes"
        );
        assert_eq!(
            field_value_es("tcp.flags", "0x012 (SYN, ACK)"),
            "0x012 (SYN, ACK)"
        );
        assert_eq!(Lang::Es.layer_title("FTP Data"), "Datos FTP");
        assert_eq!(Lang::En.layer_title("FTP Data"), "FTP Data");
    }
}
