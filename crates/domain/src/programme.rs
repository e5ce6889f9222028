//! Programmes and their delivery models (seed 000, Table 1).

use crate::person::parse_subjects;
use crate::place::{parse_name, slug_enum};
use crate::{Code, FieldErrors, Why, why};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// How a programme delivers CoPs. Seed 000, Table 1: "CoPs are held at school level with each
/// school forming a CoP ... There is a Mathematics and an English CoP" versus "CoPs are held at
/// cluster level composed of a network of 4-5 adjacent schools ... CoPs combine mathematics
/// and literacy teachers".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "kebab-case")]
pub enum DeliveryModel {
    /// One CoP per subject per school, facilitated by the school subject leader, structured by
    /// a toolkit; the head teacher is accountable and the SLF monitors.
    SchoolBased,
    /// One mixed-subject CoP per cluster, facilitated by an instructional coach; regional
    /// coordinators and senior coaches monitor.
    ClusterBased,
}
slug_enum!(DeliveryModel, SchoolBased = "school-based", ClusterBased = "cluster-based");

impl DeliveryModel {
    /// The seeds' frequencies: "CoP meetings held once/month (3 times per term)" and
    /// "1 CoP meeting per term".
    pub fn default_meetings_per_term(self) -> u8 {
        match self {
            DeliveryModel::SchoolBased => 3,
            DeliveryModel::ClusterBased => 1,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewProgramme {
    pub code: Code,
    pub name: String,
    pub model: DeliveryModel,
    pub meetings_per_term: u8,
    /// School-based CoPs are formed one per subject; a cluster CoP mixes them.
    pub subjects: Vec<String>,
    pub toolkit: Option<String>,
    /// Whether CoPs keep meeting (by WhatsApp or phone) through school closures.
    pub continues_remotely: bool,
    /// How its PLCs run.
    pub plcs: PlcSettings,
}

/// How a programme's PLCs run: how often they meet (seed 002: "facilitate a PLC termly"), and
/// whether a sector PLC holds the deputy head teachers beside the heads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PlcSettings {
    pub meetings_per_term: u8,
    pub deputies: bool,
}

impl Default for PlcSettings {
    fn default() -> Self {
        PlcSettings { meetings_per_term: 1, deputies: false }
    }
}

impl PlcSettings {
    /// Meetings a term from 1 to 12 (1 when not given).
    pub fn parse(meetings_per_term: Option<i64>, deputies: bool) -> Result<Self, Why> {
        match meetings_per_term {
            None => Ok(PlcSettings { deputies, ..PlcSettings::default() }),
            Some(n) if (1..=12).contains(&n) => Ok(PlcSettings { meetings_per_term: n as u8, deputies }),
            Some(n) => Err(why("why-outside-range").arg("value", n).num("min", 1).num("max", 12)),
        }
    }
}

impl NewProgramme {
    pub fn parse(
        code: &str,
        name: &str,
        model: &str,
        meetings_per_term: Option<i64>,
        subjects: &str,
        toolkit: Option<&str>,
        continues_remotely: bool,
    ) -> Result<Self, FieldErrors> {
        let mut errors = FieldErrors::new();
        let code = errors.take("code", Code::parse(code));
        let name = errors.take("name", parse_name(name));
        let model = errors.take("model", model.parse::<DeliveryModel>());
        let subjects = errors.take("subjects", parse_subjects(subjects));
        if subjects.as_ref().is_some_and(Vec::is_empty) {
            errors.add("subjects", why("why-programme-subjects"));
        }
        let meetings = match (meetings_per_term, model) {
            (Some(n), _) if (1..=12).contains(&n) => Some(n as u8),
            (Some(n), _) => {
                errors.add("meetings_per_term", why("why-outside-range").arg("value", n).num("min", 1).num("max", 12));
                None
            }
            (None, model) => model.map(DeliveryModel::default_meetings_per_term),
        };
        errors.finish(|| NewProgramme {
            code: code.unwrap(),
            name: name.unwrap(),
            model: model.unwrap(),
            meetings_per_term: meetings.unwrap(),
            subjects: subjects.unwrap(),
            toolkit: toolkit.map(str::trim).filter(|t| !t.is_empty()).map(str::to_owned),
            continues_remotely,
            plcs: PlcSettings::default(),
        })
    }
}

/// An academic year with its terms and closure periods.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewYear {
    pub label: String,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    pub terms: Vec<(NaiveDate, NaiveDate)>,
    pub closures: Vec<(String, NaiveDate, NaiveDate)>,
}

impl NewYear {
    /// Terms lie inside the year, in order, without overlap; closures lie inside the year.
    pub fn check(&self) -> Result<(), FieldErrors> {
        let mut errors = FieldErrors::new();
        if self.ends_on <= self.starts_on {
            errors.add("ends_on", why("why-year-ends-first"));
        }
        let mut previous_end = None;
        for (i, (from, to)) in self.terms.iter().enumerate() {
            if to <= from || *from < self.starts_on || *to > self.ends_on || previous_end.is_some_and(|end| *from <= end) {
                errors.add("terms", why("why-term-outside").num("n", i + 1).arg("from", from).arg("to", to));
            }
            previous_end = Some(*to);
        }
        for (name, from, to) in &self.closures {
            if to < from || *from < self.starts_on || *to > self.ends_on {
                errors.add("closures", why("why-closure-outside").arg("name", format!("{name:?}")).arg("from", from).arg("to", to));
            }
        }
        errors.finish(|| ())
    }
}

/// Rollout: waves with their start dates, phases, and which schools join in which wave
/// (or take part as controls).
#[derive(Debug, Clone, Default)]
pub struct Rollout {
    pub waves: Vec<NaiveDate>,
    pub phases: Vec<(String, NaiveDate, Option<NaiveDate>)>,
    /// (school code, wave number; `None` for a control school).
    pub schools: Vec<(String, Option<i64>)>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_delivery_models_default_to_the_seed_frequencies() {
        let blf = NewProgramme::parse("BLF", "Building Learning Foundations", "school-based", None, "maths;english", None, true).unwrap();
        let gec = NewProgramme::parse("GEC-T", "Girls' Education Challenge", "cluster-based", None, "maths;literacy", None, false).unwrap();
        assert_eq!((blf.meetings_per_term, gec.meetings_per_term), (3, 1));
    }

    #[test]
    fn a_programme_without_subjects_or_with_13_meetings_is_refused() {
        let errors = NewProgramme::parse("X", "X", "school-based", Some(13), "", None, false).unwrap_err();
        // A PLC meets termly unless the programme says otherwise, 1 to 12 times a term.
        assert_eq!(PlcSettings::parse(None, true), Ok(PlcSettings { meetings_per_term: 1, deputies: true }));
        assert_eq!(PlcSettings::parse(Some(12), false).map(|s| s.meetings_per_term), Ok(12));
        assert!(PlcSettings::parse(Some(0), false).is_err() && PlcSettings::parse(Some(13), false).is_err());
        assert_eq!(errors.to_string(), "subjects: name at least one subject, e.g. maths;english; meetings_per_term: 13 is outside 1-12");
    }
}
