//! Words of the tutorial: caption pages and FAQ, as const tables (no parsing at run time).

/// A caption page: one phase of the session.
pub struct CaptionPage {
    /// Short heading, e.g. "H1 opens the control connection".
    pub title: &'static str,
    /// Paragraphs of the page (plain text; the UI renders one <p> each).
    pub body: &'static [&'static str],
    /// A "What the animation leaves out" note, if any (plain text).
    pub note: Option<&'static str>,
}

/// The overview shown on a first visit.
pub const OVERVIEW: CaptionPage = CaptionPage {
    title: "FTP Basics, animated",
    body: &[
        "Goal: watch FTP copy a file from a server to a client, one packet at a time. \
         You will see how FTP opens its two connections, moves the data and closes everything again.",
        "Topology: the client H1 (1.1.1.1) and the FTP server S1 (1.1.2.1) sit on opposite sides of the Internet.",
        "The plan has four parts. First, H1 opens a control connection to S1. \
         Second, S1 opens a data connection back to H1. \
         Third, S1 sends the file foo over the data connection. \
         Fourth, S1 closes the data connection and then the control connection.",
        "Controls: → moves one step forward and ← one step back. Space starts or pauses the animation. \
         PageDown and PageUp jump to the next or previous caption page. \
         Home goes to the first step and End to the last. Click a packet to see its fields.",
    ],
    note: Some(
        "Only the key packets of the session are drawn. Many other segments also cross the network: \
         the last ACK of each handshake, the login, and most FTP commands and replies. \
         The captions say where they belong, and the Every segment view lists them all.",
    ),
};

/// One page per phase, in order: ControlSetup, Request, DataSetup, Transfer, DataClose, ControlClose.
pub const PAGES: [CaptionPage; 6] = [
    // ControlSetup
    CaptionPage {
        title: "H1 opens the control connection",
        body: &[
            "The user at H1 types ftp 1.1.2.1. Before any FTP command can flow, H1 needs a TCP connection to S1. \
             It picks a free ephemeral port of its own and sends a SYN to port 21, the FTP control port. \
             This SYN is the Control_Conn packet.",
            "S1 accepts with a SYN-ACK, drawn as Ack. \
             H1 answers with a plain ACK, which completes the three-way handshake.",
            "The server speaks first on a new control connection. \
             S1 sends the reply 220, and H1 prints \"220 FTP Server ready\".",
            "H1 then logs in. In this session it uses anonymous login, so no personal password is needed.",
        ],
        note: Some(
            "H1's ACK that ends the handshake is not drawn. The login is not drawn either: \
             the USER and PASS commands and S1's 331 and 230 replies are ordinary segments on the control connection. \
             The Every segment view shows them.",
        ),
    },
    // Request
    CaptionPage {
        title: "get foo: H1 sends PORT",
        body: &[
            "The user types get foo to ask S1 for a copy of the file foo. \
             The file will not travel on the control connection. It gets a separate data connection.",
            "This tutorial uses active mode. In active mode the server dials the client for the data, \
             so S1 must first learn where to call. H1 starts listening on port 54705 and sends \
             PORT 1,1,1,1,213,177 on the control connection.",
            "Click PORT to see its fields. The first four numbers are H1's address, 1.1.1.1. \
             The last two give the port: 213 × 256 + 177 = 54705.",
            "S1 agrees with \"200 PORT command successful\", and H1 prints it. \
             Then H1 asks for the file itself with the command RETR foo.",
        ],
        note: Some(
            "The 200 reply, the RETR foo command and the ACKs for these segments are not drawn as named packets. \
             A client usually sends TYPE I (binary) before the transfer; that exchange is left out too.",
        ),
    },
    // DataSetup
    CaptionPage {
        title: "S1 opens the data connection",
        body: &[
            "Now S1 calls back. It sends a SYN from its port 20 to 1.1.1.1 port 54705, the place named in PORT. \
             This is data_Conn. Notice the direction: in active mode the server opens the data connection.",
            "H1 is listening on 54705, so it accepts with a SYN-ACK: Ack_data_Conn. \
             S1 completes the handshake with an ACK, and the data connection is up.",
            "On the control connection, S1 sends a 150 reply to say the transfer is about to begin. \
             H1 prints \"150 Opening BINARY mode data connection for foo\" followed by the size of foo in bytes.",
        ],
        note: Some(
            "S1's ACK that ends this handshake and the 150 reply travel as segments, \
             but they are not drawn as named packets.",
        ),
    },
    // Transfer
    CaptionPage {
        title: "S1 sends foo",
        body: &[
            "S1 writes the bytes of foo into the data connection. \
             TCP cuts them into segments of at most one MSS (maximum segment size). \
             Each side announced its MSS in its SYN.",
            "H1 acknowledges what arrives. Each ACK carries the number of the next byte H1 expects. \
             S1 does not wait for every ACK: its window lets several segments be in flight at once.",
            "Only file bytes use the data connection. Commands and replies stay on the control connection.",
        ],
        note: Some(
            "A real file needs many segments. The animation draws one ftp_Data and one Ack_Data \
             to stand for all of them. The Every segment view shows each one.",
        ),
    },
    // DataClose
    CaptionPage {
        title: "Closing the data connection",
        body: &[
            "After the last byte of foo, S1 closes the data connection by sending a FIN: Close_Data. \
             In FTP's usual stream mode, this FIN is how H1 knows that the file has ended.",
            "H1 acknowledges the FIN with an ACK. H1 then closes its own side with a FIN, which S1 acknowledges. \
             Now the data connection is closed in both directions.",
            "On the control connection, S1 reports 226, and H1 prints \"226 Transfer complete\". \
             A data connection serves a single transfer. Another get would need a new PORT and a new data connection.",
        ],
        note: Some(
            "H1's FIN, S1's ACK of that FIN, and the 226 reply are not drawn as named packets.",
        ),
    },
    // ControlClose
    CaptionPage {
        title: "Closing the control connection",
        body: &[
            "With nothing else to fetch, the user types quit. H1 sends the QUIT command to S1.",
            "S1 replies 221, and H1 prints \"221 Goodbye\". \
             S1 then closes the control connection with a FIN: Close_Ctrl. H1 acknowledges it with Ack_Close.",
            "H1 sends its own FIN, and S1 acknowledges it. \
             S1 closed first, so it waits a short while in the TIME-WAIT state in case its last ACK got lost. \
             After that, nothing of the session is left.",
        ],
        note: Some(
            "The QUIT command, the 221 reply, H1's FIN and S1's final ACK are not drawn as named packets.",
        ),
    },
];

