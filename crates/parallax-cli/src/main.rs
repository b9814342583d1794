//! `parallax-cli`: analyse .txt files (or directories of them) and print JSON or a text summary.
//!
//! Thin glue over `parallax_core`: read files, call `analyze`, print. Unreadable or non-UTF-8
//! files are reported on stderr and skipped; the rest is still analysed.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use parallax_core::{analyze, bundle, report, Source};

const USAGE: &str = "usage: parallax-cli [--format json|text] [--bundle OUT.parallax] <file.txt | directory>...\n\
  Analyses the given .txt files (a directory means every .txt file in it, sorted by name)\n\
  and prints the analysis as JSON (default) or as a short text summary.\n\
  --bundle OUT writes the documents and their analysis as one bundle file instead, which the\n\
  app opens without analysing again (Add files, then pick the .parallax file).";

#[derive(Clone, Copy, PartialEq, Eq)]
enum Format {
    Json,
    Text,
}

fn main() -> ExitCode {
    let mut format = Format::Json;
    let mut bundle: Option<PathBuf> = None;
    let mut inputs = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "-h" | "--help" => {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            "--format" | "-f" => match args.next().as_deref() {
                Some("json") => format = Format::Json,
                Some("text") => format = Format::Text,
                other => {
                    eprintln!("parallax-cli: --format takes json or text, not {:?}\n{USAGE}", other.unwrap_or(""));
                    return ExitCode::from(2);
                }
            },
            s if s.starts_with("--format=") => match &s["--format=".len()..] {
                "json" => format = Format::Json,
                "text" => format = Format::Text,
                other => {
                    eprintln!("parallax-cli: --format takes json or text, not {other:?}");
                    return ExitCode::from(2);
                }
            },
            "--bundle" | "-b" => match args.next() {
                Some(path) => bundle = Some(PathBuf::from(path)),
                None => {
                    eprintln!("parallax-cli: --bundle needs a file name\n{USAGE}");
                    return ExitCode::from(2);
                }
            },
            s if s.starts_with("--bundle=") => bundle = Some(PathBuf::from(&s["--bundle=".len()..])),
            s if s.starts_with('-') && s.len() > 1 => {
                eprintln!("parallax-cli: unknown option {s}\n{USAGE}");
                return ExitCode::from(2);
            }
            _ => inputs.push(PathBuf::from(arg)),
        }
    }
    if inputs.is_empty() {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    }
    let mut sources = Vec::new();
    let mut failed = false;
    for input in &inputs {
        for path in expand(input, &mut failed) {
            match std::fs::read(&path) {
                Ok(bytes) => match String::from_utf8(bytes) {
                    Ok(text) => sources.push(Source::new(document_id(&path), text)),
                    Err(_) => {
                        eprintln!("parallax-cli: {} is not UTF-8 text; skipped", path.display());
                        failed = true;
                    }
                },
                Err(e) => {
                    eprintln!("parallax-cli: cannot read {}: {e}", path.display());
                    failed = true;
                }
            }
        }
    }
    let analysis = analyze(&sources);
    if let Some(path) = bundle {
        let bytes = bundle::encode(&sources, &analysis);
        if let Err(e) = std::fs::write(&path, &bytes) {
            eprintln!("parallax-cli: cannot write {}: {e}", path.display());
            return ExitCode::FAILURE;
        }
        println!(
            "wrote {} ({} documents, {} claims, {} bytes)",
            path.display(),
            analysis.documents.len(),
            analysis.claims.len(),
            bytes.len()
        );
        return if failed { ExitCode::FAILURE } else { ExitCode::SUCCESS };
    }
    match format {
        Format::Json => match serde_json::to_string_pretty(&report::report(&analysis)) {
            Ok(json) => println!("{json}"),
            Err(e) => {
                eprintln!("parallax-cli: cannot encode JSON: {e}");
                return ExitCode::FAILURE;
            }
        },
        Format::Text => print!("{}", report::summary(&analysis)),
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

/// A directory becomes its `.txt` files sorted by name; a file stays itself.
fn expand(input: &Path, failed: &mut bool) -> Vec<PathBuf> {
    if input.is_dir() {
        match std::fs::read_dir(input) {
            Ok(entries) => {
                let mut files: Vec<PathBuf> = entries
                    .filter_map(Result::ok)
                    .map(|e| e.path())
                    .filter(|p| p.is_file() && p.extension().is_some_and(|e| e == "txt"))
                    .collect();
                files.sort();
                files
            }
            Err(e) => {
                eprintln!("parallax-cli: cannot list {}: {e}", input.display());
                *failed = true;
                Vec::new()
            }
        }
    } else {
        vec![input.to_path_buf()]
    }
}

/// The document id is the file name without its extension.
fn document_id(path: &Path) -> String {
    path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_else(|| path.display().to_string())
}
