//! Caption pages of every scenario, in our own words, as const tables.
//!
//! Each scenario's story comes from the protocol model: `ftp_sim::tutorial::pages`
//! cuts its steps into pages, and this file holds one [`CaptionPage`] per page,
//! in the same order. Text in double quotes is console output exactly as the
//! model prints it; the tests check that against a simulated run.
use crate::i18n::en::content::CaptionPage;

/// A scenario as the picker shows it.
pub struct ScenarioText {
    /// One of `ftp_sim::Scenario::IDS`.
    pub id: &'static str,
    /// Picker label, short.
    pub title: &'static str,
    /// One sentence under the picker.
    pub summary: &'static str,
    /// One page per page of `ftp_sim::tutorial::pages(...)`, in order.
    pub pages: &'static [CaptionPage],
}

/// Every scenario, in the order of `ftp_sim::Scenario::IDS`.
pub const SCENARIOS: &[ScenarioText] = &[
    ScenarioText {
        id: "active",
        title: "Active mode (the original)",
        summary: "H1 fetches foo from S1 in active mode, so S1 opens the data connection from its port 20.",
        pages: &crate::i18n::en::content::PAGES,
    },
    ScenarioText {
        id: "passive",
        title: "Passive mode",
        summary: "The same get foo in passive mode: H1 sends PASV and then opens the data connection itself.",
        pages: &PASSIVE,
    },
    ScenarioText {
        id: "login-list",
        title: "Login, list, cd, get",
        summary: "An anonymous login with an e-mail address as the password, a directory listing, \
                  cd pub, get readme.txt and bye.",
        pages: &LOGIN_LIST,
    },
    ScenarioText {
        id: "two-pcs",
        title: "Two PCs share a file",
        summary: "H1 logs in as user1 and uploads report.txt; then PC2 logs in with the same account \
                  and downloads it.",
        pages: &TWO_PCS,
    },
    ScenarioText {
        id: "firewall",
        title: "Firewall: active fails, passive works",
        summary: "A firewall in front of H1 blocks S1's data connection in active mode; \
                  after the 425 reply, passive mode gets the file through.",
        pages: &FIREWALL,
    },
    ScenarioText {
        id: "bad-password",
        title: "Wrong password",
        summary: "H1 tries to log in as user1 with a wrong password: S1 answers 530, and no file moves.",
        pages: &BAD_PASSWORD,
    },
    ScenarioText {
        id: "missing-file",
        title: "Missing file",
        summary: "H1 asks for a file that S1 does not have: S1 answers 550 and never opens a data connection.",
        pages: &MISSING_FILE,
    },
    ScenarioText {
        id: "epsv",
        title: "EPSV (RFC 2428)",
        summary: "Extended passive mode: S1's 229 reply names only a port, and H1 connects to it.",
        pages: &EPSV,
    },
    ScenarioText {
        id: "large",
        title: "A large file (1 MiB)",
        summary: "The seed session with a 1 MiB file: 720 data segments, slow start, and a full receive window.",
        pages: &LARGE,
    },
];

/// Looks a scenario's text up by id.
pub fn scenario_text(id: &str) -> Option<&'static ScenarioText> {
    SCENARIOS.iter().find(|s| s.id == id)
}

/// Phase-generic pages for sessions the learner types, one per
/// `ftp_sim::tutorial::Phase`, in `Phase::ALL` order.
pub const GENERIC: [CaptionPage; 6] = [
    // ControlSetup
    CaptionPage {
        title: "Opening the control connection",
        body: &[
            "Every FTP session starts with a TCP connection from the client to the server's port 21. \
             The client sends a SYN (Control_Conn), the server answers with a SYN-ACK (Ack), \
             and the client's ACK completes the three-way handshake.",
            "The server speaks first, with a 220 greeting. \
             Then the client logs in: USER names the account and PASS gives the password. \
             The server answers 331 to ask for the password, then 230 when the login works or 530 when it fails.",
            "The control connection stays open for the whole session. \
             It carries only short text lines: commands from the client and numbered replies from the server.",
        ],
        note: Some(
            "The client's last handshake ACK and the login lines are ordinary segments. \
             They are not drawn as named packets; the Every segment view lists them.",
        ),
    },
    // Request
    CaptionPage {
        title: "Sending a command",
        body: &[
            "Each line you type becomes one or more FTP commands on the control connection. \
             For example, cd becomes CWD, get becomes RETR, put becomes STOR, and dir becomes LIST.",
            "Some commands need only a reply. cd, pwd, mkdir or delete get their answer on the control connection, \
             and no data connection is opened.",
            "Commands that move a file or a listing need a data connection, so the client arranges one first. \
             In active mode it starts listening and sends PORT with its address and port. \
             In passive mode it sends PASV (or EPSV), and the server answers 227 (or 229) with the port it listens on.",
        ],
        note: Some(
            "Only PORT, PASV and EPSV are drawn as named packets. \
             Other commands, the replies and the ACKs are ordinary segments that the Every segment view shows.",
        ),
    },
    // DataSetup
    CaptionPage {
        title: "Opening a data connection",
        body: &[
            "The data connection is a new TCP connection with its own three-way handshake. \
             Who opens it depends on the mode.",
            "In active mode the server dials: it sends a SYN from its port 20 to the port named in PORT. \
             In passive mode the client dials: it sends a SYN to the port named in the 227 or 229 reply.",
            "When the connection is up and the command has been sent, the server replies 150: the transfer is starting. \
             If the server cannot connect, it replies 425. \
             If the file cannot be opened, it replies 550 and sends no data.",
        ],
        note: Some(
            "The SYN is drawn as data_Conn and the SYN-ACK as Ack_data_Conn. \
             The final ACK of the handshake and the 150 reply are not drawn as named packets.",
        ),
    },
    // Transfer
    CaptionPage {
        title: "Moving the data",
        body: &[
            "The bytes flow over the data connection, never over the control connection. \
             For get, ls and dir, the server sends. For put, the client sends.",
            "TCP cuts the bytes into segments of at most one MSS, 1460 bytes here. \
             The receiver acknowledges them, and each ACK names the next byte it expects.",
            "The mode does not change the direction of the data. \
             It only decides who opened the connection.",
        ],
        note: Some(
            "One data segment is drawn as ftp_Data and one ACK as Ack_Data. \
             A bigger file needs more segments; the Every segment view shows each of them.",
        ),
    },
    // DataClose
    CaptionPage {
        title: "Closing the data connection",
        body: &[
            "When the last byte is sent, the side that sent the data closes the connection with a FIN (Close_Data). \
             The FIN tells the receiver that the file or listing is complete.",
            "The other side acknowledges the FIN and sends its own FIN, which is acknowledged in turn. \
             The side that closed first waits a while in TIME-WAIT.",
            "On the control connection the server replies 226. \
             The data connection is used up: the next transfer opens a new one.",
        ],
        note: Some(
            "The second FIN, its ACK and the 226 reply are not drawn as named packets.",
        ),
    },
    // ControlClose
    CaptionPage {
        title: "Closing the control connection",
        body: &[
            "Typing quit or bye makes the client send QUIT. \
             The server replies 221 and closes the control connection with a FIN (Close_Ctrl).",
            "The client acknowledges it (Ack_Close) and then sends its own FIN, which the server acknowledges. \
             Nothing of the session is left after that.",
        ],
        note: Some(
            "QUIT, the 221 reply, the client's FIN and the server's last ACK are not drawn as named packets.",
        ),
    },
];