/// A one-line explanation per key packet name, shown when a learner clicks the packet
/// (the UI adds the live fields: addresses, ports, seq/ack). Keys: "Control_Conn", "Ack" (control SYN-ACK),
/// "PORT", "data_Conn", "Ack_data_Conn", "ftp_Data", "Ack_Data", "Close_Data", "Ack_close_data" (the Ack of Close_Data), "Close_Ctrl", "Ack_Close", "PASV", "EPSV", "Reset".
pub const PACKET_NOTES: &[(&str, &str)] = &[
    (
        "Control_Conn",
        "H1's SYN from an ephemeral port to S1's port 21: the first step of the control connection's handshake.",
    ),
    (
        "Ack",
        "S1's SYN-ACK on the control connection: it accepts H1's SYN and sends its own starting sequence number.",
    ),
    (
        "PORT",
        "H1 tells S1 where to connect for the data: PORT 1,1,1,1,213,177 means 1.1.1.1, port 213 × 256 + 177 = 54705.",
    ),
    (
        "data_Conn",
        "S1's SYN from port 20 to H1's port 54705: in active mode the server opens the data connection.",
    ),
    (
        "Ack_data_Conn",
        "H1's SYN-ACK on the data connection: H1 was listening on the port it announced in PORT and accepts.",
    ),
    (
        "ftp_Data",
        "A segment of the file foo on the data connection, at most one MSS long; it stands for all the data segments.",
    ),
    (
        "Ack_Data",
        "H1's ACK of the data: its acknowledgement number is the next byte of foo that H1 expects.",
    ),
    (
        "Close_Data",
        "S1's FIN on the data connection: the whole file is sent, and closing the connection marks the end of foo.",
    ),
    (
        "Ack_close_data",
        "H1's ACK of S1's FIN: S1's side of the data connection is now closed.",
    ),
    (
        "Close_Ctrl",
        "S1's FIN on the control connection, sent after the 221 reply to QUIT: the session is ending.",
    ),
    (
        "Ack_Close",
        "H1's ACK of S1's FIN on the control connection; H1 then closes its own side with a FIN.",
    ),
    (
        "PASV",
        "Passive mode request: the client asks the server to listen; the server answers 227 Entering Passive Mode (h1,h2,h3,h4,p1,p2).",
    ),
    (
        "EPSV",
        "Extended passive request (RFC 2428): the server answers 229 Entering Extended Passive Mode (|||port|), a port only.",
    ),
    (
        "Reset",
        "A TCP segment with the RST flag: the sender refuses or aborts the connection at once, for example when nothing listens on the port.",
    ),
];

