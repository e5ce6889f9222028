//! File layouts: CSV and XLSX tables of the registry. Files are parsed here, at the edge,
//! into domain types; every problem is reported as `file:line:column: reason`.

pub mod data;
pub mod instrument;
pub mod life;
pub mod registry;
pub mod rubric;
pub mod table;

pub use registry::{Kind, Parsed};
pub use table::{Problem, Table};