/// The intro of the "Try it yourself" terminal.
pub const TRY_INTRO: &str = "You are at H1. The client is already connected to S1 (1.1.2.1) \
     and logged in as anonymous. Type a command at the ftp> prompt and press Enter, \
     for example ls, get foo, passive or quit. Each line drives the model, and the packets it causes \
     are animated on the stage. Type help to list every command.";

/// The intro of active and passive side by side.
pub const COMPARE_INTRO: &str =
    "Both stages run the same get foo, one in active mode and one in passive mode. \
     Watch who opens the data connection: in active mode S1 dials H1 from port 20, \
     and in passive mode H1 dials the port S1 announced in its 227 reply. \
     Everything else looks the same.";

/// The seed session in passive mode.
const PASSIVE: [CaptionPage; 6] = [
    // ControlSetup
    CaptionPage {
        title: "H1 connects and logs in",
        body: &[
            "The user types ftp 1.1.2.1. H1 sends a SYN from its ephemeral port 54704 to S1's port 21: Control_Conn. \
             S1 accepts with a SYN-ACK, drawn as Ack. \
             H1 completes the handshake with an ACK and prints \"Connected to 1.1.2.1.\"",
            "S1 greets with \"220 FTP Server ready\". The client then logs in as anonymous by itself. \
             S1 asks for a password with \"331 Please specify the password.\" \
             and accepts it with \"230 Login successful.\"",
            "The client also asks for S1's system type and switches to binary mode. \
             It prints \"Remote system type is UNIX.\" and \"Using binary mode to transfer files.\"",
            "So far nothing differs from active mode. The client always opens the control connection itself.",
        ],
        note: Some(
            "H1's handshake ACK is not drawn. Neither are the USER, PASS, SYST and TYPE I commands \
             or S1's replies to them: they are ordinary segments on the control connection.",
        ),
    },
    // Request
    CaptionPage {
        title: "get foo: H1 sends PASV",
        body: &[
            "The user types get foo. The client prints \"local: foo remote: foo\": \
             the copy at H1 keeps the name it has on S1.",
            "This client works in passive mode. It does not offer a port of its own. \
             It sends PASV to ask S1 to choose a port and listen on it.",
            "S1 answers \"227 Entering Passive Mode (1,1,2,1,195,80).\" \
             The first four numbers are S1's address, 1.1.2.1. \
             The last two give the port: 195 × 256 + 80 = 50000.",
        ],
        note: Some(
            "The 227 reply and the ACKs of these segments travel on the control connection \
             but are not drawn as named packets.",
        ),
    },
    // DataSetup
    CaptionPage {
        title: "H1 opens the data connection",
        body: &[
            "Now H1 dials. It sends a SYN from its port 54705 to 1.1.2.1 port 50000: data_Conn. \
             Compare this with active mode: the arrow now goes from H1 to S1.",
            "S1 is listening on port 50000, so it accepts with a SYN-ACK: Ack_data_Conn. \
             H1 sends the final ACK, and the data connection is up.",
            "Only then does H1 send RETR foo on the control connection. \
             S1 replies 150, and H1 prints \"150 Opening BINARY mode data connection for foo (3584 bytes)\".",
        ],
        note: Some(
            "Port 20 plays no part in passive mode: both ends of this data connection use dynamic ports. \
             H1's final ACK, RETR foo and the 150 reply are not drawn as named packets.",
        ),
    },
    // Transfer
    CaptionPage {
        title: "S1 sends foo",
        body: &[
            "The file still flows from S1 to H1. \
             Passive mode changes who opens the data connection, not which way the data goes.",
            "foo is 3584 bytes long and each segment holds at most 1460 bytes (the MSS). \
             So S1 sends three segments of 1460, 1460 and 664 bytes, and H1 acknowledges each one.",
        ],
        note: Some(
            "The first data segment is drawn as ftp_Data and the first ACK as Ack_Data. \
             The Every segment view shows all three segments and all three ACKs.",
        ),
    },
    // DataClose
    CaptionPage {
        title: "Closing the data connection",
        body: &[
            "After the last byte, S1 sends a FIN: Close_Data. \
             H1 opened this connection, yet S1 closes it, because its FIN is what marks the end of foo.",
            "H1 acknowledges the FIN (drawn as Ack), sends a FIN of its own, and S1 acknowledges that.",
            "On the control connection S1 reports 226. H1 prints \"226 Transfer complete\" \
             and then \"3584 bytes received in 0.0441 secs (79.3 kB/s)\".",
        ],
        note: Some("The 226 reply, H1's FIN and S1's last ACK are not drawn as named packets."),
    },
    // ControlClose
    CaptionPage {
        title: "Closing the control connection",
        body: &[
            "The user types quit, so H1 sends QUIT. \
             S1 answers 221 and closes the control connection with a FIN: Close_Ctrl. \
             H1 acknowledges it with Ack_Close and prints \"221 Goodbye\".",
            "H1 then closes its own side with a FIN, and S1 acknowledges it. \
             The control connection ends the same way in both modes.",
        ],
        note: Some(
            "QUIT, the 221 reply, H1's FIN and S1's last ACK are not drawn as named packets.",
        ),
    },
];

