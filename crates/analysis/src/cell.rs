use serde::Serialize;

/// A table cell: JSON gets the number, people get it formatted as the study prints it.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
pub enum Cell {
    Text(String),
    Count(usize),
    /// A figure shown to 3 decimals (ρ, α, U, χ², coefficients).
    Figure(f64),
    /// A p-value, shown as APA does: "< .001" or ".034".
    P(f64),
    /// A share in 0..=1, shown as a percentage.
    Share(f64),
    /// Not computed, and why ("too few rows").
    Missing(String),
}

impl Cell {
    pub fn text(s: impl Into<String>) -> Self {
        Cell::Text(s.into())
    }

    /// The cell as the report prints it.
    pub fn display(&self) -> String {
        match self {
            Cell::Text(s) | Cell::Missing(s) => s.clone(),
            Cell::Count(n) => n.to_string(),
            Cell::Figure(x) => format!("{x:.3}"),
            Cell::P(p) if *p < 0.001 => "< .001".into(),
            Cell::P(p) => format!("{p:.3}").trim_start_matches('0').to_owned(),
            Cell::Share(s) => format!("{:.1}%", 100.0 * s),
        }
    }

    pub fn is_number(&self) -> bool {
        !matches!(self, Cell::Text(_) | Cell::Missing(_))
    }
}

#[cfg(test)]
mod tests {
    use super::Cell;

    #[test]
    fn cells_print_as_the_study_prints_them() {
        assert_eq!(Cell::P(0.0339).display(), ".034");
        assert_eq!(Cell::P(0.0000004).display(), "< .001");
        assert_eq!(Cell::Share(0.4521).display(), "45.2%");
        assert_eq!(Cell::Figure(-0.2291).display(), "-0.229");
    }
}
