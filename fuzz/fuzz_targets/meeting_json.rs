//! Any bytes as the body of `POST /cops/{id}/meetings`: JSON into `MeetingFields`, then the
//! domain's parse into a meeting or every field's problem, never a panic.
#![no_main]

use domain::meeting::{MeetingFields, NewMeeting};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(fields) = serde_json::from_slice::<MeetingFields>(data) {
        let _ = NewMeeting::parse(&fields);
    }
});