/// Anonymous login, a listing, cd and get (seed 003), in active mode.
const LOGIN_LIST: [CaptionPage; 10] = [
    // ControlSetup
    CaptionPage {
        title: "H1 opens the control connection",
        body: &[
            "The user types ftp 1.1.2.1. H1 sends a SYN to port 21 (Control_Conn), S1 answers with a SYN-ACK (Ack), \
             and H1's ACK completes the handshake. The client prints \"Connected to 1.1.2.1.\"",
            "S1 sends its greeting, and H1 prints \"220 FTP Server ready\". \
             This time the client does not log in by itself. It waits for the user.",
        ],
        note: Some(
            "H1's handshake ACK and its ACK of the 220 reply are ordinary segments and are not drawn.",
        ),
    },
    // Request
    CaptionPage {
        title: "Anonymous login, then dir",
        body: &[
            "The user types user anonymous student@example.edu. \
             H1 sends USER anonymous, and S1 answers \"331 Please specify the password.\" \
             H1 then sends PASS with the e-mail address. Anonymous servers ask for it by custom, not as a real secret.",
            "S1 accepts with \"230 Login successful.\" \
             The client asks for the system type and picks binary mode, \
             printing \"Remote system type is UNIX.\" and \"Using binary mode to transfer files.\"",
            "Next the user types dir to see the files. A listing travels like a file, over a data connection. \
             So H1 first sends PORT 1,1,1,1,213,177: it listens on 213 × 256 + 177 = 54705.",
            "S1 answers \"200 PORT command successful. Consider using PASV.\" \
             Then H1 sends LIST, the command behind dir.",
        ],
        note: Some(
            "USER, PASS, SYST, TYPE I, LIST and the replies are ordinary segments on the control connection. \
             Only PORT is drawn as a named packet. The password crosses the network as plain text.",
        ),
    },
    // DataSetup
    CaptionPage {
        title: "S1 opens a data connection for the listing",
        body: &[
            "This session runs in active mode, so S1 dials. \
             It sends a SYN from port 20 to 1.1.1.1 port 54705: data_Conn.",
            "H1 accepts with a SYN-ACK (Ack_data_Conn), and S1's ACK completes the handshake.",
            "S1 tells H1 what is coming, and H1 prints \"150 Here comes the directory listing.\"",
        ],
        note: Some("S1's final ACK and the 150 reply are not drawn as named packets."),
    },
    // Transfer
    CaptionPage {
        title: "The listing travels as data",
        body: &[
            "S1 writes the listing into the data connection: ftp_Data. \
             It is only 122 bytes of text, so one segment holds it all.",
            "H1 acknowledges it with Ack_Data. \
             The listing never uses the control connection, even though it is text.",
        ],
        note: None,
    },
    // DataClose
    CaptionPage {
        title: "The listing arrives",
        body: &[
            "S1 closes the data connection with a FIN (Close_Data), and H1 acknowledges it (Ack). \
             The FIN tells H1 that the listing is complete.",
            "H1 prints the listing: one line for the file foo of 3584 bytes, and one for pub. \
             The d at the start of the pub line marks a directory.",
            "On the control connection S1 confirms with \"226 Directory send OK.\"",
        ],
        note: Some(
            "H1's FIN, S1's ACK of it and the 226 reply are not drawn as named packets.",
        ),
    },
    // Request
    CaptionPage {
        title: "cd pub, then get readme.txt",
        body: &[
            "The user types cd pub. H1 sends CWD pub, and S1 answers \"250 Directory successfully changed.\" \
             A change of directory moves no data, so no data connection is needed.",
            "Then the user types get readme.txt, and the client prints \"local: readme.txt remote: readme.txt\".",
            "The first data connection is gone, so H1 needs a new one. \
             It sends PORT 1,1,1,1,213,178, a fresh port: 213 × 256 + 178 = 54706. \
             S1 answers \"200 PORT command successful. Consider using PASV.\"",
        ],
        note: Some(
            "CWD pub and its 250 reply are ordinary segments on the control connection and are not drawn.",
        ),
    },
    // DataSetup
    CaptionPage {
        title: "A second data connection",
        body: &[
            "H1 sends RETR readme.txt. S1 dials again, from port 20 to 1.1.1.1 port 54706: data_Conn. \
             H1 accepts with Ack_data_Conn.",
            "The new connection is up, and H1 prints \
             \"150 Opening BINARY mode data connection for readme.txt (730 bytes)\".",
        ],
        note: Some(
            "RETR readme.txt, S1's final handshake ACK and the 150 reply are not drawn as named packets.",
        ),
    },
    // Transfer
    CaptionPage {
        title: "S1 sends readme.txt",
        body: &[
            "readme.txt is 730 bytes, less than one MSS of 1460 bytes. \
             So this time the single ftp_Data really is the whole file.",
            "H1 acknowledges it with Ack_Data. Its ACK number is the sequence number just after the last byte of the file.",
        ],
        note: None,
    },
    // DataClose
    CaptionPage {
        title: "readme.txt is complete",
        body: &[
            "S1 sends a FIN (Close_Data) to mark the end of readme.txt, and H1 acknowledges it (Ack).",
            "H1 prints \"226 Transfer complete\" and \"730 bytes received in 0.0418 secs (17.1 kB/s)\". \
             Each transfer in this session had its own data connection, while the control connection stayed open.",
        ],
        note: Some(
            "H1's FIN, S1's ACK of it and the 226 reply are not drawn as named packets.",
        ),
    },
    // ControlClose
    CaptionPage {
        title: "bye ends the session",
        body: &[
            "The user types bye. That is the client's word; on the wire H1 sends QUIT.",
            "S1 answers 221 and closes the control connection with a FIN: Close_Ctrl. \
             H1 acknowledges with Ack_Close and prints \"221 Goodbye\". \
             Then H1 sends its own FIN, and S1 acknowledges it.",
        ],
        note: Some(
            "QUIT, the 221 reply, H1's FIN and S1's last ACK are not drawn as named packets.",
        ),
    },
];

