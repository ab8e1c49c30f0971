//! English's overview, seed pages, packet notes and FAQ: facts and wording.

use crate::i18n::{en, CaptionPage, Faq, Lang, Words};

/// English's words.
fn w() -> &'static Words {
    &en::WORDS
}

/// The seed lesson's pages (scenario `active`).
pub(crate) fn active_pages() -> &'static [CaptionPage] {
    Lang::En.scenario_text("active").expect("active").pages
}

use std::collections::HashSet;

/// The Lang::En.faq() ids, in the order the brief requires (the last two are extras).
const REQUIRED_IDS: [&str; 17] = [
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
    // Issue 15: what TCP does about loss, and why ACKs are fewer than segments.
    "lost-packets",
    "delayed-acks",
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

/// The caption script and Lang::En.faq() of the original animation, lowercased with
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
    texts_of(
        w().overview,
        active_pages(),
        w().packet_notes,
        Lang::En.faq(),
    )
}

fn faq(id: &str) -> &'static Faq {
    Lang::En
        .faq()
        .iter()
        .find(|f| f.id == id)
        .unwrap_or_else(|| panic!("FAQ entry {id} missing"))
}

#[test]
fn faq_ids_are_unique_and_anchor_safe() {
    let mut seen = HashSet::new();
    for f in Lang::En.faq() {
        assert!(
            !f.id.is_empty()
                && f.id
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'),
            "Lang::En.faq() id {:?} is not [a-z0-9-]+",
            f.id
        );
        assert!(
            !f.id.starts_with('-') && !f.id.ends_with('-') && !f.id.contains("--"),
            "Lang::En.faq() id {:?} has a stray '-'",
            f.id
        );
        assert!(
            seen.insert(f.id),
            "Lang::En.faq() id {:?} is not unique",
            f.id
        );
    }
}

#[test]
fn faq_has_required_entries_in_order() {
    assert!(
        Lang::En.faq().len() >= 13,
        "only {} Lang::En.faq() entries",
        Lang::En.faq().len()
    );
    let ids: Vec<&str> = Lang::En.faq().iter().map(|f| f.id).collect();
    assert_eq!(ids, REQUIRED_IDS);
}

#[test]
fn every_packet_key_has_a_note() {
    let keys: Vec<&str> = w().packet_notes.iter().map(|(k, _)| *k).collect();
    for key in PACKET_KEYS {
        assert!(keys.contains(&key), "PACKET_NOTES lacks {key}");
    }
    let unique: HashSet<&str> = keys.iter().copied().collect();
    assert_eq!(
        unique.len(),
        keys.len(),
        "duplicate key in w().packet_notes"
    );
}

#[test]
fn packet_notes_are_one_line() {
    for (key, note) in w().packet_notes {
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
    for faq in Lang::En.faq() {
        assert!(
            !faq.answer.is_empty(),
            "Lang::En.faq() {} has no answer",
            faq.id
        );
        for para in faq.answer {
            for prefix in ["- ", "$ "] {
                if let Some(rest) = para.strip_prefix(prefix) {
                    assert!(
                        !rest.trim().is_empty(),
                        "empty item in Lang::En.faq() {}",
                        faq.id
                    );
                }
            }
        }
    }
}

#[test]
fn caption_pages_have_two_to_four_paragraphs() {
    for page in active_pages().iter().chain(std::iter::once(w().overview)) {
        assert!(
            (2..=4).contains(&page.body.len()),
            "page {:?} has {} paragraphs",
            page.title,
            page.body.len()
        );
    }
    let titles: HashSet<&str> = active_pages().iter().map(|p| p.title).collect();
    assert_eq!(titles.len(), active_pages().len(), "duplicate page title");
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
    assert!(active_pages()[0]
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
    assert!(active_pages()[1]
        .body
        .iter()
        .any(|p| p.contains("PORT 1,1,1,1,213,177")));
    assert!(active_pages()[2].body.iter().any(|p| p.contains("port 20")));
}

#[test]
fn console_lines_appear_on_their_pages() {
    let expect = [
        (0, "ftp 1.1.2.1"),
        (0, "220 FTP Server ready"),
        (1, "get foo"),
        (1, "200 PORT command successful"),
        (4, "150 Opening BINARY mode data connection for foo"),
        (4, "226 Transfer complete"),
        (5, "quit"),
        (5, "221 Goodbye"),
    ];
    for (page, line) in expect {
        assert!(
            active_pages()[page].body.iter().any(|p| p.contains(line)),
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
        "USER", "PASS", "CWD", "CDUP", "PWD", "LIST", "NLST", "RETR", "STOR", "DELE", "MKD", "RMD",
        "PORT", "PASV", "TYPE", "QUIT",
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
        "1xx", "2xx", "3xx", "4xx", "5xx", "200", "220", "221", "226", "227", "230", "331", "425",
        "530", "550",
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
    let pasv = w()
        .packet_notes
        .iter()
        .find(|(k, _)| *k == "PASV")
        .unwrap()
        .1;
    assert!(pasv.contains("227 Entering Passive Mode"));
    let epsv = w()
        .packet_notes
        .iter()
        .find(|(k, _)| *k == "EPSV")
        .unwrap()
        .1;
    assert!(epsv.contains("229 Entering Extended Passive Mode"));
}
