//! The command line, parsed with `lexopt`: what to read, how to print, where to write a bundle.

use std::ffi::OsString;
use std::path::PathBuf;

pub const USAGE: &str = "\
usage: parallax-cli [--format json|text] [--bundle OUT.parallax] [--stdin-kind txt|md|html] <file | directory | ->...
  Analyses the given articles and prints the analysis as JSON (default) or as a short text summary.
  Files are read as the app reads them: plain text, Markdown and HTML (reduced to its readable
  text; its <title> becomes the label), in UTF-8, UTF-16 with a byte-order mark, or else as
  Windows-1252 (with a note on stderr). A directory means every .txt, .md, .markdown, .html and
  .htm file in it, sorted by name. - reads standard input as document `stdin`, as a .txt file
  unless --stdin-kind says md or html. The document id is the file name without its extension.
  Empty, binary, oversized (over 5 MB) and duplicate files are named on stderr with the reason
  and skipped; the rest is still analysed.
  -f, --format json|text   what to print (default json)
  -b, --bundle OUT         write the documents and their analysis as one bundle file instead, which
                           the app opens without analysing again (Add files, then pick the file)
  --stdin-kind txt|md|html how to read standard input (default txt)
  -h, --help               print this and exit
  Exit status: 0 when every input was analysed, 1 when some input was refused or could not be
  read (the rest is still analysed) or the output could not be written, 2 for a usage error.";

/// What to print.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Json,
    Text,
}

/// How standard input is read: as a file with this kind's extension would be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StdinKind {
    Text,
    Markdown,
    Html,
}

impl StdinKind {
    /// The file name standard input is imported under (the import reads the format from it).
    pub fn file_name(self) -> &'static str {
        match self {
            StdinKind::Text => "stdin.txt",
            StdinKind::Markdown => "stdin.md",
            StdinKind::Html => "stdin.html",
        }
    }
}

/// One input named on the command line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    /// `-`: standard input.
    Stdin,
    /// A file or a directory.
    Path(PathBuf),
}

/// Everything the command line asked for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Options {
    pub format: Format,
    pub bundle: Option<PathBuf>,
    pub stdin_kind: StdinKind,
    pub inputs: Vec<Input>,
}

/// What the command line means.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    Run(Options),
    Help,
}

/// Reads the arguments (without the program name). An error is a message for stderr, to be
/// followed by the usage; the command then exits with status 2.
pub fn parse(args: impl IntoIterator<Item = OsString>) -> Result<Command, String> {
    use lexopt::prelude::*;
    let mut options = Options { format: Format::Json, bundle: None, stdin_kind: StdinKind::Text, inputs: Vec::new() };
    let mut parser = lexopt::Parser::from_args(args);
    while let Some(arg) = parser.next().map_err(|e| e.to_string())? {
        match arg {
            Short('h') | Long("help") => return Ok(Command::Help),
            Short('f') | Long("format") => {
                let value = parser.value().map_err(|_| "--format takes json or text".to_string())?;
                options.format = match value.to_str() {
                    Some("json") => Format::Json,
                    Some("text") => Format::Text,
                    _ => return Err(format!("--format takes json or text, not {:?}", value.to_string_lossy())),
                };
            }
            Short('b') | Long("bundle") => {
                let value = parser.value().map_err(|_| "--bundle needs a file name".to_string())?;
                if value.is_empty() {
                    return Err("--bundle needs a file name".to_string());
                }
                options.bundle = Some(PathBuf::from(value));
            }
            Long("stdin-kind") => {
                let value = parser.value().map_err(|_| "--stdin-kind takes txt, md or html".to_string())?;
                options.stdin_kind = match value.to_str() {
                    Some("txt") => StdinKind::Text,
                    Some("md") => StdinKind::Markdown,
                    Some("html") => StdinKind::Html,
                    _ => return Err(format!("--stdin-kind takes txt, md or html, not {:?}", value.to_string_lossy())),
                };
            }
            Value(value) if value == "-" => options.inputs.push(Input::Stdin),
            Value(value) => options.inputs.push(Input::Path(PathBuf::from(value))),
            Short(c) => return Err(format!("unknown option -{c}")),
            Long(name) => return Err(format!("unknown option --{name}")),
        }
    }
    if options.inputs.is_empty() {
        return Err("no file, directory or - to read".to_string());
    }
    Ok(Command::Run(options))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(args: &[&str]) -> Result<Options, String> {
        match parse(args.iter().map(OsString::from))? {
            Command::Run(options) => Ok(options),
            Command::Help => Err("help".to_string()),
        }
    }

    #[test]
    fn options_take_their_value_attached_or_next() {
        let o = run(&["--format=text", "a.txt", "-b", "out.parallax", "-", "dir"]).unwrap();
        assert_eq!(o.format, Format::Text);
        assert_eq!(o.bundle, Some(PathBuf::from("out.parallax")));
        assert_eq!(
            o.inputs,
            vec![Input::Path("a.txt".into()), Input::Stdin, Input::Path("dir".into())],
            "inputs keep their order; - is standard input"
        );
        let o = run(&["-f", "json", "--bundle=x.parallax", "--stdin-kind", "html", "-"]).unwrap();
        assert_eq!((o.format, o.stdin_kind), (Format::Json, StdinKind::Html));
        assert_eq!(o.bundle, Some(PathBuf::from("x.parallax")));
        assert_eq!(run(&["--", "-odd-name.txt"]).unwrap().inputs, vec![Input::Path("-odd-name.txt".into())]);
        assert_eq!(parse(["a.txt", "--help"].map(OsString::from)), Ok(Command::Help));
        assert_eq!(parse(["-h"].map(OsString::from)), Ok(Command::Help));
    }

    #[test]
    fn mistakes_are_named() {
        assert_eq!(run(&["--format", "yaml", "a"]), Err("--format takes json or text, not \"yaml\"".into()));
        assert_eq!(run(&["a", "--format"]), Err("--format takes json or text".into()));
        assert_eq!(run(&["a", "--bundle"]), Err("--bundle needs a file name".into()));
        assert_eq!(run(&["a", "--bundle="]), Err("--bundle needs a file name".into()));
        assert_eq!(run(&["--stdin-kind", "pdf", "-"]), Err("--stdin-kind takes txt, md or html, not \"pdf\"".into()));
        assert_eq!(run(&["--verbose", "a"]), Err("unknown option --verbose".into()));
        assert_eq!(run(&["-x", "a"]), Err("unknown option -x".into()));
        assert_eq!(run(&["--format=text"]), Err("no file, directory or - to read".into()));
    }
}
