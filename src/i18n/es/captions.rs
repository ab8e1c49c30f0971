//! Spanish caption pages of every scenario: the same tables as [`crate::i18n::en::captions`],
//! same ids, same order, same number of pages and paragraphs.
//!
//! Text in double quotes is console output exactly as the model prints it (in English),
//! and packet names, commands and typed lines stay as they are.
use crate::i18n::en::captions::ScenarioText;
use crate::i18n::en::content::CaptionPage;

/// Every scenario, in the order of `ftp_sim::Scenario::IDS`.
pub const SCENARIOS: &[ScenarioText] = &[
    ScenarioText {
        id: "active",
        title: "Modo activo (el original)",
        summary: "H1 descarga foo de S1 en modo activo, así que S1 abre la conexión de datos desde su puerto 20.",
        pages: &crate::i18n::es::content::PAGES,
    },
    ScenarioText {
        id: "passive",
        title: "Modo pasivo",
        summary: "El mismo get foo en modo pasivo: H1 envía PASV y después abre él mismo la conexión de datos.",
        pages: &PASSIVE,
    },
    ScenarioText {
        id: "login-list",
        title: "Inicio de sesión, listado, cd, get",
        summary: "Un inicio de sesión anónimo con una dirección de correo electrónico como contraseña, un listado del directorio, \
                  cd pub, get readme.txt y bye.",
        pages: &LOGIN_LIST,
    },
    ScenarioText {
        id: "two-pcs",
        title: "Dos PC comparten un archivo",
        summary: "H1 inicia sesión como user1 y sube report.txt; después PC2 inicia sesión con la misma cuenta \
                  y lo descarga.",
        pages: &TWO_PCS,
    },
    ScenarioText {
        id: "firewall",
        title: "Cortafuegos: el activo falla, el pasivo funciona",
        summary: "Un cortafuegos (firewall) delante de H1 bloquea la conexión de datos de S1 en modo activo; \
                  tras la respuesta 425, el modo pasivo consigue traer el archivo.",
        pages: &FIREWALL,
    },
    ScenarioText {
        id: "bad-password",
        title: "Contraseña incorrecta",
        summary: "H1 intenta iniciar sesión como user1 con una contraseña incorrecta: S1 responde 530 y no se mueve ningún archivo.",
        pages: &BAD_PASSWORD,
    },
    ScenarioText {
        id: "missing-file",
        title: "Archivo inexistente",
        summary: "H1 pide un archivo que S1 no tiene: S1 responde 550 y nunca abre una conexión de datos.",
        pages: &MISSING_FILE,
    },
    ScenarioText {
        id: "epsv",
        title: "EPSV (RFC 2428)",
        summary: "Modo pasivo extendido: la respuesta 229 de S1 solo indica un puerto, y H1 se conecta a él.",
        pages: &EPSV,
    },
    ScenarioText {
        id: "large",
        title: "Un archivo grande (1 MiB)",
        summary: "La sesión original con un archivo de 1 MiB: 720 segmentos de datos, arranque lento y una ventana de recepción llena.",
        pages: &LARGE,
    },
];

/// Looks a scenario's Spanish text up by id.
pub fn scenario_text(id: &str) -> Option<&'static ScenarioText> {
    SCENARIOS.iter().find(|s| s.id == id)
}

/// Phase-generic pages for sessions the learner types, one per
/// `ftp_sim::tutorial::Phase`, in `Phase::ALL` order.
pub const GENERIC: [CaptionPage; 6] = [
    // ControlSetup
    CaptionPage {
        title: "Apertura de la conexión de control",
        body: &[
            "Toda sesión FTP empieza con una conexión TCP del cliente al puerto 21 del servidor. \
             El cliente envía un SYN (Control_Conn), el servidor responde con un SYN-ACK (Ack), \
             y el ACK del cliente completa la negociación en tres pasos (three-way handshake).",
            "El servidor habla primero, con un saludo 220. \
             Después el cliente inicia sesión: USER indica la cuenta y PASS aporta la contraseña. \
             El servidor responde 331 para pedir la contraseña, y luego 230 si el inicio de sesión funciona o 530 si falla.",
            "La conexión de control sigue abierta durante toda la sesión. \
             Solo transporta líneas de texto cortas: comandos del cliente y respuestas numeradas del servidor.",
        ],
        note: Some(
            "El último ACK de la negociación, que envía el cliente, y las líneas del inicio de sesión son segmentos corrientes. \
             No se dibujan como paquetes con nombre; la vista «Todos los segmentos» los enumera.",
        ),
    },
    // Request
    CaptionPage {
        title: "Envío de un comando",
        body: &[
            "Cada línea que escribes se convierte en uno o más comandos FTP en la conexión de control. \
             Por ejemplo, cd se convierte en CWD, get en RETR, put en STOR y dir en LIST.",
            "Algunos comandos solo necesitan una respuesta. cd, pwd, mkdir o delete reciben su respuesta por la conexión de control, \
             y no se abre ninguna conexión de datos.",
            "Los comandos que transfieren un archivo o un listado necesitan una conexión de datos, así que el cliente la prepara primero. \
             En modo activo se pone a escuchar y envía PORT con su dirección y su puerto. \
             En modo pasivo envía PASV (o EPSV), y el servidor responde 227 (o 229) con el puerto en el que escucha.",
        ],
        note: Some(
            "Solo PORT, PASV y EPSV se dibujan como paquetes con nombre. \
             Los demás comandos, las respuestas y los ACK son segmentos corrientes que muestra la vista «Todos los segmentos».",
        ),
    },
    // DataSetup
    CaptionPage {
        title: "Apertura de una conexión de datos",
        body: &[
            "La conexión de datos es una conexión TCP nueva, con su propia negociación en tres pasos. \
             Quién la abre depende del modo.",
            "En modo activo llama el servidor: envía un SYN desde su puerto 20 al puerto indicado en PORT. \
             En modo pasivo llama el cliente: envía un SYN al puerto indicado en la respuesta 227 o 229.",
            "Cuando la conexión está establecida y el comando se ha enviado, el servidor responde 150: la transferencia empieza. \
             Si el servidor no logra conectarse, responde 425. \
             Si no se puede abrir el archivo, responde 550 y no envía datos.",
        ],
        note: Some(
            "El SYN se dibuja como data_Conn y el SYN-ACK como Ack_data_Conn. \
             El ACK final de la negociación y la respuesta 150 no se dibujan como paquetes con nombre.",
        ),
    },
    // Transfer
    CaptionPage {
        title: "Transferencia de los datos",
        body: &[
            "Los bytes viajan por la conexión de datos, nunca por la conexión de control. \
             Con get, ls y dir, envía el servidor. Con put, envía el cliente.",
            "TCP divide los bytes en segmentos de un MSS como mucho, aquí 1460 bytes. \
             El receptor los confirma, y cada ACK indica el siguiente byte que espera.",
            "El modo no cambia el sentido de los datos. \
             Solo decide quién abrió la conexión.",
        ],
        note: Some(
            "Un segmento de datos se dibuja como ftp_Data y un ACK como Ack_Data. \
             Un archivo más grande necesita más segmentos; la vista «Todos los segmentos» los muestra todos.",
        ),
    },
    // DataClose
    CaptionPage {
        title: "Cierre de la conexión de datos",
        body: &[
            "Una vez enviado el último byte, el lado que envió los datos cierra la conexión con un FIN (Close_Data). \
             El FIN le indica al receptor que el archivo o el listado está completo.",
            "El otro lado confirma el FIN y envía su propio FIN, que a su vez se confirma. \
             El lado que cerró primero espera un rato en TIME-WAIT.",
            "Por la conexión de control, el servidor responde 226. \
             La conexión de datos ya está gastada: la siguiente transferencia abrirá una nueva.",
        ],
        note: Some(
            "El segundo FIN, su ACK y la respuesta 226 no se dibujan como paquetes con nombre.",
        ),
    },
    // ControlClose
    CaptionPage {
        title: "Cierre de la conexión de control",
        body: &[
            "Al escribir quit o bye, el cliente envía QUIT. \
             El servidor responde 221 y cierra la conexión de control con un FIN (Close_Ctrl).",
            "El cliente lo confirma (Ack_Close) y luego envía su propio FIN, que el servidor confirma. \
             Después de eso no queda nada de la sesión.",
        ],
        note: Some(
            "QUIT, la respuesta 221, el FIN del cliente y el último ACK del servidor no se dibujan como paquetes con nombre.",
        ),
    },
];

