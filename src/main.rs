//! Entry point. On wasm32 it mounts the Yew app, or, started in the analysis worker (no window),
//! serves analysis requests; natively it points to the command-line tool.

#[cfg(target_arch = "wasm32")]
fn main() {
    if parallax::platform::is_page() {
        // The wasm is compiled and instantiated (User Timing, for the start-up benchmark).
        parallax::platform::mark("parallax:main");
        parallax::ui::start();
    } else {
        parallax::platform::worker::serve();
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("parallax is the browser app: run it with `trunk serve` (see README.md).");
    eprintln!("For the analysis on the command line: cargo run -p parallax-cli -- corpus/ --format text");
}
