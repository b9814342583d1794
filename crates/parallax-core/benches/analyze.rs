//! Benchmark: end-to-end analysis of the seed corpus and of generated corpora of 100, 1,000 and
//! 10,000 documents (perturbed copies of the seed reports plus generated variations, so that
//! alignment has real work). Prints a table: documents, size, time, time per document, and the
//! peak memory of a fresh process for each size.
//!
//!     cargo bench -p parallax-core --bench analyze            # all sizes
//!     cargo bench -p parallax-core --bench analyze -- 1000    # one size
//!     cargo bench -p parallax-core --bench analyze -- --stages 1000   # time per stage
//!     cargo bench -p parallax-core --bench analyze -- --digest 1000   # hash of the output
//!
//! Each size runs in a child process so that its peak resident memory (VmHWM) is its own.
//! `--digest` prints a hash of the analysis and of the report as JSON: two builds that print the
//! same digests give the same output on the whole generated corpus, not only on `corpus/`.
//!
//! Memory (10,000 documents, 34.6 MB of text): the peak was 923 MiB. Measured with a counting
//! allocator, most of it was the documents: 6.2 million tokens of 24 bytes, each with a folded
//! `String` (24 bytes and an allocation of at least 32), in vectors grown by doubling. Then, at
//! each stage's peak, topic finding's term lists per sentence (120 MiB), the vectors and maps per
//! sentence of `features` (75 MiB live, 60 more while built), entity candidates (130 MiB) and
//! candidate pairs of claims (60 MiB). Exact-size vectors in ingest, features in one buffer per
//! list (`features::Rows`) and topics from postings brought the peak to 786 MiB, with 1,000
//! documents a little faster (median of seven runs 985 ms against 1,126). Folded forms in one
//! buffer per document instead of a `String` each (`ingest::Folded`): 521 MiB; each MinHash
//! leader a candidate once per sentence in `claims`: 504 MiB. Measured with heaptrack at each new
//! peak since: tokens as a `u32` offset and a `u16` length (8 bytes, not 24): -73 MiB; candidate
//! pairs and groups of `claims` as `u32` and only for groups of two or more: -14 MiB; the number
//! slots' mentions per document instead of a map per sentence: -17 MiB; exact-size candidate and
//! mention vectors, words of candidates as `u32` offsets and a boxed `str`, credits' mentions
//! built per statement: -10 MiB. 374 MiB, identical output (`--digest`). The figures of that
//! session (counts of things, shares of the vote) and reading credits source by source (each
//! document's reader built once, not once per statement; the credits found, 7 MiB, kept until
//! the notes are written): 380 MiB, and 1,000 documents faster than at the session's start
//! (medians of six alternating runs on a quiet machine: 643 ms before, 612 ms after; the
//! figures+claims stage 165 -> 150 ms). What is left at the peak (`claims`): the documents
//! (tokens 49 MiB, the text copied from the sources 35, folded forms 54, sentences 11),
//! features 46, entities 26.

use std::path::Path;
use std::process::Command;
use std::time::Instant;

use parallax_core::{analyze, Source};

fn seed() -> Vec<Source> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../corpus");
    let mut files: Vec<_> = std::fs::read_dir(&dir).expect("corpus/").map(|e| e.unwrap().path()).collect();
    files.sort();
    files
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .map(|p| Source::new(p.file_stem().unwrap().to_str().unwrap(), std::fs::read_to_string(&p).unwrap()))
        .collect()
}

/// A small deterministic generator (xorshift): the same corpus on every run and machine.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
}

const SYNONYMS: &[(&str, &str)] = &[
    ("nations", "countries"),
    ("said", "stated"),
    ("meeting", "summit"),
    ("leaders", "heads of government"),
    ("stop", "halt"),
    ("pledged", "committed"),
    ("war", "conflict"),
];
const FIRST: &[&str] = &["Anna", "Marek", "Sofia", "Jonas", "Lena", "Pavel", "Ines", "Tomas", "Greta", "Nikos"];
const LAST: &[&str] = &["Novak", "Berg", "Costa", "Laine", "Horvat", "Meyer", "Silva", "Kowal", "Dahl", "Petrov"];
const PLACES: &[&str] = &["Odesa", "Lviv", "Dnipro", "Sumy", "Poltava", "Kherson", "Chernihiv", "Zhytomyr"];
const TOPICS: &[&str] = &["air defence", "grain exports", "energy grid", "reconstruction", "sanctions", "refugees"];

