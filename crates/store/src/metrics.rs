//! Counts for `/metrics`, kept per process as Prometheus expects (each server is scraped on its
//! own): how many meetings each group commit carried, and how the KPI facts were read.

use std::sync::atomic::{AtomicU64, Ordering::Relaxed};

/// A histogram over fixed bucket bounds, lock-free.
pub struct Histogram {
    bounds: &'static [f64],
    /// One count per bound, and one past the last (`+Inf`).
    counts: [AtomicU64; 16],
    /// The sum of the observed values, in units of `1 / scale` (so it stays an integer).
    sum: AtomicU64,
    scale: f64,
}

impl Histogram {
    /// `bounds` at most 15, ascending; values are summed to a precision of `1 / scale`.
    pub const fn new(bounds: &'static [f64], scale: f64) -> Self {
        assert!(bounds.len() < 16, "at most 15 bounds");
        Histogram { bounds, counts: [const { AtomicU64::new(0) }; 16], sum: AtomicU64::new(0), scale }
    }

    pub fn observe(&self, value: f64) {
        let bucket = self.bounds.iter().position(|b| value <= *b).unwrap_or(self.bounds.len());
        self.counts[bucket].fetch_add(1, Relaxed);
        self.sum.fetch_add((value * self.scale).round().max(0.0) as u64, Relaxed);
    }

    /// Prometheus text lines for `name` with `labels` (`route="/x"`, or empty).
    pub fn render(&self, name: &str, labels: &str, out: &mut String) {
        use std::fmt::Write;
        let sep = if labels.is_empty() { "" } else { "," };
        let mut cumulative = 0;
        for (i, bound) in self.bounds.iter().enumerate() {
            cumulative += self.counts[i].load(Relaxed);
            let _ = writeln!(out, "{name}_bucket{{{labels}{sep}le=\"{bound}\"}} {cumulative}");
        }
        cumulative += self.counts[self.bounds.len()].load(Relaxed);
        let _ = writeln!(out, "{name}_bucket{{{labels}{sep}le=\"+Inf\"}} {cumulative}");
        let braces = if labels.is_empty() { String::new() } else { format!("{{{labels}}}") };
        let _ = writeln!(out, "{name}_sum{braces} {}", self.sum.load(Relaxed) as f64 / self.scale);
        let _ = writeln!(out, "{name}_count{braces} {cumulative}");
    }
}

/// Meetings written by each group commit (`life::group`).
pub static GROUP_COMMIT: Histogram = Histogram::new(&[1.0, 2.0, 4.0, 8.0, 16.0, 32.0, 64.0, 128.0], 1.0);
/// KPI buckets read whole into memory (the first request after start, or after a bulk change).
pub static KPI_WHOLE_READS: AtomicU64 = AtomicU64::new(0);
/// KPI buckets patched in memory for the CoPs changed since they were read.
pub static KPI_PATCHES: AtomicU64 = AtomicU64::new(0);

/// The store's counters as Prometheus text.
pub fn render(out: &mut String) {
    out.push_str("# HELP pamoja_group_commit_meetings Meetings written together by one group commit.\n");
    out.push_str("# TYPE pamoja_group_commit_meetings histogram\n");
    GROUP_COMMIT.render("pamoja_group_commit_meetings", "", out);
    out.push_str("# HELP pamoja_kpi_facts_reads_total KPI buckets read into memory: whole, or patched for the CoPs that changed.\n");
    out.push_str("# TYPE pamoja_kpi_facts_reads_total counter\n");
    out.push_str(&format!("pamoja_kpi_facts_reads_total{{kind=\"whole\"}} {}\n", KPI_WHOLE_READS.load(Relaxed)));
    out.push_str(&format!("pamoja_kpi_facts_reads_total{{kind=\"patch\"}} {}\n", KPI_PATCHES.load(Relaxed)));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_histogram_counts_cumulatively_and_sums() {
        static H: Histogram = Histogram::new(&[1.0, 4.0], 1.0);
        for v in [1.0, 3.0, 3.0, 9.0] {
            H.observe(v);
        }
        let mut out = String::new();
        H.render("x", "", &mut out);
        assert_eq!(out, "x_bucket{le=\"1\"} 1\nx_bucket{le=\"4\"} 3\nx_bucket{le=\"+Inf\"} 4\nx_sum 16\nx_count 4\n");
    }
}
