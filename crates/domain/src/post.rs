//! Posts: a role held at a place for a period. Ending a post sets its end date; the post
//! itself is kept, so the history of who led which school stays true.

use crate::person::parse_subjects;
use crate::role::PlaceKind;
use crate::{Code, FieldErrors, Role, Why, why};
use chrono::{Datelike, NaiveDate};

/// From a date, to a date or open. The end, when given, is not before the start.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Period {
    from: NaiveDate,
    to: Option<NaiveDate>,
}

impl Period {
    pub fn new(from: NaiveDate, to: Option<NaiveDate>) -> Result<Self, Why> {
        match to {
            Some(to) if to < from => Err(why("why-ends-before-start").arg("to", to).arg("from", from)),
            _ => Ok(Self { from, to }),
        }
    }
    pub fn from(&self) -> NaiveDate {
        self.from
    }
    pub fn to(&self) -> Option<NaiveDate> {
        self.to
    }
    /// Whether the period includes `day`.
    pub fn covers(&self, day: NaiveDate) -> bool {
        self.from <= day && self.to.is_none_or(|to| day <= to)
    }
}

/// Dates are written as ISO 8601 (`2026-01-31`) everywhere data crosses the edge.
pub fn parse_date(raw: &str) -> Result<NaiveDate, Why> {
    let day =
        NaiveDate::parse_from_str(raw.trim(), "%Y-%m-%d").map_err(|_| why("why-not-a-date").arg("value", format!("{:?}", raw.trim())))?;
    // chrono reads years of up to six digits, signed: a date a school record can hold is kept
    // far from where date arithmetic overflows.
    if !(FIRST_YEAR..=LAST_YEAR).contains(&day.year()) {
        return Err(why("why-date-years").arg("day", day).arg("first", FIRST_YEAR).arg("last", LAST_YEAR));
    }
    Ok(day)
}

/// The range of years a date typed into Pamoja may have.
pub const FIRST_YEAR: i32 = 1900;
pub const LAST_YEAR: i32 = 2200;

/// The place a post is held at.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PlaceRef {
    Unit(Code),
    School(Code),
    Cluster(Code),
}

impl PlaceRef {
    pub fn kind(&self) -> PlaceKind {
        match self {
            PlaceRef::Unit(_) => PlaceKind::Unit,
            PlaceRef::School(_) => PlaceKind::School,
            PlaceRef::Cluster(_) => PlaceKind::Cluster,
        }
    }
    pub fn code(&self) -> &Code {
        match self {
            PlaceRef::Unit(c) | PlaceRef::School(c) | PlaceRef::Cluster(c) => c,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewPost {
    pub person: Code,
    pub role: Role,
    pub place: PlaceRef,
    /// Only for a school subject leader, who leads one subject.
    pub subject: Option<String>,
    pub period: Period,
}

/// The raw text of a post's fields. Exactly one of `unit`, `school`, `cluster` is given,
/// the one the role is held at.
#[derive(Debug, Clone, Default)]
pub struct PostFields<'a> {
    pub person: &'a str,
    pub role: &'a str,
    pub unit: &'a str,
    pub school: &'a str,
    pub cluster: &'a str,
    pub subject: &'a str,
    pub from: &'a str,
    pub to: &'a str,
}

impl NewPost {
    pub fn parse(f: &PostFields<'_>) -> Result<Self, FieldErrors> {
        let mut errors = FieldErrors::new();
        let person = errors.take("person", Code::parse(f.person));
        let role = errors.take("role", f.role.parse::<Role>());
        let given: Vec<(&str, &str)> =
            [("unit", f.unit), ("school", f.school), ("cluster", f.cluster)].into_iter().filter(|(_, v)| !v.trim().is_empty()).collect();
        let place = match (role, given.as_slice()) {
            (Some(role), [(field, raw)]) => {
                let (wanted, held_at) = match role.place_kind() {
                    PlaceKind::Unit => ("unit", why("why-held-at-unit")),
                    PlaceKind::School => ("school", why("why-held-at-school")),
                    PlaceKind::Cluster => ("cluster", why("why-held-at-cluster")),
                };
                if *field != wanted {
                    errors.add(field, held_at);
                    None
                } else {
                    errors.take(field, Code::parse(raw)).map(|code| match role.place_kind() {
                        PlaceKind::Unit => PlaceRef::Unit(code),
                        PlaceKind::School => PlaceRef::School(code),
                        PlaceKind::Cluster => PlaceRef::Cluster(code),
                    })
                }
            }
            (_, []) => {
                errors.add("place", why("why-post-place-missing"));
                None
            }
            (_, [_, _, ..]) => {
                errors.add("place", why("why-post-place-twice"));
                None
            }
            (None, _) => None,
        };
        let subject = match errors.take("subject", parse_subjects(f.subject)) {
            Some(list) if list.len() > 1 => {
                errors.add("subject", why("why-post-one-subject"));
                None
            }
            Some(list) => Some(list.into_iter().next()),
            None => None,
        };
        if let (Some(role), Some(subject)) = (role, &subject) {
            match (role.needs_subject(), subject) {
                (true, None) => errors.add("subject", why("why-post-subject-missing")),
                (false, Some(s)) => errors.add("subject", why("why-post-no-subject").arg("subject", format!("{s:?}"))),
                _ => {}
            }
        }
        let from = errors.take("from", parse_date(f.from));
        let to = if f.to.trim().is_empty() { Some(None) } else { errors.take("to", parse_date(f.to)).map(Some) };
        let period = match (from, to) {
            (Some(from), Some(to)) => errors.take("to", Period::new(from, to)),
            _ => None,
        };
        errors.finish(|| NewPost {
            person: person.unwrap(),
            role: role.unwrap(),
            place: place.unwrap(),
            subject: subject.unwrap(),
            period: period.unwrap(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ht() -> PostFields<'static> {
        PostFields { person: "P1", role: "head-teacher", school: "S1", from: "2019-01-07", ..Default::default() }
    }

    #[test]
    fn a_head_teacher_since_2019_with_no_end_is_open() {
        let post = NewPost::parse(&ht()).unwrap();
        assert_eq!(post.place, PlaceRef::School(Code::parse("S1").unwrap()));
        assert!(post.period.covers(NaiveDate::from_ymd_opt(2026, 11, 22).unwrap()));
    }

    #[test]
    fn a_post_ending_before_it_starts_is_refused() {
        let errors = NewPost::parse(&PostFields { to: "2018-12-31", ..ht() }).unwrap_err();
        assert_eq!(errors.to_string(), "to: 2018-12-31 is before the start 2019-01-07");
    }

    #[test]
    fn a_head_teacher_at_a_district_is_refused() {
        let errors = NewPost::parse(&PostFields { school: "", unit: "D1", ..ht() }).unwrap_err();
        assert_eq!(errors.to_string(), "unit: this post is held at a school, not here");
    }

    #[test]
    fn a_subject_leader_needs_exactly_one_subject() {
        let ssl = PostFields { role: "subject-leader", ..ht() };
        assert!(NewPost::parse(&ssl).is_err());
        assert_eq!(NewPost::parse(&PostFields { subject: "maths", ..ssl }).unwrap().subject.as_deref(), Some("maths"));
    }

    #[test]
    fn a_bad_date_says_how_to_write_it() {
        let errors = NewPost::parse(&PostFields { from: "07/01/2019", ..ht() }).unwrap_err();
        assert_eq!(errors.to_string(), "from: \"07/01/2019\" is not a date; write it as YYYY-MM-DD");
    }
}