/// The intro of the "Try it yourself" terminal.
pub const TRY_INTRO: &str = "Estás en H1. El cliente ya está conectado a S1 (1.1.2.1) \
     y ha iniciado sesión como anonymous. Escribe un comando en el indicador ftp> y pulsa Intro (Enter), \
     por ejemplo ls, get foo, passive o quit. Cada línea pone en marcha el modelo, y los paquetes que provoca \
     aparecen animados en el escenario. Escribe help para ver la lista de todos los comandos.";

/// The intro of active and passive side by side.
pub const COMPARE_INTRO: &str =
    "Los dos escenarios ejecutan el mismo get foo, uno en modo activo y otro en modo pasivo. \
     Fíjate en quién abre la conexión de datos: en modo activo S1 llama a H1 desde el puerto 20, \
     y en modo pasivo H1 llama al puerto que S1 anunció en su respuesta 227. \
     Todo lo demás se ve igual.";

/// The seed session in passive mode.
const PASSIVE: [CaptionPage; 6] = [
    // ControlSetup
    CaptionPage {
        title: "H1 se conecta e inicia sesión",
        body: &[
            "El usuario escribe ftp 1.1.2.1. H1 envía un SYN desde su puerto efímero 54704 al puerto 21 de S1: Control_Conn. \
             S1 acepta con un SYN-ACK, dibujado como Ack. \
             H1 completa la negociación con un ACK y muestra \"Connected to 1.1.2.1.\"",
            "S1 saluda con \"220 FTP Server ready\". A continuación el cliente inicia sesión por su cuenta como anonymous. \
             S1 pide una contraseña con \"331 Please specify the password.\" \
             y la acepta con \"230 Login successful.\"",
            "El cliente también pregunta el tipo de sistema de S1 y cambia al modo binario. \
             Muestra \"Remote system type is UNIX.\" y \"Using binary mode to transfer files.\"",
            "Hasta aquí nada difiere del modo activo. La conexión de control siempre la abre el cliente.",
        ],
        note: Some(
            "El ACK de la negociación de H1 no se dibuja. Tampoco los comandos USER, PASS, SYST y TYPE I \
             ni las respuestas de S1 a ellos: son segmentos corrientes de la conexión de control.",
        ),
    },
    // Request
    CaptionPage {
        title: "get foo: H1 envía PASV",
        body: &[
            "El usuario escribe get foo. El cliente muestra \"local: foo remote: foo\": \
             la copia en H1 conserva el nombre que tiene en S1.",
            "Este cliente trabaja en modo pasivo. No ofrece un puerto propio: \
             envía PASV para pedirle a S1 que elija un puerto y escuche en él.",
            "S1 responde \"227 Entering Passive Mode (1,1,2,1,195,80).\" \
             Los cuatro primeros números son la dirección de S1, 1.1.2.1. \
             Los dos últimos forman el puerto: 195 × 256 + 80 = 50000.",
        ],
        note: Some(
            "La respuesta 227 y los ACK de estos segmentos viajan por la conexión de control, \
             pero no se dibujan como paquetes con nombre.",
        ),
    },
    // DataSetup
    CaptionPage {
        title: "H1 abre la conexión de datos",
        body: &[
            "Ahora llama H1. Envía un SYN desde su puerto 54705 a 1.1.2.1, puerto 50000: data_Conn. \
             Compáralo con el modo activo: ahora la flecha va de H1 a S1.",
            "S1 está escuchando en el puerto 50000, así que acepta con un SYN-ACK: Ack_data_Conn. \
             H1 envía el ACK final, y la conexión de datos queda establecida.",
            "Solo entonces envía H1 RETR foo por la conexión de control. \
             S1 responde 150, y H1 muestra \"150 Opening BINARY mode data connection for foo (3584 bytes)\".",
        ],
        note: Some(
            "El puerto 20 no interviene en el modo pasivo: los dos extremos de esta conexión de datos usan puertos dinámicos. \
             El ACK final de H1, RETR foo y la respuesta 150 no se dibujan como paquetes con nombre.",
        ),
    },
    // Transfer
    CaptionPage {
        title: "S1 envía foo",
        body: &[
            "El archivo sigue yendo de S1 a H1. \
             El modo pasivo cambia quién abre la conexión de datos, no el sentido en que viajan los datos.",
            "foo ocupa 3584 bytes y cada segmento lleva como mucho 1460 bytes (el MSS). \
             Por eso S1 envía tres segmentos de 1460, 1460 y 664 bytes, y H1 confirma cada uno.",
        ],
        note: Some(
            "El primer segmento de datos se dibuja como ftp_Data y el primer ACK como Ack_Data. \
             La vista «Todos los segmentos» muestra los tres segmentos y los tres ACK.",
        ),
    },
    // DataClose
    CaptionPage {
        title: "Cierre de la conexión de datos",
        body: &[
            "Tras el último byte, S1 envía un FIN: Close_Data. \
             Aunque fue H1 quien abrió esta conexión, la cierra S1, porque su FIN es lo que marca el final de foo.",
            "H1 confirma el FIN (dibujado como Ack), envía su propio FIN, y S1 lo confirma.",
            "Por la conexión de control, S1 comunica el código 226. H1 muestra \"226 Transfer complete\" \
             y luego \"3584 bytes received in 0.0441 secs (79.3 kB/s)\".",
        ],
        note: Some(
            "La respuesta 226, el FIN de H1 y el último ACK de S1 no se dibujan como paquetes con nombre.",
        ),
    },
    // ControlClose
    CaptionPage {
        title: "Cierre de la conexión de control",
        body: &[
            "El usuario escribe quit, así que H1 envía QUIT. \
             S1 responde 221 y cierra la conexión de control con un FIN: Close_Ctrl. \
             H1 lo confirma con Ack_Close y muestra \"221 Goodbye\".",
            "Después H1 cierra su propio lado con un FIN, y S1 lo confirma. \
             La conexión de control termina igual en los dos modos.",
        ],
        note: Some(
            "QUIT, la respuesta 221, el FIN de H1 y el último ACK de S1 no se dibujan como paquetes con nombre.",
        ),
    },
];

