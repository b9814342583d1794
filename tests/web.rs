//! Browser tests (wasm-bindgen-test in headless Chromium): components render the corpus into the DOM.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

fn mount() -> Element {
    // Every test starts from the default view: the app reads its state from the shared URL hash.
    let _ = gloo::utils::window().location().set_hash("#/overview");
    let document = gloo::utils::document();
    let root = document.create_element("div").unwrap();
    gloo::utils::body().append_child(&root).unwrap();
    yew::Renderer::<parallax::ui::App>::with_root(root.clone()).render();
    root
}

fn click(root: &Element, selector: &str) {
    let el: HtmlElement =
        root.query_selector(selector).unwrap().unwrap_or_else(|| panic!("no {selector}")).dyn_into().unwrap();
    el.click();
}

fn text_of(root: &Element, selector: &str) -> String {
    root.query_selector(selector).unwrap().and_then(|e| e.text_content()).unwrap_or_default()
}

#[wasm_bindgen_test]
async fn overview_lists_every_source_with_counts_and_the_coalition_disagreement() {
    let root = mount();
    yew::scheduler::flush().await;
    let sources = root.query_selector_all("button.source").unwrap();
    assert_eq!(sources.length(), parallax::corpus::EMBEDDED.len() as u32);
    let first = sources.item(0).unwrap().text_content().unwrap();
    assert!(first.contains("words") && first.contains("000_a2351adfdca838a3"), "{first}");
    let disagreements = text_of(&root, ".disagreements");
    assert!(disagreements.contains("30") && disagreements.contains("35"), "{disagreements}");
    assert!(root.query_selector_all(".stat").unwrap().length() == 3);
}

#[wasm_bindgen_test]
async fn opening_a_source_shows_its_paragraphs_with_highlights() {
    let root = mount();
    yew::scheduler::flush().await;
    click(&root, "button.source[data-doc='004_50e566ffada28e93']");
    yew::scheduler::flush().await;
    let reader = text_of(&root, "article.reader");
    assert!(reader.contains("Twenty-six nations have pledged"), "body text shown");
    assert!(reader.contains("2025-09-05"), "date shown");
    assert_eq!(root.query_selector_all("article.reader .para.furniture").unwrap().length(), 1);
    assert!(root.query_selector_all("article.reader mark.ent").unwrap().length() > 10, "entities highlighted");
    assert!(root.query_selector_all("article.reader mark.num").unwrap().length() > 3, "numbers highlighted");
    // Turning entity highlights off removes them.
    click(&root, ".toggles label:first-child input");
    yew::scheduler::flush().await;
    assert_eq!(root.query_selector_all("article.reader mark.ent").unwrap().length(), 0);
}

#[wasm_bindgen_test]
async fn a_person_facet_narrows_the_sentences_and_shows_a_chip() {
    let root = mount();
    yew::scheduler::flush().await;
    // The heading counts every selected sentence ("Sentences (190)"); the list shows a page of them.
    let selected = |root: &web_sys::Element| -> usize {
        let heading = text_of(root, "#results-h");
        heading.trim_start_matches("Sentences (").trim_end_matches(')').parse().unwrap_or(0)
    };
    let before = selected(&root);
    let buttons = root.query_selector_all(".facets .facet-value").unwrap();
    let mut clicked = false;
    for i in 0..buttons.length() {
        let b: HtmlElement = buttons.item(i).unwrap().dyn_into().unwrap();
        if b.text_content().unwrap_or_default().starts_with("Emmanuel Macron") {
            b.click();
            clicked = true;
            break;
        }
    }
    assert!(clicked, "a Macron facet value (people are listed open)");
    yew::scheduler::flush().await;
    let after = selected(&root);
    assert!(after > 0 && after < before, "{after} of {before}");
    let rows = root.query_selector_all(".results li").unwrap().length() as usize;
    assert_eq!(rows, after.min(parallax::state::RESULTS_PAGE), "a page of the selected sentences is listed");
    assert!(text_of(&root, ".chips").contains("Emmanuel Macron"));
}

#[wasm_bindgen_test]
async fn document_text_is_rendered_as_text_never_as_html() {
    use parallax::state::{Action, State};
    use yew::prelude::*;

    #[derive(Properties, PartialEq)]
    struct P {
        state: State,
    }
    #[function_component(Host)]
    fn host(p: &P) -> Html {
        html! { <parallax::ui::Reader state={p.state.clone()} docs={vec![0]} dispatch={Callback::<Action>::noop()} /> }
    }
    let payload = "<img src=x onerror=alert(1)> <script>alert(2)</script> Leaders met.";
    let state = State::new(parallax_core::analyze(&[parallax_core::Source::new("x", payload)]));
    let root = gloo::utils::document().create_element("div").unwrap();
    gloo::utils::body().append_child(&root).unwrap();
    yew::Renderer::<Host>::with_root_and_props(root.clone(), P { state }).render();
    yew::scheduler::flush().await;
    assert!(root.query_selector("article.reader img, article.reader script").unwrap().is_none());
    assert!(root.text_content().unwrap().contains("<img src=x onerror=alert(1)>"));
}