/// H1 uploads a file as user1, PC2 downloads it (seed 000), in passive mode.
const TWO_PCS: [CaptionPage; 16] = [
    // ControlSetup (H1)
    CaptionPage {
        title: "H1 connects to S1",
        body: &[
            "This scenario follows the Packet Tracer lab: one PC uploads a file, and a second PC downloads it. \
             H1 (1.1.1.1) plays the first PC.",
            "The user at H1 types ftp 1.1.2.1. The handshake to port 21 follows: Control_Conn, then Ack, \
             then H1's ACK. H1 prints \"Connected to 1.1.2.1.\" and then S1's greeting, \"220 FTP Server ready\".",
        ],
        note: Some("H1's handshake ACK is not drawn."),
    },
    // Request (H1: login and put)
    CaptionPage {
        title: "H1 logs in as user1 and types put",
        body: &[
            "S1 has an account user1 with the password password123. \
             The user types user user1 password123. H1 sends USER user1, S1 answers \
             \"331 Please specify the password.\", and H1 sends PASS password123.",
            "S1 answers with a reply of two lines: \"230-Welcome, user1.\" and \"230 Login successful.\" \
             A dash after the code means more lines follow. A space after the code marks the last line.",
            "Then the user types put report.txt to upload a file, and the client prints \
             \"local: report.txt remote: report.txt\".",
            "This session uses passive mode, so H1 sends PASV. \
             S1 answers \"227 Entering Passive Mode (1,1,2,1,195,80).\": it listens on 195 × 256 + 80 = 50000.",
        ],
        note: Some(
            "USER, PASS, the replies, and the client's automatic SYST and TYPE I are ordinary segments \
             and are not drawn. Only PASV is a named packet here.",
        ),
    },
    // DataSetup (upload)
    CaptionPage {
        title: "H1 opens the data connection for the upload",
        body: &[
            "H1 sends a SYN from its port 54705 to 1.1.2.1 port 50000: data_Conn. \
             S1 accepts with Ack_data_Conn, and H1 completes the handshake.",
            "Now H1 sends STOR report.txt, the command behind put. \
             S1 is ready to receive, and H1 prints \"150 Ok to send data.\"",
        ],
        note: Some(
            "H1's final handshake ACK, STOR report.txt and the 150 reply are not drawn as named packets.",
        ),
    },
    // Transfer (upload)
    CaptionPage {
        title: "H1 uploads report.txt",
        body: &[
            "For an upload the data flows the other way: from H1 to S1. \
             The direction depends on the command, not on who opened the connection.",
            "report.txt is 1200 bytes, which fits in one segment: ftp_Data, from H1 to S1.",
        ],
        note: Some(
            "S1's ACK of this segment arrives on the next page, after H1 has already sent its FIN.",
        ),
    },
    // DataClose (upload)
    CaptionPage {
        title: "H1 closes the data connection",
        body: &[
            "The sender closes the data connection, and here the sender is H1. \
             Right after the last byte it sends a FIN: Close_Data. The FIN tells S1 that report.txt is complete.",
            "S1's ACK of the data (Ack_Data) and its ACK of the FIN (Ack) come back one after the other. \
             S1 then closes its side with its own FIN, which H1 acknowledges.",
            "S1 has stored the file and reports it. H1 prints \"226 Transfer complete\" \
             and \"1200 bytes sent in 0.0218 secs (53.8 kB/s)\".",
        ],
        note: Some(
            "S1's FIN, H1's last ACK and the 226 reply are not drawn as named packets. \
             H1 closed first this time, so H1 is the side that waits in TIME-WAIT.",
        ),
    },
    // Request (H1: dir)
    CaptionPage {
        title: "dir: is the file there?",
        body: &[
            "To check the upload, the user types dir. A listing needs a data connection too, \
             and the last one is closed, so H1 sends PASV again.",
            "S1 answers \"227 Entering Passive Mode (1,1,2,1,195,81).\" \
             That is 195 × 256 + 81 = 50001, a new port for the new connection.",
        ],
        note: Some("The 227 reply is an ordinary segment and is not drawn."),
    },
    // DataSetup (listing)
    CaptionPage {
        title: "A new data connection for the listing",
        body: &[
            "H1 dials again, this time from its port 54706 to 1.1.2.1 port 50001: data_Conn. \
             S1 accepts with Ack_data_Conn.",
            "H1 sends LIST, and S1 answers \"150 Here comes the directory listing.\"",
        ],
        note: Some(
            "H1's final handshake ACK, LIST and the 150 reply are not drawn as named packets.",
        ),
    },
    // Transfer (listing)
    CaptionPage {
        title: "S1 sends the listing",
        body: &[
            "The listing flows from S1 to H1 as ftp_Data: 190 bytes of text in a single segment. \
             H1 acknowledges it with Ack_Data.",
        ],
        note: None,
    },
    // DataClose (listing)
    CaptionPage {
        title: "report.txt is on the server",
        body: &[
            "S1 closes the data connection with Close_Data, and H1 acknowledges with Ack.",
            "H1 prints the listing: foo, the directory pub, and now report.txt with its 1200 bytes. \
             The upload worked. S1 ends with \"226 Directory send OK.\"",
        ],
        note: Some(
            "H1's FIN, S1's ACK of it and the 226 reply are not drawn as named packets.",
        ),
    },
    // ControlClose (H1)
    CaptionPage {
        title: "H1 quits",
        body: &[
            "The user at H1 types quit, and H1 sends QUIT. \
             S1 closes the control connection with Close_Ctrl, H1 answers with Ack_Close and prints \"221 Goodbye\".",
            "H1's session is over, but report.txt stays on S1 for anyone with the right account.",
        ],
        note: Some(
            "QUIT, the 221 reply, H1's FIN and S1's last ACK are not drawn as named packets.",
        ),
    },
    // ControlSetup (PC2)
    CaptionPage {
        title: "PC2 connects to S1",
        body: &[
            "Now the second PC takes over: PC2 (1.1.1.2). Its user types ftp 1.1.2.1.",
            "PC2 opens its own control connection to port 21: Control_Conn, Ack, then PC2's ACK. \
             PC2 prints \"Connected to 1.1.2.1.\" and \"220 FTP Server ready\".",
        ],
        note: Some("PC2's handshake ACK is not drawn."),
    },
    // Request (PC2)
    CaptionPage {
        title: "PC2 logs in and asks for report.txt",
        body: &[
            "PC2 logs in with the same account: user user1 password123. \
             S1 answers 331, then \"230-Welcome, user1.\" and \"230 Login successful.\"",
            "The user types get report.txt, and the client prints \"local: report.txt remote: report.txt\".",
            "PC2 sends PASV, and S1 answers \"227 Entering Passive Mode (1,1,2,1,195,82).\" \
             The port is 195 × 256 + 82 = 50002.",
        ],
        note: Some(
            "USER, PASS, SYST, TYPE I and the replies are ordinary segments and are not drawn.",
        ),
    },
    // DataSetup (PC2)
    CaptionPage {
        title: "PC2 opens the data connection",
        body: &[
            "PC2 sends a SYN from its port 54705 to 1.1.2.1 port 50002: data_Conn. \
             S1 accepts with Ack_data_Conn.",
            "PC2 sends RETR report.txt, and S1 replies 150. \
             PC2 prints \"150 Opening BINARY mode data connection for report.txt (1200 bytes)\".",
        ],
        note: Some(
            "PC2's final handshake ACK, RETR report.txt and the 150 reply are not drawn as named packets.",
        ),
    },
    // Transfer (PC2)
    CaptionPage {
        title: "S1 sends report.txt to PC2",
        body: &[
            "The same 1200 bytes that H1 uploaded now flow from S1 to PC2, in one segment: ftp_Data. \
             PC2 acknowledges with Ack_Data.",
        ],
        note: None,
    },
    // DataClose (PC2)
    CaptionPage {
        title: "PC2 has the file",
        body: &[
            "For a download S1 is the sender, so S1 closes the data connection: Close_Data. \
             PC2 acknowledges with Ack.",
            "PC2 prints \"226 Transfer complete\" and \"1200 bytes received in 0.0422 secs (27.8 kB/s)\". \
             The file went from H1 to PC2 by way of S1.",
        ],
        note: Some(
            "PC2's FIN, S1's ACK of it and the 226 reply are not drawn as named packets.",
        ),
    },
    // ControlClose (PC2)
    CaptionPage {
        title: "PC2 quits",
        body: &[
            "The user at PC2 types quit. S1 closes the control connection with Close_Ctrl, \
             PC2 answers with Ack_Close and prints \"221 Goodbye\".",
        ],
        note: Some(
            "QUIT, the 221 reply, PC2's FIN and S1's last ACK are not drawn as named packets.",
        ),
    },
];

