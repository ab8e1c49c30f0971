//! Prints each scenario's caption pages: the phase and the steps on each page.
//! `cargo run -p ftp-sim --example pages [ID]`

use ftp_sim::tutorial::{pages, steps, StepKind};
use ftp_sim::{simulate, EventKind, Scenario};

fn main() {
    let only = std::env::args().nth(1);
    for id in Scenario::IDS
        .iter()
        .filter(|id| only.as_deref().is_none_or(|o| o == **id))
    {
        let Some(scenario) = Scenario::by_id(id) else {
            continue;
        };
        let t = simulate(&scenario, 959);
        let st = steps(&t);
        let pg = pages(&st);
        println!("== {id}: {} steps, {} pages", st.len(), pg.len());
        for (n, p) in pg.iter().enumerate() {
            let end = pg.get(n + 1).map_or(st.len(), |q| q.start);
            println!("  page {} {:?}", n + 1, p.phase);
            for s in &st[p.start..end] {
                match &s.kind {
                    StepKind::Packet { name, from, to, .. } => {
                        println!(
                            "      {} {} -> {}",
                            name,
                            t.host(*from).name,
                            t.host(*to).name
                        )
                    }
                    StepKind::Console { host, lines } => {
                        for &l in lines {
                            if let EventKind::Console { text, input, .. } = &t.events[l].kind {
                                println!(
                                    "      {} {} {text}",
                                    t.host(*host).name,
                                    if *input { ">" } else { "<" }
                                );
                            }
                        }
                    }
                }
            }
        }
    }
}
