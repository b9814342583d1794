//! Fuzz target: decoding arbitrary bytes as a bundle never panics; whatever decodes passes the
//! offset checks the app relies on.
#![no_main]

use libfuzzer_sys::fuzz_target;
use parallax_core::bundle;

fuzz_target!(|data: &[u8]| {
    // Half the inputs get a valid header, so the fuzzer reaches the body and the checks.
    let bytes = if data.first().is_some_and(|b| b % 2 == 0) {
        [bundle::MAGIC.as_slice(), &bundle::FORMAT.to_le_bytes(), &data[1..]].concat()
    } else {
        data.to_vec()
    };
    if let Ok(b) = bundle::decode(&bytes) {
        assert!(bundle::check(&b.analysis).is_ok());
    }
});
