//! Any bytes as a Kobo/ODK export of each survey instrument: responses or problems by line and
//! column, never a panic.
#![no_main]

use formats::table::Table;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Ok(table) = Table::from_csv_text("fuzz.csv", &text) {
        for code in ["cop-survey", "tses", "kap"] {
            let instrument = formats::instrument::get(code).expect("the instrument is compiled in");
            let _ = formats::instrument::responses(&table, &instrument);
        }
    }
});
