//! Spanish words of the tutorial: the same tables as [`crate::i18n::en::content`], same ids and order.
//!
//! Packet names (Control_Conn, PORT, ftp_Data…), protocol commands and console text in
//! double quotes stay exactly as in English: they are what the wire carries and the client prints.
use crate::i18n::en::content::{CaptionPage, Faq};

/// The overview shown on a first visit.
pub const OVERVIEW: CaptionPage = CaptionPage {
    title: "Fundamentos de FTP, animados",
    body: &[
        "Objetivo: observar cómo FTP copia un archivo de un servidor a un cliente, paquete a paquete. \
         Verás cómo FTP abre sus dos conexiones, transfiere los datos y al final vuelve a cerrarlo todo.",
        "Topología: el cliente H1 (1.1.1.1) y el servidor FTP S1 (1.1.2.1) están en extremos opuestos de Internet.",
        "El plan tiene cuatro partes. Primero, H1 abre una conexión de control hacia S1. \
         Segundo, S1 abre una conexión de datos de vuelta hacia H1. \
         Tercero, S1 envía el archivo foo por la conexión de datos. \
         Cuarto, S1 cierra la conexión de datos y después la conexión de control.",
        "Controles: → avanza un paso y ← retrocede uno. La barra espaciadora inicia o pausa la animación. \
         AvPág (PageDown) y RePág (PageUp) saltan a la página de explicación siguiente o anterior. \
         Inicio (Home) lleva al primer paso y Fin (End) al último. Haz clic en un paquete para ver sus campos.",
    ],
    note: Some(
        "Solo se dibujan los paquetes clave de la sesión. Por la red pasan también muchos otros segmentos: \
         el último ACK de cada negociación, el inicio de sesión y la mayoría de los comandos y respuestas FTP. \
         Las explicaciones indican dónde encaja cada uno, y la vista «Todos los segmentos» los enumera todos.",
    ),
};