/// Anonymous login, a listing, cd and get (seed 003), in active mode.
const LOGIN_LIST: [CaptionPage; 10] = [
    // ControlSetup
    CaptionPage {
        title: "H1 abre la conexión de control",
        body: &[
            "El usuario escribe ftp 1.1.2.1. H1 envía un SYN al puerto 21 (Control_Conn), S1 responde con un SYN-ACK (Ack) \
             y el ACK de H1 completa la negociación. El cliente muestra \"Connected to 1.1.2.1.\"",
            "S1 envía su saludo, y H1 muestra \"220 FTP Server ready\". \
             Esta vez el cliente no inicia sesión por su cuenta: espera al usuario.",
        ],
        note: Some(
            "El ACK de la negociación de H1 y su ACK de la respuesta 220 son segmentos corrientes y no se dibujan.",
        ),
    },
    // Request
    CaptionPage {
        title: "Inicio de sesión anónimo y luego dir",
        body: &[
            "El usuario escribe user anonymous student@example.edu. \
             H1 envía USER anonymous, y S1 responde \"331 Please specify the password.\" \
             Luego H1 envía PASS con la dirección de correo. Los servidores anónimos la piden por costumbre, no como un secreto de verdad.",
            "S1 acepta con \"230 Login successful.\" \
             El cliente pregunta el tipo de sistema y elige el modo binario; \
             muestra \"Remote system type is UNIX.\" y \"Using binary mode to transfer files.\"",
            "A continuación el usuario escribe dir para ver los archivos. Un listado viaja como un archivo, por una conexión de datos. \
             Por eso H1 envía primero PORT 1,1,1,1,213,177: escucha en 213 × 256 + 177 = 54705.",
            "S1 responde \"200 PORT command successful. Consider using PASV.\" \
             Después H1 envía LIST, el comando que hay detrás de dir.",
        ],
        note: Some(
            "USER, PASS, SYST, TYPE I, LIST y las respuestas son segmentos corrientes de la conexión de control. \
             Solo PORT se dibuja como paquete con nombre. La contraseña cruza la red como texto en claro.",
        ),
    },
    // DataSetup
    CaptionPage {
        title: "S1 abre una conexión de datos para el listado",
        body: &[
            "Esta sesión funciona en modo activo, así que llama S1. \
             Envía un SYN desde el puerto 20 a 1.1.1.1, puerto 54705: data_Conn.",
            "H1 acepta con un SYN-ACK (Ack_data_Conn), y el ACK de S1 completa la negociación.",
            "S1 le avisa a H1 de lo que viene, y H1 muestra \"150 Here comes the directory listing.\"",
        ],
        note: Some("El ACK final de S1 y la respuesta 150 no se dibujan como paquetes con nombre."),
    },
    // Transfer
    CaptionPage {
        title: "El listado viaja como datos",
        body: &[
            "S1 escribe el listado en la conexión de datos: ftp_Data. \
             Son solo 122 bytes de texto, así que cabe entero en un segmento.",
            "H1 lo confirma con Ack_Data. \
             El listado nunca usa la conexión de control, aunque sea texto.",
        ],
        note: None,
    },
    // DataClose
    CaptionPage {
        title: "Llega el listado",
        body: &[
            "S1 cierra la conexión de datos con un FIN (Close_Data), y H1 lo confirma (Ack). \
             El FIN le indica a H1 que el listado está completo.",
            "H1 muestra el listado: una línea para el archivo foo, de 3584 bytes, y otra para pub. \
             La d al principio de la línea de pub indica que es un directorio.",
            "Por la conexión de control, S1 lo confirma con \"226 Directory send OK.\"",
        ],
        note: Some(
            "El FIN de H1, el ACK de S1 a ese FIN y la respuesta 226 no se dibujan como paquetes con nombre.",
        ),
    },
    // Request
    CaptionPage {
        title: "cd pub y luego get readme.txt",
        body: &[
            "El usuario escribe cd pub. H1 envía CWD pub, y S1 responde \"250 Directory successfully changed.\" \
             Un cambio de directorio no mueve datos, así que no hace falta ninguna conexión de datos.",
            "Luego el usuario escribe get readme.txt, y el cliente muestra \"local: readme.txt remote: readme.txt\".",
            "La primera conexión de datos ya no existe, así que H1 necesita una nueva. \
             Envía PORT 1,1,1,1,213,178, con un puerto nuevo: 213 × 256 + 178 = 54706. \
             S1 responde \"200 PORT command successful. Consider using PASV.\"",
        ],
        note: Some(
            "CWD pub y su respuesta 250 son segmentos corrientes de la conexión de control y no se dibujan.",
        ),
    },
    // DataSetup
    CaptionPage {
        title: "Una segunda conexión de datos",
        body: &[
            "H1 envía RETR readme.txt. S1 vuelve a llamar, desde el puerto 20 a 1.1.1.1, puerto 54706: data_Conn. \
             H1 acepta con Ack_data_Conn.",
            "La nueva conexión queda establecida, y H1 muestra \
             \"150 Opening BINARY mode data connection for readme.txt (730 bytes)\".",
        ],
        note: Some(
            "RETR readme.txt, el ACK final de la negociación por parte de S1 y la respuesta 150 no se dibujan como paquetes con nombre.",
        ),
    },
    // Transfer
    CaptionPage {
        title: "S1 envía readme.txt",
        body: &[
            "readme.txt ocupa 730 bytes, menos que un MSS de 1460 bytes. \
             Así que esta vez el único ftp_Data es de verdad el archivo completo.",
            "H1 lo confirma con Ack_Data. Su número de ACK es el número de secuencia que sigue justo al último byte del archivo.",
        ],
        note: None,
    },
    // DataClose
    CaptionPage {
        title: "readme.txt está completo",
        body: &[
            "S1 envía un FIN (Close_Data) para marcar el final de readme.txt, y H1 lo confirma (Ack).",
            "H1 muestra \"226 Transfer complete\" y \"730 bytes received in 0.0418 secs (17.1 kB/s)\". \
             En esta sesión, cada transferencia tuvo su propia conexión de datos, mientras la conexión de control seguía abierta.",
        ],
        note: Some(
            "El FIN de H1, el ACK de S1 a ese FIN y la respuesta 226 no se dibujan como paquetes con nombre.",
        ),
    },
    // ControlClose
    CaptionPage {
        title: "bye termina la sesión",
        body: &[
            "El usuario escribe bye. Esa es la palabra del cliente; en la red, H1 envía QUIT.",
            "S1 responde 221 y cierra la conexión de control con un FIN: Close_Ctrl. \
             H1 lo confirma con Ack_Close y muestra \"221 Goodbye\". \
             Después H1 envía su propio FIN, y S1 lo confirma.",
        ],
        note: Some(
            "QUIT, la respuesta 221, el FIN de H1 y el último ACK de S1 no se dibujan como paquetes con nombre.",
        ),
    },
];

