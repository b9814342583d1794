//! The reader: one source or several in columns, with entity, number and claim-status highlights
//! a reader can toggle. Clicking a sentence opens its claim. Document text is only ever rendered
//! as text nodes, never as HTML.

use parallax_core::Role;
use yew::prelude::*;

use crate::state::labels::{short_label, source_tag};
use crate::state::{Action, DisplayAction, Highlight, NavigationAction, State, View};

#[derive(Properties, PartialEq)]
pub struct ReaderProps {
    pub state: State,
    /// Indices of the documents to show, in columns.
    pub docs: Vec<usize>,
    pub dispatch: Callback<Action>,
}

/// A highlighted span inside a sentence.
struct Span {
    start: usize,
    end: usize,
    class: &'static str,
    title: String,
}

fn toggle(label: &str, checked: bool, h: Highlight, dispatch: &Callback<Action>) -> Html {
    let d = dispatch.clone();
    let onchange = Callback::from(move |_: Event| d.emit(Action::Display(DisplayAction::ToggleHighlight(h))));
    html! {
        <label class="toggle"><input type="checkbox" {checked} {onchange} />{ label.to_string() }</label>
    }
}

#[function_component(Reader)]
pub fn reader(props: &ReaderProps) -> Html {
    let state = &props.state;
    let a = &state.analysis;
    let index = a.index();
    let hl = state.highlights;
    let d = &props.dispatch;
    let shown: Vec<String> = props.docs.iter().map(|&i| a.documents[i].id.clone()).collect();

    // Many sources: the ones shown as toggles, the rest in a list to add from (a thousand
    // toggle buttons would be slow to render and useless to scan).
    const TOGGLES: usize = 12;
    let many = a.documents.len() > TOGGLES;
    let adder = many.then(|| {
        let d = d.clone();
        let shown = shown.clone();
        let onchange = Callback::from(move |e: Event| {
            let Some(id) = crate::platform::target_value(&e) else { return };
            if !id.is_empty() {
                let mut next = shown.clone();
                next.push(id);
                d.emit(Action::Navigation(NavigationAction::Navigate(View::Read(next))));
            }
        });
        let options = a.documents.iter().enumerate().filter(|(i, _)| !props.docs.contains(i)).map(|(i, doc)| {
            html! { <option value={doc.id.clone()}>{ format!("{} {}", source_tag(i), short_label(&doc.label)) }</option> }
        });
        html! {
            <>
                <label for="add-column" class="visually-hidden">{ "Add a source as a column" }</label>
                <select id="add-column" {onchange}>
                    <option value="" selected=true>{ format!("Add a source ({} more)\u{2026}", a.documents.len() - props.docs.len()) }</option>
                    { for options }
                </select>
            </>
        }
    });
    let picker = a.documents.iter().enumerate().filter(|(i, _)| !many || props.docs.contains(i)).map(|(i, doc)| {
        let on = props.docs.contains(&i);
        let mut next: Vec<String> = shown.clone();
        if on {
            next.retain(|x| x != &doc.id);
        } else {
            next.push(doc.id.clone());
        }
        let d = d.clone();
        let disabled = on && shown.len() == 1;
        let onclick = Callback::from(move |_: MouseEvent| d.emit(Action::Navigation(NavigationAction::Navigate(View::Read(next.clone())))));
        html! {
            <button type="button" class="pick" aria-pressed={on.to_string()} {disabled} {onclick} title={doc.label.clone()}>
                { format!("{} {}", source_tag(i), short_label(&doc.label)) }
            </button>
        }
    });

    let columns = props.docs.iter().map(|&di| {
        let doc = &a.documents[di];
        // Marks of this document, by sentence.
        let mut spans: Vec<Vec<Span>> = (0..doc.sentences.len()).map(|_| Vec::new()).collect();
        if hl.entities {
            for e in &a.entities {
                for m in e.mentions.iter().filter(|m| m.doc == di) {
                    let class = if m.demonym { "ent demonym" } else { "ent" };
                    spans[m.sentence].push(Span { start: m.start, end: m.end, class, title: format!("{} ({})", e.name, e.kind.name()) });
                }
            }
        }
        if hl.numbers {
            for q in &a.numbers[di] {
                spans[q.sentence].push(Span {
                    start: q.start,
                    end: q.end,
                    class: "num",
                    // What the number measures, as the Key figures and the numbers facet say it.
                    title: match q.class.as_deref() {
                        Some(class) => format!("{class}: {}{}", q.value.display(), q.unit.as_deref().map(|u| format!(" {u}")).unwrap_or_default()),
                        None => format!("{}: {}{}", q.kind.name(), q.value.display(), q.unit.as_deref().map(|u| format!(" {u}")).unwrap_or_default()),
                    },
                });
            }
        }
        let paragraphs = doc.paragraphs.iter().enumerate().filter(|(_, p)| hl.furniture || p.role != Role::Furniture).map(|(pi, p)| {
            let sentences = (p.first_sentence..p.first_sentence + p.sentence_count).map(|si| {
                let s = &doc.sentences[si];
                let mut marks: Vec<&Span> = spans[si].iter().collect();
                parallax_core::order::sort_by_key(&mut marks, |m| (m.start, std::cmp::Reverse(m.end)));
                let mut pieces: Vec<Html> = Vec::new();
                let mut pos = s.start;
                for m in marks {
                    if m.start < pos || m.end > s.end {
                        continue;
                    }
                    if m.start > pos {
                        pieces.push(html! { { doc.text[pos..m.start].to_string() } });
                    }
                    pieces.push(html! { <mark class={m.class} title={m.title.clone()}>{ doc.text[m.start..m.end].to_string() }</mark> });
                    pos = m.end;
                }
                if pos < s.end {
                    pieces.push(html! { { doc.text[pos..s.end].to_string() } });
                }
                let g = index.global(di, si);
                let claim = index.claim_of[g].map(|c| &a.claims[c]);
                let status = if hl.claims { claim.map(|c| c.status.label()) } else { None };
                let content = html! { <>{ for pieces }</> };
                match claim.filter(|_| s.role != Role::Furniture) {
                    Some(c) => {
                        let d = d.clone();
                        let id = c.id.clone();
                        let onclick = Callback::from(move |_: MouseEvent| d.emit(Action::Navigation(NavigationAction::Navigate(View::Claim(id.clone())))));
                        html! {
                            <>
                                <button type="button" class={classes!("sentence", status)} {onclick}
                                    title={format!("{} \u{2014} open claim {}", c.status.label(), c.id)}>{ content }</button>
                                { " " }
                            </>
                        }
                    }
                    None => html! { <><span class="sentence">{ content }</span>{ " " }</> },
                }
            });
            let class = match p.role {
                Role::Heading => "para heading",
                Role::Caption => "para caption",
                Role::Furniture => "para furniture",
                Role::Body => "para",
            };
            html! { <p key={pi} class={class}>{ for sentences }</p> }
        });
        let heading_id = format!("reader-title-{}", doc.id);
        html! {
            <article class="reader" aria-labelledby={heading_id.clone()}>
                <header>
                    <h2 id={heading_id}><span class="source-tag" aria-hidden="true">{ source_tag(di) }</span>{ &doc.label }</h2>
                    <p class="reader-meta">
                        <span>{ &doc.id }</span>
                        <span>{ doc.date.clone().unwrap_or_else(|| "no date given".into()) }</span>
                        <span>{ format!("{} words", doc.words) }</span>
                        { for doc.outlet.as_ref().map(|o| html! { <span>{ o }</span> }) }
                        { for doc.url.as_ref().map(|u| if crate::library::linkable(u) {
                            html! { <a href={u.clone()} rel="noopener noreferrer external" target="_blank">{ u }</a> }
                        } else {
                            html! { <span>{ u }</span> }
                        }) }
                    </p>
                    if !state.embedded {
                        <super::edit::SourceEditor state={state.clone()} id={doc.id.clone()} dispatch={d.clone()} />
                    }
                </header>
                <div class="reader-text">{ for paragraphs }</div>
            </article>
        }
    });

    html! {
        <div class="reading">
            <div class="reader-bar" role="toolbar" aria-label="Reader options">
                <div class="pickers" aria-label="Sources shown">{ for picker }{ adder.unwrap_or_default() }</div>
                <div class="toggles">
                    { toggle("Entities", hl.entities, Highlight::Entities, d) }
                    { toggle("Numbers", hl.numbers, Highlight::Numbers, d) }
                    { toggle("Claim status", hl.claims, Highlight::Claims, d) }
                    { toggle("Page furniture", hl.furniture, Highlight::Furniture, d) }
                </div>
                <p class="legend">
                    <span class="sentence agreement">{ "agreement" }</span>
                    <span class="sentence disagreement">{ "disagreement" }</span>
                    <span class="sentence single-source">{ "single source" }</span>
                </p>
            </div>
            <div class={classes!("columns", (props.docs.len() > 1).then_some("multi"))}>{ for columns }</div>
        </div>
    }
}
