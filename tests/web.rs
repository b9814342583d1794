//! Browser tests (wasm-bindgen-test in headless Chromium): components render the corpus into the DOM.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

fn mount() -> Element {
    let document = gloo::utils::document();
    let root = document.create_element("div").unwrap();
    gloo::utils::body().append_child(&root).unwrap();
    yew::Renderer::<parallax::ui::App>::with_root(root.clone()).render();
    root
}

fn text_of(root: &Element, selector: &str) -> Option<String> {
    root.query_selector(selector).unwrap().and_then(|e| e.text_content())
}

#[wasm_bindgen_test]
async fn lists_every_embedded_source_with_label_and_word_count() {
    let root = mount();
    yew::scheduler::flush().await;
    let buttons = root.query_selector_all("nav[aria-label='Sources'] button.source").unwrap();
    assert_eq!(buttons.length(), parallax::corpus::EMBEDDED.len() as u32);
    let first = buttons.item(0).unwrap().text_content().unwrap();
    assert!(first.contains("words"), "word count shown: {first}");
    assert!(first.contains("000_a2351adfdca838a3"), "document id shown: {first}");
    assert!(text_of(&root, ".placeholder").unwrap().contains("Choose a source"));
}

#[wasm_bindgen_test]
async fn selecting_a_source_shows_its_paragraphs_and_back_returns() {
    let root = mount();
    yew::scheduler::flush().await;
    let button: HtmlElement =
        root.query_selector("button.source[data-doc='004_50e566ffada28e93']").unwrap().unwrap().dyn_into().unwrap();
    button.click();
    yew::scheduler::flush().await;
    assert_eq!(button.get_attribute("aria-current").as_deref(), Some("true"));
    let reader = text_of(&root, "article.reader").expect("reader open");
    assert!(reader.contains("Twenty-six nations have pledged"), "body text shown");
    assert!(reader.contains("2025-09-05"), "date shown");
    let furniture = root.query_selector_all("article.reader .para.furniture").unwrap();
    assert_eq!(furniture.length(), 1, "the 'date 2025-09-05' prefix is shown as furniture");
    let back: HtmlElement = root.query_selector("button.back").unwrap().unwrap().dyn_into().unwrap();
    back.click();
    yew::scheduler::flush().await;
    assert!(root.query_selector("article.reader").unwrap().is_none());
}

#[wasm_bindgen_test]
async fn document_text_is_rendered_as_text_never_as_html() {
    // The reader component over a hostile document: markup must arrive as literal text.
    use parallax::state::{SharedAnalysis, State};
    use yew::prelude::*;

    #[derive(Properties, PartialEq)]
    struct P {
        analysis: SharedAnalysis,
    }
    #[function_component(Host)]
    fn host(p: &P) -> Html {
        html! { <parallax::ui::Reader analysis={p.analysis.clone()} doc={0} on_close={Callback::noop()} /> }
    }
    let payload = "<img src=x onerror=alert(1)> <script>alert(2)</script> Leaders met.";
    let state = State::new(parallax_core::analyze(&[parallax_core::Source::new("x", payload)]));
    let root = gloo::utils::document().create_element("div").unwrap();
    gloo::utils::body().append_child(&root).unwrap();
    yew::Renderer::<Host>::with_root_and_props(root.clone(), P { analysis: state.analysis.clone() }).render();
    yew::scheduler::flush().await;
    assert!(root.query_selector("article.reader img, article.reader script").unwrap().is_none());
    assert!(root.text_content().unwrap().contains("<img src=x onerror=alert(1)>"));
}