/// Active mode behind a client-side firewall, then passive mode.
const FIREWALL: [CaptionPage; 8] = [
    // ControlSetup
    CaptionPage {
        title: "H1 connects and logs in",
        body: &[
            "In this scenario a firewall stands in front of H1. \
             It lets H1's own connections out, but drops connection attempts that start outside.",
            "The user types ftp 1.1.2.1. H1 opens the control connection to port 21: Control_Conn, then Ack. \
             H1 dialled out, so the firewall lets it pass. \
             H1 prints \"Connected to 1.1.2.1.\" and \"220 FTP Server ready\".",
            "The client logs in as anonymous by itself: \"331 Please specify the password.\", \
             then \"230 Login successful.\" It also prints \"Remote system type is UNIX.\" \
             and \"Using binary mode to transfer files.\"",
        ],
        note: Some(
            "H1's handshake ACK and the login commands and replies are ordinary segments and are not drawn.",
        ),
    },
    // Request (active)
    CaptionPage {
        title: "get foo in active mode: PORT",
        body: &[
            "The user types get foo, and the client prints \"local: foo remote: foo\". \
             The client starts in active mode.",
            "H1 listens on port 54705 and sends PORT 1,1,1,1,213,177. \
             S1 answers \"200 PORT command successful. Consider using PASV.\" \
             That hint will turn out to be good advice.",
        ],
        note: Some(
            "The 200 reply and RETR foo, which H1 sends next, are not drawn as named packets.",
        ),
    },
    // DataSetup (fails)
    CaptionPage {
        title: "The firewall drops S1's SYN",
        body: &[
            "S1 dials H1 as active mode requires: a SYN from port 20 to 1.1.1.1 port 54705, data_Conn. \
             The firewall sees a connection that H1 never started from the inside, and drops it. \
             No Ack_data_Conn comes back.",
            "S1's TCP does not know why. It sends the same SYN again after 1 second, \
             and once more after 2 further seconds. The firewall drops both copies.",
            "After 4 more seconds S1 gives up and reports on the control connection: \
             \"425 Can't open data connection.\" \
             The control connection still works, because H1 opened it from the inside.",
        ],
        note: Some(
            "The three data_Conn packets are one SYN sent three times. \
             The 425 reply is an ordinary segment and is not drawn. \
             Real TCP stacks often keep retrying for longer than this model does.",
        ),
    },
    // Request (passive)
    CaptionPage {
        title: "passive, then get foo again",
        body: &[
            "The user types passive, and the client prints \"Passive mode on.\" \
             This only changes a setting in the client; nothing is sent to S1.",
            "The user types get foo again. This time H1 sends PASV instead of PORT.",
            "S1 answers \"227 Entering Passive Mode (1,1,2,1,195,80).\" \
             It now listens on 195 × 256 + 80 = 50000.",
        ],
        note: Some("The 227 reply is an ordinary segment and is not drawn."),
    },
    // DataSetup (works)
    CaptionPage {
        title: "H1 dials out, and the firewall lets it pass",
        body: &[
            "H1 sends a SYN from its port 54706 to 1.1.2.1 port 50000: data_Conn. \
             This connection starts inside, so the firewall lets it out, \
             and it also lets in the answer that belongs to it: Ack_data_Conn.",
            "H1 completes the handshake and sends RETR foo. \
             H1 prints \"150 Opening BINARY mode data connection for foo (3584 bytes)\".",
        ],
        note: Some(
            "H1's final handshake ACK, RETR foo and the 150 reply are not drawn as named packets.",
        ),
    },
    // Transfer
    CaptionPage {
        title: "S1 sends foo",
        body: &[
            "The data flows from S1 to H1 as before. \
             The firewall lets these segments in because they belong to a connection H1 opened.",
            "foo's 3584 bytes need three segments: 1460, 1460 and 664 bytes. \
             H1 acknowledges each one.",
        ],
        note: Some(
            "Only the first segment and the first ACK are drawn, as ftp_Data and Ack_Data.",
        ),
    },
    // DataClose
    CaptionPage {
        title: "Closing the data connection",
        body: &[
            "S1 marks the end of foo with a FIN: Close_Data. H1 acknowledges it (Ack) and closes its own side.",
            "H1 prints \"226 Transfer complete\" and \"3584 bytes received in 0.0441 secs (79.3 kB/s)\". \
             Behind a client firewall, passive mode got the file where active mode could not.",
        ],
        note: Some(
            "H1's FIN, S1's ACK of it and the 226 reply are not drawn as named packets.",
        ),
    },
    // ControlClose
    CaptionPage {
        title: "Closing the control connection",
        body: &[
            "The user types quit, and H1 sends QUIT. \
             S1 closes the control connection with Close_Ctrl, and H1 answers with Ack_Close. \
             H1 prints \"221 Goodbye\".",
        ],
        note: Some(
            "QUIT, the 221 reply, H1's FIN and S1's last ACK are not drawn as named packets.",
        ),
    },
];

