//! Entry point. On wasm32 it mounts the Yew app; natively it points to the command-line tool.

#[cfg(target_arch = "wasm32")]
fn main() {
    parallax::ui::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("parallax is the browser app: run it with `trunk serve` (see README.md).");
    eprintln!("For the analysis on the command line: cargo run -p parallax-cli -- corpus/ --format text");
}
