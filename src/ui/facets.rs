//! The facets sidebar: claim status, entities by kind, numbers by what they count, topics.
//! OR within a facet, AND across facets; counts follow the current selection.

use parallax_core::claims::Status;
use parallax_core::entities::EntityKind;
use yew::prelude::*;

use crate::state::labels::{short_label, source_tag};
use crate::state::{Action, Chip, DisplayAction, SelectionAction, State};

#[derive(Properties, PartialEq)]
pub struct FacetsProps {
    pub state: State,
    pub dispatch: Callback<Action>,
}

/// What a facet value shows between its label and its count.
#[derive(Clone, PartialEq)]
enum Marks {
    None,
    /// Which sources carry the value, as one short text ("AB·DE"): one DOM node, not one per source.
    Sources(AttrValue),
    /// The claim-status key.
    Status(Status),
}

#[derive(Properties, PartialEq)]
struct FacetValueProps {
    label: AttrValue,
    count: usize,
    pressed: bool,
    title: AttrValue,
    marks: Marks,
    /// What a click dispatches.
    toggle: Action,
    dispatch: Callback<Action>,
}

/// A facet value as a toggle button with its count. A component of its own with cheap props
/// (shared strings, a number, a flag): on a filter change only the values whose count or state
/// changed render again, which kept the sidebar's share of a click's frame small.
#[function_component(FacetValue)]
fn facet_value(props: &FacetValueProps) -> Html {
    let onclick = {
        let (dispatch, toggle) = (props.dispatch.clone(), props.toggle.clone());
        Callback::from(move |_: MouseEvent| dispatch.emit(toggle.clone()))
    };
    let (count, pressed) = (props.count, props.pressed);
    let dead = count == 0 && !pressed;
    let marks = match &props.marks {
        Marks::None => html! {},
        Marks::Sources(text) => html! { <span class="marks" aria-hidden="true">{ text.clone() }</span> },
        Marks::Status(s) => html! { <span class={classes!("status-key", s.label())} aria-hidden="true"></span> },
    };
    html! {
        <li>
            <button type="button" class={classes!("facet-value", dead.then_some("dead"))} aria-pressed={pressed.to_string()}
                title={props.title.clone()} {onclick}>
                <span class="facet-label">{ props.label.clone() }</span>
                { marks }
                <span class="facet-count" aria-label={format!("{count} sentences")}>{ count }</span>
            </button>
        </li>
    }
}

/// Which sources carry a value ("AB·DE").
fn source_marks(docs: &[bool]) -> AttrValue {
    let text: String =
        docs.iter().enumerate().map(|(i, &on)| if on { source_tag(i) } else { "\u{00B7}".to_string() }).collect();
    AttrValue::from(text)
}

/// The parts of each value that depend only on the corpus, built once per analysis rather than
/// on every filter change: labels, hover titles (aliases, keywords) and source marks.
#[derive(PartialEq)]
struct ValueTexts {
    entities: Vec<(AttrValue, AttrValue, Marks)>,
    topics: Vec<(AttrValue, AttrValue, Marks)>,
}

fn value_texts(a: &crate::state::SharedAnalysis) -> ValueTexts {
    let n_docs = a.documents.len();
    let show_marks = n_docs <= MARKS_UP_TO;
    let entities = a
        .entities
        .iter()
        .map(|e| {
            let mut names: Vec<&str> = e.aliases.iter().map(String::as_str).collect();
            names.extend(e.demonyms.iter().map(String::as_str));
            let title = if names.is_empty() {
                format!("{} ({} mentions)", e.name, e.mentions.len())
            } else {
                format!("{} \u{2014} also written: {} ({} mentions)", e.name, names.join(", "), e.mentions.len())
            };
            let marks = if show_marks {
                let mut docs = vec![false; n_docs];
                for m in &e.mentions {
                    docs[m.doc] = true;
                }
                Marks::Sources(source_marks(&docs))
            } else {
                Marks::None
            };
            (AttrValue::from(e.name.clone()), AttrValue::from(title), marks)
        })
        .collect();
    let topics = a
        .topics
        .iter()
        .map(|t| {
            let mut per_doc = vec![0usize; n_docs];
            for &(d, _) in &t.sentences {
                per_doc[d] += 1;
            }
            // Per-source counts are readable for a handful of sources; for many, say how many sources.
            let spread = if show_marks {
                let counts: Vec<String> =
                    per_doc.iter().enumerate().map(|(d, n)| format!("{} {n}", source_tag(d))).collect();
                format!("sentences per source: {}", counts.join(", "))
            } else {
                format!("in {} of {n_docs} sources", per_doc.iter().filter(|&&n| n > 0).count())
            };
            let title = format!("{} \u{2014} keywords: {}; {spread}", t.label, t.keywords.join(", "));
            let marks = if show_marks {
                Marks::Sources(source_marks(&per_doc.iter().map(|&n| n > 0).collect::<Vec<_>>()))
            } else {
                Marks::None
            };
            (AttrValue::from(t.label.clone()), AttrValue::from(title), marks)
        })
        .collect();
    ValueTexts { entities, topics }
}

