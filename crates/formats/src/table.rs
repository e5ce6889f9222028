//! Reading and writing a table (a header row and data rows of text) as CSV or XLSX.

use std::path::Path;

use domain::{Why, why};

/// One problem in a file, where it is and why (said in the reader's language on a page, in
/// English at the command line).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub file: String,
    /// 1-based; the header is line 1.
    pub line: usize,
    /// 1-based.
    pub column: usize,
    pub reason: Why,
}

impl Problem {
    /// A record's field refused: "fac_1: '7' is not one of: 1, 2, 3, 4, 5".
    pub fn in_field(file: &str, line: usize, column: usize, error: &domain::FieldError) -> Problem {
        problem(file, line, column, why("why-in-field").arg("field", &error.field).because("reason", error.why.clone()))
    }
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
    pub fn of(path: &Path) -> Result<Format, Why> {
        match path.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase).as_deref() {
            Some("csv") => Ok(Format::Csv),
            Some("xlsx") => Ok(Format::Xlsx),
            _ => Err(why("why-file-kind").arg("file", path.display())),
        }
    }
}

pub(crate) fn problem(file: &str, line: usize, column: usize, reason: Why) -> Problem {
    Problem { file: file.to_owned(), line, column, reason }
}

/// A file that could not be read as `format` ("CSV", "XLSX"), with the reader's own words.
fn unreadable(file: &str, line: usize, format: &str, detail: impl std::fmt::Display) -> Problem {
    problem(file, line, 1, why("why-file-unreadable").arg("format", format).arg("detail", detail))
}

/// Rows a chunk holds when a file is read whole.
const WHOLE: usize = 10_000;

impl Table {
    /// Reads a whole file (instruments, survey exports, small tables).
    pub fn read(path: &Path) -> Result<Table, Problem> {
        let mut whole: Option<Table> = None;
        Table::read_chunks(path, WHOLE, |chunk| {
            match &mut whole {
                None => whole = Some(chunk),
                Some(table) => table.rows.extend(chunk.rows),
            }
            true
        })?;
        Ok(whole.expect("a read that succeeds hands over at least one chunk"))
    }

    /// Reads a file a chunk at a time: each chunk is a table with the file's header and up to
    /// `rows` of its rows, in order, handed to `each`, which answers whether to go on. A file
    /// with a header and no rows is one chunk without rows, so its header is still checked.
    /// Memory holds one chunk, not the file.
    pub fn read_chunks(path: &Path, rows: usize, each: impl FnMut(Table) -> bool) -> Result<(), Problem> {
        let file = path.display().to_string();
        let format = Format::of(path).map_err(|e| problem(&file, 1, 1, e))?;
        let mut chunks =
            Chunks { file: file.clone(), header: None, rows: Vec::new(), size: rows.max(1), each, sent: false, stopped: false };
        match format {
            Format::Csv => {
                let reader = std::fs::File::open(path).map_err(|e| unreadable(&file, 1, "CSV", e))?;
                csv_table(reader, &mut chunks)?;
            }
            Format::Xlsx => read_xlsx(path, &mut chunks)?,
        }
        chunks.finish()
    }

    pub fn write(&self, path: &Path) -> Result<(), String> {
        match Format::of(path).map_err(|e| e.to_string())? {
            Format::Csv => write_csv(self, path).map_err(|e| format!("{}: {e}", path.display())),
            Format::Xlsx => write_xlsx(self, path).map_err(|e| format!("{}: {e}", path.display())),
        }
    }

    /// A table from CSV text (for files compiled into the binary, such as the instruments).
    pub fn from_csv_text(file: &str, text: &str) -> Result<Table, Problem> {
        let mut whole: Option<Table> = None;
        let each = |chunk: Table| {
            match &mut whole {
                None => whole = Some(chunk),
                Some(table) => table.rows.extend(chunk.rows),
            }
            true
        };
        let mut chunks = Chunks { file: file.to_owned(), header: None, rows: Vec::new(), size: WHOLE, each, sent: false, stopped: false };
        csv_table(text.as_bytes(), &mut chunks)?;
        chunks.finish()?;
        Ok(whole.expect("a read that succeeds hands over at least one chunk"))
    }
}

/// Gathers a file's rows into chunks as a reader finds them.
struct Chunks<F: FnMut(Table) -> bool> {
    file: String,
    header: Option<Vec<String>>,
    rows: Vec<(usize, Vec<String>)>,
    size: usize,
    each: F,
    sent: bool,
    stopped: bool,
}