fn perturb(text: &str, rng: &mut Rng) -> String {
    let mut paragraphs: Vec<String> = text.split('\n').map(str::to_string).collect();
    // Drop some paragraphs, swap a neighbouring pair: copies that are not identical.
    paragraphs.retain(|_| !rng.chance(12));
    if paragraphs.len() > 3 {
        let i = rng.below(paragraphs.len() - 1);
        paragraphs.swap(i, i + 1);
    }
    let mut out = paragraphs.join("\n");
    for (a, b) in SYNONYMS {
        if rng.chance(30) {
            out = out.replace(a, b);
        }
    }
    // Now and then a different number: real disagreements for the slot logic.
    if rng.chance(10) {
        out = out.replacen("112", "120", 1);
    }
    if rng.chance(5) {
        out = out.replacen("35 leaders", "33 leaders", 1);
    }
    out
}

fn variation(rng: &mut Rng) -> String {
    let mut out = String::new();
    let sentences = 6 + rng.below(10);
    for _ in 0..sentences {
        let who = format!("{} {}", FIRST[rng.below(FIRST.len())], LAST[rng.below(LAST.len())]);
        let place = PLACES[rng.below(PLACES.len())];
        let topic = TOPICS[rng.below(TOPICS.len())];
        let n = 2 + rng.below(400);
        let s = match rng.below(5) {
            0 => format!("Officials in {place} said {n} people were evacuated after the strike, {who} told reporters."),
            1 => format!("{who}, the regional governor, said talks on {topic} would resume next week in {place}."),
            2 => format!(
                "Russia launched {n} drones at {place} overnight, {} of which were shot down, the air force said.",
                n / 2
            ),
            3 => format!("\"We need more support for {topic},\" {who} said in {place} on Thursday."),
            _ => format!("A group of {n} volunteers in {place} is helping with {topic}, according to {who}."),
        };
        out.push_str(&s);
        out.push(if rng.chance(40) { '\n' } else { ' ' });
    }
    out
}

fn corpus(size: usize) -> Vec<Source> {
    let seed = seed();
    if size <= seed.len() {
        return seed;
    }
    let mut rng = Rng(0x5EED_1234_ABCD_0001);
    (0..size)
        .map(|i| {
            let mut text = if i % 3 == 2 {
                variation(&mut rng)
            } else {
                let base = &seed[i % seed.len()];
                perturb(&base.text, &mut rng)
            };
            // Built by pushing, the text has spare capacity; a text read from a file has none,
            // and the spare room (10 MiB for 10,000 documents) would count as the engine's.
            text.shrink_to_fit();
            Source::new(format!("doc-{i:05}"), text)
        })
        .collect()
}

