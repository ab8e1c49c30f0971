//! Prints a scenario's timeline and tutorial steps: `cargo run -p ftp-sim --example dump [SCENARIO_ID] [seed] [loss %]`.
use ftp_sim::{simulate, tutorial, Scenario};

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let id = args.get(1).map(String::as_str).unwrap_or("active");
    let Some(mut s) = Scenario::by_id(id) else {
        eprintln!("unknown scenario {id:?}; one of {:?}", Scenario::IDS);
        std::process::exit(2);
    };
    let seed = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(1);
    // A third argument: a loss percentage (the seed draws the losses).
    if let Some(loss) = args.get(3) {
        s.faults.loss_ppm = ftp_sim::Faults::parse_loss(loss).expect("a loss percentage");
    }
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
