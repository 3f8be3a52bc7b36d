//! Any bytes as a session file, through the whole pipeline: parse, validate, schedule, and
//! for a valid session every document in every format (see `cowork::fuzz::pipeline`, which
//! panics when an invariant breaks — a diagnostic outside the text, a valid file that does
//! not render).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // Session files are UTF-8 text; `cowork` refuses anything else before parsing.
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = cowork::fuzz_pipeline(text);
    }
});