/// A login with a wrong password.
const BAD_PASSWORD: [CaptionPage; 2] = [
    // ControlSetup
    CaptionPage {
        title: "H1 connects to S1",
        body: &[
            "The user types ftp 1.1.2.1. H1 opens the control connection to port 21: Control_Conn, then Ack. \
             H1 prints \"Connected to 1.1.2.1.\"",
            "S1 greets with \"220 FTP Server ready\". \
             The connection works; whether the user may do anything is decided at login.",
        ],
        note: Some("H1's handshake ACK is not drawn."),
    },
    // ControlClose (login fails, then quit)
    CaptionPage {
        title: "Wrong password: 530, then quit",
        body: &[
            "The user types user user1 wrongpass. H1 sends USER user1, \
             and S1 answers \"331 Please specify the password.\" H1 then sends PASS wrongpass.",
            "The password does not match S1's account, so S1 refuses with \"530 Login incorrect.\" \
             The client adds its own line, \"Login failed.\" \
             A 5xx reply is permanent: sending the same password again would not help.",
            "The control connection stays open, and the user could try again. Here the user types quit instead. \
             S1 still answers with \"221 Goodbye\" and closes the connection: Close_Ctrl, then Ack_Close.",
            "No data connection was ever opened. Without a login, S1 would not transfer any file.",
        ],
        note: Some(
            "USER, PASS, QUIT and the replies are ordinary segments and are not drawn. \
             The wrong password crossed the network as plain text, as every FTP password does.",
        ),
    },
];

/// A get of a file that is not there.
const MISSING_FILE: [CaptionPage; 3] = [
    // ControlSetup
    CaptionPage {
        title: "H1 connects and logs in",
        body: &[
            "The user types ftp 1.1.2.1. The control connection opens as usual: Control_Conn, then Ack. \
             H1 prints \"Connected to 1.1.2.1.\" and \"220 FTP Server ready\".",
            "The client logs in as anonymous by itself and prints \"230 Login successful.\" \
             It also prints \"Remote system type is UNIX.\" and \"Using binary mode to transfer files.\"",
        ],
        note: Some(
            "H1's handshake ACK and the login commands and replies are ordinary segments and are not drawn.",
        ),
    },
    // Request (fails)
    CaptionPage {
        title: "get nosuchfile: 550",
        body: &[
            "The user types get nosuchfile, and the client prints \"local: nosuchfile remote: nosuchfile\".",
            "The client does not know yet whether the file exists. \
             So it prepares for a transfer as usual: it sends PORT 1,1,1,1,213,177 for port 54705, \
             and S1 answers \"200 PORT command successful. Consider using PASV.\"",
            "Then H1 sends RETR nosuchfile. S1 finds no such file and answers \"550 Failed to open file.\"",
            "S1 never dials port 54705, so no data connection is opened and no data moves.",
        ],
        note: Some(
            "The 200 reply, RETR nosuchfile and the 550 reply are ordinary segments and are not drawn.",
        ),
    },
    // ControlClose
    CaptionPage {
        title: "Closing the control connection",
        body: &[
            "The failed get did not end the session; the user could try another file. \
             Here the user types quit, and H1 sends QUIT.",
            "S1 closes the control connection with Close_Ctrl, H1 answers with Ack_Close, \
             and H1 prints \"221 Goodbye\".",
        ],
        note: Some(
            "QUIT, the 221 reply, H1's FIN and S1's last ACK are not drawn as named packets.",
        ),
    },
];

/// The seed session with EPSV / 229.
const EPSV: [CaptionPage; 6] = [
    // ControlSetup
    CaptionPage {
        title: "H1 connects and logs in",
        body: &[
            "The user types ftp 1.1.2.1. H1 dials port 21 (Control_Conn), S1 answers (Ack), \
             and H1 prints \"Connected to 1.1.2.1.\" and then \"220 FTP Server ready\".",
            "The client logs in as anonymous by itself: \"331 Please specify the password.\", \
             then \"230 Login successful.\" It also prints \"Remote system type is UNIX.\" \
             and \"Using binary mode to transfer files.\"",
        ],
        note: Some(
            "H1's handshake ACK and the login commands and replies are ordinary segments and are not drawn.",
        ),
    },
    // Request
    CaptionPage {
        title: "get foo: H1 sends EPSV",
        body: &[
            "The user types get foo, and the client prints \"local: foo remote: foo\".",
            "This client is in extended passive mode, defined in RFC 2428. \
             Instead of PASV it sends EPSV. Like PASV, it asks S1 to choose a port and listen.",
            "S1 answers \"229 Entering Extended Passive Mode (|||50000|)\". \
             The port, 50000, sits between the bars as a plain number. \
             The address fields are empty: H1 uses the address it already talks to, 1.1.2.1.",
            "Leaving out the address lets EPSV work with IPv6, and it avoids trouble \
             when NAT changes addresses along the way.",
        ],
        note: Some("The 229 reply is an ordinary segment and is not drawn."),
    },
    // DataSetup
    CaptionPage {
        title: "H1 opens the data connection to port 50000",
        body: &[
            "H1 sends a SYN from its port 54705 to 1.1.2.1 port 50000: data_Conn. \
             As in passive mode, the client opens the data connection.",
            "S1 accepts with Ack_data_Conn, H1 completes the handshake and sends RETR foo. \
             H1 prints \"150 Opening BINARY mode data connection for foo (3584 bytes)\".",
        ],
        note: Some(
            "H1's final handshake ACK, RETR foo and the 150 reply are not drawn as named packets.",
        ),
    },
    // Transfer
    CaptionPage {
        title: "S1 sends foo",
        body: &[
            "From here on EPSV and PASV look the same. \
             S1 sends the 3584 bytes of foo in three segments (1460, 1460 and 664 bytes), \
             and H1 acknowledges each one.",
        ],
        note: Some(
            "Only the first segment and the first ACK are drawn, as ftp_Data and Ack_Data.",
        ),
    },
    // DataClose
    CaptionPage {
        title: "Closing the data connection",
        body: &[
            "S1 ends the file with a FIN: Close_Data. H1 acknowledges it (Ack) and closes its own side.",
            "H1 prints \"226 Transfer complete\" and \"3584 bytes received in 0.0441 secs (79.3 kB/s)\".",
        ],
        note: Some(
            "H1's FIN, S1's ACK of it and the 226 reply are not drawn as named packets.",
        ),
    },
    // ControlClose
    CaptionPage {
        title: "Closing the control connection",
        body: &[
            "The user types quit, and H1 sends QUIT. \
             S1 closes the control connection with Close_Ctrl, and H1 answers with Ack_Close. \
             H1 prints \"221 Goodbye\".",
        ],
        note: Some(
            "QUIT, the 221 reply, H1's FIN and S1's last ACK are not drawn as named packets.",
        ),
    },
];

