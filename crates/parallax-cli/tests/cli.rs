//! The command as a user runs it: JSON, text, and a bundle the app can open.

use std::process::Command;

fn corpus() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../corpus")
}

fn run(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_parallax-cli")).args(args).arg(corpus()).output().expect("runs")
}

#[test]
fn json_output_has_the_documented_shape() {
    let out = run(&["--format", "json"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(json["documents"].as_array().map(Vec::len), Some(5));
    for key in ["entities", "numbers", "topics", "claims", "quotes", "diagnostics"] {
        assert!(json[key].is_array(), "{key} is an array");
    }
    let value = &json["numbers"][0]["value"];
    assert!(value.is_number() || value.is_string(), "values are plain numbers or ISO text: {value}");
}

#[test]
fn a_bundle_written_by_the_command_decodes_to_the_same_analysis() {
    let path = std::env::temp_dir().join(format!("parallax-cli-test-{}.parallax", std::process::id()));
    let out = run(&["--bundle", path.to_str().unwrap()]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stdout).contains("5 documents"));
    let bytes = std::fs::read(&path).expect("bundle written");
    let _ = std::fs::remove_file(&path);
    let bundle = parallax_core::bundle::decode(&bytes).expect("decodes");
    assert_eq!(bundle.sources.len(), 5);
    let fresh = parallax_core::analyze(&bundle.sources);
    assert_eq!(bundle.analysis.claims, fresh.claims, "the same claims as analysing in place");
    assert_eq!(bundle.analysis.entities, fresh.entities);
}

#[test]
fn bad_options_are_explained() {
    let out = Command::new(env!("CARGO_BIN_EXE_parallax-cli")).args(["--format", "yaml", "x"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("json or text"));
}