impl<F: FnMut(Table) -> bool> Chunks<F> {
    /// Takes the header, or a row; answers whether to go on reading.
    fn line(&mut self, line: usize, cells: Vec<String>) -> bool {
        if self.header.is_none() {
            self.header = Some(cells);
            return true;
        }
        if cells.iter().any(|c| !c.is_empty()) {
            self.rows.push((line, cells));
        }
        if self.rows.len() >= self.size {
            self.send();
        }
        !self.stopped
    }

    fn send(&mut self) {
        if self.stopped {
            return;
        }
        let header = self.header.clone().unwrap_or_default();
        let table = Table { file: self.file.clone(), header, rows: std::mem::take(&mut self.rows) };
        self.sent = true;
        self.stopped = !(self.each)(table);
    }

    fn finish(mut self) -> Result<(), Problem> {
        if self.header.is_none() {
            return Err(problem(&self.file, 1, 1, why("why-file-empty")));
        }
        if !self.rows.is_empty() || !self.sent {
            self.send();
        }
        Ok(())
    }
}

/// The delimiter a CSV's first line uses, of `,` `;` and tab the one it has most of outside
/// quotes (`;` is what Excel saves where the comma is the decimal mark, in French say; tab what
/// "Unicode text" and many exports write), `,` on a tie or when it has none.
/// The first line is the first with any content, after a byte-order mark and blank lines, and
/// ends at `\n` or `\r`.
pub(crate) fn delimiter(start: &[u8]) -> u8 {
    let start = start.strip_prefix(b"\xef\xbb\xbf").unwrap_or(start);
    let from = start.iter().position(|&b| b != b'\n' && b != b'\r').unwrap_or(start.len());
    let (mut commas, mut semicolons, mut tabs, mut quoted) = (0, 0, 0, false);
    for &b in start[from..].iter().take_while(|&&b| b != b'\n' && b != b'\r') {
        match b {
            b'"' => quoted = !quoted,
            b',' if !quoted => commas += 1,
            b';' if !quoted => semicolons += 1,
            b'\t' if !quoted => tabs += 1,
            _ => {}
        }
    }
    if tabs > commas && tabs > semicolons {
        b'\t'
    } else if semicolons > commas {
        b';'
    } else {
        b','
    }
}

