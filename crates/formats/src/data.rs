//! Columns of a research data file (CSV or XLSX, such as a KoboToolbox or ODK export) read as
//! numbers or labels for the statistics.
//!
//! A cell is missing when it is empty or one of the usual markers: `NA`, `N/A`, `NaN`, `.`
//! (Stata), `-`. Any other cell in a numeric column must be a number, or the file is refused
//! with the line and column of the first bad cell.

use domain::why;

use crate::table::{Problem, Table, problem};

const MISSING: [&str; 5] = ["na", "n/a", "nan", ".", "-"];

fn is_missing(cell: &str) -> bool {
    cell.is_empty() || MISSING.iter().any(|m| cell.eq_ignore_ascii_case(m))
}

/// A column's position in the header, or a problem that lists the columns there are.
pub fn position(table: &Table, name: &str) -> Result<usize, Problem> {
    table
        .header
        .iter()
        .position(|h| h == name)
        .ok_or_else(|| problem(&table.file, 1, 1, why("why-file-no-column").arg("column", name).arg("columns", table.header.join(", "))))
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
                _ => Err(problem(&table.file, *line, at + 1, why("why-file-not-number").arg("column", name).arg("value", cell))),
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
        assert_eq!(numbers(&table(), "impact").unwrap_err().reason.to_string(), "no column 'impact'; the columns are: score, group");
    }

    #[test]
    fn missing_markers_become_none() {
        assert_eq!(labels(&table(), "group").unwrap(), [Some("a".into()), None, Some("b".into())]);
    }
}

/// A table of numbers in one row-major buffer (row `r` is `data[r * width..(r + 1) * width]`),
/// `NaN` where a cell is missing: the file's own order, so reading it is one sequential pass.
#[derive(Debug, Clone, PartialEq)]
pub struct NumericMatrix {
    pub header: Vec<String>,
    pub rows: usize,
    pub data: Vec<f64>,
}

impl NumericMatrix {
    pub fn column(&self, c: usize) -> Vec<f64> {
        self.data.iter().skip(c).step_by(self.header.len().max(1)).copied().collect()
    }
}

/// A CSV file of numbers only (a survey's item scores) read fast: split at line ends into one
/// part per core, each parsed in place; small integers skip the float parser. The first line
/// names the columns. Missing markers become `NaN`; anything else that is not a number is a
/// problem with its line and column.
pub fn numeric_csv(path: &std::path::Path) -> Result<NumericMatrix, Problem> {
    let file = path.display().to_string();
    let bytes = std::fs::read(path).map_err(|e| problem(&file, 1, 1, why("why-file-unreadable").arg("format", "CSV").arg("detail", e)))?;
    let header_end = bytes.iter().position(|&b| b == b'\n').unwrap_or(bytes.len());
    // Commas, semicolons or tabs, as the first line says (as `Table::read` reads it).
    let delimiter = crate::table::delimiter(&bytes);
    let header: Vec<String> = String::from_utf8_lossy(&bytes[..header_end])
        .trim_start_matches('\u{feff}')
        .trim_end()
        .split(char::from(delimiter))
        .map(|h| h.trim().to_owned())
        .collect();
    let body = bytes.get(header_end + 1..).unwrap_or_default();
    let parts = std::thread::available_parallelism().map_or(1, |n| n.get()).clamp(1, 8);
    // Cut points at line ends, so each part holds whole lines.
    let mut cuts = vec![0];
    for k in 1..parts {
        let at = body.len() * k / parts;
        let end = body[at..].iter().position(|&b| b == b'\n').map_or(body.len(), |p| at + p + 1);
        cuts.push(end.max(*cuts.last().unwrap_or(&0)));
    }
    cuts.push(body.len());
    let chunks: Vec<&[u8]> = cuts.windows(2).map(|w| &body[w[0]..w[1]]).collect();
    let first_lines: Vec<usize> = chunks
        .iter()
        .scan(2, |line, c| {
            let first = *line;
            *line += c.iter().filter(|&&b| b == b'\n').count();
            Some(first)
        })
        .collect();
    let width = header.len();
    let parsed: Vec<Result<(usize, Vec<f64>), Problem>> = std::thread::scope(|s| {
        let handles: Vec<_> = chunks
            .iter()
            .zip(&first_lines)
            .map(|(chunk, &line)| {
                let (file, header) = (&file, &header);
                s.spawn(move || parse_part(chunk, line, delimiter, file, header))
            })
            .collect();
        handles
            .into_iter()
            .map(|h| {
                h.join().unwrap_or_else(|_| {
                    Err(problem(&file, 1, 1, why("why-file-unreadable").arg("format", "CSV").arg("detail", "a reader thread failed")))
                })
            })
            .collect()
    });
    let parts: Vec<(usize, Vec<f64>)> = parsed.into_iter().collect::<Result<_, _>>()?;
    let rows: usize = parts.iter().map(|(n, _)| n).sum();
    let mut data = Vec::with_capacity(rows * width);
    for (_, values) in parts {
        data.extend(values);
    }
    Ok(NumericMatrix { header, rows, data })
}