/// H1 uploads a file as user1, PC2 downloads it (seed 000), in passive mode.
const TWO_PCS: [CaptionPage; 16] = [
    // ControlSetup (H1)
    CaptionPage {
        title: "H1 se conecta a S1",
        body: &[
            "Este escenario sigue el laboratorio de Packet Tracer: un PC sube un archivo y un segundo PC lo descarga. \
             H1 (1.1.1.1) hace de primer PC.",
            "El usuario de H1 escribe ftp 1.1.2.1. Sigue la negociación con el puerto 21: Control_Conn, luego Ack \
             y luego el ACK de H1. H1 muestra \"Connected to 1.1.2.1.\" y después el saludo de S1, \"220 FTP Server ready\".",
        ],
        note: Some("El ACK de la negociación de H1 no se dibuja."),
    },
    // Request (H1: login and put)
    CaptionPage {
        title: "H1 inicia sesión como user1 y escribe put",
        body: &[
            "S1 tiene una cuenta user1 con la contraseña password123. \
             El usuario escribe user user1 password123. H1 envía USER user1, S1 responde \
             \"331 Please specify the password.\", y H1 envía PASS password123.",
            "S1 contesta con una respuesta de dos líneas: \"230-Welcome, user1.\" y \"230 Login successful.\" \
             Un guion después del código significa que siguen más líneas. Un espacio después del código marca la última línea.",
            "Luego el usuario escribe put report.txt para subir un archivo, y el cliente muestra \
             \"local: report.txt remote: report.txt\".",
            "Esta sesión usa el modo pasivo, así que H1 envía PASV. \
             S1 responde \"227 Entering Passive Mode (1,1,2,1,195,80).\": escucha en 195 × 256 + 80 = 50000.",
        ],
        note: Some(
            "USER, PASS, las respuestas y los SYST y TYPE I que el cliente envía por su cuenta son segmentos corrientes \
             y no se dibujan. Aquí el único paquete con nombre es PASV.",
        ),
    },
    // DataSetup (upload)
    CaptionPage {
        title: "H1 abre la conexión de datos para la subida",
        body: &[
            "H1 envía un SYN desde su puerto 54705 a 1.1.2.1, puerto 50000: data_Conn. \
             S1 acepta con Ack_data_Conn, y H1 completa la negociación.",
            "Ahora H1 envía STOR report.txt, el comando que hay detrás de put. \
             S1 está listo para recibir, y H1 muestra \"150 Ok to send data.\"",
        ],
        note: Some(
            "El ACK final de la negociación de H1, STOR report.txt y la respuesta 150 no se dibujan como paquetes con nombre.",
        ),
    },
    // Transfer (upload)
    CaptionPage {
        title: "H1 sube report.txt",
        body: &[
            "En una subida, los datos van en sentido contrario: de H1 a S1. \
             El sentido depende del comando, no de quién abrió la conexión.",
            "report.txt ocupa 1200 bytes, que caben en un segmento: ftp_Data, de H1 a S1.",
        ],
        note: Some(
            "El ACK de S1 a este segmento llega en la página siguiente, cuando H1 ya ha enviado su FIN.",
        ),
    },
    // DataClose (upload)
    CaptionPage {
        title: "H1 cierra la conexión de datos",
        body: &[
            "Quien envía los datos cierra la conexión de datos, y aquí el emisor es H1. \
             Justo después del último byte envía un FIN: Close_Data. El FIN le indica a S1 que report.txt está completo.",
            "El ACK de S1 a los datos (Ack_Data) y su ACK al FIN (Ack) vuelven uno detrás de otro. \
             Luego S1 cierra su lado con su propio FIN, que H1 confirma.",
            "S1 ha guardado el archivo y lo comunica. H1 muestra \"226 Transfer complete\" \
             y \"1200 bytes sent in 0.0218 secs (53.8 kB/s)\".",
        ],
        note: Some(
            "El FIN de S1, el último ACK de H1 y la respuesta 226 no se dibujan como paquetes con nombre. \
             Esta vez H1 cerró primero, así que es H1 el lado que espera en TIME-WAIT.",
        ),
    },
    // Request (H1: dir)
    CaptionPage {
        title: "dir: ¿está el archivo?",
        body: &[
            "Para comprobar la subida, el usuario escribe dir. Un listado también necesita una conexión de datos, \
             y la última ya está cerrada, así que H1 vuelve a enviar PASV.",
            "S1 responde \"227 Entering Passive Mode (1,1,2,1,195,81).\" \
             Eso da 195 × 256 + 81 = 50001, un puerto nuevo para la nueva conexión.",
        ],
        note: Some("La respuesta 227 es un segmento corriente y no se dibuja."),
    },
    // DataSetup (listing)
    CaptionPage {
        title: "Una conexión de datos nueva para el listado",
        body: &[
            "H1 vuelve a llamar, esta vez desde su puerto 54706 a 1.1.2.1, puerto 50001: data_Conn. \
             S1 acepta con Ack_data_Conn.",
            "H1 envía LIST, y S1 responde \"150 Here comes the directory listing.\"",
        ],
        note: Some(
            "El ACK final de la negociación de H1, LIST y la respuesta 150 no se dibujan como paquetes con nombre.",
        ),
    },
    // Transfer (listing)
    CaptionPage {
        title: "S1 envía el listado",
        body: &[
            "El listado va de S1 a H1 como ftp_Data: 190 bytes de texto en un solo segmento. \
             H1 lo confirma con Ack_Data.",
        ],
        note: None,
    },
    // DataClose (listing)
    CaptionPage {
        title: "report.txt está en el servidor",
        body: &[
            "S1 cierra la conexión de datos con Close_Data, y H1 lo confirma con Ack.",
            "H1 muestra el listado: foo, el directorio pub y ahora report.txt con sus 1200 bytes. \
             La subida funcionó. S1 termina con \"226 Directory send OK.\"",
        ],
        note: Some(
            "El FIN de H1, el ACK de S1 a ese FIN y la respuesta 226 no se dibujan como paquetes con nombre.",
        ),
    },
    // ControlClose (H1)
    CaptionPage {
        title: "H1 sale",
        body: &[
            "El usuario de H1 escribe quit, y H1 envía QUIT. \
             S1 cierra la conexión de control con Close_Ctrl, y H1 responde con Ack_Close y muestra \"221 Goodbye\".",
            "La sesión de H1 ha terminado, pero report.txt se queda en S1 para cualquiera que tenga la cuenta adecuada.",
        ],
        note: Some(
            "QUIT, la respuesta 221, el FIN de H1 y el último ACK de S1 no se dibujan como paquetes con nombre.",
        ),
    },
    // ControlSetup (PC2)
    CaptionPage {
        title: "PC2 se conecta a S1",
        body: &[
            "Ahora toma el relevo el segundo PC: PC2 (1.1.1.2). Su usuario escribe ftp 1.1.2.1.",
            "PC2 abre su propia conexión de control hacia el puerto 21: Control_Conn, Ack y después el ACK de PC2. \
             PC2 muestra \"Connected to 1.1.2.1.\" y \"220 FTP Server ready\".",
        ],
        note: Some("El ACK de la negociación de PC2 no se dibuja."),
    },
    // Request (PC2)
    CaptionPage {
        title: "PC2 inicia sesión y pide report.txt",
        body: &[
            "PC2 inicia sesión con la misma cuenta: user user1 password123. \
             S1 responde 331, y luego \"230-Welcome, user1.\" y \"230 Login successful.\"",
            "El usuario escribe get report.txt, y el cliente muestra \"local: report.txt remote: report.txt\".",
            "PC2 envía PASV, y S1 responde \"227 Entering Passive Mode (1,1,2,1,195,82).\" \
             El puerto es 195 × 256 + 82 = 50002.",
        ],
        note: Some(
            "USER, PASS, SYST, TYPE I y las respuestas son segmentos corrientes y no se dibujan.",
        ),
    },
    // DataSetup (PC2)
    CaptionPage {
        title: "PC2 abre la conexión de datos",
        body: &[
            "PC2 envía un SYN desde su puerto 54705 a 1.1.2.1, puerto 50002: data_Conn. \
             S1 acepta con Ack_data_Conn.",
            "PC2 envía RETR report.txt, y S1 responde 150. \
             PC2 muestra \"150 Opening BINARY mode data connection for report.txt (1200 bytes)\".",
        ],
        note: Some(
            "El ACK final de la negociación de PC2, RETR report.txt y la respuesta 150 no se dibujan como paquetes con nombre.",
        ),
    },
    // Transfer (PC2)
    CaptionPage {
        title: "S1 envía report.txt a PC2",
        body: &[
            "Los mismos 1200 bytes que subió H1 van ahora de S1 a PC2, en un solo segmento: ftp_Data. \
             PC2 lo confirma con Ack_Data.",
        ],
        note: None,
    },
    // DataClose (PC2)
    CaptionPage {
        title: "PC2 tiene el archivo",
        body: &[
            "En una descarga el emisor es S1, así que S1 cierra la conexión de datos: Close_Data. \
             PC2 lo confirma con Ack.",
            "PC2 muestra \"226 Transfer complete\" y \"1200 bytes received in 0.0422 secs (27.8 kB/s)\". \
             El archivo ha ido de H1 a PC2 pasando por S1.",
        ],
        note: Some(
            "El FIN de PC2, el ACK de S1 a ese FIN y la respuesta 226 no se dibujan como paquetes con nombre.",
        ),
    },
    // ControlClose (PC2)
    CaptionPage {
        title: "PC2 sale",
        body: &[
            "El usuario de PC2 escribe quit. S1 cierra la conexión de control con Close_Ctrl, \
             y PC2 responde con Ack_Close y muestra \"221 Goodbye\".",
        ],
        note: Some(
            "QUIT, la respuesta 221, el FIN de PC2 y el último ACK de S1 no se dibujan como paquetes con nombre.",
        ),
    },
];

