//! Prints a scenario's timeline and tutorial steps: `cargo run -p ftp-sim --example dump [active|passive|…] [seed]`.
use ftp_sim::{simulate, tutorial, Scenario};

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let s = match args.get(1).map(String::as_str).unwrap_or("active") {
        "passive" => Scenario::seed_passive(),
        "epsv" => Scenario::seed_epsv(),
        "firewall" => Scenario::firewall_active(),
        "badpass" => Scenario::bad_password(),
        "missing" => Scenario::missing_file(),
        "list" => Scenario::login_list(),
        "twopcs" => Scenario::two_pcs(),
        _ => Scenario::seed_active(),
    };
    let seed = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(1);
    let t = simulate(&s, seed);
    let text = t.to_text();
    for line in text.lines() {
        // Drop the hex bytes to keep the dump readable.
        println!("{}", line.split(" bytes=").next().unwrap_or(line));
    }
    for step in tutorial::steps(&t) {
        println!("{:?} {:?} {:?}", step.event, step.phase, step.kind);
    }
}
