//! The claim view: a claim's sentences from every source side by side, word-level differences
//! marked against the first source, conflicting values emphasised, the explanation of the flag,
//! and the sources that are silent on it.

use yew::prelude::*;

use crate::diff::{changed_words, words};
use crate::state::labels::source_tag;
use crate::state::{Action, NavigationAction, State, View};

#[derive(Properties, PartialEq)]
pub struct ClaimProps {
    pub state: State,
    /// Index into `analysis.claims`.
    pub claim: usize,
    pub dispatch: Callback<Action>,
}

#[function_component(ClaimView)]
pub fn claim_view(props: &ClaimProps) -> Html {
    let a = &props.state.analysis;
    let c = &a.claims[props.claim];
    let d = &props.dispatch;
    let back = {
        let d = d.clone();
        Callback::from(move |_: MouseEvent| d.emit(Action::Navigation(NavigationAction::Navigate(View::Overview))))
    };
    // Conflicting spans to emphasise: (doc, start, end).
    let conflict_spans: Vec<(usize, usize, usize)> = c
        .conflicts
        .iter()
        .flat_map(|k| k.values.iter().flat_map(|v| v.spans.iter().map(|&(d, _, s, e)| (d, s, e))))
        .collect();
    let reference: Vec<&str> = c
        .sentences
        .first()
        .map(|&(d, s)| words(a.documents[d].sentence_text(&a.documents[d].sentences[s])))
        .unwrap_or_default();
    let columns = c.docs.iter().map(|&di| {
        let doc = &a.documents[di];
        let sentences = c.sentences.iter().filter(|(d, _)| *d == di).map(|&(_, si)| {
            let s = &doc.sentences[si];
            let text = doc.sentence_text(s);
            let ws = words(text);
            let changed = if c.sentences.first().is_some_and(|f| f.0 == di && f.1 == si) { vec![false; ws.len()] } else { changed_words(&reference, &ws) };
            // Walk the words with their byte positions to mark conflicting values.
            let mut pos = s.start;
            let pieces = ws.iter().zip(changed).map(|(w, ch)| {
                let start = doc.text[pos..s.end].find(w).map_or(pos, |k| pos + k);
                let end = start + w.len();
                pos = end;
                let conflict = conflict_spans.iter().any(|&(cd, cs, ce)| cd == di && cs < end && start < ce);
                let class = classes!(ch.then_some("diff"), conflict.then_some("conflict"));
                html! { <><span class={class}>{ w.to_string() }</span>{ " " }</> }
            });
            let open = {
                let d = d.clone();
                let id = doc.id.clone();
                Callback::from(move |_: MouseEvent| d.emit(Action::Navigation(NavigationAction::Navigate(View::Read(vec![id.clone()])))))
            };
            html! {
                <blockquote class="claim-sentence">
                    <p>{ for pieces }</p>
                    <button type="button" class="link" onclick={open}>{ format!("Read in context (sentence {})", si + 1) }</button>
                </blockquote>
            }
        });
        html! {
            <section class="claim-column" aria-label={format!("Source {}", doc.id)}>
                <h3><span class="source-tag" aria-hidden="true">{ source_tag(di) }</span>{ &doc.label }</h3>
                { for sentences }
            </section>
        }
    });
    let silent: Vec<Html> = a
        .documents
        .iter()
        .enumerate()
        .filter(|(i, _)| !c.docs.contains(i))
        .map(|(i, doc)| html! { <li><span class="source-tag">{ source_tag(i) }</span>{ &doc.label }</li> })
        .collect();
    let conflicts = c.conflicts.iter().map(|k| {
        html! {
            <div class="conflict">
                <span class="what">{ &k.what }</span>
                <ul role="list">
                    { for k.values.iter().map(|v| html! {
                        <li><strong class="value conflict">{ &v.value }</strong>
                            { format!(" \u{2014} {}", v.docs.iter().map(|&d| format!("{} ({})", source_tag(d), a.documents[d].id)).collect::<Vec<_>>().join(", ")) }</li>
                    }) }
                </ul>
            </div>
        }
    });
    html! {
        <div class="claim-view">
            <button type="button" class="back" onclick={back}>{ "\u{2190} Overview" }</button>
            <h2><span class={classes!("status-key", c.status.label())} aria-hidden="true"></span>
                { format!("Claim {} \u{2014} {}", c.id, c.status.label()) }</h2>
            <p class="explanation">{ &c.explanation }</p>
            { for conflicts }
            <p class="diff-key"><span class="diff">{ "underlined words" }</span>{ " differ from the first source's wording; " }
                <span class="conflict">{ "boxed values" }</span>{ " are the ones in conflict." }</p>
            <div class="claim-columns">{ for columns }</div>
            <section aria-labelledby="silent-h">
                <h3 id="silent-h">{ format!("Silent on this ({})", silent.len()) }</h3>
                if silent.is_empty() { <p>{ "Every source carries this claim." }</p> } else { <ul role="list" class="silent">{ for silent }</ul> }
            </section>
        </div>
    }
}