/// One page per phase, in order: ControlSetup, Request, DataSetup, Transfer, DataClose, ControlClose.
pub const PAGES: [CaptionPage; 6] = [
    // ControlSetup
    CaptionPage {
        title: "H1 abre la conexión de control",
        body: &[
            "En H1, el usuario escribe ftp 1.1.2.1. Antes de que pueda circular ningún comando FTP, H1 necesita una conexión TCP con S1. \
             Elige uno de sus puertos efímeros libres y envía un SYN al puerto 21, el puerto de control de FTP. \
             Ese SYN es el paquete Control_Conn.",
            "S1 acepta con un SYN-ACK, que aparece dibujado como Ack. \
             H1 contesta con un ACK simple, y con eso termina la negociación en tres pasos (three-way handshake).",
            "En una conexión de control nueva, quien habla primero es el servidor. \
             S1 envía la respuesta 220, y H1 muestra \"220 FTP Server ready\".",
            "A continuación H1 inicia sesión. En esta sesión usa el acceso anónimo, así que no hace falta ninguna contraseña personal.",
        ],
        note: Some(
            "El ACK de H1 que cierra la negociación no está dibujado. El inicio de sesión tampoco: \
             los comandos USER y PASS y las respuestas 331 y 230 de S1 son segmentos corrientes de la conexión de control. \
             La vista «Todos los segmentos» los muestra.",
        ),
    },
    // Request
    CaptionPage {
        title: "get foo: H1 envía PORT",
        body: &[
            "El usuario escribe get foo para pedirle a S1 una copia del archivo foo. \
             El archivo no viajará por la conexión de control: tendrá una conexión de datos aparte.",
            "Este tutorial usa el modo activo. En modo activo es el servidor quien llama al cliente para enviar los datos, \
             así que S1 primero tiene que saber adónde llamar. H1 se pone a escuchar en el puerto 54705 y envía \
             PORT 1,1,1,1,213,177 por la conexión de control.",
            "Haz clic en PORT para ver sus campos. Los cuatro primeros números son la dirección de H1, 1.1.1.1. \
             Los dos últimos forman el puerto: 213 × 256 + 177 = 54705.",
            "S1 da su conformidad con \"200 PORT command successful\", y H1 lo muestra. \
             Después H1 pide el archivo propiamente dicho con el comando RETR foo.",
        ],
        note: Some(
            "La respuesta 200, el comando RETR foo y los ACK de estos segmentos no se dibujan como paquetes con nombre. \
             Un cliente suele enviar TYPE I (binario) antes de la transferencia; ese intercambio también se omite.",
        ),
    },
    // DataSetup
    CaptionPage {
        title: "S1 abre la conexión de datos",
        body: &[
            "Ahora S1 devuelve la llamada. Envía un SYN desde su puerto 20 a 1.1.1.1, puerto 54705, el destino indicado en PORT. \
             Es el paquete data_Conn. Fíjate en el sentido: en modo activo, el servidor abre la conexión de datos.",
            "H1 está escuchando en el 54705, así que acepta con un SYN-ACK: Ack_data_Conn. \
             S1 completa la negociación con un ACK, y la conexión de datos queda establecida.",
            "Por la conexión de control, S1 envía una respuesta 150 para avisar de que la transferencia está a punto de empezar. \
             H1 muestra \"150 Opening BINARY mode data connection for foo\" seguido del tamaño de foo en bytes.",
        ],
        note: Some(
            "El ACK de S1 que cierra esta negociación y la respuesta 150 viajan como segmentos, \
             pero no se dibujan como paquetes con nombre.",
        ),
    },
    // Transfer
    CaptionPage {
        title: "S1 envía foo",
        body: &[
            "S1 escribe los bytes de foo en la conexión de datos. \
             TCP los divide en segmentos de un MSS (tamaño máximo de segmento) como mucho. \
             Cada lado anunció su MSS en su SYN.",
            "H1 confirma lo que le llega con acuses de recibo (ACK). Cada ACK lleva el número del siguiente byte que H1 espera. \
             S1 no se detiene a esperar cada ACK: su ventana le permite tener varios segmentos en vuelo a la vez.",
            "Por la conexión de datos solo pasan los bytes del archivo. Los comandos y las respuestas siguen en la conexión de control.",
        ],
        note: Some(
            "Un archivo real necesita muchos segmentos. La animación dibuja un solo ftp_Data y un solo Ack_Data \
             en representación de todos. La vista «Todos los segmentos» los muestra uno por uno.",
        ),
    },
    // DataClose
    CaptionPage {
        title: "Cierre de la conexión de datos",
        body: &[
            "Tras el último byte de foo, S1 cierra la conexión de datos con un FIN: Close_Data. \
             En el modo de flujo (stream), el habitual en FTP, ese FIN es lo que le indica a H1 que el archivo ha terminado.",
            "H1 confirma el FIN con un ACK. Luego H1 cierra su propio lado con un FIN, que S1 confirma. \
             Ahora la conexión de datos está cerrada en los dos sentidos.",
            "Por la conexión de control, S1 comunica el código 226, y H1 muestra \"226 Transfer complete\". \
             Cada conexión de datos sirve para una sola transferencia. Otro get necesitaría un PORT nuevo y una conexión de datos nueva.",
        ],
        note: Some(
            "El FIN de H1, el ACK de S1 a ese FIN y la respuesta 226 no se dibujan como paquetes con nombre.",
        ),
    },
    // ControlClose
    CaptionPage {
        title: "Cierre de la conexión de control",
        body: &[
            "Como no queda nada más que descargar, el usuario escribe quit. H1 envía el comando QUIT a S1.",
            "S1 responde 221, y H1 muestra \"221 Goodbye\". \
             Acto seguido S1 cierra la conexión de control con un FIN: Close_Ctrl. H1 lo confirma con Ack_Close.",
            "H1 envía su propio FIN, y S1 lo confirma. \
             Como S1 cerró primero, espera un rato en el estado TIME-WAIT por si su último ACK se perdió. \
             Después de eso, ya no queda nada de la sesión.",
        ],
        note: Some(
            "El comando QUIT, la respuesta 221, el FIN de H1 y el ACK final de S1 no se dibujan como paquetes con nombre.",
        ),
    },
];

/// A one-line explanation per key packet name, same keys and order as [`crate::i18n::en::content::PACKET_NOTES`].
pub const PACKET_NOTES: &[(&str, &str)] = &[
    (
        "Control_Conn",
        "SYN de H1 desde un puerto efímero al puerto 21 de S1: el primer paso de la negociación de la conexión de control.",
    ),
    (
        "Ack",
        "SYN-ACK de S1 en la conexión de control: acepta el SYN de H1 y envía su propio número de secuencia inicial.",
    ),
    (
        "PORT",
        "H1 le dice a S1 adónde conectarse para los datos: PORT 1,1,1,1,213,177 significa 1.1.1.1, puerto 213 × 256 + 177 = 54705.",
    ),
    (
        "data_Conn",
        "SYN de S1 desde el puerto 20 al puerto 54705 de H1: en modo activo, el servidor abre la conexión de datos.",
    ),
    (
        "Ack_data_Conn",
        "SYN-ACK de H1 en la conexión de datos: H1 estaba escuchando en el puerto que anunció en PORT y acepta.",
    ),
    (
        "ftp_Data",
        "Un segmento del archivo foo en la conexión de datos, de un MSS como máximo; representa a todos los segmentos de datos.",
    ),
    (
        "Ack_Data",
        "ACK de H1 a los datos: su número de acuse de recibo es el siguiente byte de foo que H1 espera.",
    ),
    (
        "Close_Data",
        "FIN de S1 en la conexión de datos: el archivo ya se envió entero, y el cierre de la conexión marca el final de foo.",
    ),
    (
        "Ack_close_data",
        "ACK de H1 al FIN de S1: el lado de S1 de la conexión de datos queda cerrado.",
    ),
    (
        "Close_Ctrl",
        "FIN de S1 en la conexión de control, enviado tras la respuesta 221 a QUIT: la sesión está terminando.",
    ),
    (
        "Ack_Close",
        "ACK de H1 al FIN de S1 en la conexión de control; después H1 cierra su propio lado con un FIN.",
    ),
    (
        "PASV",
        "Petición de modo pasivo: el cliente le pide al servidor que escuche; el servidor responde 227 Entering Passive Mode (h1,h2,h3,h4,p1,p2).",
    ),
    (
        "EPSV",
        "Petición de modo pasivo extendido (RFC 2428): el servidor responde 229 Entering Extended Passive Mode (|||port|), solo con un puerto.",
    ),
    (
        "Reset",
        "Un segmento TCP con el indicador RST: el emisor rechaza o aborta la conexión en el acto, por ejemplo cuando nada escucha en ese puerto.",
    ),
];

