//! Browser tests: components mounted into a real DOM in headless Chromium
//! (`cargo test --target wasm32-unknown-unknown --test web`, see .ci/test.sh).
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Mounts `f` into a fresh `<div>` and returns that div.
fn mount<F, N>(f: F) -> web_sys::HtmlElement
where
    F: FnOnce() -> N + 'static,
    N: IntoView,
{
    let document = document();
    let root: web_sys::HtmlElement = document.create_element("div").unwrap().unchecked_into();
    document.body().unwrap().append_child(&root).unwrap();
    let handle = mount_to(root.clone(), f);
    handle.forget();
    root
}

#[wasm_bindgen_test]
fn stage_shows_both_hosts_with_addresses() {
    let root = mount(ftp_basics::lesson::stage::Stage);
    let h1 = root
        .query_selector("[data-testid=host-client]")
        .unwrap()
        .expect("H1 on stage");
    let s1 = root
        .query_selector("[data-testid=host-server]")
        .unwrap()
        .expect("S1 on stage");
    assert!(h1.text_content().unwrap().contains("1.1.1.1"));
    assert!(s1.text_content().unwrap().contains("1.1.2.1"));
}

fn text_of(root: &web_sys::HtmlElement, selector: &str) -> String {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("{selector} is rendered"))
        .text_content()
        .unwrap_or_default()
}

fn click_button(root: &web_sys::HtmlElement, label: &str) {
    let buttons = root.query_selector_all("button").unwrap();
    let button = (0..buttons.length())
        .filter_map(|i| buttons.item(i))
        .map(|n| n.unchecked_into::<web_sys::HtmlElement>())
        .find(|b| b.text_content().as_deref() == Some(label))
        .unwrap_or_else(|| panic!("a button labelled {label}"));
    button.click();
}

/// Lets leptos apply the updates a click scheduled.
async fn settle() {
    gloo_timers::future::TimeoutFuture::new(0).await;
}

#[wasm_bindgen_test]
async fn tutorial_steps_forward_and_back_through_the_model_timeline() {
    let root = mount(|| view! { <ftp_basics::lesson::TutorialPage scenario="active" /> });
    let counter = text_of(&root, "[data-testid=step-counter]");
    assert!(counter.starts_with("Step 0 of "), "{counter}");
    assert_eq!(text_of(&root, "[data-testid=console]"), "");

    // The first step is the user typing the command that starts the client.
    click_button(&root, "Step forward");
    settle().await;
    assert!(text_of(&root, "[data-testid=step-counter]").starts_with("Step 1 of "));
    assert!(text_of(&root, "[data-testid=console]").contains("ftp 1.1.2.1"));

    // The second is H1's SYN, drawn as Control_Conn.
    click_button(&root, "Step forward");
    settle().await;
    assert_eq!(text_of(&root, "[data-testid=packet]"), "Control_Conn");

    click_button(&root, "Step back");
    settle().await;
    click_button(&root, "Step back");
    settle().await;
    assert!(text_of(&root, "[data-testid=step-counter]").starts_with("Step 0 of "));
    assert_eq!(text_of(&root, "[data-testid=console]"), "");
    assert!(root
        .query_selector("[data-testid=packet]")
        .unwrap()
        .is_none());
}
