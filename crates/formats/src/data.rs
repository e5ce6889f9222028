//! Columns of a research data file (CSV or XLSX, such as a KoboToolbox or ODK export) read as
//! numbers or labels for the statistics.
//!
//! A cell is missing when it is empty or one of the usual markers: `NA`, `N/A`, `NaN`, `.`
//! (Stata), `-`. Any other cell in a numeric column must be a number, or the file is refused
//! with the line and column of the first bad cell.

use crate::table::{Problem, Table};

const MISSING: [&str; 5] = ["na", "n/a", "nan", ".", "-"];

fn is_missing(cell: &str) -> bool {
    cell.is_empty() || MISSING.iter().any(|m| cell.eq_ignore_ascii_case(m))
}

/// A column's position in the header, or a problem that lists the columns there are.
pub fn position(table: &Table, name: &str) -> Result<usize, Problem> {
    table.header.iter().position(|h| h == name).ok_or_else(|| Problem {
        file: table.file.clone(),
        line: 1,
        column: 1,
        reason: format!("no column '{name}'; the columns are: {}", table.header.join(", ")),
    })
}

/// A column as numbers, `None` where the cell is missing.
pub fn numbers(table: &Table, name: &str) -> Result<Vec<Option<f64>>, Problem> {
    let at = position(table, name)?;
    table
        .rows
        .iter()
        .map(|(line, cells)| {
            let cell = cells.get(at).map_or("", String::as_str);
            if is_missing(cell) {
                return Ok(None);
            }
            match cell.parse::<f64>() {
                Ok(x) if x.is_finite() => Ok(Some(x)),
                _ => Err(Problem {
                    file: table.file.clone(),
                    line: *line,
                    column: at + 1,
                    reason: format!("column '{name}': '{cell}' is not a number (leave the cell empty or write NA if it is missing)"),
                }),
            }
        })
        .collect()
}

/// A column as labels, `None` where the cell is missing.
pub fn labels(table: &Table, name: &str) -> Result<Vec<Option<String>>, Problem> {
    let at = position(table, name)?;
    Ok(table.rows.iter().map(|(_, cells)| cells.get(at).filter(|c| !is_missing(c)).cloned()).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table() -> Table {
        let rows = vec![(2, vec!["1.5".into(), "a".into()]), (3, vec!["NA".into(), "".into()]), (4, vec!["x".into(), "b".into()])];
        Table { file: "d.csv".into(), header: vec!["score".into(), "group".into()], rows }
    }

    #[test]
    fn a_word_in_a_numeric_column_names_its_line_and_column() {
        let p = numbers(&table(), "score").unwrap_err();
        assert_eq!(p.to_string(), "d.csv:4:1: column 'score': 'x' is not a number (leave the cell empty or write NA if it is missing)");
    }

    #[test]
    fn an_unknown_column_lists_the_columns_there_are() {
        assert_eq!(numbers(&table(), "impact").unwrap_err().reason, "no column 'impact'; the columns are: score, group");
    }

    #[test]
    fn missing_markers_become_none() {
        assert_eq!(labels(&table(), "group").unwrap(), [Some("a".into()), None, Some("b".into())]);
    }
}
