//! The list of sources: label, date and word count for each, as buttons that open the source.

use crate::state::SharedAnalysis;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SourceListProps {
    pub analysis: SharedAnalysis,
    pub selected: Option<String>,
    pub on_open: Callback<String>,
}

#[function_component(SourceList)]
pub fn source_list(props: &SourceListProps) -> Html {
    let items = props.analysis.documents.iter().map(|doc| {
        let id = doc.id.clone();
        let on_open = props.on_open.clone();
        let onclick = Callback::from(move |_: MouseEvent| on_open.emit(id.clone()));
        let current = props.selected.as_deref() == Some(doc.id.as_str());
        let date = doc.date.clone().unwrap_or_else(|| "no date given".to_string());
        html! {
            <li key={doc.id.clone()}>
                <button type="button" class="source" {onclick}
                    aria-current={current.then_some("true")}
                    data-doc={doc.id.clone()}>
                    <span class="source-label">{ &doc.label }</span>
                    <span class="source-meta">
                        <span class="source-id">{ &doc.id }</span>
                        <span>{ date }</span>
                        <span>{ format!("{} words", doc.words) }</span>
                    </span>
                </button>
            </li>
        }
    });
    html! {
        <nav class="sources" aria-label="Sources">
            <h2>{ "Sources" }</h2>
            <ul role="list">{ for items }</ul>
        </nav>
    }
}
