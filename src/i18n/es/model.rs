//! Spanish for what the model says in English: dissector fields by their
//! Wireshark name, FTP verbs, reply codes, layer titles, the client's `help`
//! lines and the words inside dissector values.

use crate::i18n::{lookup, FieldText};

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
pub const VALUE_WORDS_ES: &[(&str, &str)] = &[
    (
        " (the ACK flag is not set)",
        " (el indicador ACK no está activado)",
    ),
    (" (relative), raw ", " (relativo), en bruto "),
    (", Don't fragment", ", No fragmentar"),
    (", More fragments", ", Más fragmentos"),
];

/// A dissector value in Spanish: the words in it translated, numbers,
/// addresses and protocol text kept.
pub fn field_value_es(abbrev: &str, value: &str) -> String {
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

/// An inspector layer's title in Spanish.
pub fn layer_title(title: &'static str) -> &'static str {
    lookup(LAYERS_ES, title).unwrap_or(title)
}

/// A dissector field's label, value and explanation in Spanish (the model's
/// English where a field has no Spanish entry).
pub fn field(f: &ftp_sim::dissect::Field) -> (&'static str, String, &'static str) {
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

/// Why a display filter was refused, in Spanish. Field names, operators and
/// the learner's own words are quoted as they are.
pub fn filter_error(e: &ftp_sim::filter::FilterError) -> String {
    use ftp_sim::filter::ErrorKind as K;
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

/// What a command of the `ftp>` client does, in Spanish.
pub fn command_summary(c: &ftp_sim::ftp::client::CommandHelp) -> &'static str {
    lookup(COMMAND_SUMMARIES_ES, c.name).unwrap_or(c.summary)
}
