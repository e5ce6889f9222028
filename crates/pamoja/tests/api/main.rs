//! One integration binary: each test gets a fresh database (SQLite, or PostgreSQL when
//! `PAMOJA_TEST_DB` holds a postgres:// URL) loaded with the small demo country, and the real
//! server listening on a free port.

mod accounts;
mod audit;
mod buckets;
mod cli;
mod cops;
mod corrections;
mod dashboards;
mod files;
mod grants;
mod hardening;
mod helpers;
mod life;
mod observe;
mod openapi;
mod pages;
mod personal;
mod plcs;
mod registry;
mod results;
mod rubrics;
mod scope;
mod security;
mod selections;
mod stats;
mod survey;
mod tokens;