/// An FAQ entry.
pub struct Faq {
    /// The anchor id: lowercase words joined by '-', e.g. "what-is-ftp". Unique.
    pub id: &'static str,
    /// The question, as the learner would ask it.
    pub question: &'static str,
    /// Paragraphs; a paragraph starting with "- " is a bullet; a paragraph starting with "$ " is a code line (e.g. a filter), rendered monospace without the "$ ".
    pub answer: &'static [&'static str],
}

/// The FAQ, in the order it is shown.
pub const FAQ: &[Faq] = &[
    Faq {
        id: "what-is-ftp",
        question: "What is FTP?",
        answer: &[
            "FTP, the File Transfer Protocol, copies files between a client and a server. \
             It belongs to the application layer and uses TCP underneath.",
            "It is one of the oldest Internet protocols. It was first standardised in 1971 (RFC 114). \
             The version in use today is defined in RFC 959 from 1985.",
        ],
    },
    Faq {
        id: "what-does-ftp-do",
        question: "What does FTP do?",
        answer: &[
            "A client connects to an FTP server, logs in, and then works with the files stored there. \
             It can download files, upload files, list and change directories, create and remove directories, \
             and delete files.",
            "A typical lab exercise in Cisco Packet Tracer shows the idea. The server has an account \
             such as user1 with the password password123. PC1 logs in and uploads a file with put. \
             PC2 logs in with the same account and downloads that file with get.",
        ],
    },
    Faq {
        id: "why-two-connections",
        question: "Why does FTP use a control connection and a data connection?",
        answer: &[
            "The control connection carries commands from the client and replies from the server, as short lines of text. \
             The server listens for it on port 21, and it stays open for the whole session.",
            "A data connection carries file contents and directory listings. \
             The standard gives the server port 20 for it in active mode. A new one is opened for each transfer.",
            "Keeping the two apart is a separation of concerns. File bytes never get mixed up with commands. \
             The control connection stays free while a file moves, so the client can still send a command such as an abort. \
             And each part can be reworked or debugged on its own.",
        ],
    },
    Faq {
        id: "connection-setup-and-teardown",
        question: "How are the connections set up and torn down?",
        answer: &[
            "Both connections are ordinary TCP connections, as described in RFC 9293.",
            "Setup is the three-way handshake. The side that opens sends a SYN. \
             The other side answers with a SYN-ACK. The opener finishes with an ACK.",
            "Teardown closes each direction on its own. One side sends a FIN and the other acknowledges it with an ACK. \
             Later the second side sends its own FIN, and the first side acknowledges it. \
             That makes four segments, or three when a FIN rides on the same segment as an ACK.",
            "In the animation, Control_Conn and Ack (control) and data_Conn and Ack_data_Conn (data) are the first two \
             segments of each handshake. Close_Data and Close_Ctrl are the first FIN of each teardown.",
        ],
    },
    Faq {
        id: "active-vs-passive",
        question: "What is the difference between active and passive mode?",
        answer: &[
            "The two modes differ in who opens the data connection.",
            "- Active mode: the client listens on a port and announces it with PORT. \
             The server then connects from its port 20 to that port. This tutorial uses active mode.",
            "- Passive mode: the client sends PASV. The server picks a port, starts listening, and answers \
             227 Entering Passive Mode with its address and port. The client then opens the data connection itself.",
            "Passive mode exists because of the client side of the network. A firewall or NAT router in front of the client \
             usually drops connections that arrive from outside, so the server's SYN of active mode never gets through. \
             In passive mode the client opens both connections, which such devices allow.",
            "RFC 2428 adds EPRT and EPSV, which work like PORT and PASV but also handle IPv6, \
             and the EPSV reply (229) sends only a port, which sidesteps address problems with NAT.",
        ],
    },
    Faq {
        id: "common-commands",
        question: "What are the common FTP commands?",
        answer: &[
            "The client sends these commands on the control connection, one per line:",
            "- USER: the user name to log in with.",
            "- PASS: the password for that user.",
            "- CWD: change the working directory on the server.",
            "- CDUP: move up to the parent directory.",
            "- PWD: show the current working directory.",
            "- LIST: send a detailed directory listing over a data connection.",
            "- NLST: send a listing of names only over a data connection.",
            "- RETR: send a copy of a file to the client (a download).",
            "- STOR: receive a file from the client and store it on the server (an upload).",
            "- DELE: delete a file on the server.",
            "- MKD: make a new directory.",
            "- RMD: remove a directory.",
            "- PORT: give the address and port the server should connect to for the next transfer (active mode).",
            "- PASV: ask the server to listen for the next data connection (passive mode).",
            "- TYPE: choose how data is represented, for example TYPE A for ASCII text or TYPE I for binary.",
            "- QUIT: end the session; the server replies 221 and closes the control connection.",
        ],
    },
    Faq {
        id: "reply-codes",
        question: "How does the server reply to commands?",
        answer: &[
            "Every reply starts with a three-digit code, followed by text for humans. \
             Client programs act on the code; the text may differ from server to server.",
            "The first digit tells the kind of reply:",
            "- 1xx, positive preliminary: the action has started; another reply will follow.",
            "- 2xx, positive completion: the action succeeded.",
            "- 3xx, positive intermediate: the command was accepted, but the server needs more, such as a password.",
            "- 4xx, transient negative: the action failed this time; trying again later may work.",
            "- 5xx, permanent negative: the action failed; repeating the same command will not help.",
            "Some codes you will meet:",
            "- 200: command okay, e.g. \"200 PORT command successful\".",
            "- 220: the server is ready for a new user, e.g. \"220 FTP Server ready\".",
            "- 221: the server is closing the control connection, e.g. \"221 Goodbye\".",
            "- 226: the transfer worked and the data connection is being closed.",
            "- 227: entering passive mode, with the address and port to connect to.",
            "- 230: the user is logged in.",
            "- 331: user name okay, password needed.",
            "- 425: the server could not open the data connection.",
            "- 530: not logged in, for example because of a wrong password.",
            "- 550: the action was not taken, for example because the file does not exist.",
            "RFC 959 lists every code in its section on replies: https://www.rfc-editor.org/rfc/rfc959",
        ],
    },
    Faq {
        id: "what-does-port-do",
        question: "What does the PORT command do?",
        answer: &[
            "For an active-mode transfer, S1 must dial H1, and nothing tells S1 which port H1 listens on. \
             PORT fills that gap.",
            "The argument is six numbers separated by commas. The first four are the IP address. \
             The last two are the port split into a high byte and a low byte: port = p1 × 256 + p2.",
            "$ PORT 1,1,1,1,213,177",
            "Here the address is 1.1.1.1 and the port is 213 × 256 + 177 = 54528 + 177 = 54705. \
             S1 accepts with a 200 reply and later connects to 1.1.1.1 port 54705.",
            "A PORT applies to the next transfer only. A client often sends a fresh PORT before each LIST, RETR or STOR, \
             so one session can use several data connections, each to a different port.",
        ],
    },
    Faq {
        id: "common-errors",
        question: "What are common errors when making FTP connections?",
        answer: &[
            "- Active mode: a firewall or NAT router in front of the client drops the server's SYN for the data connection. \
             The server gives up and replies 425 (can't open data connection).",
            "- Passive mode: a firewall in front of the server blocks the client's connection to the passive port. \
             The client waits and finally reports a timeout. If nothing listens on that port, the server answers with a RST.",
            "- Wrong user name or password: the server replies 530 (not logged in).",
            "- Missing file or no permission: a get of a file that is not there gets 550.",
            "An administrator fixes these by letting FTP through: port 21, plus the server's passive port range, \
             on the server's firewall. On the client side, passive mode is the usual cure. \
             Many firewalls also have an FTP helper that reads PORT and PASV and opens the matching port. \
             Checking IP settings, account details and reachability (for example with ping) comes first.",
        ],
    },
    Faq {
        id: "server-behind-nat",
        question: "How do I run an FTP server behind a gateway or NAT router?",
        answer: &[
            "Clients on the Internet can only reach the router's public address, \
             so the router must forward FTP traffic to the server's private address.",
            "- Forward TCP port 21 to the server for the control connection.",
            "- Give the server a fixed range of passive ports, and forward that whole range too.",
            "- Make the server announce the router's public address in its 227 reply. \
             Otherwise it announces its private address, which clients outside cannot reach.",
            "Active mode is less of a problem on this side: the server's data connections go out from port 20, \
             and the NAT router lets outgoing connections pass.",
        ],
    },
    Faq {
        id: "get-becomes-retr",
        question: "Why does get become RETR and put become STOR?",
        answer: &[
            "The words you type are commands of the client program, chosen to be easy for people. \
             The client translates them into the protocol's own commands, which are short words meant for programs.",
            "- get → RETR (download a file).",
            "- put → STOR (upload a file).",
            "- ls or dir → LIST (some clients send NLST for ls).",
            "- cd → CWD.",
            "- bye or quit → QUIT.",
            "One user command can cause several protocol commands. \
             In this tutorial, get foo makes H1 send PORT and then RETR foo.",
        ],
    },
    Faq {
        id: "ftp-ftps-sftp-tftp",
        question: "How do FTP, FTPS, SFTP and TFTP differ?",
        answer: &[
            "- FTP: runs over TCP, with control on port 21 and data on port 20 or dynamic ports. \
             It has logins and lets you browse, create and delete directories. It does not encrypt anything.",
            "- FTPS: the same FTP protocol, protected by TLS (formerly SSL), so commands, passwords and data are encrypted.",
            "- SFTP: the SSH File Transfer Protocol. Despite the name it is a different protocol, \
             and it runs inside an SSH connection.",
            "- TFTP: Trivial File Transfer Protocol. It uses UDP, has no login and no directory listing, \
             and is small enough for simple devices. Network engineers use it, for example, to copy a new IOS image to a Cisco router.",
            "Plain FTP sends passwords as clear text. In a capture you can read the PASS command and the password in it.",
        ],
    },
    Faq {
        id: "ftp-in-wireshark",
        question: "How do I find FTP in Wireshark?",
        answer: &[
            "Type one of these display filters into the filter bar:",
            "$ ftp || ftp-data",
            "Shows FTP commands and replies and the FTP data, and hides everything else.",
            "$ ftp.request.command == \"USER\"",
            "Shows the USER commands, so you see who logged in.",
            "$ ftp.request.command == \"USER\" && ftp.request.arg == \"anonymous\"",
            "Shows only logins with the user name anonymous.",
            "$ ftp.response.code == 226",
            "Shows the replies that report a finished transfer; put any other code in place of 226.",
            "$ ftp.request.command == \"PASV\"",
            "Shows where clients asked for passive mode.",
            "$ tcp.port == 21",
            "Shows every segment of the control connection, including the handshake, the ACKs and the FINs.",
            "To rebuild a file that was transferred, right-click one of its ftp-data packets and choose \
             Follow → TCP Stream. Set \"Show data as\" to Raw, then click Save as. \
             Name the file after the one in the RETR or STOR command, so it keeps its extension.",
        ],
    },
    Faq {
        id: "is-ftp-secure",
        question: "Is FTP secure?",
        answer: &[
            "No. FTP can ask for a password, but it does not encrypt anything. \
             The user name, the password, every command and every file cross the network as plain bytes. \
             Anyone who can capture the traffic can read them.",
            "For anything private, use SFTP or FTPS instead. \
             Plain FTP is still fine in a lab, or for public files offered by anonymous login.",
        ],
    },
    Faq {
        id: "port-20-or-dynamic",
        question: "Does the data connection always use port 20?",
        answer: &[
            "No. Port 20 appears only in active mode, as the server's source port, which is what you see in data_Conn.",
            "The other end is always a dynamic port. In active mode it is the client port named in PORT, such as 54705. \
             In passive mode the server picks a listening port, often from a configured range, and the client connects from an ephemeral port.",
            "So in practice most data connections use dynamic ports, and one session may open several of them.",
        ],
    },
];

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use std::collections::HashSet;

    /// The FAQ ids, in the order the brief requires (the last two are extras).
    const REQUIRED_IDS: [&str; 15] = [
        "what-is-ftp",
        "what-does-ftp-do",
        "why-two-connections",
        "connection-setup-and-teardown",
        "active-vs-passive",
        "common-commands",
        "reply-codes",
        "what-does-port-do",
        "common-errors",
        "server-behind-nat",
        "get-becomes-retr",
        "ftp-ftps-sftp-tftp",
        "ftp-in-wireshark",
        "is-ftp-secure",
        "port-20-or-dynamic",
    ];

    const PACKET_KEYS: [&str; 14] = [
        "Control_Conn",
        "Ack",
        "PORT",
        "data_Conn",
        "Ack_data_Conn",
        "ftp_Data",
        "Ack_Data",
        "Close_Data",
        "Ack_close_data",
        "Close_Ctrl",
        "Ack_Close",
        "PASV",
        "EPSV",
        "Reset",
    ];

    /// The caption script and FAQ of the original animation, lowercased with
    /// punctuation removed. Our text must not copy runs of 8 words from it.
    pub(crate) const SEED_001_WORDS: &str = "
        caption script overview ftp basics goal visualize ftp basic operations setup control and
        data connections transfer data closoe connections topology a client h1 is connected to a
        ftp server s1 via internet steps 1 h1 requests for a control connection with s1 2 s1
        requests for a data connection with h1 3 s1 transfers data to h1 4 when data transfer is
        done s1 requests to close data connection and control connection h1 control connection
        request at h1 user types ftp 1 1 2 1 it triggers h1 sending a control connection request
        packet to s1 when s1 receives this request it sends an ack back to h1 upon receiving ack
        h1 prints 20 ftp server ready to indicate that controol connection is up h1 get foo port
        user types get foo at h1 to ask s1 to send a file foo then h1 sends a port command click
        port to see h1 s port information ip 1 1 1 1 port 54705 note in this tutorial ftp runs in
        active mode it is server that initiates data connection but server needs to know client s
        port number first this is why h1 sends an unsolicited port command to s1 s1 data
        coonection rqeuest upon receiving port s1 sends data conn to h1 source port 20
        destination port 54705 h1 responds with an ack data conn now data connection is up s1
        receives the ack and sends a message to h1 not shown in animation h1 receives the message
        and prints 150 opening binary to indicate that data transfre is starting note in order to
        focus the key ftp packet transaction we do not show non critical packets in this tutorial
        s1 trsnafers foo to h1 with data connection estbalished s1 starts to transmit foo data one
        packet ftp data at a time when h1 receives a data packet it responds an ack data when s1
        receives ack it sends the next data packet note in this animation we show only one ftp
        data ack data transaction s1 close data connection after s1 has transmitted all data
        packets it sends a message to h1 noy shown in animation when h1 receives this message it
        pritns 226 transfer complete to indicate the file transfer is done s1 close the data
        connection adn sends close data request to h1 h1 receives this reqest and sends an ack to
        grant it this closes ftp data connection s1 close control connection user has no other
        ftp tasks to do and types quit it triggers a message to s1 not shown in animation when s1
        receives the quit message it sends a goodbyte message to h1 not shown in animation h1
        receives this message and prints 221 goodbye to tell user that ftp is exited s1 sends
        close ctrl to close control connection with h1 h1 receives the request and sends ack
        close to confirm now ftp control connection is closed faq 1 what is ftp ftp stands for
        file transfer protocol it is a tcp application that is used for file transfer 2 what does
        ftp do ftp allows ftp clients to connect to ftp server then download or upload files from
        to a ftp server 3 why ftp uses control connection and data connection ftp uses control
        connection to transfer user commands server uses port 21 for this connection ftp uses
        data connection to transfer data server uses port 20 for this connection using two
        connections separates control and data tasks changes in one area do not have side
        effects on the other one 4 how to setup close down ftp connections ftp uses tcp s 3 way
        handshaking to setup connections syn synack and ack to close connections ftp uses tcp s
        connection tear down packets fin ack fin and ack see more details in ftp connection basic
        animation 5 how to initiate data connection ftp data connection is established in two
        ways active passive in active mode the client sends the server the ip address and port
        number port command that the client will listen then the server initiates the tcp data
        connection if the client is behind a firewall it cannot accept incoming tcp connections
        passive mode is used the client sends a pasv command to the server and receives an ip
        address and port number from the server the client then uses these to open the data
        connection 6 what are ftp commands ftp client send ftp commands to server to start a task
        for example cdup change to parent directory dele delete file port specifies an address
        and port to which the server should connect stor accept the data and to store it as a
        file user authentication username 7 how does server respond to client commands ftp
        server responds to ftp commands by sending a numbered message to client for example 200
        port command successful server has received port 220 ftp server ready to indicate that
        server has established control connection 226 transfer complete server has sent data
        completely see rfc959 for detail commands see ftp error code at http www
        theegglestongroup com writing ftp error codes php 8 what does port command do in active
        mode the server makes data connection request to the ip port that the client is
        listening at but the server does not know therefore the client sends the port command to
        server to inform its intended ip address and port number a client may send several port
        commands to the same server to have concurrent data connections 9 what are the common
        errors of making ftp connections for active mode client side firewall may block server s
        connection request for passive mode server side firewall may block client s connection
        request to get it work network admin needs to configure firewall to allow ftp
        connections 10 how to setup ftp servers for servers in a subnet configure the gateway
        router to map ftp connection to the server
    ";

    pub(crate) const SHINGLE: usize = 8;

    /// Lowercase words, with every non-alphanumeric character treated as a separator
    /// (the same normalisation that produced `SEED_001_WORDS`).
    pub(crate) fn words(text: &str) -> Vec<String> {
        text.to_lowercase()
            .split(|c: char| !c.is_ascii_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_owned)
            .collect()
    }

    pub(crate) fn shingles(text: &str) -> HashSet<Vec<String>> {
        words(text)
            .windows(SHINGLE)
            .map(<[String]>::to_vec)
            .collect()
    }

    /// Every piece of prose of one language's tables, with a label saying where it is.
    pub(crate) fn texts_of(
        overview: &'static CaptionPage,
        pages: &'static [CaptionPage],
        notes: &'static [(&'static str, &'static str)],
        faqs: &'static [Faq],
    ) -> Vec<(String, &'static str)> {
        let mut out = Vec::new();
        let pages = std::iter::once(("overview".to_owned(), overview)).chain(
            pages
                .iter()
                .enumerate()
                .map(|(i, p)| (format!("page {i}"), p)),
        );
        for (label, page) in pages {
            out.push((format!("{label} title"), page.title));
            for (j, para) in page.body.iter().enumerate() {
                out.push((format!("{label} body {j}"), *para));
            }
            if let Some(note) = page.note {
                out.push((format!("{label} note"), note));
            }
        }
        for (key, note) in notes {
            out.push((format!("packet note {key}"), *note));
        }
        for faq in faqs {
            out.push((format!("faq {} question", faq.id), faq.question));
            for (j, para) in faq.answer.iter().enumerate() {
                out.push((format!("faq {} answer {j}", faq.id), *para));
            }
        }
        out
    }

    /// Every piece of prose in this file.
    fn all_texts() -> Vec<(String, &'static str)> {
        texts_of(&OVERVIEW, &PAGES, PACKET_NOTES, FAQ)
    }

    fn faq(id: &str) -> &'static Faq {
        FAQ.iter()
            .find(|f| f.id == id)
            .unwrap_or_else(|| panic!("FAQ entry {id} missing"))
    }

    #[test]
    fn faq_ids_are_unique_and_anchor_safe() {
        let mut seen = HashSet::new();
        for f in FAQ {
            assert!(
                !f.id.is_empty()
                    && f.id
                        .bytes()
                        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'),
                "FAQ id {:?} is not [a-z0-9-]+",
                f.id
            );
            assert!(
                !f.id.starts_with('-') && !f.id.ends_with('-') && !f.id.contains("--"),
                "FAQ id {:?} has a stray '-'",
                f.id
            );
            assert!(seen.insert(f.id), "FAQ id {:?} is not unique", f.id);
        }
    }

    #[test]
    fn faq_has_required_entries_in_order() {
        assert!(FAQ.len() >= 13, "only {} FAQ entries", FAQ.len());
        let ids: Vec<&str> = FAQ.iter().map(|f| f.id).collect();
        assert_eq!(ids, REQUIRED_IDS);
    }

    #[test]
    fn every_packet_key_has_a_note() {
        let keys: Vec<&str> = PACKET_NOTES.iter().map(|(k, _)| *k).collect();
        for key in PACKET_KEYS {
            assert!(keys.contains(&key), "PACKET_NOTES lacks {key}");
        }
        let unique: HashSet<&str> = keys.iter().copied().collect();
        assert_eq!(unique.len(), keys.len(), "duplicate key in PACKET_NOTES");
    }

    #[test]
    fn packet_notes_are_one_line() {
        for (key, note) in PACKET_NOTES {
            assert!(!note.contains('\n'), "note for {key} spans lines");
        }
    }

    #[test]
    fn no_empty_strings() {
        for (label, text) in all_texts() {
            assert!(!text.trim().is_empty(), "{label} is empty");
            assert_eq!(text, text.trim(), "{label} has stray outer whitespace");
            assert!(!text.contains("  "), "{label} has a double space");
        }
        for faq in FAQ {
            assert!(!faq.answer.is_empty(), "FAQ {} has no answer", faq.id);
            for para in faq.answer {
                for prefix in ["- ", "$ "] {
                    if let Some(rest) = para.strip_prefix(prefix) {
                        assert!(!rest.trim().is_empty(), "empty item in FAQ {}", faq.id);
                    }
                }
            }
        }
    }

    #[test]
    fn caption_pages_have_two_to_four_paragraphs() {
        for page in PAGES.iter().chain(std::iter::once(&OVERVIEW)) {
            assert!(
                (2..=4).contains(&page.body.len()),
                "page {:?} has {} paragraphs",
                page.title,
                page.body.len()
            );
        }
        let titles: HashSet<&str> = PAGES.iter().map(|p| p.title).collect();
        assert_eq!(titles.len(), PAGES.len(), "duplicate page title");
    }

    /// Fails when any of `texts` (label, text) copies 8 words in a row from seed 001.
    pub(crate) fn assert_not_copied_from_the_seed(texts: Vec<(String, &str)>) {
        let seed = shingles(SEED_001_WORDS);
        assert!(seed.len() > 900, "seed text went missing");
        for (label, text) in texts {
            for run in shingles(text) {
                assert!(
                    !seed.contains(&run),
                    "{label} copies the seed: {:?}",
                    run.join(" ")
                );
            }
        }
    }

    #[test]
    fn no_eight_word_run_is_copied_from_the_seed_script() {
        assert_not_copied_from_the_seed(all_texts());
    }

    #[test]
    fn shingle_check_does_catch_a_copy() {
        let copied = "Upon receiving Ack, H1 prints \"20 FTP Server ready\" to indicate it.";
        let seed = shingles(SEED_001_WORDS);
        assert!(shingles(copied).iter().any(|run| seed.contains(run)));
    }

    #[test]
    fn the_greeting_is_220_not_20() {
        for (label, text) in all_texts() {
            for (i, _) in text.match_indices("FTP Server ready") {
                assert!(text[..i].ends_with("220 "), "{label}: greeting must be 220");
            }
        }
        assert!(PAGES[0]
            .body
            .iter()
            .any(|p| p.contains("220 FTP Server ready")));
    }

    #[test]
    fn port_arithmetic_is_right() {
        assert_eq!(213 * 256 + 177, 54705);
        let port = faq("what-does-port-do");
        assert!(port.answer.contains(&"$ PORT 1,1,1,1,213,177"));
        assert!(port.answer.iter().any(|p| p.contains("54705")));
        assert!(PAGES[1]
            .body
            .iter()
            .any(|p| p.contains("PORT 1,1,1,1,213,177")));
        assert!(PAGES[2].body.iter().any(|p| p.contains("port 20")));
    }

    #[test]
    fn console_lines_appear_on_their_pages() {
        let expect = [
            (0, "ftp 1.1.2.1"),
            (0, "220 FTP Server ready"),
            (1, "get foo"),
            (1, "200 PORT command successful"),
            (2, "150 Opening BINARY mode data connection for foo"),
            (4, "226 Transfer complete"),
            (5, "quit"),
            (5, "221 Goodbye"),
        ];
        for (page, line) in expect {
            assert!(
                PAGES[page].body.iter().any(|p| p.contains(line)),
                "page {page} does not show {line:?}"
            );
        }
    }

    #[test]
    fn commands_faq_covers_the_listed_commands() {
        let bullets: Vec<&str> = faq("common-commands")
            .answer
            .iter()
            .filter_map(|p| p.strip_prefix("- "))
            .collect();
        for cmd in [
            "USER", "PASS", "CWD", "CDUP", "PWD", "LIST", "NLST", "RETR", "STOR", "DELE", "MKD",
            "RMD", "PORT", "PASV", "TYPE", "QUIT",
        ] {
            let prefix = format!("{cmd}: ");
            assert!(
                bullets.iter().any(|b| b.starts_with(&prefix)),
                "no bullet for {cmd}"
            );
        }
    }

    #[test]
    fn reply_faq_covers_the_codes_and_classes() {
        let answer = faq("reply-codes").answer;
        for code in [
            "1xx", "2xx", "3xx", "4xx", "5xx", "200", "220", "221", "226", "227", "230", "331",
            "425", "530", "550",
        ] {
            let prefix = format!("- {code}");
            assert!(
                answer.iter().any(|p| p.starts_with(&prefix)),
                "no bullet for {code}"
            );
        }
        assert!(answer.iter().any(|p| p.contains("RFC 959")));
    }

    #[test]
    fn wireshark_faq_has_the_filters() {
        let code: Vec<&str> = faq("ftp-in-wireshark")
            .answer
            .iter()
            .filter_map(|p| p.strip_prefix("$ "))
            .collect();
        for filter in [
            "ftp || ftp-data",
            "ftp.request.command == \"USER\"",
            "ftp.request.command == \"USER\" && ftp.request.arg == \"anonymous\"",
            "ftp.response.code == 226",
            "ftp.request.command == \"PASV\"",
            "tcp.port == 21",
        ] {
            assert!(code.contains(&filter), "filter {filter:?} missing");
        }
    }

    #[test]
    fn the_only_links_are_to_rfc_editor() {
        for (label, text) in all_texts() {
            for (i, _) in text.match_indices("http") {
                assert!(
                    text[i..].starts_with("https://www.rfc-editor.org/"),
                    "{label} links outside rfc-editor.org"
                );
            }
            assert!(!text.contains("www.") || text.contains("www.rfc-editor.org"));
        }
    }

    #[test]
    fn passive_replies_are_named_exactly() {
        let pasv = PACKET_NOTES.iter().find(|(k, _)| *k == "PASV").unwrap().1;
        assert!(pasv.contains("227 Entering Passive Mode"));
        let epsv = PACKET_NOTES.iter().find(|(k, _)| *k == "EPSV").unwrap().1;
        assert!(epsv.contains("229 Entering Extended Passive Mode"));
    }
}
