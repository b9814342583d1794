//! The reader: one source's text as paragraphs, headings as headings, page furniture dimmed.
//!
//! Document text is only ever rendered as text nodes, never as HTML.

use parallax_core::Role;

use crate::state::SharedAnalysis;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ReaderProps {
    pub analysis: SharedAnalysis,
    /// Index into `analysis.documents`.
    pub doc: usize,
    pub on_close: Callback<()>,
}

#[function_component(Reader)]
pub fn reader(props: &ReaderProps) -> Html {
    let Some(doc) = props.analysis.documents.get(props.doc) else {
        return html! {};
    };
    let on_close = props.on_close.clone();
    let onclick = Callback::from(move |_: MouseEvent| on_close.emit(()));
    let paragraphs = doc.paragraphs.iter().enumerate().map(|(i, p)| {
        let text = &doc.text[p.start..p.end];
        match p.role {
            Role::Heading => html! { <h3 key={i} class="para heading">{ text }</h3> },
            Role::Caption => html! { <p key={i} class="para caption">{ text }</p> },
            Role::Furniture => html! {
                <p key={i} class="para furniture" title="Page furniture: shown, not analysed">{ text }</p>
            },
            Role::Body => html! { <p key={i} class="para">{ text }</p> },
        }
    });
    let heading_id = format!("reader-title-{}", doc.id);
    html! {
        <article class="reader" aria-labelledby={heading_id.clone()}>
            <div class="reader-bar">
                <button type="button" class="back" onclick={onclick}>{ "\u{2190} All sources" }</button>
            </div>
            <header>
                <h2 id={heading_id}>{ &doc.label }</h2>
                <p class="reader-meta">
                    <span>{ &doc.id }</span>
                    <span>{ doc.date.clone().unwrap_or_else(|| "no date given".into()) }</span>
                    <span>{ format!("{} words", doc.words) }</span>
                    { for doc.outlet.as_ref().map(|o| html! { <span>{ o }</span> }) }
                </p>
            </header>
            <div class="reader-text">{ for paragraphs }</div>
        </article>
    }
}
