//! A Spearman correlation matrix and PCA on 42,000 respondents × 100 Likert items (a national
//! survey), from a CSV file, against scipy/pandas on the same file in the same run, and against
//! this machine's floor: one read of the file plus one pass of ZᵀZ.
//!
//! `cargo bench -p pamoja --bench matrix` (scripts/bench-stats runs it). Prints figures; nothing
//! passes or fails on time.

use std::io::Write;
use std::time::{Duration, Instant};

use faer::Mat;

const ROWS: usize = 42_000;
const ITEMS: usize = 100;
const RUNS: usize = 5;

/// Likert answers from 4 latent factors, deterministic.
fn write_csv(path: &std::path::Path) {
    let mut state = 0x5EEDu64;
    let mut next = || {
        state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        ((z ^ (z >> 31)) >> 11) as f64 / (1u64 << 53) as f64 - 0.5
    };
    let mut out = std::io::BufWriter::new(std::fs::File::create(path).expect("a temp file"));
    let header: Vec<String> = (1..=ITEMS).map(|j| format!("q{j}")).collect();
    writeln!(out, "{}", header.join(",")).expect("write");
    for _ in 0..ROWS {
        let factors: Vec<f64> = (0..4).map(|_| next() * 2.0).collect();
        let row: Vec<String> = (0..ITEMS)
            .map(|j| {
                let v = 3.0 + 2.0 * factors[j % 4] + 1.5 * next();
                (v.round().clamp(1.0, 5.0) as i64).to_string()
            })
            .collect();
        writeln!(out, "{}", row.join(",")).expect("write");
    }
}

/// Read, Spearman matrix, PCA: what a researcher's script does.
fn spearman_and_pca(csv: &std::path::Path) -> (Mat<f64>, Vec<f64>, Duration) {
    let t = Instant::now();
    let mut m = formats::data::numeric_csv(csv).expect("a numeric CSV");
    let read = t.elapsed();
    let (corr, _) = stats::corr::spearman_matrix(&m.header, &mut m.data).expect("a correlation matrix");
    let (eigenvalues, _weights) = stats::pca::leading_eigen(&corr).expect("converges");
    (corr, eigenvalues, read)
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn time<T>(f: impl Fn() -> T) -> (Duration, T) {
    let mut times = Vec::new();
    let mut last = None;
    for _ in 0..RUNS {
        let t = Instant::now();
        last = Some(f());
        times.push(t.elapsed());
    }
    (median(times), last.expect("ran"))
}

fn main() {
    let dir = std::env::temp_dir().join(format!("pamoja-matrix-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let csv = dir.join("survey.csv");
    write_csv(&csv);
    let size = std::fs::metadata(&csv).map(|m| m.len()).unwrap_or(0);
    println!("{ROWS} respondents × {ITEMS} items, {:.1} MB of CSV; median of {RUNS} runs", size as f64 / 1e6);

    let (total, (corr, eigen, t_read)) = time(|| spearman_and_pca(&csv));
    let t_stats = total - t_read;
    println!("pamoja   read {:>7.1} ms + Spearman matrix and PCA {:>7.1} ms = {:>7.1} ms", ms(t_read), ms(t_stats), ms(total));

    // The floor: the file's bytes read once, and one ZᵀZ of a 42,000 × 100 matrix.
    let (t_bytes, _) = time(|| std::fs::read(&csv).expect("read").len());
    let m = formats::data::numeric_csv(&csv).expect("a numeric CSV");
    let z = faer::MatRef::from_row_major_slice(&m.data, m.rows, m.header.len());
    let (t_gram, _) = time(|| z.transpose() * z);
    let floor = t_bytes + t_gram;
    println!(
        "floor    read bytes {:>7.1} ms + ZᵀZ {:>7.1} ms = {:>7.1} ms; pamoja is {:.1}× the floor",
        ms(t_bytes),
        ms(t_gram),
        ms(floor),
        ms(total) / ms(floor)
    );

    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/../../scripts/bench-stats.py");
    match std::process::Command::new("python3").args([script, "matrix", csv.to_str().unwrap_or_default()]).output() {
        Ok(out) if out.status.success() => {
            let text = String::from_utf8_lossy(&out.stdout);
            let figures: serde_json::Value = serde_json::from_str(text.trim()).unwrap_or_default();
            let (read_ms, stats_ms) = (figures["read_ms"].as_f64().unwrap_or(f64::NAN), figures["stats_ms"].as_f64().unwrap_or(f64::NAN));
            println!(
                "scipy    read {read_ms:>7.1} ms + Spearman matrix and PCA {stats_ms:>7.1} ms = {:>7.1} ms (pandas.read_csv, scipy.stats.spearmanr, numpy.linalg.eigh)",
                read_ms + stats_ms
            );
            println!("ratio    scipy/pandas ÷ pamoja = {:.1}×", (read_ms + stats_ms) / ms(total));
            let max_diff = figures["corr"]
                .as_array()
                .map(|rows| {
                    rows.iter()
                        .enumerate()
                        .flat_map(|(i, row)| {
                            row.as_array().into_iter().flatten().enumerate().map(move |(j, v)| (i, j, v.as_f64().unwrap_or(f64::NAN)))
                        })
                        .fold(0.0f64, |m, (i, j, v)| m.max((corr[(i, j)] - v).abs()))
                })
                .unwrap_or(f64::NAN);
            println!(
                "check    largest |ρ difference| from scipy: {max_diff:.1e}; first eigenvalue {:.6} (scipy {:.6})",
                eigen[0],
                figures["eigen0"].as_f64().unwrap_or(f64::NAN)
            );
        }
        Ok(out) => println!("scipy    not run: {}", String::from_utf8_lossy(&out.stderr)),
        Err(e) => println!("scipy    not run: {e}"),
    }
    let _ = std::fs::remove_dir_all(&dir);
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}
