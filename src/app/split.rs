//! Code splitting: parts of the site whose code lives in a WebAssembly chunk
//! of its own, fetched the first time the part is shown.
//!
//! [`split_fn!`] declares a split point: an `async fn` that, in a release
//! build for the browser, first loads the chunk its body was moved into
//! (`wasm-split`, run by `.ci/split.sh` after `trunk build --release`) and
//! then runs the body. Everywhere else (debug builds such as `trunk serve`,
//! wasm-bindgen-test, native `cargo test`, and builds without the `split`
//! feature, such as bench/large) it is a plain function behind an `async fn`:
//! nothing is split and nothing is fetched.
//!
//! The loader is leptos's `wasm_split` with its `fallible` option: a chunk
//! that does not load is an `Err(ChunkError)`, never a panic (the release
//! profile has `panic = "abort"`, so a panic would stop the whole page). A
//! failed load is not remembered: calling again fetches again.
//!
//! [`split_view!`] is a split point for a view. Its chunk returns the view's
//! constructor, not the view: [`Split`] calls it while rendering, so the
//! view is created, owned and mounted like any other (its effects first run
//! once it is in the document, as they would without splitting).
//!
//! [`Split`] shows such a part: "Loading…" until its chunk is there, then the
//! part; if the chunk fails, a message and a Retry button, and the rest of the
//! page works as before.

use std::future::Future;

use leptos::prelude::*;

/// A chunk did not load: the network failed, the file is gone (the site was
/// updated since the page loaded: chunk file names carry the build's id), or
/// a sandboxed frame's fetch was refused. Details are in the browser console.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ChunkError;

impl From<leptos::wasm_split::SplitLoaderError> for ChunkError {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> Self {
        ChunkError
    }
}

/// Declares a split point:
///
/// ```ignore
/// split_fn! { chunk: pub fn name(arg: Type, …) -> Output { body } }
/// ```
///
/// becomes `pub async fn name(arg: Type, …) -> Result<Output, ChunkError>`.
/// Split points with the same `chunk` share one chunk. Arguments and output
/// cross an `extern "C"` boundary in the split build: pass owned values, and
/// do not panic in the body.
#[macro_export]
macro_rules! split_fn {
    ($chunk:ident: $(#[$attr:meta])* $vis:vis fn $name:ident($($arg:ident: $ty:ty),* $(,)?) -> $ret:ty $body:block) => {
        $(#[$attr])*
        $vis async fn $name($($arg: $ty),*) -> ::core::result::Result<$ret, $crate::app::split::ChunkError> {
            // The same name inside: `wasm_split` derives its symbol names
            // from this identifier's source location, unique per split point.
            #[cfg_attr(
                all(target_family = "wasm", not(debug_assertions), feature = "split"),
                ::leptos::wasm_split::wasm_split($chunk, wasm_split_path = ::leptos::wasm_split, fallible)
            )]
            #[allow(unused_braces)]
            fn $name($($arg: $ty),*) -> ::core::result::Result<$ret, $crate::app::split::ChunkError> {
                ::core::result::Result::Ok($body)
            }
            #[cfg(all(target_family = "wasm", not(debug_assertions), feature = "split"))]
            let result = $name($($arg),*).await;
            #[cfg(not(all(target_family = "wasm", not(debug_assertions), feature = "split")))]
            let result = $name($($arg),*);
            result
        }
    };
}

/// What a [`split_view!`] returns: the view's constructor, whose code is in
/// the chunk.
pub type MakeView = Box<dyn FnOnce() -> AnyView + Send>;

/// Declares a split point for a view:
///
/// ```ignore
/// split_view! { chunk: pub fn name(arg: Type, …) { view! { … } } }
/// ```
///
/// becomes `pub async fn name(arg: Type, …) -> Result<MakeView, ChunkError>`,
/// for [`Split`]'s `load`.
#[macro_export]
macro_rules! split_view {
    ($chunk:ident: $(#[$attr:meta])* $vis:vis fn $name:ident($($arg:ident: $ty:ty),* $(,)?) $body:block) => {
        $crate::split_fn! {
            $chunk: $(#[$attr])* $vis fn $name($($arg: $ty),*) -> $crate::app::split::MakeView {
                ::std::boxed::Box::new(move || ::leptos::prelude::IntoAny::into_any($body))
            }
        }
    };
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Phase {
    Loading,
    Failed,
    Shown,
}

/// Shows the view that `load` (a [`split_view!`]) makes, with a loading
/// state and, if the chunk fails, an error and Retry.
#[component]
pub fn Split<F, Fut>(
    /// Starts loading the part; called again by Retry.
    load: F,
    /// Shown above "Loading…" and the error, e.g. the page's header (so its
    /// navigation works while a page's chunk loads or after it failed).
    #[prop(optional, into)]
    head: Option<ViewFn>,
) -> impl IntoView
where
    F: Fn() -> Fut + Clone + Send + 'static,
    Fut: Future<Output = Result<MakeView, ChunkError>> + 'static,
{
    let ui = crate::i18n::Lang::current().ui();
    let phase = RwSignal::new(Phase::Loading);
    let part = StoredValue::new_local(None::<MakeView>);
    let start = move || {
        phase.set(Phase::Loading);
        let fut = load();
        leptos::task::spawn_local(async move {
            match fut.await {
                Ok(make) => {
                    part.set_value(Some(make));
                    phase.set(Phase::Shown);
                }
                Err(ChunkError) => phase.set(Phase::Failed),
            }
        });
    };
    start();
    // A page's header (`head`) and the message stand in the page's `<main>`,
    // as the page itself would.
    let framed = move |message: AnyView| match head.as_ref() {
        Some(head) => view! { <main id="main">{head.run()}{message}</main> }.into_any(),
        None => message,
    };
    move || {
        match phase.get() {
        Phase::Loading => framed(
            view! { <p class="part-loading" role="status" data-testid="part-loading">{ui.part_loading}</p> }
                .into_any(),
        ),
        Phase::Failed => {
            let retry = start.clone();
            framed(
                view! {
                    <div class="notice part-failed" role="alert" data-testid="part-failed">
                        <p>{ui.part_failed}</p>
                        <button type="button" on:click=move |_| retry()>{ui.retry}</button>
                    </div>
                }
                .into_any(),
            )
        }
        // Made here, in the render, under its owner (contexts, disposal) and
        // untracked, as a component's body is.
        Phase::Shown => part
            .try_update_value(Option::take)
            .flatten()
            .map(untrack)
            .unwrap_or_else(|| ().into_any()),
    }
    }
}