/// Active mode behind a client-side firewall, then passive mode.
const FIREWALL: [CaptionPage; 8] = [
    // ControlSetup
    CaptionPage {
        title: "H1 se conecta e inicia sesión",
        body: &[
            "En este escenario hay un cortafuegos (firewall) delante de H1. \
             Deja salir las conexiones que abre el propio H1, pero descarta los intentos de conexión que empiezan fuera.",
            "El usuario escribe ftp 1.1.2.1. H1 abre la conexión de control hacia el puerto 21: Control_Conn, luego Ack. \
             Como la llamada sale de H1, el cortafuegos la deja pasar. \
             H1 muestra \"Connected to 1.1.2.1.\" y \"220 FTP Server ready\".",
            "El cliente inicia sesión por su cuenta como anonymous: \"331 Please specify the password.\", \
             y luego \"230 Login successful.\" También muestra \"Remote system type is UNIX.\" \
             y \"Using binary mode to transfer files.\"",
        ],
        note: Some(
            "El ACK de la negociación de H1 y los comandos y respuestas del inicio de sesión son segmentos corrientes y no se dibujan.",
        ),
    },
    // Request (active)
    CaptionPage {
        title: "get foo en modo activo: PORT",
        body: &[
            "El usuario escribe get foo, y el cliente muestra \"local: foo remote: foo\". \
             El cliente empieza en modo activo.",
            "H1 escucha en el puerto 54705 y envía PORT 1,1,1,1,213,177. \
             S1 responde \"200 PORT command successful. Consider using PASV.\" \
             Esa sugerencia va a resultar un buen consejo.",
        ],
        note: Some(
            "La respuesta 200 y RETR foo, que H1 envía a continuación, no se dibujan como paquetes con nombre.",
        ),
    },
    // DataSetup (fails)
    CaptionPage {
        title: "El cortafuegos descarta el SYN de S1",
        body: &[
            "S1 llama a H1 como exige el modo activo: un SYN desde el puerto 20 a 1.1.1.1, puerto 54705, data_Conn. \
             El cortafuegos ve una conexión que H1 nunca inició desde dentro, y la descarta. \
             No vuelve ningún Ack_data_Conn.",
            "El TCP de S1 no sabe por qué. Vuelve a enviar el mismo SYN al cabo de 1 segundo, \
             y otra vez tras 2 segundos más. El cortafuegos descarta las dos copias.",
            "Tras 4 segundos más, S1 se rinde y lo comunica por la conexión de control: \
             \"425 Can't open data connection.\" \
             La conexión de control sigue funcionando, porque H1 la abrió desde dentro.",
        ],
        note: Some(
            "Los tres paquetes data_Conn son un mismo SYN enviado tres veces. \
             La respuesta 425 es un segmento corriente y no se dibuja. \
             Las pilas TCP reales suelen seguir reintentando durante más tiempo que este modelo.",
        ),
    },
    // Request (passive)
    CaptionPage {
        title: "passive y de nuevo get foo",
        body: &[
            "El usuario escribe passive, y el cliente muestra \"Passive mode on.\" \
             Esto solo cambia un ajuste del cliente; no se envía nada a S1.",
            "El usuario vuelve a escribir get foo. Esta vez H1 envía PASV en lugar de PORT.",
            "S1 responde \"227 Entering Passive Mode (1,1,2,1,195,80).\" \
             Ahora escucha en 195 × 256 + 80 = 50000.",
        ],
        note: Some("La respuesta 227 es un segmento corriente y no se dibuja."),
    },
    // DataSetup (works)
    CaptionPage {
        title: "H1 llama hacia fuera y el cortafuegos lo deja pasar",
        body: &[
            "H1 envía un SYN desde su puerto 54706 a 1.1.2.1, puerto 50000: data_Conn. \
             Esta conexión empieza dentro, así que el cortafuegos la deja salir, \
             y también deja entrar la respuesta que le corresponde: Ack_data_Conn.",
            "H1 completa la negociación y envía RETR foo. \
             H1 muestra \"150 Opening BINARY mode data connection for foo (3584 bytes)\".",
        ],
        note: Some(
            "El ACK final de la negociación de H1, RETR foo y la respuesta 150 no se dibujan como paquetes con nombre.",
        ),
    },
    // Transfer
    CaptionPage {
        title: "S1 envía foo",
        body: &[
            "Los datos van de S1 a H1 como antes. \
             El cortafuegos deja entrar estos segmentos porque pertenecen a una conexión que abrió H1.",
            "Los 3584 bytes de foo necesitan tres segmentos: 1460, 1460 y 664 bytes. \
             H1 confirma cada uno.",
        ],
        note: Some(
            "Solo se dibujan el primer segmento y el primer ACK, como ftp_Data y Ack_Data.",
        ),
    },
    // DataClose
    CaptionPage {
        title: "Cierre de la conexión de datos",
        body: &[
            "S1 marca el final de foo con un FIN: Close_Data. H1 lo confirma (Ack) y cierra su propio lado.",
            "H1 muestra \"226 Transfer complete\" y \"3584 bytes received in 0.0441 secs (79.3 kB/s)\". \
             Con un cortafuegos del lado del cliente, el modo pasivo consiguió el archivo donde el modo activo no pudo.",
        ],
        note: Some(
            "El FIN de H1, el ACK de S1 a ese FIN y la respuesta 226 no se dibujan como paquetes con nombre.",
        ),
    },
    // ControlClose
    CaptionPage {
        title: "Cierre de la conexión de control",
        body: &[
            "El usuario escribe quit, y H1 envía QUIT. \
             S1 cierra la conexión de control con Close_Ctrl, y H1 responde con Ack_Close. \
             H1 muestra \"221 Goodbye\".",
        ],
        note: Some(
            "QUIT, la respuesta 221, el FIN de H1 y el último ACK de S1 no se dibujan como paquetes con nombre.",
        ),
    },
];

