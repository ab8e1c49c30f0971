//! The words' tests: English's facts and wording, every translation held
//! against English paragraph by paragraph, and the model's words.

mod en_captions;
mod en_content;
mod model;
mod translations;

/// The prerendered first screen is English's: `assets/first-screen.js` hides
/// it when the browser prefers another language, which it lists by code.
#[test]
fn the_first_screen_script_knows_every_other_language() {
    let js = include_str!("../../../assets/first-screen.js");
    let list = js
        .split("var others = [")
        .nth(1)
        .and_then(|rest| rest.split(']').next())
        .expect("first-screen.js lists the other languages");
    let codes: Vec<&str> = list
        .split(',')
        .map(|c| c.trim().trim_matches('\''))
        .collect();
    let ours: Vec<&str> = crate::i18n::Lang::ALL[1..]
        .iter()
        .map(|l| l.code())
        .collect();
    assert_eq!(codes, ours);
}
