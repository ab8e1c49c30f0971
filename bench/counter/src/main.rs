//! The smallest leptos CSR page worth measuring: one counter. `make bench`
//! compares the tutorial's transfer size and load time against this page.

use leptos::prelude::*;

/// A button that counts its clicks.
#[component]
fn Counter() -> impl IntoView {
    let count = RwSignal::new(0);
    view! {
        <main>
            <h1>"Counter"</h1>
            <button type="button" data-testid="counter-button" on:click=move |_| *count.write() += 1>
                "Add one"
            </button>
            <p data-testid="counter-value">{move || count.get()}</p>
        </main>
    }
}

fn main() {
    mount_to_body(Counter);
}
