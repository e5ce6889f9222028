//! Any bytes as a registry CSV of every kind: each is read into records or refused with its
//! problems, never a panic.
#![no_main]

use formats::table::Table;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Ok(table) = Table::from_csv_text("fuzz.csv", &text) {
        let _ = formats::registry::units(&table);
        let _ = formats::registry::schools(&table);
        let _ = formats::registry::clusters(&table);
        let _ = formats::registry::people(&table, 2026);
        let _ = formats::registry::posts(&table);
    }
});
