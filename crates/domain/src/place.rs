//! Places: administrative units, schools and clusters.

use crate::{Code, FieldErrors, Why, why};
use serde::{Deserialize, Serialize};

/// Who runs a school.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum Ownership {
    Public,
    Private,
}

/// Where a school is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum Locality {
    Rural,
    Urban,
}

macro_rules! slug_enum {
    ($ty:ty, $($variant:ident = $slug:literal),*) => {
        impl $ty {
            pub fn slug(self) -> &'static str {
                match self { $(Self::$variant => $slug,)* }
            }
        }
        impl std::str::FromStr for $ty {
            type Err = $crate::Why;
            fn from_str(raw: &str) -> Result<Self, $crate::Why> {
                match raw.trim().to_ascii_lowercase().as_str() {
                    $($slug => Ok(Self::$variant),)*
                    _ => Err($crate::why("why-not-one-of").arg("value", format!("{raw:?}")).arg("allowed", [$($slug),*].join(", "))),
                }
            }
        }
    };
}
pub(crate) use slug_enum;

slug_enum!(Ownership, Public = "public", Private = "private");
slug_enum!(Locality, Rural = "rural", Urban = "urban");

/// A non-empty name of at most 200 characters, on one line (see [`crate::text`]).
pub fn parse_name(raw: &str) -> Result<String, Why> {
    crate::text::line(raw, crate::text::NAME).map_err(Why::from)
}

/// An administrative unit: a country, province, district, sector, county, zone...
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewUnit {
    pub code: Code,
    pub name: String,
    /// The level's slug (e.g. `district`); it must be the level just below the parent's.
    pub level: String,
    /// `None` only for the country at the root.
    pub parent: Option<Code>,
}

impl NewUnit {
    pub fn parse(code: &str, name: &str, level: &str, parent: &str) -> Result<Self, FieldErrors> {
        let mut errors = FieldErrors::new();
        let code = errors.take("code", Code::parse(code));
        let name = errors.take("name", parse_name(name));
        let level = errors.take("level", parse_name(level)).map(|l| l.to_ascii_lowercase());
        let parent = if parent.trim().is_empty() { Some(None) } else { errors.take("parent", Code::parse(parent)).map(Some) };
        errors.finish(|| NewUnit { code: code.unwrap(), name: name.unwrap(), level: level.unwrap(), parent: parent.unwrap() })
    }
}

/// A school under a unit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewSchool {
    pub code: Code,
    pub name: String,
    pub unit: Code,
    pub ownership: Ownership,
    pub locality: Locality,
}

impl NewSchool {
    pub fn parse(code: &str, name: &str, unit: &str, ownership: &str, locality: &str) -> Result<Self, FieldErrors> {
        let mut errors = FieldErrors::new();
        let code = errors.take("code", Code::parse(code));
        let name = errors.take("name", parse_name(name));
        let unit = errors.take("unit", Code::parse(unit));
        let ownership = errors.take("ownership", ownership.parse::<Ownership>());
        let locality = errors.take("locality", locality.parse::<Locality>());
        errors.finish(|| NewSchool {
            code: code.unwrap(),
            name: name.unwrap(),
            unit: unit.unwrap(),
            ownership: ownership.unwrap(),
            locality: locality.unwrap(),
        })
    }
}

/// A cluster of adjacent schools in one programme. The seeds' clusters hold 4-5 schools;
/// Pamoja accepts 2 to 8 so a cluster can be formed before its last school is registered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewCluster {
    pub code: Code,
    pub name: String,
    pub programme: Code,
    pub unit: Code,
    pub schools: Vec<Code>,
}

pub const CLUSTER_SIZE: std::ops::RangeInclusive<usize> = 2..=8;

impl NewCluster {
    /// `schools` is a list separated by `;` (as in files) or a ready list.
    pub fn parse(code: &str, name: &str, programme: &str, unit: &str, schools: &[&str]) -> Result<Self, FieldErrors> {
        let mut errors = FieldErrors::new();
        let code = errors.take("code", Code::parse(code));
        let name = errors.take("name", parse_name(name));
        let programme = errors.take("programme", Code::parse(programme));
        let unit = errors.take("unit", Code::parse(unit));
        let mut codes = Vec::new();
        for raw in schools.iter().filter(|s| !s.trim().is_empty()) {
            if let Some(code) = errors.take("schools", Code::parse(raw)) {
                if codes.contains(&code) {
                    errors.add("schools", why("why-listed-twice").arg("value", &code));
                }
                codes.push(code);
            }
        }
        if !CLUSTER_SIZE.contains(&codes.len()) {
            errors.add("schools", why("why-cluster-size").num("n", codes.len()));
        }
        errors.finish(|| NewCluster {
            code: code.unwrap(),
            name: name.unwrap(),
            programme: programme.unwrap(),
            unit: unit.unwrap(),
            schools: codes,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_school_with_every_field_wrong_reports_every_field() {
        let errors = NewSchool::parse("", "", "bad code", "state", "remote").unwrap_err();
        let fields: Vec<&str> = errors.0.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(fields, ["code", "name", "unit", "ownership", "locality"]);
        assert_eq!(errors.0[3].message, "\"state\" is not one of: public, private");
    }

    #[test]
    fn a_cluster_of_one_school_is_refused_with_the_seed_size() {
        let error = NewCluster::parse("C1", "Wamba", "GEC-T", "KE-25", &["S1"]).unwrap_err();
        assert_eq!(error.0[0].message, "has 1 schools; a cluster has 2 to 8 (the seeds' clusters have 4-5)");
    }

    #[test]
    fn a_unit_without_parent_is_a_root() {
        assert_eq!(NewUnit::parse("RW", "Rwanda", "Country", "").unwrap().parent, None);
        assert_eq!(NewUnit::parse("RW", "Rwanda", "Country", "").unwrap().level, "country");
    }
}