/// One part's lines as (rows, row-major values).
fn parse_part(chunk: &[u8], first_line: usize, delimiter: u8, file: &str, header: &[String]) -> Result<(usize, Vec<f64>), Problem> {
    let width = header.len();
    let mut values = Vec::with_capacity(chunk.len() / 2 + 1);
    let mut rows = 0;
    for (i, line) in chunk.split(|&b| b == b'\n').enumerate() {
        let line = line.strip_suffix(b"\r").unwrap_or(line);
        if line.is_empty() {
            continue;
        }
        let problem = |column: usize, reason| problem(file, first_line + i, column, reason);
        let mut cells = line.split(|&b| b == delimiter);
        for (c, name) in header.iter().enumerate().take(width) {
            let cell = cells.next().ok_or_else(|| problem(c + 1, why("why-file-cells-short").num("cells", c).num("columns", width)))?;
            values.push(match cell {
                // The common case in a survey: one digit.
                [d @ b'0'..=b'9'] => f64::from(d - b'0'),
                _ => number(cell)
                    .map_err(|text| problem(c + 1, why("why-file-not-number").arg("column", name).arg("value", text)))?
                    .unwrap_or(f64::NAN),
            });
        }
        if cells.next().is_some() {
            return Err(problem(width + 1, why("why-file-cells-long").num("columns", width)));
        }
        rows += 1;
    }
    Ok((rows, values))
}

/// A cell as a number: small integers by hand, anything else by the float parser.
fn number(cell: &[u8]) -> Result<Option<f64>, String> {
    let digits = cell.strip_prefix(b"-").unwrap_or(cell);
    if !digits.is_empty() && digits.len() <= 15 && digits.iter().all(u8::is_ascii_digit) {
        let v = digits.iter().fold(0i64, |v, d| v * 10 + i64::from(d - b'0'));
        return Ok(Some(if digits.len() < cell.len() { -v as f64 } else { v as f64 }));
    }
    let text = String::from_utf8_lossy(cell);
    let text = text.trim();
    if is_missing(text) {
        return Ok(None);
    }
    match text.parse::<f64>() {
        Ok(x) if x.is_finite() => Ok(Some(x)),
        _ => Err(text.to_owned()),
    }
}

#[cfg(test)]
mod fast_tests {
    #[test]
    fn the_fast_reader_reads_what_the_table_reader_reads_by_any_delimiter() {
        let dir = std::env::temp_dir().join(format!("pamoja-numeric-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("n.csv");
        let mut text = String::from("a,b\n");
        for i in 0..1000 {
            text += &format!("{},{}\n", i % 5 - 2, if i % 7 == 0 { "NA".to_owned() } else { format!("{}.25", i) });
        }
        std::fs::write(&path, &text).unwrap();
        let m = super::numeric_csv(&path).unwrap();
        let table = crate::Table::read(&path).unwrap();
        assert_eq!((m.header.as_slice(), m.rows), (&["a".to_owned(), "b".to_owned()][..], 1000));
        let as_options = |c: usize| m.column(c).into_iter().map(|v| (!v.is_nan()).then_some(v)).collect::<Vec<_>>();
        assert_eq!(as_options(0), super::numbers(&table, "a").unwrap());
        assert_eq!(as_options(1), super::numbers(&table, "b").unwrap());
        std::fs::write(&path, "a,b\n1,2\n3,x\n").unwrap();
        // Both readers give the same reason for the same cell.
        let table = crate::Table::read(&path).unwrap();
        let reason = "column 'b': 'x' is not a number (leave the cell empty or write NA if it is missing)";
        assert_eq!(super::numeric_csv(&path).unwrap_err().to_string(), format!("{}:3:2: {reason}", path.display()));
        assert_eq!(super::numbers(&table, "b").unwrap_err().to_string(), format!("{}:3:2: {reason}", path.display()));
        // Separated by semicolons or tabs, as the table reader reads them too.
        for separator in [";", "\t"] {
            std::fs::write(&path, format!("a{separator}b\n1{separator}2\n3{separator}NA\n")).unwrap();
            let m = super::numeric_csv(&path).unwrap();
            assert_eq!((m.header.as_slice(), m.rows), (&["a".to_owned(), "b".to_owned()][..], 2), "{separator:?}");
            assert_eq!(m.column(0), [1.0, 3.0]);
            assert_eq!(super::numbers(&crate::Table::read(&path).unwrap(), "a").unwrap(), [Some(1.0), Some(3.0)]);
        }
    }
}