/// The FAQ, same ids and order as [`crate::i18n::en::content::FAQ`].
pub const FAQ: &[Faq] = &[
    Faq {
        id: "what-is-ftp",
        question: "¿Qué es FTP?",
        answer: &[
            "FTP (File Transfer Protocol, protocolo de transferencia de archivos) copia archivos entre un cliente y un servidor. \
             Es un protocolo de la capa de aplicación y funciona sobre TCP.",
            "Es uno de los protocolos más antiguos de Internet: su primera norma data de 1971 (RFC 114). \
             La versión que se usa hoy la define el RFC 959, de 1985.",
        ],
    },
    Faq {
        id: "what-does-ftp-do",
        question: "¿Qué hace FTP?",
        answer: &[
            "Un cliente se conecta a un servidor FTP, inicia sesión y luego trabaja con los archivos que hay guardados allí. \
             Puede descargar y subir archivos, listar directorios y moverse entre ellos, crear y eliminar directorios, \
             y borrar archivos.",
            "Un ejercicio típico de laboratorio en Cisco Packet Tracer muestra la idea. El servidor tiene una cuenta, \
             por ejemplo user1 con la contraseña password123. PC1 inicia sesión y sube un archivo con put. \
             PC2 inicia sesión con la misma cuenta y descarga ese archivo con get.",
        ],
    },
    Faq {
        id: "why-two-connections",
        question: "¿Por qué FTP usa una conexión de control y una conexión de datos?",
        answer: &[
            "La conexión de control lleva los comandos del cliente y las respuestas del servidor, en forma de líneas de texto cortas. \
             El servidor la espera en el puerto 21, y se mantiene abierta durante toda la sesión.",
            "Una conexión de datos lleva el contenido de los archivos y los listados de directorios. \
             En modo activo, el estándar le asigna al servidor el puerto 20 para ella. Para cada transferencia se abre una nueva.",
            "Mantenerlas separadas es una forma de repartir responsabilidades. Los bytes de los archivos nunca se mezclan con los comandos. \
             La conexión de control queda libre mientras se transfiere un archivo, así que el cliente aún puede enviar un comando, por ejemplo para abortar. \
             Además, cada parte se puede modificar o depurar por separado.",
        ],
    },
    Faq {
        id: "connection-setup-and-teardown",
        question: "¿Cómo se establecen y se cierran las conexiones?",
        answer: &[
            "Las dos conexiones son conexiones TCP corrientes, tal como las describe el RFC 9293.",
            "Para establecerlas se usa la negociación en tres pasos (three-way handshake). El lado que abre envía un SYN. \
             El otro lado responde con un SYN-ACK. El que abrió termina con un ACK.",
            "El cierre termina cada sentido por separado. Un lado envía un FIN y el otro lo confirma con un ACK. \
             Más tarde, el segundo lado envía su propio FIN, y el primero lo confirma. \
             En total son cuatro segmentos, o tres cuando un FIN viaja en el mismo segmento que un ACK.",
            "En la animación, Control_Conn y Ack (control) y data_Conn y Ack_data_Conn (datos) son los dos primeros \
             segmentos de cada negociación. Close_Data y Close_Ctrl son el primer FIN de cada cierre.",
        ],
    },
    Faq {
        id: "active-vs-passive",
        question: "¿Qué diferencia hay entre el modo activo y el modo pasivo?",
        answer: &[
            "Lo que distingue a los dos modos es quién abre la conexión de datos.",
            "- Modo activo: el cliente escucha en un puerto y lo anuncia con PORT. \
             Después el servidor se conecta desde su puerto 20 a ese puerto. Este tutorial usa el modo activo.",
            "- Modo pasivo: el cliente envía PASV. El servidor elige un puerto, se pone a escuchar y responde \
             227 Entering Passive Mode con su dirección y su puerto. Luego es el cliente quien abre la conexión de datos.",
            "El modo pasivo existe por lo que ocurre del lado del cliente. Un cortafuegos (firewall) o un router NAT delante del cliente \
             suele descartar las conexiones que llegan desde fuera, así que el SYN del servidor en modo activo nunca pasa. \
             En modo pasivo el cliente abre las dos conexiones, y esos dispositivos sí lo permiten.",
            "El RFC 2428 añade EPRT y EPSV, que funcionan como PORT y PASV pero también admiten IPv6, \
             y la respuesta a EPSV (229) envía solo un puerto, lo que evita los problemas de direcciones con NAT.",
        ],
    },
    Faq {
        id: "common-commands",
        question: "¿Cuáles son los comandos FTP más comunes?",
        answer: &[
            "El cliente envía estos comandos por la conexión de control, uno por línea:",
            "- USER: el nombre de usuario con el que se inicia sesión.",
            "- PASS: la contraseña de ese usuario.",
            "- CWD: cambia el directorio de trabajo en el servidor.",
            "- CDUP: sube al directorio padre.",
            "- PWD: muestra el directorio de trabajo actual.",
            "- LIST: envía un listado detallado del directorio por una conexión de datos.",
            "- NLST: envía un listado solo con los nombres por una conexión de datos.",
            "- RETR: envía al cliente una copia de un archivo (una descarga).",
            "- STOR: recibe un archivo del cliente y lo guarda en el servidor (una subida).",
            "- DELE: borra un archivo del servidor.",
            "- MKD: crea un directorio nuevo.",
            "- RMD: elimina un directorio.",
            "- PORT: indica la dirección y el puerto a los que el servidor debe conectarse para la próxima transferencia (modo activo).",
            "- PASV: le pide al servidor que escuche a la espera de la próxima conexión de datos (modo pasivo).",
            "- TYPE: elige cómo se representan los datos, por ejemplo TYPE A para texto ASCII o TYPE I para binario.",
            "- QUIT: termina la sesión; el servidor responde 221 y cierra la conexión de control.",
        ],
    },
    Faq {
        id: "reply-codes",
        question: "¿Cómo responde el servidor a los comandos?",
        answer: &[
            "Cada respuesta empieza con un código de tres dígitos, seguido de un texto para personas. \
             Los programas cliente se guían por el código; el texto puede cambiar de un servidor a otro.",
            "El primer dígito indica el tipo de respuesta:",
            "- 1xx, preliminar positiva: la acción ha comenzado; llegará otra respuesta.",
            "- 2xx, de finalización positiva: la acción se completó con éxito.",
            "- 3xx, intermedia positiva: el comando se aceptó, pero el servidor necesita algo más, como una contraseña.",
            "- 4xx, negativa transitoria: la acción falló esta vez; si lo intentas más tarde, puede funcionar.",
            "- 5xx, negativa permanente: la acción falló; repetir el mismo comando no servirá de nada.",
            "Algunos códigos que te encontrarás:",
            "- 200: comando correcto, p. ej. \"200 PORT command successful\".",
            "- 220: el servidor está listo para un nuevo usuario, p. ej. \"220 FTP Server ready\".",
            "- 221: el servidor cierra la conexión de control, p. ej. \"221 Goodbye\".",
            "- 226: la transferencia salió bien y se está cerrando la conexión de datos.",
            "- 227: entrada en modo pasivo, con la dirección y el puerto a los que hay que conectarse.",
            "- 230: el usuario ha iniciado sesión.",
            "- 331: nombre de usuario correcto; falta la contraseña.",
            "- 425: el servidor no pudo abrir la conexión de datos.",
            "- 530: sesión no iniciada, por ejemplo por una contraseña incorrecta.",
            "- 550: la acción no se realizó, por ejemplo porque el archivo no existe.",
            "El RFC 959 enumera todos los códigos en su sección sobre las respuestas: https://www.rfc-editor.org/rfc/rfc959",
        ],
    },
    Faq {
        id: "what-does-port-do",
        question: "¿Qué hace el comando PORT?",
        answer: &[
            "En una transferencia en modo activo, S1 tiene que llamar a H1, y nada le dice a S1 en qué puerto escucha H1. \
             PORT cubre ese hueco.",
            "El argumento son seis números separados por comas. Los cuatro primeros son la dirección IP. \
             Los dos últimos son el puerto partido en un byte alto y un byte bajo: puerto = p1 × 256 + p2.",
            "$ PORT 1,1,1,1,213,177",
            "Aquí la dirección es 1.1.1.1 y el puerto es 213 × 256 + 177 = 54528 + 177 = 54705. \
             S1 acepta con una respuesta 200 y más tarde se conecta a 1.1.1.1, puerto 54705.",
            "Un PORT vale solo para la siguiente transferencia. Es habitual que el cliente envíe un PORT nuevo antes de cada LIST, RETR o STOR, \
             de modo que una misma sesión puede usar varias conexiones de datos, cada una hacia un puerto distinto.",
        ],
    },
    Faq {
        id: "common-errors",
        question: "¿Cuáles son los errores comunes al establecer conexiones FTP?",
        answer: &[
            "- Modo activo: un cortafuegos (firewall) o un router NAT delante del cliente descarta el SYN del servidor para la conexión de datos. \
             El servidor se rinde y responde 425 (no se puede abrir la conexión de datos).",
            "- Modo pasivo: un cortafuegos delante del servidor bloquea la conexión del cliente al puerto pasivo. \
             El cliente espera y al final informa de que se agotó el tiempo de espera (timeout). Si nada escucha en ese puerto, el servidor responde con un RST.",
            "- Usuario o contraseña incorrectos: el servidor responde 530 (sesión no iniciada).",
            "- Archivo inexistente o falta de permisos: un get de un archivo que no está recibe un 550.",
            "Un administrador lo soluciona dejando pasar FTP en el cortafuegos del servidor: el puerto 21, más el rango de puertos pasivos del servidor. \
             En el lado del cliente, el remedio habitual es el modo pasivo. \
             Muchos cortafuegos tienen además un asistente para FTP que lee PORT y PASV y abre el puerto correspondiente. \
             Antes que nada conviene comprobar la configuración IP, los datos de la cuenta y la conectividad (por ejemplo, con ping).",
        ],
    },
    Faq {
        id: "server-behind-nat",
        question: "¿Cómo pongo en marcha un servidor FTP detrás de una puerta de enlace o un router NAT?",
        answer: &[
            "Los clientes de Internet solo pueden llegar a la dirección pública del router, \
             así que el router tiene que reenviar el tráfico FTP a la dirección privada del servidor.",
            "- Reenvía el puerto TCP 21 al servidor para la conexión de control.",
            "- Asigna al servidor un rango fijo de puertos pasivos, y reenvía también ese rango completo.",
            "- Haz que el servidor anuncie la dirección pública del router en su respuesta 227. \
             Si no, anunciará su dirección privada, que los clientes de fuera no pueden alcanzar.",
            "En este lado el modo activo da menos problemas: las conexiones de datos del servidor salen desde el puerto 20, \
             y el router NAT deja pasar las conexiones salientes.",
        ],
    },
    Faq {
        id: "get-becomes-retr",
        question: "¿Por qué get se convierte en RETR y put en STOR?",
        answer: &[
            "Las palabras que escribes son comandos del programa cliente, elegidos para que a las personas les resulten fáciles. \
             El cliente los traduce a los comandos propios del protocolo, que son palabras cortas pensadas para programas.",
            "- get → RETR (descargar un archivo).",
            "- put → STOR (subir un archivo).",
            "- ls o dir → LIST (algunos clientes envían NLST para ls).",
            "- cd → CWD.",
            "- bye o quit → QUIT.",
            "Un solo comando del usuario puede generar varios comandos del protocolo. \
             En este tutorial, get foo hace que H1 envíe PORT y después RETR foo.",
        ],
    },
    Faq {
        id: "ftp-ftps-sftp-tftp",
        question: "¿En qué se diferencian FTP, FTPS, SFTP y TFTP?",
        answer: &[
            "- FTP: funciona sobre TCP, con el control en el puerto 21 y los datos en el puerto 20 o en puertos dinámicos. \
             Tiene inicio de sesión y te permite recorrer, crear y eliminar directorios. No cifra nada.",
            "- FTPS: el mismo protocolo FTP, protegido con TLS (antes SSL), de modo que los comandos, las contraseñas y los datos viajan cifrados.",
            "- SFTP: el SSH File Transfer Protocol (protocolo de transferencia de archivos de SSH). A pesar del nombre es un protocolo distinto, \
             y funciona dentro de una conexión SSH.",
            "- TFTP: Trivial File Transfer Protocol (protocolo trivial de transferencia de archivos). Usa UDP, no tiene inicio de sesión ni listado de directorios, \
             y es lo bastante pequeño para dispositivos sencillos. Los ingenieros de redes lo usan, por ejemplo, para copiar una imagen nueva de IOS a un router Cisco.",
            "FTP sin cifrar envía las contraseñas como texto en claro. En una captura puedes leer el comando PASS y la contraseña que lleva.",
        ],
    },
    Faq {
        id: "ftp-in-wireshark",
        question: "¿Cómo encuentro FTP en Wireshark?",
        answer: &[
            "Escribe uno de estos filtros de visualización en la barra de filtros:",
            "$ ftp || ftp-data",
            "Muestra los comandos y respuestas FTP y los datos FTP, y oculta todo lo demás.",
            "$ ftp.request.command == \"USER\"",
            "Muestra los comandos USER, así ves quién inició sesión.",
            "$ ftp.request.command == \"USER\" && ftp.request.arg == \"anonymous\"",
            "Muestra solo los inicios de sesión con el nombre de usuario anonymous.",
            "$ ftp.response.code == 226",
            "Muestra las respuestas que informan de una transferencia terminada; pon cualquier otro código en lugar de 226.",
            "$ ftp.request.command == \"PASV\"",
            "Muestra dónde pidieron los clientes el modo pasivo.",
            "$ tcp.port == 21",
            "Muestra todos los segmentos de la conexión de control, incluidos la negociación, los ACK y los FIN.",
            "Para reconstruir un archivo transferido, haz clic derecho en uno de sus paquetes ftp-data y elige \
             Follow → TCP Stream (Seguir → Flujo TCP). Pon \"Show data as\" (mostrar datos como) en Raw y luego haz clic en Save as (Guardar como). \
             Dale al archivo el nombre que aparece en el comando RETR o STOR, para que conserve su extensión.",
        ],
    },
    Faq {
        id: "is-ftp-secure",
        question: "¿Es seguro FTP?",
        answer: &[
            "No. FTP puede pedir una contraseña, pero no cifra nada. \
             El nombre de usuario, la contraseña, cada comando y cada archivo cruzan la red como bytes sin cifrar. \
             Cualquiera que pueda capturar el tráfico puede leerlos.",
            "Para cualquier cosa privada, usa SFTP o FTPS. \
             El FTP sin cifrar sigue sirviendo para un laboratorio, o para archivos públicos que se ofrecen mediante acceso anónimo.",
        ],
    },
    Faq {
        id: "port-20-or-dynamic",
        question: "¿La conexión de datos usa siempre el puerto 20?",
        answer: &[
            "No. El puerto 20 solo aparece en modo activo, como puerto de origen del servidor, que es lo que ves en data_Conn.",
            "El otro extremo es siempre un puerto dinámico. En modo activo es el puerto del cliente indicado en PORT, como el 54705. \
             En modo pasivo, el servidor elige un puerto de escucha, a menudo dentro de un rango configurado, y el cliente se conecta desde un puerto efímero.",
            "Así que, en la práctica, la mayoría de las conexiones de datos usan puertos dinámicos, y una misma sesión puede abrir varias.",
        ],
    },
];

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::i18n::en::content as en;
    use crate::i18n::en::content::tests::{assert_not_copied_from_the_seed, shingles};
    use std::collections::{BTreeSet, HashSet};

    /// The Spanish notes of seed 004 (the FTP/TFTP/FTPS/SFTP notes): our sentences
    /// take its facts and terms but must not copy 8 words in a row from it.
    const SEED_004_TEXT: &str = "
        Fue estandarizado por primera vez en 1971. FTP trabaja con TCP en puerto 20 y 21.
        Ambos trabajan con un modelo cliente-servidor: Clientes los pueden usar para copiar archivos
        desde/hacia un servidor. FTP puede usar autenticación, pero no encriptación. Es por esto que
        existe FTPS (usa SSL/TLS), que si puede encriptar la información. También existe SFTP, el cual
        es un protocolo nuevo y, trabaja con SSH. FTP es más complejo que TFPT, además de permitir el
        traspaso de información también le deja al cliente navegar/eliminar/agregar directorios, listas, etc.
        Conexiones FTP. FTP usa 2 tipos de conexiones: FTP Control (TCP 21): Es usada para enviar
        comandos y respuestas FTP. FTP Data (TCP 20): Es el puerto por el cual se transfiere la info.
        Hay 2 métodos para establecer conexiones FTP Data. Active Mode: El servidor inicia la conexión FTP.
        Passive Mode: El cliente inicia la conexión FTP. Esto es generalmente necesario cuando el cliente
        está detrás de un firewall, que puede bloquear la conexión desde el servidor.
        Recordemos que podemos ver la version con show version. Usamos el comando copy fuente destino.
        El la fuente ingresamos FTP o TFPT como servidores de origen. Ahora tenemos que ingresar la
        dirección del servidor FTP/TFPT. Ahora debemos ingresar el nombre del archivo que se encuentra en
        el servidor. Ahora el archivo se descargará a nuestro equipo. Podemos usar show flash para ver el
        archivo descargado. Para decirle al router que use el archivo, debemos usar el comando boot system
        direccion_archivo. Guardamos la configuración con write memory. Reiniciamos el router con reload.
        Para borrar el archivo de la version antigua usamos el comando delete direccion_archivo.
        Configuramos usuario con ip fpt username usuario. Configuramos contraseña con ip fpt password
        contraseña. Mismos pasos que con TFPT.
    ";

    /// Runs of ASCII digits ("1.1.1.1" gives "1"; "H1" gives "1").
    pub(crate) fn numbers(text: &str) -> BTreeSet<&str> {
        text.split(|c: char| !c.is_ascii_digit())
            .filter(|s| !s.is_empty())
            .collect()
    }

    /// The texts in double quotes, sorted (console output, filter arguments, UI labels).
    pub(crate) fn quotes(text: &str) -> Vec<&str> {
        let mut q: Vec<&str> = text.split('"').skip(1).step_by(2).collect();
        q.sort_unstable();
        q
    }

    /// The text with every double-quoted piece removed.
    fn unquoted(text: &str) -> String {
        text.split('"').step_by(2).collect::<Vec<_>>().join(" ")
    }

    /// Names that must never be translated: packet names (with '_' or "Ack"),
    /// and all-caps words such as commands, flags and acronyms (PORT, SYN, MSS, H1).
    pub(crate) fn protocol_tokens(text: &str) -> BTreeSet<&str> {
        text.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
            .filter(|w| {
                w.contains('_')
                    || *w == "Ack"
                    || (w.len() >= 2
                        && w.bytes().any(|b| b.is_ascii_uppercase())
                        && w.bytes()
                            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit()))
            })
            .collect()
    }

    /// Checks one Spanish string against its English original.
    pub(crate) fn check_pair(label: &str, en: &str, es: &str) {
        assert!(!es.trim().is_empty(), "{label} is empty");
        assert_eq!(es, es.trim(), "{label} has stray outer whitespace");
        assert!(!es.contains("  "), "{label} has a double space");
        assert!(!es.contains('\n'), "{label} spans lines");
        assert_eq!(
            numbers(en),
            numbers(es),
            "{label}: the numbers differ from the English"
        );
        assert_eq!(
            quotes(en),
            quotes(es),
            "{label}: the double-quoted texts differ from the English"
        );
        let es_tokens = protocol_tokens(es);
        for t in protocol_tokens(en) {
            assert!(es_tokens.contains(t), "{label}: {t} is missing");
        }
        // An untranslated string is caught below by its English words; a line such as
        // "- cd → CWD." is the same in both languages.
        if !es.starts_with("$ ") {
            let lower = format!(" {} ", unquoted(es).to_lowercase());
            for word in [" the ", " and ", " with ", " is ", " of ", " to "] {
                assert!(!lower.contains(word), "{label} has English {word:?}");
            }
        }
    }

    /// True when a text reads as Spanish (quoted console text does not count).
    pub(crate) fn looks_spanish(text: &str) -> bool {
        let lower = format!(" {} ", unquoted(text).to_lowercase());
        [
            " el ", " la ", " de ", " que ", " los ", " las ", " un ", " una ",
        ]
        .iter()
        .any(|w| lower.contains(w))
    }

    /// Checks a Spanish caption page against its English original.
    pub(crate) fn check_page(label: &str, en: &CaptionPage, es: &CaptionPage) {
        check_pair(&format!("{label} title"), en.title, es.title);
        assert_eq!(
            en.body.len(),
            es.body.len(),
            "{label}: paragraph count differs"
        );
        for (j, (e, s)) in en.body.iter().zip(es.body).enumerate() {
            check_pair(&format!("{label} body {j}"), e, s);
        }
        match (en.note, es.note) {
            (Some(e), Some(s)) => check_pair(&format!("{label} note"), e, s),
            (None, None) => {}
            _ => panic!("{label}: the note is present in only one language"),
        }
        let all = std::iter::once(es.title)
            .chain(es.body.iter().copied())
            .chain(es.note)
            .collect::<Vec<_>>()
            .join(" ");
        assert!(looks_spanish(&all), "{label} does not read as Spanish");
    }

    /// All Spanish prose of this file, labelled.
    fn all_texts() -> Vec<(String, &'static str)> {
        crate::i18n::en::content::tests::texts_of(&OVERVIEW, &PAGES, PACKET_NOTES, FAQ)
    }

    /// Fails when any of `texts` copies 8 words in a row from seed 004.
    pub(crate) fn assert_not_copied_from_seed_004(texts: Vec<(String, &str)>) {
        let seed = shingles(SEED_004_TEXT);
        assert!(seed.len() > 250, "seed 004 text went missing");
        for (label, text) in texts {
            for run in shingles(text) {
                assert!(
                    !seed.contains(&run),
                    "{label} copies seed 004: {:?}",
                    run.join(" ")
                );
            }
        }
    }

    #[test]
    fn overview_and_pages_match_the_english() {
        check_page("overview", &en::OVERVIEW, &OVERVIEW);
        assert_eq!(PAGES.len(), en::PAGES.len());
        for (i, (e, s)) in en::PAGES.iter().zip(PAGES.iter()).enumerate() {
            check_page(&format!("page {i}"), e, s);
        }
        let titles: HashSet<&str> = PAGES.iter().map(|p| p.title).collect();
        assert_eq!(titles.len(), PAGES.len(), "duplicate page title");
    }

    #[test]
    fn packet_notes_have_the_english_keys_in_order() {
        let keys: Vec<&str> = PACKET_NOTES.iter().map(|(k, _)| *k).collect();
        let en_keys: Vec<&str> = en::PACKET_NOTES.iter().map(|(k, _)| *k).collect();
        assert_eq!(keys, en_keys);
        for ((key, e), (_, s)) in en::PACKET_NOTES.iter().zip(PACKET_NOTES) {
            let label = format!("packet note {key}");
            check_pair(&label, e, s);
            assert!(looks_spanish(s), "{label} does not read as Spanish");
        }
    }

    #[test]
    fn faq_matches_the_english() {
        let ids: Vec<&str> = FAQ.iter().map(|f| f.id).collect();
        let en_ids: Vec<&str> = en::FAQ.iter().map(|f| f.id).collect();
        assert_eq!(ids, en_ids);
        for (e, s) in en::FAQ.iter().zip(FAQ) {
            let label = format!("faq {}", s.id);
            check_pair(&format!("{label} question"), e.question, s.question);
            assert!(s.question.starts_with('¿') && s.question.ends_with('?'));
            assert_eq!(
                e.answer.len(),
                s.answer.len(),
                "{label}: paragraph count differs"
            );
            for (j, (ep, sp)) in e.answer.iter().zip(s.answer).enumerate() {
                let pl = format!("{label} answer {j}");
                if ep.starts_with("$ ") {
                    // Code lines (filters, commands) are the same in every language.
                    assert_eq!(ep, sp, "{pl}: code line changed");
                } else {
                    check_pair(&pl, ep, sp);
                    assert_eq!(
                        ep.starts_with("- "),
                        sp.starts_with("- "),
                        "{pl}: bullet differs"
                    );
                    assert!(!sp.starts_with("$ "), "{pl}: not a code line in English");
                }
            }
            let all = std::iter::once(s.question)
                .chain(s.answer.iter().copied())
                .collect::<Vec<_>>()
                .join(" ");
            assert!(looks_spanish(&all), "{label} does not read as Spanish");
        }
    }

    #[test]
    fn the_checks_catch_a_dropped_fact_and_english() {
        let en = "H1 listens on port 54705 and prints \"220 FTP Server ready\".";
        let dropped = "H1 escucha en un puerto y muestra \"220 FTP Server ready\".";
        assert_ne!(numbers(en), numbers(dropped));
        let retold = "H1 escucha en el puerto 54705 y muestra \"220 FTP server ready\".";
        assert_ne!(quotes(en), quotes(retold));
        assert!(!looks_spanish("H1 sends the file"));
        assert!(looks_spanish("H1 envía el archivo \"the\""));
        assert!(protocol_tokens("Close_Data, Ack, SYN-ACK y PORT").contains("Close_Data"));
        assert!(protocol_tokens("Close_Data, Ack, SYN-ACK y PORT").contains("ACK"));
        assert!(!protocol_tokens("el Acceso").contains("Acceso"));
    }

    #[test]
    fn no_eight_word_run_is_copied_from_the_seeds() {
        assert_not_copied_from_seed_004(all_texts());
        assert_not_copied_from_the_seed(all_texts());
    }

    #[test]
    fn seed_004_check_does_catch_a_copy() {
        let copied = "Es el puerto por el cual se transfiere la info del archivo.";
        let seed = shingles(SEED_004_TEXT);
        assert!(shingles(copied).iter().any(|run| seed.contains(run)));
    }

    #[test]
    fn networking_terms_are_the_agreed_ones() {
        let text: String = all_texts()
            .into_iter()
            .map(|(_, t)| t)
            .collect::<Vec<_>>()
            .join(" ");
        for term in [
            "conexión de control",
            "conexión de datos",
            "modo activo",
            "modo pasivo",
            "puerto",
            "servidor",
            "cliente",
            "cortafuegos (firewall)",
            "paquete",
            "segmento",
            "acuse de recibo",
            "negociación en tres pasos (three-way handshake)",
        ] {
            assert!(text.contains(term), "the term {term:?} is never used");
        }
        for wrong in ["conección", "encriptación", "hand shake", "Vos ", "usted"] {
            assert!(!text.contains(wrong), "{wrong:?} should not be used");
        }
    }
}
