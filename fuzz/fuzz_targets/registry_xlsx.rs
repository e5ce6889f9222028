//! Any bytes as an uploaded .xlsx: read (zip, sheet XML, cells) or refused, never a panic, and
//! every kind's records parsed from what was read.
#![no_main]

use formats::table::Table;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let dir = std::env::temp_dir();
    let path = dir.join(format!("pamoja-fuzz-{}.xlsx", std::process::id()));
    if std::fs::write(&path, data).is_err() {
        return;
    }
    if let Ok(table) = Table::read(&path) {
        let _ = formats::registry::schools(&table);
        let _ = formats::registry::people(&table, 2026);
        let _ = formats::registry::posts(&table);
    }
});