/// A login with a wrong password.
const BAD_PASSWORD: [CaptionPage; 2] = [
    // ControlSetup
    CaptionPage {
        title: "H1 se conecta a S1",
        body: &[
            "El usuario escribe ftp 1.1.2.1. H1 abre la conexión de control hacia el puerto 21: Control_Conn, luego Ack. \
             H1 muestra \"Connected to 1.1.2.1.\"",
            "S1 saluda con \"220 FTP Server ready\". \
             La conexión funciona; lo que el usuario pueda hacer o no se decide al iniciar sesión.",
        ],
        note: Some("El ACK de la negociación de H1 no se dibuja."),
    },
    // ControlClose (login fails, then quit)
    CaptionPage {
        title: "Contraseña incorrecta: 530 y luego quit",
        body: &[
            "El usuario escribe user user1 wrongpass. H1 envía USER user1, \
             y S1 responde \"331 Please specify the password.\" Luego H1 envía PASS wrongpass.",
            "La contraseña no coincide con la de la cuenta en S1, así que S1 la rechaza con \"530 Login incorrect.\" \
             El cliente añade una línea propia, \"Login failed.\" \
             Una respuesta 5xx es permanente: volver a enviar la misma contraseña no serviría de nada.",
            "La conexión de control sigue abierta, y el usuario podría volver a intentarlo. Aquí, en cambio, el usuario escribe quit. \
             S1 aún responde con \"221 Goodbye\" y cierra la conexión: Close_Ctrl, luego Ack_Close.",
            "Nunca se abrió una conexión de datos. Sin un inicio de sesión válido, S1 no transferiría ningún archivo.",
        ],
        note: Some(
            "USER, PASS, QUIT y las respuestas son segmentos corrientes y no se dibujan. \
             La contraseña incorrecta cruzó la red como texto en claro, igual que cualquier contraseña FTP.",
        ),
    },
];

/// A get of a file that is not there.
const MISSING_FILE: [CaptionPage; 3] = [
    // ControlSetup
    CaptionPage {
        title: "H1 se conecta e inicia sesión",
        body: &[
            "El usuario escribe ftp 1.1.2.1. La conexión de control se abre como siempre: Control_Conn, luego Ack. \
             H1 muestra \"Connected to 1.1.2.1.\" y \"220 FTP Server ready\".",
            "El cliente inicia sesión por su cuenta como anonymous y muestra \"230 Login successful.\" \
             También muestra \"Remote system type is UNIX.\" y \"Using binary mode to transfer files.\"",
        ],
        note: Some(
            "El ACK de la negociación de H1 y los comandos y respuestas del inicio de sesión son segmentos corrientes y no se dibujan.",
        ),
    },
    // Request (fails)
    CaptionPage {
        title: "get nosuchfile: 550",
        body: &[
            "El usuario escribe get nosuchfile, y el cliente muestra \"local: nosuchfile remote: nosuchfile\".",
            "El cliente todavía no sabe si el archivo existe. \
             Así que se prepara para una transferencia como siempre: envía PORT 1,1,1,1,213,177 para el puerto 54705, \
             y S1 responde \"200 PORT command successful. Consider using PASV.\"",
            "Luego H1 envía RETR nosuchfile. S1 no encuentra ese archivo y responde \"550 Failed to open file.\"",
            "S1 nunca llama al puerto 54705, así que no se abre ninguna conexión de datos y no se mueve ningún dato.",
        ],
        note: Some(
            "La respuesta 200, RETR nosuchfile y la respuesta 550 son segmentos corrientes y no se dibujan.",
        ),
    },
    // ControlClose
    CaptionPage {
        title: "Cierre de la conexión de control",
        body: &[
            "El get fallido no terminó la sesión; el usuario podría probar con otro archivo. \
             Aquí el usuario escribe quit, y H1 envía QUIT.",
            "S1 cierra la conexión de control con Close_Ctrl, H1 responde con Ack_Close, \
             y H1 muestra \"221 Goodbye\".",
        ],
        note: Some(
            "QUIT, la respuesta 221, el FIN de H1 y el último ACK de S1 no se dibujan como paquetes con nombre.",
        ),
    },
];

