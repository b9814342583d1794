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

/// Renders everything pending, including the facets sidebar, which follows the first render by a task.
async fn settle() {
    yew::scheduler::flush().await;
    parallax::platform::pause(0).await;
    yew::scheduler::flush().await;
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

/// The analysis embedded at build time was made natively; the engine built for the browser makes
/// the same of the same reports, byte for byte (same input, same output on every target).
#[wasm_bindgen_test]
fn the_embedded_analysis_is_what_the_browser_build_makes_of_the_reports() {
    let sources = parallax::corpus::embedded_sources();
    let here = parallax_core::analyze(&sources);
    assert!(
        parallax_core::bundle::encode(&sources, &here) == parallax::corpus::ANALYSED,
        "native and wasm analyses differ"
    );
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
    settle().await;
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

#[wasm_bindgen_test]
async fn key_figures_show_updates_with_dates_one_values_column_for_many_sources_or_say_there_are_none() {
    use parallax::state::{Action, SharedAnalysis};
    use parallax_core::claims::{Claim, ClaimKind, ConflictValue, KeyFigure, Nature, Status};
    use yew::prelude::*;

    #[derive(Properties, PartialEq)]
    struct P {
        analysis: SharedAnalysis,
    }
    #[function_component(Host)]
    fn host(p: &P) -> Html {
        html! { <parallax::ui::KeyFigures analysis={p.analysis.clone()} dispatch={Callback::<Action>::noop()} /> }
    }
    /// `n` sources dated 2014-08-01 onwards, and one update given by the sources `docs`.
    fn render(n: usize, docs: &[usize]) -> Element {
        let sources: Vec<_> = (0..n).map(|i| parallax_core::Source::new(format!("s{i}"), "Nine died.")).collect();
        let mut a = parallax_core::analyze(&sources);
        for (i, d) in a.documents.iter_mut().enumerate() {
            d.date = Some(format!("2014-08-{:02}", i + 1));
        }
        a.claims = if docs.is_empty() {
            vec![]
        } else {
            let values = docs.iter().map(|&d| ConflictValue {
                value: format!("at least {}", 20 + d),
                docs: vec![d],
                spans: vec![],
            });
            vec![Claim {
                id: "c1".into(),
                status: Status::Disagreement,
                kind: ClaimKind::Quantity,
                docs: docs.to_vec(),
                sentences: vec![],
                conflicts: vec![],
                explanation: String::new(),
                similarity: 1.0,
                figure: Some(KeyFigure {
                    what: "dead".into(),
                    class: "dead".into(),
                    nature: Some(Nature::Update),
                    values: values.collect(),
                }),
                difference: None,
            }]
        };
        let root = gloo::utils::document().create_element("div").unwrap();
        gloo::utils::body().append_child(&root).unwrap();
        yew::Renderer::<Host>::with_root_and_props(root.clone(), P { analysis: SharedAnalysis::new(a) }).render();
        root
    }
    // (sources, who gives the figure, column heads, what the values cell shows, the mark)
    let cases: &[(usize, &[usize], u32, &str, &str)] = &[
        (3, &[0, 2], 4, "at least 20", "update: 2014-08-01 \u{2192} 2014-08-03"),
        (
            10,
            &[0, 1, 2, 3, 4, 5, 6, 7, 9],
            3,
            "at least 29 \u{2014} J (2014-08-10)",
            "update: 2014-08-01 \u{2192} 2014-08-10",
        ),
    ];
    for &(n, docs, heads, value, mark) in cases {
        let root = render(n, docs);
        yew::scheduler::flush().await;
        assert_eq!(root.query_selector_all("table thead th").unwrap().length(), heads, "{n} sources");
        let row = text_of(&root, "tbody tr");
        assert!(row.contains(value) && text_of(&root, ".figure-mark").contains(mark), "{n} sources: {row}");
        assert!(root.query_selector("button[aria-label='Open the evidence for dead']").unwrap().is_some());
    }
    let root = render(3, &[]);
    yew::scheduler::flush().await;
    assert!(root.query_selector("table").unwrap().is_none());
    assert_eq!(text_of(&root, ".key-figures p"), "No figure is given by two sources or more.");
}
