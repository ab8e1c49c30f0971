//! Prints a scenario's timeline and tutorial steps: `cargo run -p ftp-sim --example dump [SCENARIO_ID] [seed]`.
use ftp_sim::{simulate, tutorial, Scenario};

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let id = args.get(1).map(String::as_str).unwrap_or("active");
    let Some(s) = Scenario::by_id(id) else {
        eprintln!("unknown scenario {id:?}; one of {:?}", Scenario::IDS);
        std::process::exit(2);
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