/// Source marks are shown up to this many sources; beyond, they would not fit.
const MARKS_UP_TO: usize = 12;

/// A collapsible group. Its values are built and mounted only while it is open (the parent
/// passes none when it is closed): a large corpus has thousands of names, and closed groups
/// should cost nothing on each filter change.
fn facet_group(title: String, open: bool, flag: Option<String>, on_toggle: Callback<MouseEvent>, values: Html) -> Html {
    html! {
        <details class="facet-group" open={open}>
            <summary onclick={on_toggle}>
                { title }
                if let Some(flag) = flag { <span class="disputed">{ flag }</span> }
            </summary>
            if open { { values } }
        </details>
    }
}

#[function_component(Facets)]
pub fn facets(props: &FacetsProps) -> Html {
    let state = &props.state;
    let a = &state.analysis;
    let counts = state.facet_counts();
    let filter = use_state(String::new);
    let on_filter = {
        let filter = filter.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(value) = crate::platform::target_value(&e) {
                filter.set(value);
            }
        })
    };
    let needle = parallax_core::text::fold(filter.trim());
    // Groups the reader opened or closed, against their default (people, countries and
    // disputed numbers open; everything open while the type-ahead has text).
    let flipped = use_state(parallax_core::order::SortedSet::<String>::new);
    let is_open = |key: &str, by_default: bool| by_default != flipped.contains(key);
    let toggle_group = |key: String| {
        let flipped = flipped.clone();
        Callback::from(move |e: MouseEvent| {
            e.prevent_default();
            let mut next = (*flipped).clone();
            if !next.remove(&key) {
                next.insert(key.clone());
            }
            flipped.set(next);
        })
    };
    let d = &props.dispatch;
    let action = |act: Action| {
        let d = d.clone();
        Callback::from(move |_: MouseEvent| d.emit(act.clone()))
    };
    let n_docs = a.documents.len();
    let show_marks = n_docs <= MARKS_UP_TO;
    let texts = use_memo(a.clone(), value_texts);
    let value = |label: AttrValue, count: usize, pressed: bool, title: AttrValue, marks: Marks, toggle: Action| {
        html! { <FacetValue {label} {count} {pressed} {title} {marks} {toggle} dispatch={d.clone()} /> }
    };

    // Status.
    let statuses = [Status::Disagreement, Status::Agreement, Status::SingleSource];
    let status_items = statuses.iter().enumerate().map(|(k, s)| {
        let pressed = state.filters.statuses.contains(s);
        value(
            AttrValue::Static(s.label()),
            counts.statuses[k],
            pressed,
            AttrValue::from(format!("Sentences in claims marked {}", s.label())),
            Marks::Status(*s),
            Action::Selection(SelectionAction::ToggleStatus(*s)),
        )
    });

    // Entities grouped by kind, filtered by the type-ahead.
    let kinds = [
        EntityKind::Person,
        EntityKind::Country,
        EntityKind::Place,
        EntityKind::Organisation,
        EntityKind::Group,
        EntityKind::Event,
        EntityKind::Other,
    ];
    let entity_groups = kinds.iter().map(|kind| {
        let matching: Vec<usize> = a
            .entities
            .iter()
            .enumerate()
            .filter(|(_, e)| e.kind == *kind)
            .filter(|(_, e)| {
                needle.is_empty()
                    || parallax_core::text::fold(&e.name).contains(&needle)
                    || e.aliases.iter().chain(&e.demonyms).any(|x| parallax_core::text::fold(x).contains(&needle))
            })
            .map(|(i, _)| i)
            .collect();
        if matching.is_empty() {
            return html! {};
        }
        let key = format!("entities-{}", kind.name());
        let open = is_open(&key, matches!(kind, EntityKind::Person | EntityKind::Country) || !needle.is_empty());
        let title = format!("{} ({})", kind.label(), matching.len());
        if !open {
            return facet_group(title, false, None, toggle_group(key), html! {});
        }
        let items = matching.iter().map(|&i| {
            let e = &a.entities[i];
            let (label, title, marks) = texts.entities[i].clone();
            value(
                label,
                counts.entities[i],
                state.filters.entities.contains(&e.id),
                title,
                marks,
                Action::Selection(SelectionAction::ToggleEntity(e.id.clone())),
            )
        });
        facet_group(title, true, None, toggle_group(key), html! { <ul role="list">{ for items }</ul> })
    });

    // Numbers grouped by what they count.
    let number_groups = a.index().numbers.iter().enumerate().map(|(gi, g)| {
        let key = format!("numbers-{}", g.unit);
        let open = is_open(&key, g.disputed);
        let flag = g.disputed.then(|| " \u{2260} values differ".to_string());
        if !open {
            return facet_group(g.unit.clone(), false, flag, toggle_group(key), html! {});
        }
        let items = g.values.iter().enumerate().map(|(vi, v)| {
            value(
                AttrValue::from(v.label.clone()),
                counts.numbers[gi][vi],
                state.filters.numbers.contains(&v.key),
                AttrValue::from(format!("Sentences that give {}", v.label)),
                Marks::None,
                Action::Selection(SelectionAction::ToggleNumber(v.key.clone())),
            )
        });
        facet_group(g.unit.clone(), true, flag, toggle_group(key), html! { <ul role="list">{ for items }</ul> })
    });

    // Topics with per-source sentence counts.
    let topic_items = a.topics.iter().enumerate().map(|(i, t)| {
        let (label, title, marks) = texts.topics[i].clone();
        value(
            label,
            counts.topics[i],
            state.filters.topics.contains(&t.id),
            title,
            marks,
            Action::Selection(SelectionAction::ToggleTopic(t.id.clone())),
        )
    });

    let chips = state.chips();
    html! {
        <aside class="facets" id="facets" aria-label="Filters">
            <button type="button" class="drawer-close" onclick={action(Action::Display(DisplayAction::ToggleFacets))}>{ "Close filters" }</button>
            <p class="facet-rule">{ "Choices within a group widen the selection (OR); groups narrow it together (AND)." }</p>
            if !chips.is_empty() {
                <div class="chips" aria-label="Active filters">
                    { for chips.into_iter().map(|(chip, label)| {
                        let remove = action(Action::Selection(SelectionAction::Remove(chip)));
                        html! {
                            <button type="button" class="chip" onclick={remove} aria-label={format!("Remove filter {label}")}>
                                { label }<span aria-hidden="true">{ " \u{00D7}" }</span>
                            </button>
                        }
                    }) }
                    <button type="button" class="chip clear" onclick={action(Action::Selection(SelectionAction::Clear))}>{ "Clear all" }</button>
                </div>
            }
            <section aria-labelledby="facet-status">
                // Sentences, not claims (the overview counts claims): the heading says which.
                <h2 id="facet-status">{ "Sentences by claim status" }</h2>
                <ul role="list" class="facet-list">{ for status_items }</ul>
            </section>
            <section aria-labelledby="facet-entities">
                <h2 id="facet-entities">{ "Entities" }</h2>
                <label for="entity-filter" class="visually-hidden">{ "Filter the entity list" }</label>
                <input id="entity-filter" type="search" placeholder="Find a name\u{2026}" value={(*filter).clone()} oninput={on_filter} />
                { for entity_groups }
            </section>
            <section aria-labelledby="facet-numbers">
                <h2 id="facet-numbers">{ "Numbers" }</h2>
                { for number_groups }
            </section>
            <section aria-labelledby="facet-topics">
                <h2 id="facet-topics">{ "Topics" }</h2>
                <ul role="list" class="facet-list">{ for topic_items }</ul>
            </section>
            if show_marks {
                <p class="marks-key">{ "Letters mark the sources: " }
                    { for a.documents.iter().enumerate().map(|(i, d)| html! { <span class="mark-key">{ format!("{} = {}", source_tag(i), short_label(&d.label)) }</span> }) }
                </p>
            }
            <button type="button" class="chip" onclick={action(Action::Selection(SelectionAction::Remove(Chip::Query)))} hidden={state.filters.query.is_empty()}>{ "Clear search" }</button>
        </aside>
    }
}
