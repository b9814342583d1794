//! The messages between the page and the analysis worker, as postcard bytes.
//!
//! Plain data and plain functions, tested natively; `worker` only moves the bytes. Every reply
//! names its job, so a reply to a job the reader has cancelled or replaced is recognised and dropped.

use parallax_core::{Progress, Source, Stage};
use serde::{Deserialize, Serialize};

use crate::library::{self, Input};

/// The page asks.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum ToWorker {
    /// Add `inputs` (files read, text pasted) to `existing` and analyse the result; with no
    /// inputs, analyse `existing` as it is (a corpus restored from storage).
    Add { job: u32, existing: Vec<Source>, inputs: Vec<Input> },
}

/// `ToWorker::Add` as the page sends it: the same bytes, borrowing the corpus and the inputs
/// the page already holds instead of copying them (they can be tens of megabytes).
#[derive(Serialize)]
pub enum ToWorkerRef<'a> {
    Add { job: u32, existing: &'a [Source], inputs: &'a [Input] },
}

/// The worker answers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum FromWorker {
    /// The worker has started and is listening: from now on a failure is the work's, not the start's.
    Ready,
    Progress {
        job: u32,
        progress: Progress,
    },
    /// The new corpus and its analysis as a bundle (`parallax_core::bundle`, checked when read),
    /// and what adding did, for the reader.
    Done {
        job: u32,
        bundle: Vec<u8>,
        summary: String,
    },
    /// Nothing could be added: the corpus stays as it was.
    Refused {
        job: u32,
        summary: String,
    },
    Failed {
        job: u32,
        message: String,
    },
}

/// The worker's side of a request, also run on the page when no worker starts.
pub enum Outcome {
    Done { sources: Vec<Source>, analysis: parallax_core::Analysis, summary: String },
    Refused { summary: String },
}

/// Adds and analyses, reporting progress.
pub fn run(existing: &[Source], inputs: Vec<Input>, progress: &mut dyn FnMut(Progress)) -> Outcome {
    let asked = inputs.len();
    let added = library::add(existing, inputs);
    let summary = added.summary();
    if asked > 0 && added.accepted.is_empty() {
        return Outcome::Refused { summary };
    }
    let analysis = parallax_core::analyze_with_progress(&added.sources, progress);
    Outcome::Done { sources: added.sources, analysis, summary }
}

pub fn encode<T: Serialize>(message: &T) -> Vec<u8> {
    // Serialising into a Vec fails only for serde features these types do not use.
    postcard::to_allocvec(message).unwrap_or_default()
}

pub fn decode<'a, T: Deserialize<'a>>(bytes: &'a [u8]) -> Result<T, String> {
    // Without postcard's wording, which would link all its messages into the wasm (see bundle.rs):
    // page and worker are one build, so an unreadable message is a bug, not a reader's input.
    postcard::from_bytes(bytes).map_err(|_| "unreadable message between page and worker".to_string())
}

/// Decides which progress reports are worth a message: every stage change, and within a stage
/// every hundredth of the documents, so 1,000 or 100,000 documents cost about the same messages.
#[derive(Debug, Default)]
pub struct Throttle {
    last: Option<(Stage, usize)>,
}

impl Throttle {
    pub fn admit(&mut self, p: Progress) -> bool {
        let step = (p.total / 100).max(1);
        let admit = match self.last {
            Some((stage, done)) => stage != p.stage || p.done >= done + step,
            None => true,
        };
        if admit {
            self.last = Some((p.stage, p.done));
        }
        admit
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_round_trip() {
        let ask = ToWorker::Add {
            job: 7,
            existing: vec![Source::new("a", "Leaders met.")],
            inputs: vec![Input::Paste {
                label: "b".into(),
                text: "Ministers met.".into(),
                details: Default::default(),
            }],
        };
        assert_eq!(decode::<ToWorker>(&encode(&ask)).unwrap(), ask);
        let progress = FromWorker::Progress { job: 7, progress: Progress { stage: Stage::Numbers, done: 3, total: 9 } };
        assert_eq!(decode::<FromWorker>(&encode(&progress)).unwrap(), progress);
        assert!(decode::<FromWorker>(&[0xff, 0xff, 0xff]).unwrap_err().contains("unreadable"));
    }

    #[test]
    fn a_request_adds_then_analyses_or_refuses_without_analysing() {
        let existing = vec![Source::new("a", "Leaders met in Paris. 26 nations pledged troops.")];
        let paste = |text: &str| Input::Paste { label: String::new(), text: text.into(), details: Default::default() };
        let mut stages = Vec::new();
        match run(&existing, vec![paste("Twenty-six countries pledged troops in Paris.")], &mut |p| {
            stages.push(p.stage)
        }) {
            Outcome::Done { sources, analysis, summary } => {
                assert_eq!(sources.len(), 2);
                assert_eq!(analysis.documents.len(), 2);
                assert_eq!(summary, "Added 1 article.");
            }
            Outcome::Refused { summary } => panic!("refused: {summary}"),
        }
        assert_eq!(stages.first(), Some(&Stage::Reading));
        assert_eq!(stages.last(), Some(&Stage::Done));
        let mut called = false;
        match run(&existing, vec![paste("  ")], &mut |_| called = true) {
            Outcome::Refused { summary } => assert!(summary.contains("empty"), "{summary}"),
            Outcome::Done { .. } => panic!("an empty paste adds nothing"),
        }
        assert!(!called, "nothing new: no analysis");
        assert!(matches!(run(&existing, vec![], &mut |_| {}), Outcome::Done { .. }), "a restore analyses");
    }

    #[test]
    fn the_borrowed_request_is_the_same_message() {
        let existing = vec![Source::new("a", "Leaders met.")];
        let inputs = vec![Input::Unreadable { name: "gone.txt".into() }];
        let borrowed = encode(&ToWorkerRef::Add { job: 3, existing: &existing, inputs: &inputs });
        assert_eq!(borrowed, encode(&ToWorker::Add { job: 3, existing: existing.clone(), inputs: inputs.clone() }));
        assert_eq!(decode::<ToWorker>(&borrowed).unwrap(), ToWorker::Add { job: 3, existing, inputs });
    }

    #[test]
    fn progress_is_reported_per_stage_and_per_hundredth() {
        let mut t = Throttle::default();
        let p = |stage, done| Progress { stage, done, total: 1000 };
        let admitted: Vec<usize> = (0..1000).filter(|&d| t.admit(p(Stage::Reading, d))).collect();
        assert_eq!(admitted.len(), 100, "one report per 10 documents of 1,000");
        assert!(t.admit(p(Stage::Numbers, 0)), "a new stage is always reported");
        assert!(!t.admit(p(Stage::Numbers, 5)));
        let mut small = Throttle::default();
        assert!((0..3).all(|d| small.admit(Progress { stage: Stage::Reading, done: d, total: 3 })));
    }
}