const LARGE: [CaptionPage; 6] = [
    // ControlSetup
    CaptionPage {
        title: "H1 connects and logs in",
        body: &[
            "Everything starts as in the seed lesson. The user types ftp 1.1.2.1, \
             H1 opens a TCP connection to port 21 (Control_Conn), and S1 accepts it (Ack). \
             H1 prints \"Connected to 1.1.2.1.\" and then \"220 FTP Server ready\".",
            "The client logs in as anonymous without asking: \"331 Please specify the password.\", \
             \"230 Login successful.\", \"Remote system type is UNIX.\" and \
             \"Using binary mode to transfer files.\"",
        ],
        note: Some(
            "H1's handshake ACK and the login commands and replies are ordinary segments and are not drawn.",
        ),
    },
    // Request
    CaptionPage {
        title: "get large.txt: H1 sends PORT",
        body: &[
            "This time the user types get large.txt, a file of 1048576 bytes (1 MiB). \
             The client prints \"local: large.txt remote: large.txt\".",
            "The client is in active mode, so it starts listening on port 54705 \
             and tells S1 with PORT 1,1,1,1,213,177 (213 × 256 + 177 = 54705).",
            "S1 answers \"200 PORT command successful. Consider using PASV.\"",
        ],
        note: Some("The 200 reply is an ordinary segment and is not drawn."),
    },
    // DataSetup
    CaptionPage {
        title: "S1 opens the data connection from port 20",
        body: &[
            "After RETR large.txt, S1 sends a SYN from its port 20 to 1.1.1.1 port 54705: data_Conn. \
             H1 accepts with Ack_data_Conn.",
            "H1 prints \"150 Opening BINARY mode data connection for large.txt (1048576 bytes)\". \
             Both sides announced a maximum segment size of 1460 bytes in their SYNs, \
             so no segment of the file can carry more than that.",
        ],
        note: Some(
            "S1's final handshake ACK, RETR large.txt and the 150 reply are not drawn as named packets.",
        ),
    },
    // Transfer
    CaptionPage {
        title: "720 segments, acknowledged as they arrive",
        body: &[
            "One mebibyte does not fit in a few segments: S1 sends 720 of them, and H1 acknowledges every one. \
             The lesson view draws only the first, ftp_Data, and its Ack_Data; \
             switch to every segment to step through all of them.",
            "S1 does not send everything at once. It starts with 3 segments (slow start), \
             and each ACK lets it send more, so the burst grows quickly.",
            "H1 advertises a window of 65535 bytes: S1 may never have more than that unacknowledged. \
             44 full segments make 64240 bytes, so S1 fills the window with a 45th of 1295 bytes \
             and waits for the next ACK.",
        ],
        note: Some(
            "Most segments carry 1460 bytes; 15 carry 1295 and the last one carries 1311, \
             which adds up to exactly 1048576.",
        ),
    },
    // DataClose
    CaptionPage {
        title: "Closing the data connection",
        body: &[
            "With the last byte sent, S1 closes the data connection: Close_Data carries its FIN, \
             and H1 acknowledges it (Ack) before closing its own side.",
            "H1 prints \"226 Transfer complete\" and \"1048576 bytes received in 0.95 secs (1078 kB/s)\". \
             Most of that second went to waiting for ACKs to come back across the Internet.",
        ],
        note: Some(
            "H1's FIN, S1's ACK of it and the 226 reply are not drawn as named packets.",
        ),
    },
    // ControlClose
    CaptionPage {
        title: "Closing the control connection",
        body: &[
            "The user types quit and H1 sends QUIT. \
             S1 closes the control connection (Close_Ctrl), H1 answers with Ack_Close, \
             and prints \"221 Goodbye\".",
        ],
        note: Some(
            "QUIT, the 221 reply, H1's FIN and S1's last ACK are not drawn as named packets.",
        ),
    },
];

#[cfg(test)]
mod tests {
    use super::*;
    // The seed-001 text and the 8-word shingles, shared with content.rs's tests.
    use crate::i18n::en::content::tests::assert_not_copied_from_the_seed;
    use ftp_sim::tutorial::{pages, steps, Phase, StepKind};
    use ftp_sim::{simulate, EventKind, Scenario, Timeline};
    use std::collections::HashSet;

    fn timeline(id: &str) -> Timeline {
        let scenario = Scenario::by_id(id).unwrap_or_else(|| panic!("no scenario {id}"));
        simulate(&scenario, crate::lesson::session::SEED)
    }

    /// Every console line the model prints or the user types in a timeline.
    fn console_lines(t: &Timeline) -> Vec<String> {
        t.events
            .iter()
            .filter_map(|e| match &e.kind {
                EventKind::Console { text, .. } => Some(text.clone()),
                _ => None,
            })
            .collect()
    }

    /// The texts in double quotes.
    fn quotes(text: &str) -> Vec<&str> {
        text.split('"').skip(1).step_by(2).collect()
    }

    /// All prose of a page, with a label per piece.
    fn page_texts(label: &str, page: &CaptionPage) -> Vec<(String, &'static str)> {
        let mut out = vec![(format!("{label} title"), page.title)];
        for (j, para) in page.body.iter().enumerate() {
            out.push((format!("{label} body {j}"), *para));
        }
        if let Some(note) = page.note {
            out.push((format!("{label} note"), note));
        }
        out
    }

