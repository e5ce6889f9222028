//! The work the command line (`pamoja import|export|analyze`) and the pages (`/imports`,
//! `/exports`, the study's report) share and that is not HTTP: the registry's files, read and
//! written a chunk at a time, CoP life as tables, and the study's report, built from the survey rounds in the
//! caller's scope. `web` speaks HTTP about these; `pamoja` speaks command line.

pub mod life_files;
pub mod registry_files;
pub mod study;
