//! The `pamoja` binary's commands, as a library so integration tests can start the real app
//! over a fresh database exactly as the binary does.

pub mod cli;
pub mod commands;