fn csv_table<F: FnMut(Table) -> bool>(input: impl std::io::Read, chunks: &mut Chunks<F>) -> Result<(), Problem> {
    use std::io::BufRead;
    let mut input = std::io::BufReader::with_capacity(64 * 1024, input);
    // Peeked, not consumed: the reader below starts from the first byte.
    let first = input.fill_buf().map_err(|e| unreadable(&chunks.file, 1, "CSV", e))?;
    let delimiter = delimiter(first);
    let mut reader = csv::ReaderBuilder::new().has_headers(false).flexible(true).delimiter(delimiter).from_reader(input);
    let mut record = csv::StringRecord::new();
    let mut first = true;
    loop {
        match reader.read_record(&mut record) {
            Ok(false) => return Ok(()),
            Ok(true) => {}
            Err(e) => {
                let line = e.position().map_or(1, |p| p.line() as usize);
                return Err(unreadable(&chunks.file, line, "CSV", e));
            }
        }
        let line = record.position().map_or(1, |p| p.line() as usize);
        let mut cells: Vec<String> = record.iter().map(|c| c.trim().to_owned()).collect();
        if first {
            // Excel writes a byte-order mark at the start of "CSV UTF-8" files.
            if let Some(cell) = cells.first_mut() {
                *cell = cell.trim_start_matches('\u{feff}').to_owned();
            }
            first = false;
        }
        if !chunks.line(line, cells) {
            return Ok(());
        }
    }
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

/// What an XLSX may unpack to, in all: far above any registry or survey file (the Rwanda demo's
/// people are 9 MB of sheet XML), far below what would exhaust a server.
pub const XLSX_UNPACKED_LIMIT: u64 = 512 * 1024 * 1024;
/// The most columns a sheet may use (a survey export has a few hundred).
pub const XLSX_COLUMN_LIMIT: u32 = 2_000;

/// Refuses a workbook whose parts would unpack past [`XLSX_UNPACKED_LIMIT`]. The zip reader
/// stops any part at its declared size, so the declared sizes bound what calamine can unpack.
fn check_unpacked_size(path: &Path, file: &str) -> Result<(), Problem> {
    let unreadable = |e: &dyn std::fmt::Display| unreadable(file, 1, "XLSX", e);
    let opened = std::fs::File::open(path).map_err(|e| unreadable(&e))?;
    let mut zip = zip::ZipArchive::new(std::io::BufReader::new(opened)).map_err(|e| unreadable(&e))?;
    let mut total = 0u64;
    for i in 0..zip.len() {
        total = total.saturating_add(zip.by_index_raw(i).map_err(|e| unreadable(&e))?.size());
    }
    if total > XLSX_UNPACKED_LIMIT {
        let mb = |b: u64| b / (1024 * 1024);
        return Err(problem(file, 1, 1, why("why-file-too-big").num("size", mb(total)).num("limit", mb(XLSX_UNPACKED_LIMIT))));
    }
    Ok(())
}

/// Reads the first sheet cell by cell, a row at a time, so a sheet that names a far corner
/// (XFD1048576) costs nothing for the empty cells between. As a spreadsheet shows it: the first
/// used row is the header and its first used column the first field; line numbers are the
/// sheet's row numbers.
fn read_xlsx<F: FnMut(Table) -> bool>(path: &Path, chunks: &mut Chunks<F>) -> Result<(), Problem> {
    use calamine::Reader;
    let file = chunks.file.clone();
    check_unpacked_size(path, &file)?;
    let unreadable = |e: calamine::XlsxError| unreadable(&file, 1, "XLSX", e);
    let mut book: calamine::Xlsx<_> = calamine::open_workbook(path).map_err(unreadable)?;
    let first = book.sheet_names().first().cloned().ok_or_else(|| problem(&file, 1, 1, why("why-file-no-sheet")))?;
    let mut cells = book.worksheet_cells_reader(&first).map_err(unreadable)?;
    // The row being read (0-based) and its cells by sheet column; the header's first column.
    let mut row: Option<(u32, Vec<String>)> = None;
    let mut left: Option<usize> = None;
    let mut flush = |(at, mut cells): (u32, Vec<String>), left: &mut Option<usize>| -> Result<bool, Problem> {
        let first_used = cells.iter().position(|c| !c.is_empty()).unwrap_or(0);
        let start = *left.get_or_insert(first_used);
        if first_used < start {
            return Err(problem(&file, at as usize + 1, first_used + 1, why("why-file-left-of-heading").num("column", start + 1)));
        }
        cells.drain(..start.min(cells.len()));
        Ok(chunks.line(at as usize + 1, cells))
    };
    while let Some(cell) = cells.next_cell().map_err(unreadable)? {
        let (at, column) = cell.get_position();
        let text = cell_text(&calamine::Data::from(cell.get_value().clone()));
        if text.is_empty() {
            continue;
        }
        if column >= XLSX_COLUMN_LIMIT {
            return Err(problem(
                &file,
                at as usize + 1,
                column as usize + 1,
                why("why-file-too-wide").num("column", column + 1).num("limit", XLSX_COLUMN_LIMIT),
            ));
        }
        if row.as_ref().is_some_and(|(r, _)| *r != at) {
            let done = row.take().expect("a row is under way");
            if !flush(done, &mut left)? {
                return Ok(());
            }
        }
        let (_, cells) = row.get_or_insert_with(|| (at, Vec::new()));
        if cells.len() <= column as usize {
            cells.resize(column as usize + 1, String::new());
        }
        cells[column as usize] = text;
    }
    match row {
        Some(done) => flush(done, &mut left).map(drop),
        None => Err(problem(&file, 1, 1, why("why-file-empty-sheet"))),
    }
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
    workbook(sheets, numbers)?.save(path)
}

impl Table {
    /// The table as the bytes of a one-sheet workbook, every cell text (a download).
    pub fn to_xlsx(&self, sheet: &str) -> Result<Vec<u8>, String> {
        workbook(&[(sheet, self)], false).and_then(|mut b| b.save_to_buffer()).map_err(|e| e.to_string())
    }
}

fn workbook(sheets: &[(&str, &Table)], numbers: bool) -> Result<rust_xlsxwriter::Workbook, rust_xlsxwriter::XlsxError> {
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
    Ok(book)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn temp(name: &str) -> std::path::PathBuf {
        let dir = std::env::temp_dir().join(format!("pamoja-table-{}-{name}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        dir.join(name)
    }

    #[test]
    fn an_xlsx_reads_cell_by_cell_with_its_line_numbers_and_short_rows() {
        let path = temp("short.xlsx");
        let mut book = rust_xlsxwriter::Workbook::new();
        let sheet = book.add_worksheet();
        for (c, h) in ["code", "name", "unit"].iter().enumerate() {
            sheet.write_string(0, c as u16, *h).unwrap();
        }
        sheet.write_string(1, 0, "RW-1").unwrap();
        sheet.write_number(1, 2, 7.0).unwrap();
        // Row 3 is blank and left out; row 4 has only a name.
        sheet.write_string(3, 1, "EP Kigali").unwrap();
        book.save(&path).unwrap();
        let table = Table::read(&path).unwrap();
        assert_eq!(table.header, ["code", "name", "unit"]);
        assert_eq!(table.rows, [(2, vec!["RW-1".into(), String::new(), "7".into()]), (4, vec![String::new(), "EP Kigali".into()])]);
    }

    #[test]
    fn a_sheet_that_starts_at_b3_reads_from_its_first_used_column_with_the_sheet_s_line_numbers() {
        let path = temp("b3.xlsx");
        let mut book = rust_xlsxwriter::Workbook::new();
        let sheet = book.add_worksheet();
        sheet.write_string(2, 1, "code").unwrap();
        sheet.write_string(2, 2, "name").unwrap();
        sheet.write_string(3, 1, "RW-1").unwrap();
        sheet.write_string(3, 2, "Kigali").unwrap();
        book.save(&path).unwrap();
        let table = Table::read(&path).unwrap();
        assert_eq!(table.header, ["code", "name"]);
        assert_eq!(table.rows, [(4, vec!["RW-1".to_owned(), "Kigali".to_owned()])]);
    }

    #[test]
    fn a_file_is_read_in_chunks_each_with_the_header_and_its_rows_line_numbers() {
        let path = temp("chunks.csv");
        // Five rows, one of them blank (line 4, left out), in chunks of two.
        std::fs::write(&path, "code,name\nA,a\nB,b\n,\nC,c\nD,d\nE,e\n").unwrap();
        let mut chunks = Vec::new();
        Table::read_chunks(&path, 2, |t| {
            chunks.push((t.header.clone(), t.rows.iter().map(|(line, _)| *line).collect::<Vec<_>>()));
            true
        })
        .unwrap();
        let header = vec!["code".to_owned(), "name".to_owned()];
        assert_eq!(chunks, [(header.clone(), vec![2, 3]), (header.clone(), vec![5, 6]), (header, vec![7])]);
        // A reader that answers "stop" gets no more chunks.
        let mut seen = 0;
        Table::read_chunks(&path, 2, |_| {
            seen += 1;
            false
        })
        .unwrap();
        assert_eq!(seen, 1);
    }

    #[test]
    fn a_semicolon_or_tab_separated_csv_reads_as_a_comma_one() {
        let path = temp("semicolons.csv");
        std::fs::write(&path, "\u{feff}code;name;unit\nRW-1;\"EP Kigali; annexe\";RW-11\nRW-2;Nyamata, centre;RW-12\n").unwrap();
        let table = Table::read(&path).unwrap();
        assert_eq!(table.header, ["code", "name", "unit"]);
        assert_eq!(table.rows[0].1, ["RW-1", "EP Kigali; annexe", "RW-11"]);
        assert_eq!(table.rows[1].1, ["RW-2", "Nyamata, centre", "RW-12"], "a comma inside a cell stays in the cell");
        // After blank lines, with old Mac line ends and decimal commas below: still semicolons.
        std::fs::write(&path, "\r\ncode;score\rRW-1;3,5\rRW-2;4,25\r").unwrap();
        assert_eq!(Table::read(&path).unwrap().header, ["code", "score"]);
        // A comma file whose names hold semicolons is still read by its commas.
        std::fs::write(&path, "code,name\nRW-1,\"a; b; c\"\n").unwrap();
        assert_eq!(Table::read(&path).unwrap().rows[0].1, ["RW-1", "a; b; c"]);
        // Tab-separated, with commas and semicolons inside the cells.
        std::fs::write(&path, "code\tname\tnote\nRW-1\tEP Kigali, annexe\ta; b\n").unwrap();
        let table = Table::read(&path).unwrap();
        assert_eq!(table.header, ["code", "name", "note"]);
        assert_eq!(table.rows[0].1, ["RW-1", "EP Kigali, annexe", "a; b"]);
    }

    #[test]
    fn a_file_with_only_a_header_is_one_chunk_without_rows_and_an_empty_file_is_a_problem() {
        let path = temp("header.csv");
        std::fs::write(&path, "code,name\n").unwrap();
        let mut chunks = Vec::new();
        Table::read_chunks(&path, 10, |t| {
            chunks.push(t.rows.len());
            true
        })
        .unwrap();
        assert_eq!(chunks, [0]);
        std::fs::write(&path, "").unwrap();
        let problem = Table::read_chunks(&path, 10, |_| true).unwrap_err();
        assert_eq!(problem.reason.to_string(), "the file is empty; the first line must name the columns");
    }

    #[test]
    fn a_value_left_of_the_first_heading_is_refused_at_its_cell() {
        let path = temp("left.xlsx");
        let mut book = rust_xlsxwriter::Workbook::new();
        let sheet = book.add_worksheet();
        sheet.write_string(0, 1, "code").unwrap();
        sheet.write_string(1, 1, "RW-1").unwrap();
        sheet.write_string(2, 0, "stray").unwrap();
        book.save(&path).unwrap();
        let problem = Table::read(&path).unwrap_err();
        assert_eq!((problem.line, problem.column), (3, 1));
        assert_eq!(problem.reason.to_string(), "a value left of the first column heading (column 2); move it under a heading");
    }

    #[test]
    fn a_sheet_that_names_its_far_corner_is_refused_without_filling_the_gap() {
        // A Range would hold 16,384 × 1,048,576 cells for these two; the reader holds two.
        let path = temp("corner.xlsx");
        let mut book = rust_xlsxwriter::Workbook::new();
        let sheet = book.add_worksheet();
        sheet.write_string(0, 0, "code").unwrap();
        sheet.write_string(1_048_575, 16_383, "x").unwrap();
        book.save(&path).unwrap();
        let problem = Table::read(&path).unwrap_err();
        assert_eq!((problem.line, problem.column), (1_048_576, 16_384));
        assert!(problem.reason.to_string().contains("column 16384, past the 2000"), "{}", problem.reason);
    }

    /// A zip of one deflated part that says it unpacks to `declared` bytes.
    fn zip_declaring(declared: u32) -> Vec<u8> {
        let name = b"xl/worksheets/sheet1.xml";
        let data = [0x03u8, 0x00]; // an empty deflate stream
        let mut local = Vec::new();
        let common = |out: &mut Vec<u8>| {
            out.extend(20u16.to_le_bytes()); // version needed
            out.extend(0u16.to_le_bytes()); // flags
            out.extend(8u16.to_le_bytes()); // deflate
            out.extend([0u8; 4]); // time, date
            out.extend(0u32.to_le_bytes()); // crc
            out.extend((data.len() as u32).to_le_bytes());
            out.extend(declared.to_le_bytes());
            out.extend((name.len() as u16).to_le_bytes());
            out.extend(0u16.to_le_bytes()); // extra
        };
        local.extend(0x0403_4b50u32.to_le_bytes());
        common(&mut local);
        local.extend(name);
        local.extend(data);
        let mut central = Vec::new();
        central.extend(0x0201_4b50u32.to_le_bytes());
        central.extend(20u16.to_le_bytes()); // version made by
        common(&mut central);
        central.extend([0u8; 10]); // comment length, disk, internal (2 each) and external (4) attributes
        central.extend(0u32.to_le_bytes()); // local header at 0
        central.extend(name);
        let mut zip = local.clone();
        zip.extend(&central);
        zip.extend(0x0605_4b50u32.to_le_bytes());
        zip.extend([0u8; 4]); // disks
        zip.extend(1u16.to_le_bytes());
        zip.extend(1u16.to_le_bytes());
        zip.extend((central.len() as u32).to_le_bytes());
        zip.extend((local.len() as u32).to_le_bytes());
        zip.extend(0u16.to_le_bytes());
        zip
    }

    #[test]
    fn a_workbook_that_would_unpack_past_the_limit_is_refused_before_it_is_opened() {
        let path = temp("bomb.xlsx");
        std::fs::write(&path, zip_declaring(4_000_000_000)).unwrap();
        let problem = Table::read(&path).unwrap_err();
        assert_eq!(problem.reason.to_string(), "the workbook unpacks to 3814 MB, over the 512 MB limit; save the sheet as CSV instead");
        // The same part declared small passes the check and fails as the bad workbook it is.
        std::fs::write(&path, zip_declaring(10)).unwrap();
        let problem = Table::read(&path).unwrap_err();
        assert!(problem.reason.to_string().starts_with("not readable as XLSX"), "{}", problem.reason);
    }
}
