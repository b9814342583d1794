//! `parallax-cli`: analyse articles (.txt, .md, .html files, directories of them, or standard
//! input) and print JSON or a text summary, or write a bundle the app opens.
//!
//! Thin glue over `parallax_core`: parse the options, read the inputs as the app does
//! (`parallax_core::import`), call `analyze`, print. Refused inputs are named on stderr with the
//! reason and skipped; the rest is still analysed.

mod args;
mod inputs;
mod output;

use std::process::ExitCode;

use parallax_core::{analyze, bundle, report};

use args::{Command, Format, USAGE};
use inputs::Event;
use output::warn;

/// Some input was refused or unreadable, or the output could not be written.
const FAILED: u8 = 1;
/// The command line was wrong.
const USAGE_ERROR: u8 = 2;

fn main() -> ExitCode {
    let options = match args::parse(std::env::args_os().skip(1)) {
        Ok(Command::Run(options)) => options,
        Ok(Command::Help) => return finish(output::print(&format!("{USAGE}\n")), false),
        Err(message) => {
            warn(&format!("{message}\n{USAGE}"));
            return ExitCode::from(USAGE_ERROR);
        }
    };
    let loaded =
        inputs::read(&options.inputs, options.stdin_kind, &mut std::io::stdin().lock(), options.bundle.is_some());
    for event in &loaded.events {
        match event {
            Event::Refused { name, why } => warn(&format!("{name} skipped: {why}")),
            Event::Note { name, note } => warn(&format!("{name}: {note}")),
        }
    }
    let refused = loaded.refused_any();
    let sources = loaded.sources;
    let analysis = analyze(&sources);
    let written = if let Some(path) = &options.bundle {
        let bytes = bundle::encode(&sources, &analysis);
        if let Err(e) = std::fs::write(path, &bytes) {
            warn(&format!("cannot write {}: {e}", path.display()));
            return ExitCode::from(FAILED);
        }
        output::print(&format!(
            "wrote {} ({} documents, {} claims, {} bytes)\n",
            path.display(),
            analysis.documents.len(),
            analysis.claims.len(),
            bytes.len()
        ))
    } else {
        match options.format {
            Format::Json => match serde_json::to_string_pretty(&report::report(&analysis)) {
                Ok(json) => output::print(&(json + "\n")),
                Err(e) => {
                    warn(&format!("cannot encode JSON: {e}"));
                    return ExitCode::from(FAILED);
                }
            },
            Format::Text => output::print(&report::summary(&analysis)),
        }
    };
    finish(written, refused)
}

/// The exit status once the output is written (or failed to be).
fn finish(written: std::io::Result<()>, refused: bool) -> ExitCode {
    if let Err(e) = written {
        warn(&format!("cannot write to standard output: {e}"));
        return ExitCode::from(FAILED);
    }
    if refused {
        ExitCode::from(FAILED)
    } else {
        ExitCode::SUCCESS
    }
}
