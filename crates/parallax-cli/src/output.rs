//! Writing to stdout and stderr without panicking: a reader that stops early (`| head -1`)
//! ends the command quietly, as if everything had been read.

use std::io::{self, Write};

/// Writes `text` to standard output and flushes it. A closed pipe counts as written: the reader
/// wanted no more. Any other error is returned.
pub fn print(text: &str) -> io::Result<()> {
    let mut out = io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(()),
        other => other,
    }
}

/// Writes one line to standard error, prefixed with the command's name. Errors are ignored:
/// there is nowhere left to report them.
pub fn warn(message: &str) {
    let _ = writeln!(io::stderr().lock(), "parallax-cli: {message}");
}
