//! People: teachers, school leaders and officials.

use crate::place::{parse_name, slug_enum};
use crate::{Code, FieldErrors, Why, why};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum Gender {
    Female,
    Male,
    Other,
}
slug_enum!(Gender, Female = "female", Male = "male", Other = "other");

/// An age band, for people whose birth year is not known (the seeds' Annex 1 reports ages in bands).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub enum AgeBand {
    #[serde(rename = "under-25")]
    Under25,
    #[serde(rename = "25-34")]
    From25To34,
    #[serde(rename = "35-44")]
    From35To44,
    #[serde(rename = "45-54")]
    From45To54,
    #[serde(rename = "55-plus")]
    From55,
}
slug_enum!(AgeBand, Under25 = "under-25", From25To34 = "25-34", From35To44 = "35-44", From45To54 = "45-54", From55 = "55-plus");

/// A person as registered: a teacher, a head teacher, an official.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewPerson {
    /// The ministry's staff number (e.g. a TSC number in Kenya).
    pub code: Code,
    pub name: String,
    pub gender: Gender,
    pub birth_year: Option<i32>,
    pub age_band: Option<AgeBand>,
    /// Subject slugs, e.g. `maths`, `english`.
    pub subjects: Vec<String>,
    pub qualification: Option<String>,
    pub started_teaching: Option<i32>,
    pub phone: Option<String>,
    /// The unit the person is registered under; their school, if any, must lie inside it.
    pub unit: Code,
    pub school: Option<Code>,
}

/// The raw text of a person's fields, as a form, a JSON body or a file row gives them.
#[derive(Debug, Clone, Default)]
pub struct PersonFields<'a> {
    pub code: &'a str,
    pub name: &'a str,
    pub gender: &'a str,
    pub birth_year: &'a str,
    pub age_band: &'a str,
    pub subjects: &'a str,
    pub qualification: &'a str,
    pub started_teaching: &'a str,
    pub phone: &'a str,
    pub unit: &'a str,
    pub school: &'a str,
}

fn optional(raw: &str) -> Option<&str> {
    let raw = raw.trim();
    (!raw.is_empty()).then_some(raw)
}

pub(crate) fn parse_year(raw: &str, earliest: i32, latest: i32) -> Result<i32, Why> {
    let year: i32 = raw.parse().map_err(|_| why("why-not-a-year").arg("value", format!("{raw:?}")))?;
    if (earliest..=latest).contains(&year) {
        Ok(year)
    } else {
        Err(why("why-year-outside").arg("year", year).arg("earliest", earliest).arg("latest", latest))
    }
}

/// Subject slugs separated by `;`, lower-cased, each of letters, digits and `-`.
pub fn parse_subjects(raw: &str) -> Result<Vec<String>, Why> {
    let mut subjects = Vec::new();
    for part in raw.split(';').map(str::trim).filter(|s| !s.is_empty()) {
        let slug = part.to_ascii_lowercase();
        if !slug.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
            return Err(why("why-subject-slug").arg("value", format!("{part:?}")));
        }
        if !subjects.contains(&slug) {
            subjects.push(slug);
        }
    }
    Ok(subjects)
}

fn parse_phone(raw: &str) -> Result<String, Why> {
    let digits = raw.chars().filter(char::is_ascii_digit).count();
    let allowed = raw.chars().count() <= 40 && raw.chars().all(|c| c.is_ascii_digit() || " +-()".contains(c));
    if allowed && (7..=15).contains(&digits) { Ok(raw.to_owned()) } else { Err(why("why-phone").arg("value", format!("{raw:?}"))) }
}

impl NewPerson {
    /// Parses every field, reporting each bad one. `this_year` bounds the years given.
    pub fn parse(f: &PersonFields<'_>, this_year: i32) -> Result<Self, FieldErrors> {
        let mut errors = FieldErrors::new();
        let code = errors.take("code", Code::parse(f.code));
        let name = errors.take("name", parse_name(f.name));
        let gender = errors.take("gender", f.gender.parse::<Gender>());
        let birth_year = optional(f.birth_year).map(|y| errors.take("birth_year", parse_year(y, 1930, this_year - 15)));
        let age_band = optional(f.age_band).map(|b| errors.take("age_band", b.parse::<AgeBand>()));
        let subjects = errors.take("subjects", parse_subjects(f.subjects));
        let started = optional(f.started_teaching).map(|y| errors.take("started_teaching", parse_year(y, 1950, this_year)));
        let phone = optional(f.phone).map(|p| errors.take("phone", parse_phone(p)));
        let qualification = optional(f.qualification).map(|q| errors.take("qualification", crate::text::line(q, crate::text::NAME)));
        let unit = errors.take("unit", Code::parse(f.unit));
        let school = optional(f.school).map(|s| errors.take("school", Code::parse(s)));
        if let (Some(Some(born)), Some(Some(started))) = (birth_year, started)
            && started < born + 15
        {
            errors.add("started_teaching", why("why-started-young").arg("started", started).arg("born", born));
        }
        errors.finish(|| NewPerson {
            code: code.unwrap(),
            name: name.unwrap(),
            gender: gender.unwrap(),
            birth_year: birth_year.flatten(),
            age_band: age_band.flatten(),
            subjects: subjects.unwrap(),
            qualification: qualification.flatten(),
            started_teaching: started.flatten(),
            phone: phone.flatten(),
            unit: unit.unwrap(),
            school: school.flatten(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields() -> PersonFields<'static> {
        PersonFields { code: "T-1", name: "Aline Uwase", gender: "female", unit: "RW-01", ..Default::default() }
    }

    #[test]
    fn a_person_with_only_the_required_fields_is_valid() {
        let person = NewPerson::parse(&fields(), 2026).unwrap();
        assert_eq!(person.subjects, Vec::<String>::new());
        assert_eq!(person.birth_year, None);
    }

    #[test]
    fn starting_to_teach_as_a_child_is_refused() {
        let f = PersonFields { birth_year: "1990", started_teaching: "2000", ..fields() };
        let errors = NewPerson::parse(&f, 2026).unwrap_err();
        assert_eq!(errors.to_string(), "started_teaching: 2000 is before the person was 15 (born 1990)");
    }

    #[test]
    fn subjects_are_normalised_and_deduplicated() {
        assert_eq!(parse_subjects("Maths; english;maths").unwrap(), ["maths", "english"]);
        assert!(parse_subjects("social studies").is_err());
    }

    #[test]
    fn a_bad_phone_and_a_future_birth_year_are_both_reported() {
        let f = PersonFields { phone: "call me", birth_year: "2030", ..fields() };
        let errors = NewPerson::parse(&f, 2026).unwrap_err();
        assert_eq!(errors.0.len(), 2);
        assert_eq!(errors.0[0].message, "2030 is outside 1930-2011");
    }
}