fn peak_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// Child mode: analyse one size and print one machine-readable line.
fn run_one(size: usize) {
    let sources = corpus(size);
    let bytes: usize = sources.iter().map(|s| s.text.len()).sum();
    let runs = if size <= 5 {
        50
    } else if size <= 100 {
        5
    } else {
        1
    };
    let mut times = Vec::new();
    let mut claims = 0;
    for _ in 0..runs {
        let t = Instant::now();
        let a = analyze(&sources);
        times.push(t.elapsed().as_secs_f64());
        claims = a.claims.len();
        std::hint::black_box(&a);
    }
    times.sort_by(f64::total_cmp);
    let median = times[times.len() / 2];
    println!("RESULT {} {} {} {} {}", sources.len(), bytes, median, peak_kib().unwrap_or(0), claims);
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).filter(|a| !a.starts_with("--")).collect();
    if let Some(pos) = std::env::args().position(|a| a == "--digest") {
        let size = std::env::args().nth(pos + 1).and_then(|s| s.parse().ok()).unwrap_or(5);
        digest(size);
        return;
    }
    if std::env::args().any(|a| a == "--ingest-loop") {
        let sources = seed();
        for _ in 0..500 {
            for s in &sources {
                std::hint::black_box(parallax_core::ingest::ingest(&s.id, &s.text));
            }
        }
        return;
    }
    if let Some(pos) = std::env::args().position(|a| a == "--stages") {
        let size = std::env::args().nth(pos + 1).and_then(|s| s.parse().ok()).unwrap_or(5);
        stages(size);
        return;
    }
    if let Some(pos) = std::env::args().position(|a| a == "--child") {
        let size = std::env::args().nth(pos + 1).and_then(|s| s.parse().ok()).unwrap_or(5);
        run_one(size);
        return;
    }
    let sizes: Vec<usize> = if args.is_empty() {
        vec![5, 100, 1_000, 10_000]
    } else {
        args.iter().filter_map(|a| a.parse().ok()).collect()
    };
    let exe = std::env::current_exe().expect("own path");
    println!("{:>8} {:>10} {:>12} {:>14} {:>12} {:>8}", "docs", "MB", "time", "per document", "peak RSS", "claims");
    let mut previous: Option<(usize, f64)> = None;
    for size in sizes {
        let out = Command::new(&exe).args(["--child", &size.to_string()]).output().expect("run child");
        let stdout = String::from_utf8_lossy(&out.stdout);
        let Some(line) = stdout.lines().find(|l| l.starts_with("RESULT ")) else {
            eprintln!("size {size}: child failed: {}", String::from_utf8_lossy(&out.stderr));
            continue;
        };
        let f: Vec<&str> = line.split_whitespace().collect();
        let (docs, bytes, secs, peak, claims): (usize, f64, f64, f64, usize) = (
            f[1].parse().unwrap(),
            f[2].parse().unwrap(),
            f[3].parse().unwrap(),
            f[4].parse().unwrap(),
            f[5].parse().unwrap(),
        );
        let scaling = previous
            .map(|(d, t)| format!("  x{:.1} docs -> x{:.1} time", docs as f64 / d as f64, secs / t))
            .unwrap_or_default();
        println!(
            "{:>8} {:>10.2} {:>10.1}ms {:>12.3}ms {:>9.1} MiB {:>8}{}",
            docs,
            bytes / 1e6,
            secs * 1e3,
            secs * 1e3 / docs as f64,
            peak / 1024.0,
            claims,
            scaling
        );
        previous = Some((docs, secs));
    }
}

/// `--digest N`: the size and a hash (FNV-1a, the same on every run) of the analysis of `N`
/// documents and of its report, both as JSON.
fn digest(size: usize) {
    let analysis = analyze(&corpus(size));
    let report = parallax_core::report::report(&analysis);
    for (name, json) in [("analysis", serde_json::to_vec(&analysis)), ("report", serde_json::to_vec(&report))] {
        let json = json.expect("JSON");
        let hash = json.iter().fold(0xcbf2_9ce4_8422_2325u64, |h, &b| (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3));
        println!("{size} documents: {name} {} bytes, {hash:016x}", json.len());
    }
}

/// `--stages N`: time each stage separately, to see where the time goes.
#[allow(dead_code)]
pub fn stages(size: usize) {
    use parallax_core::*;
    let sources = corpus(size);
    let runs = if size <= 10 { 50 } else { 1 };
    let mut totals = [std::time::Duration::ZERO; 7];
    for _ in 0..runs {
        let mut lap = Instant::now();
        let mut tick = |i: usize, totals: &mut [std::time::Duration; 7]| {
            totals[i] += lap.elapsed();
            lap = Instant::now();
        };
        let docs: Vec<Document> = sources.iter().map(|s| ingest::ingest(&s.id, &s.text)).collect();
        tick(0, &mut totals);
        let numbers: Vec<Vec<numbers::Quantity>> = docs.iter().map(numbers::extract).collect();
        tick(1, &mut totals);
        let entities = entities::extract(&docs);
        tick(2, &mut totals);
        let features = features::build(&docs, &entities, &numbers);
        tick(3, &mut totals);
        let quotes = quotes::extract(&docs, &entities);
        tick(4, &mut totals);
        let mut read = figures::read(&docs, &numbers, &entities);
        let counters = parallax_core::attribution::count_voices(&mut read, &docs, &entities);
        let figures = figures::compare(&docs, &read, &counters);
        let claims = claims::align(&docs, &numbers, &entities, &quotes, &features, figures);
        tick(5, &mut totals);
        let topics = topics::extract(&features);
        tick(6, &mut totals);
        std::hint::black_box((&claims, &topics));
    }
    let names = ["ingest", "numbers", "entities", "features", "quotes", "figures+claims", "topics"];
    let parts: Vec<String> = names.iter().zip(totals).map(|(n, t)| format!("{n} {:.2?}", t / runs)).collect();
    println!("stages for {size} docs (mean of {runs}): {}", parts.join(", "));
}