    /// Every piece of prose in this file (the active pages live in `content.rs`).
    fn all_texts() -> Vec<(String, &'static str)> {
        let mut out = Vec::new();
        for s in SCENARIOS {
            out.push((format!("{} title", s.id), s.title));
            out.push((format!("{} summary", s.id), s.summary));
            for (i, page) in s.pages.iter().enumerate() {
                out.extend(page_texts(&format!("{} page {}", s.id, i + 1), page));
            }
        }
        for (i, page) in GENERIC.iter().enumerate() {
            out.extend(page_texts(&format!("generic page {i}"), page));
        }
        out.push(("TRY_INTRO".to_owned(), TRY_INTRO));
        out.push(("COMPARE_INTRO".to_owned(), COMPARE_INTRO));
        out
    }

    #[test]
    fn scenario_ids_follow_the_model() {
        let ids: Vec<&str> = SCENARIOS.iter().map(|s| s.id).collect();
        assert_eq!(ids, Scenario::IDS);
        for id in Scenario::IDS {
            assert_eq!(scenario_text(id).map(|s| s.id), Some(id));
        }
        assert!(scenario_text("no-such-scenario").is_none());
    }

    #[test]
    fn active_reuses_the_seed_pages() {
        // Consts have no fixed address, so compare the words.
        let active = scenario_text("active").unwrap();
        assert_eq!(active.pages.len(), crate::i18n::en::content::PAGES.len());
        for (ours, seed) in active
            .pages
            .iter()
            .zip(crate::i18n::en::content::PAGES.iter())
        {
            assert_eq!(ours.title, seed.title);
            assert_eq!(ours.body, seed.body);
            assert_eq!(ours.note, seed.note);
        }
    }

    #[test]
    fn one_caption_page_per_model_page() {
        for s in SCENARIOS {
            let t = timeline(s.id);
            let n = pages(&steps(&t)).len();
            assert_eq!(s.pages.len(), n, "scenario {} has {n} pages", s.id);
        }
    }

    #[test]
    fn no_empty_strings_or_double_spaces() {
        for (label, text) in all_texts() {
            assert!(!text.trim().is_empty(), "{label} is empty");
            assert_eq!(text, text.trim(), "{label} has stray outer whitespace");
            assert!(!text.contains("  "), "{label} has a double space");
            assert!(!text.contains('\n'), "{label} spans lines");
        }
    }

    #[test]
    fn pages_have_one_to_four_paragraphs_and_unique_titles() {
        let all = SCENARIOS
            .iter()
            .map(|s| (s.id, s.pages))
            .chain(std::iter::once(("generic", &GENERIC[..])));
        for (id, pages) in all {
            for page in pages {
                assert!(
                    (1..=4).contains(&page.body.len()),
                    "{id}: page {:?} has {} paragraphs",
                    page.title,
                    page.body.len()
                );
            }
            let titles: HashSet<&str> = pages.iter().map(|p| p.title).collect();
            assert_eq!(titles.len(), pages.len(), "{id}: duplicate page title");
        }
        assert_eq!(GENERIC.len(), Phase::ALL.len());
    }

    #[test]
    fn no_eight_word_run_is_copied_from_the_seed_script() {
        assert_not_copied_from_the_seed(all_texts());
    }

    #[test]
    fn quoted_console_text_is_what_the_model_prints() {
        let mut everywhere = Vec::new();
        for s in SCENARIOS {
            let lines = console_lines(&timeline(s.id));
            for (i, page) in s.pages.iter().enumerate() {
                for (label, text) in page_texts(&format!("{} page {}", s.id, i + 1), page) {
                    for q in quotes(text) {
                        assert!(
                            !q.is_empty() && lines.iter().any(|l| l.starts_with(q)),
                            "{label}: {q:?} is not printed in scenario {}",
                            s.id
                        );
                    }
                }
            }
            everywhere.extend(lines);
        }
        // Generic texts belong to no scenario: a quote there must at least be a real line.
        let generic = GENERIC
            .iter()
            .enumerate()
            .flat_map(|(i, p)| page_texts(&format!("generic page {i}"), p))
            .chain([("TRY_INTRO".to_owned(), TRY_INTRO)])
            .chain([("COMPARE_INTRO".to_owned(), COMPARE_INTRO)]);
        for (label, text) in generic {
            for q in quotes(text) {
                assert!(
                    everywhere.iter().any(|l| l.starts_with(q)),
                    "{label}: {q:?} is not a console line"
                );
            }
        }
    }

    #[test]
    fn quotes_are_balanced() {
        for (label, text) in all_texts() {
            assert_eq!(text.matches('"').count() % 2, 0, "{label}: odd quotes");
        }
    }

    /// Each page names the key packets drawn on it and the commands typed on it.
    #[test]
    fn pages_mention_their_packets_and_typed_commands() {
        for s in SCENARIOS {
            let t = timeline(s.id);
            let st = steps(&t);
            let pg = pages(&st);
            for (n, page) in pg.iter().enumerate() {
                let end = pg.get(n + 1).map_or(st.len(), |q| q.start);
                let caption = &s.pages[n];
                let text: String = page_texts("", caption)
                    .into_iter()
                    .map(|(_, t)| t)
                    .collect::<Vec<_>>()
                    .join(" ");
                for step in &st[page.start..end] {
                    match &step.kind {
                        StepKind::Packet { name, .. } if *name == "Ack" => assert!(
                            text.to_lowercase().contains("ack"),
                            "{} page {}: no word for Ack",
                            s.id,
                            n + 1
                        ),
                        StepKind::Packet { name, .. } => assert!(
                            text.contains(name),
                            "{} page {} does not name {name}",
                            s.id,
                            n + 1
                        ),
                        StepKind::Console { lines, .. } => {
                            for &l in lines {
                                if let EventKind::Console {
                                    text: line,
                                    input: true,
                                    ..
                                } = &t.events[l].kind
                                {
                                    assert!(
                                        text.contains(line.as_str()),
                                        "{} page {} does not show the typed {line:?}",
                                        s.id,
                                        n + 1
                                    );
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn port_arithmetic_is_right() {
        for (p1, p2, port) in [
            (195, 80, 50000),
            (195, 81, 50001),
            (195, 82, 50002),
            (213, 177, 54705),
            (213, 178, 54706),
        ] {
            assert_eq!(p1 * 256 + p2, port);
            let formula = format!("{p1} × 256 + {p2} = {port}");
            for (label, text) in all_texts() {
                if text.contains(&format!("{p1} × 256 + {p2} =")) {
                    assert!(text.contains(&formula), "{label}: wrong sum for {port}");
                }
            }
        }
        assert_eq!(1460 + 1460 + 664, 3584);
    }
}