/// The seed session with EPSV / 229.
const EPSV: [CaptionPage; 6] = [
    // ControlSetup
    CaptionPage {
        title: "H1 se conecta e inicia sesión",
        body: &[
            "El usuario escribe ftp 1.1.2.1. H1 llama al puerto 21 (Control_Conn), S1 responde (Ack), \
             y H1 muestra \"Connected to 1.1.2.1.\" y luego \"220 FTP Server ready\".",
            "El cliente inicia sesión por su cuenta como anonymous: \"331 Please specify the password.\", \
             y luego \"230 Login successful.\" También muestra \"Remote system type is UNIX.\" \
             y \"Using binary mode to transfer files.\"",
        ],
        note: Some(
            "El ACK de la negociación de H1 y los comandos y respuestas del inicio de sesión son segmentos corrientes y no se dibujan.",
        ),
    },
    // Request
    CaptionPage {
        title: "get foo: H1 envía EPSV",
        body: &[
            "El usuario escribe get foo, y el cliente muestra \"local: foo remote: foo\".",
            "Este cliente está en modo pasivo extendido, definido en el RFC 2428. \
             En lugar de PASV envía EPSV. Igual que PASV, le pide a S1 que elija un puerto y escuche.",
            "S1 responde \"229 Entering Extended Passive Mode (|||50000|)\". \
             El puerto, 50000, va entre las barras como un número sin más. \
             Los campos de dirección están vacíos: H1 usa la dirección con la que ya se comunica, 1.1.2.1.",
            "Prescindir de la dirección permite que EPSV funcione con IPv6, y evita problemas \
             cuando un NAT cambia las direcciones por el camino.",
        ],
        note: Some("La respuesta 229 es un segmento corriente y no se dibuja."),
    },
    // DataSetup
    CaptionPage {
        title: "H1 abre la conexión de datos hacia el puerto 50000",
        body: &[
            "H1 envía un SYN desde su puerto 54705 a 1.1.2.1, puerto 50000: data_Conn. \
             Como en el modo pasivo, es el cliente quien abre la conexión de datos.",
            "S1 acepta con Ack_data_Conn, y H1 completa la negociación y envía RETR foo. \
             H1 muestra \"150 Opening BINARY mode data connection for foo (3584 bytes)\".",
        ],
        note: Some(
            "El ACK final de la negociación de H1, RETR foo y la respuesta 150 no se dibujan como paquetes con nombre.",
        ),
    },
    // Transfer
    CaptionPage {
        title: "S1 envía foo",
        body: &[
            "A partir de aquí, EPSV y PASV se ven igual. \
             S1 envía los 3584 bytes de foo en tres segmentos (1460, 1460 y 664 bytes), \
             y H1 confirma cada uno.",
        ],
        note: Some(
            "Solo se dibujan el primer segmento y el primer ACK, como ftp_Data y Ack_Data.",
        ),
    },
    // DataClose
    CaptionPage {
        title: "Cierre de la conexión de datos",
        body: &[
            "S1 termina el archivo con un FIN: Close_Data. H1 lo confirma (Ack) y cierra su propio lado.",
            "H1 muestra \"226 Transfer complete\" y \"3584 bytes received in 0.0441 secs (79.3 kB/s)\".",
        ],
        note: Some(
            "El FIN de H1, el ACK de S1 a ese FIN y la respuesta 226 no se dibujan como paquetes con nombre.",
        ),
    },
    // ControlClose
    CaptionPage {
        title: "Cierre de la conexión de control",
        body: &[
            "El usuario escribe quit, y H1 envía QUIT. \
             S1 cierra la conexión de control con Close_Ctrl, y H1 responde con Ack_Close. \
             H1 muestra \"221 Goodbye\".",
        ],
        note: Some(
            "QUIT, la respuesta 221, el FIN de H1 y el último ACK de S1 no se dibujan como paquetes con nombre.",
        ),
    },
];

