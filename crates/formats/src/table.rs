//! Reading and writing a table (a header row and data rows of text) as CSV or XLSX.

use std::path::Path;

/// One problem in a file, where it is and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub file: String,
    /// 1-based; the header is line 1.
    pub line: usize,
    /// 1-based.
    pub column: usize,
    pub reason: String,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}:{}: {}", self.file, self.line, self.column, self.reason)
    }
}

/// A file's content as text: its header and its rows, each with its line number.
#[derive(Debug, Clone)]
pub struct Table {
    pub file: String,
    pub header: Vec<String>,
    pub rows: Vec<(usize, Vec<String>)>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Csv,
    Xlsx,
}

impl Format {
    /// The format a file name's extension says.
    pub fn of(path: &Path) -> Result<Format, String> {
        match path.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase).as_deref() {
            Some("csv") => Ok(Format::Csv),
            Some("xlsx") => Ok(Format::Xlsx),
            _ => Err(format!("{}: use a .csv or .xlsx file", path.display())),
        }
    }
}

fn problem(file: &str, line: usize, column: usize, reason: impl Into<String>) -> Problem {
    Problem { file: file.to_owned(), line, column, reason: reason.into() }
}

impl Table {
    pub fn read(path: &Path) -> Result<Table, Problem> {
        let file = path.display().to_string();
        let format = Format::of(path).map_err(|e| problem(&file, 1, 1, e))?;
        match format {
            Format::Csv => read_csv(path, &file),
            Format::Xlsx => read_xlsx(path, &file),
        }
    }

    pub fn write(&self, path: &Path) -> Result<(), String> {
        match Format::of(path)? {
            Format::Csv => write_csv(self, path).map_err(|e| format!("{}: {e}", path.display())),
            Format::Xlsx => write_xlsx(self, path).map_err(|e| format!("{}: {e}", path.display())),
        }
    }
}

fn read_csv(path: &Path, file: &str) -> Result<Table, Problem> {
    let reader = std::fs::File::open(path).map_err(|e| problem(file, 1, 1, e.to_string()))?;
    csv_table(reader, file)
}

impl Table {
    /// A table from CSV text (for files compiled into the binary, such as the instruments).
    pub fn from_csv_text(file: &str, text: &str) -> Result<Table, Problem> {
        csv_table(text.as_bytes(), file)
    }
}

fn csv_table(input: impl std::io::Read, file: &str) -> Result<Table, Problem> {
    let mut reader = csv::ReaderBuilder::new().has_headers(false).flexible(true).from_reader(input);
    let mut header = None;
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| {
            let line = e.position().map_or(1, |p| p.line() as usize);
            problem(file, line, 1, format!("not readable as CSV: {e}"))
        })?;
        let line = record.position().map_or(rows.len() + 2, |p| p.line() as usize);
        let mut cells: Vec<String> = record.iter().map(|c| c.trim().to_owned()).collect();
        if header.is_none() {
            // Excel writes a byte-order mark at the start of "CSV UTF-8" files.
            if let Some(first) = cells.first_mut() {
                *first = first.trim_start_matches('\u{feff}').to_owned();
            }
            header = Some(cells);
        } else if cells.iter().any(|c| !c.is_empty()) {
            rows.push((line, cells));
        }
    }
    let header = header.ok_or_else(|| problem(file, 1, 1, "the file is empty; the first line must name the columns"))?;
    Ok(Table { file: file.to_owned(), header, rows })
}

/// Excel stores dates as days since 1899-12-30.
fn excel_date(serial: f64) -> String {
    let base = chrono::NaiveDate::from_ymd_opt(1899, 12, 30).expect("a valid date");
    base.checked_add_signed(chrono::TimeDelta::days(serial.floor() as i64)).map_or_else(|| serial.to_string(), |d| d.to_string())
}

fn cell_text(cell: &calamine::Data) -> String {
    use calamine::Data;
    match cell {
        Data::Empty => String::new(),
        Data::String(s) => s.trim().to_owned(),
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
        Data::Float(f) => f.to_string(),
        Data::Int(i) => i.to_string(),
        Data::Bool(b) => b.to_string(),
        Data::DateTime(d) => excel_date(d.as_f64()),
        Data::DateTimeIso(s) | Data::DurationIso(s) => s.chars().take(10).collect(),
        Data::Error(e) => format!("#{e:?}"),
    }
}

fn read_xlsx(path: &Path, file: &str) -> Result<Table, Problem> {
    use calamine::Reader;
    let mut book = calamine::open_workbook_auto(path).map_err(|e| problem(file, 1, 1, format!("not readable as XLSX: {e}")))?;
    let range = book
        .worksheet_range_at(0)
        .ok_or_else(|| problem(file, 1, 1, "the workbook has no sheet"))?
        .map_err(|e| problem(file, 1, 1, format!("not readable as XLSX: {e}")))?;
    let (top, _) = range.start().unwrap_or((0, 0));
    let mut rows_iter = range.rows().enumerate();
    let header = match rows_iter.next() {
        Some((_, cells)) => cells.iter().map(cell_text).collect(),
        None => return Err(problem(file, 1, 1, "the sheet is empty; the first row must name the columns")),
    };
    let rows = rows_iter
        .map(|(i, cells)| (top as usize + i + 1, cells.iter().map(cell_text).collect::<Vec<_>>()))
        .filter(|(_, cells)| cells.iter().any(|c| !c.is_empty()))
        .collect();
    Ok(Table { file: file.to_owned(), header, rows })
}

fn write_csv(table: &Table, path: &Path) -> Result<(), csv::Error> {
    csv_rows(table, csv::Writer::from_path(path)?)
}

fn csv_rows<W: std::io::Write>(table: &Table, mut writer: csv::Writer<W>) -> Result<(), csv::Error> {
    writer.write_record(&table.header)?;
    for (_, row) in &table.rows {
        writer.write_record(row)?;
    }
    writer.flush()?;
    Ok(())
}

impl Table {
    /// The table as CSV bytes (a download).
    pub fn to_csv(&self) -> Vec<u8> {
        let mut bytes = Vec::new();
        csv_rows(self, csv::Writer::from_writer(&mut bytes)).expect("writing CSV to memory cannot fail");
        bytes
    }
}

fn write_xlsx(table: &Table, path: &Path) -> Result<(), rust_xlsxwriter::XlsxError> {
    write_workbook(path, &[("Sheet1", table)], false)
}

/// Writes tables as the named sheets of one workbook, the header row in bold. With `numbers`
/// false every cell is text, so codes like 007 and dates keep their exact spelling; with it
/// true, cells that read as numbers are written as numbers (for reports).
pub fn write_workbook(path: &Path, sheets: &[(&str, &Table)], numbers: bool) -> Result<(), rust_xlsxwriter::XlsxError> {
    let mut book = rust_xlsxwriter::Workbook::new();
    let bold = rust_xlsxwriter::Format::new().set_bold();
    for (name, table) in sheets {
        let sheet = book.add_worksheet();
        sheet.set_name(*name)?;
        for (c, title) in table.header.iter().enumerate() {
            sheet.write_string_with_format(0, c as u16, title, &bold)?;
        }
        for (r, (_, row)) in table.rows.iter().enumerate() {
            for (c, value) in row.iter().enumerate() {
                match value.parse::<f64>() {
                    _ if value.is_empty() => {}
                    Ok(x) if numbers && x.is_finite() => {
                        sheet.write_number(r as u32 + 1, c as u16, x)?;
                    }
                    _ => {
                        sheet.write_string(r as u32 + 1, c as u16, value)?;
                    }
                }
            }
        }
    }
    book.save(path)
}