const LARGE: [CaptionPage; 6] = [
    // ControlSetup
    CaptionPage {
        title: "H1 se conecta e inicia sesión",
        body: &[
            "Todo empieza como en la lección original. El usuario escribe ftp 1.1.2.1, \
             H1 abre una conexión TCP al puerto 21 (Control_Conn) y S1 la acepta (Ack). \
             H1 muestra \"Connected to 1.1.2.1.\" y luego \"220 FTP Server ready\".",
            "El cliente inicia sesión como anonymous sin preguntar: \"331 Please specify the password.\", \
             \"230 Login successful.\", \"Remote system type is UNIX.\" y \
             \"Using binary mode to transfer files.\"",
        ],
        note: Some(
            "El ACK de la negociación de H1 y los comandos y respuestas del inicio de sesión son segmentos corrientes y no se dibujan.",
        ),
    },
    // Request
    CaptionPage {
        title: "get large.txt: H1 envía PORT",
        body: &[
            "Esta vez el usuario escribe get large.txt, un archivo de 1048576 bytes (1 MiB). \
             El cliente muestra \"local: large.txt remote: large.txt\".",
            "El cliente está en modo activo, así que empieza a escuchar en el puerto 54705 \
             y se lo comunica a S1 con PORT 1,1,1,1,213,177 (213 × 256 + 177 = 54705).",
            "S1 responde \"200 PORT command successful. Consider using PASV.\"",
        ],
        note: Some("La respuesta 200 es un segmento corriente y no se dibuja."),
    },
    // DataSetup
    CaptionPage {
        title: "S1 abre la conexión de datos desde el puerto 20",
        body: &[
            "Tras RETR large.txt, S1 envía un SYN desde su puerto 20 a 1.1.1.1, puerto 54705: data_Conn. \
             H1 lo acepta con Ack_data_Conn.",
            "H1 muestra \"150 Opening BINARY mode data connection for large.txt (1048576 bytes)\". \
             Los dos extremos anunciaron en sus SYN un tamaño máximo de segmento de 1460 bytes, \
             así que ningún segmento del archivo puede llevar más.",
        ],
        note: Some(
            "El ACK final de la negociación de S1, RETR large.txt y la respuesta 150 no se dibujan como paquetes con nombre.",
        ),
    },
    // Transfer
    CaptionPage {
        title: "720 segmentos, confirmados según llegan",
        body: &[
            "Un mebibyte no cabe en unos pocos segmentos: S1 envía 720, y H1 confirma cada uno. \
             La vista de lección solo dibuja el primero, ftp_Data, y su Ack_Data; \
             cambia a todos los segmentos para recorrerlos uno a uno.",
            "S1 no lo envía todo de golpe. Empieza con 3 segmentos (arranque lento), \
             y cada ACK le permite enviar más, así que las ráfagas crecen deprisa.",
            "H1 anuncia una ventana de 65535 bytes: S1 nunca puede tener más que eso sin confirmar. \
             44 segmentos completos suman 64240 bytes, así que S1 llena la ventana con un 45.º de 1295 bytes \
             y espera al siguiente ACK.",
        ],
        note: Some(
            "La mayoría de los segmentos llevan 1460 bytes; 15 llevan 1295 y el último 1311, \
             lo que suma exactamente 1048576.",
        ),
    },
    // DataClose
    CaptionPage {
        title: "Cierre de la conexión de datos",
        body: &[
            "Enviado el último byte, S1 cierra la conexión de datos: Close_Data lleva su FIN, \
             y H1 lo confirma (Ack) antes de cerrar su propio lado.",
            "H1 muestra \"226 Transfer complete\" y \"1048576 bytes received in 0.95 secs (1078 kB/s)\". \
             Casi todo ese segundo se fue en esperar a que los ACK volvieran a través de Internet.",
        ],
        note: Some(
            "El FIN de H1, el ACK de S1 a ese FIN y la respuesta 226 no se dibujan como paquetes con nombre.",
        ),
    },
    // ControlClose
    CaptionPage {
        title: "Cierre de la conexión de control",
        body: &[
            "El usuario escribe quit y H1 envía QUIT. \
             S1 cierra la conexión de control (Close_Ctrl), H1 responde con Ack_Close \
             y muestra \"221 Goodbye\".",
        ],
        note: Some(
            "QUIT, la respuesta 221, el FIN de H1 y el último ACK de S1 no se dibujan como paquetes con nombre.",
        ),
    },
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::en::captions as en;
    use crate::i18n::es::content::tests::{
        assert_not_copied_from_seed_004, check_page, check_pair, looks_spanish,
    };
    use std::collections::HashSet;

    /// All Spanish prose of this file, labelled (the active pages live in `content.rs` beside it).
    fn all_texts() -> Vec<(String, &'static str)> {
        let mut out = Vec::new();
        let mut page_texts = |label: String, page: &'static CaptionPage| {
            out.push((format!("{label} title"), page.title));
            for (j, para) in page.body.iter().enumerate() {
                out.push((format!("{label} body {j}"), *para));
            }
            if let Some(note) = page.note {
                out.push((format!("{label} note"), note));
            }
        };
        for s in SCENARIOS {
            for (i, page) in s.pages.iter().enumerate() {
                page_texts(format!("{} page {}", s.id, i + 1), page);
            }
        }
        for (i, page) in GENERIC.iter().enumerate() {
            page_texts(format!("generic page {i}"), page);
        }
        for s in SCENARIOS {
            out.push((format!("{} title", s.id), s.title));
            out.push((format!("{} summary", s.id), s.summary));
        }
        out.push(("TRY_INTRO".to_owned(), TRY_INTRO));
        out.push(("COMPARE_INTRO".to_owned(), COMPARE_INTRO));
        out
    }

    #[test]
    fn scenarios_match_the_english_ids_and_page_counts() {
        let ids: Vec<&str> = SCENARIOS.iter().map(|s| s.id).collect();
        let en_ids: Vec<&str> = en::SCENARIOS.iter().map(|s| s.id).collect();
        assert_eq!(ids, en_ids);
        for (e, s) in en::SCENARIOS.iter().zip(SCENARIOS) {
            assert_eq!(
                e.pages.len(),
                s.pages.len(),
                "scenario {}: page count differs",
                s.id
            );
            assert_eq!(scenario_text(s.id).map(|t| t.id), Some(s.id));
        }
        assert!(scenario_text("no-such-scenario").is_none());
    }

    #[test]
    fn active_uses_the_spanish_seed_pages() {
        let active = scenario_text("active").unwrap();
        assert_eq!(active.pages.len(), crate::i18n::es::content::PAGES.len());
        for (ours, seed) in active
            .pages
            .iter()
            .zip(crate::i18n::es::content::PAGES.iter())
        {
            assert_eq!(ours.title, seed.title);
            assert_eq!(ours.body, seed.body);
            assert_eq!(ours.note, seed.note);
        }
    }

    #[test]
    fn every_page_matches_its_english_page() {
        for (e, s) in en::SCENARIOS.iter().zip(SCENARIOS) {
            check_pair(&format!("{} title", s.id), e.title, s.title);
            check_pair(&format!("{} summary", s.id), e.summary, s.summary);
            assert!(
                looks_spanish(s.summary),
                "{} summary does not read as Spanish",
                s.id
            );
            for (i, (ep, sp)) in e.pages.iter().zip(s.pages).enumerate() {
                check_page(&format!("{} page {}", s.id, i + 1), ep, sp);
            }
            let titles: HashSet<&str> = s.pages.iter().map(|p| p.title).collect();
            assert_eq!(
                titles.len(),
                s.pages.len(),
                "{}: duplicate page title",
                s.id
            );
        }
    }

    #[test]
    fn generic_pages_and_intros_match_the_english() {
        assert_eq!(GENERIC.len(), en::GENERIC.len());
        for (i, (e, s)) in en::GENERIC.iter().zip(GENERIC.iter()).enumerate() {
            check_page(&format!("generic page {i}"), e, s);
        }
        let titles: HashSet<&str> = GENERIC.iter().map(|p| p.title).collect();
        assert_eq!(titles.len(), GENERIC.len(), "generic: duplicate page title");
        check_pair("TRY_INTRO", en::TRY_INTRO, TRY_INTRO);
        check_pair("COMPARE_INTRO", en::COMPARE_INTRO, COMPARE_INTRO);
        assert!(looks_spanish(TRY_INTRO) && looks_spanish(COMPARE_INTRO));
    }

    /// True when `phrase` occurs in `text` as whole words ("dir" is not in "direction").
    fn has_phrase(text: &str, phrase: &str) -> bool {
        text.match_indices(phrase).any(|(i, _)| {
            let before = text[..i].chars().next_back();
            let after = text[i + phrase.len()..].chars().next();
            !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
        })
    }

    /// Lines the learner types (and the prompt) stay as typed, so they can be copied.
    #[test]
    fn typed_commands_are_kept() {
        for (e, s) in en::SCENARIOS.iter().zip(SCENARIOS) {
            for (i, (ep, sp)) in e.pages.iter().zip(s.pages).enumerate() {
                let es_text = sp.body.join(" ");
                for typed in [
                    "ftp 1.1.2.1",
                    "get foo",
                    "get readme.txt",
                    "get report.txt",
                    "get nosuchfile",
                    "put report.txt",
                    "user anonymous student@example.edu",
                    "user user1 password123",
                    "user user1 wrongpass",
                    "cd pub",
                    "quit",
                    "bye",
                    "dir",
                ] {
                    if ep.body.iter().any(|p| has_phrase(p, typed)) {
                        assert!(
                            has_phrase(&es_text, typed),
                            "{} page {}: {typed:?} is missing",
                            s.id,
                            i + 1
                        );
                    }
                }
            }
        }
        // "passive" is also an ordinary English word, so it is checked where it is typed.
        assert!(FIREWALL[3].body[0].contains("escribe passive"));
        for typed in ["ftp>", "ls", "get foo", "passive", "quit", "help"] {
            assert!(has_phrase(TRY_INTRO, typed), "TRY_INTRO lacks {typed:?}");
        }
    }

    #[test]
    fn no_eight_word_run_is_copied_from_the_seeds() {
        assert_not_copied_from_seed_004(all_texts());
        crate::i18n::en::content::tests::assert_not_copied_from_the_seed(all_texts());
    }
}
