//! A held meeting of a learning community, as recorded by its facilitator or head teacher:
//! everything the HT's report and the KPIs are made from. Parsed here from raw fields, with
//! every problem named by its path (`attendance[3].status`).

use crate::post::parse_date;
use crate::vocab::{AttendanceStatus, Decider, DecisionAspect, Format, GuestRole, MeetingRole, Modality, Topic};
use crate::{Code, FieldErrors, Why, why};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// An agenda item: an activity of the programme's toolkit, or an emerging challenge in words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AgendaItem {
    Toolkit(String),
    Challenge(String),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attendee {
    pub person: Code,
    pub status: AttendanceStatus,
    pub remote: bool,
    /// Set for a non-member: why they came.
    pub guest: Option<GuestRole>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewActionPoint {
    pub description: String,
    pub owner: Code,
    pub due_on: NaiveDate,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewMeeting {
    pub held_on: NaiveDate,
    pub modality: Modality,
    pub venue: Option<String>,
    pub facilitator: Code,
    pub duration_minutes: Option<i64>,
    pub agenda: Vec<AgendaItem>,
    pub formats: Vec<Format>,
    pub roles: Vec<(MeetingRole, Code)>,
    pub attendance: Vec<Attendee>,
    /// Guests who are not registered (parents, say): how many of each.
    pub guests: Vec<(GuestRole, i64)>,
    pub decisions: Vec<(DecisionAspect, Decider)>,
    pub topics: Vec<Topic>,
    pub summary: Option<String>,
    pub action_points: Vec<NewActionPoint>,
}

/// The raw shape of a meeting, as the API's JSON body gives it. Vocabulary fields are kept as
/// text here so that every bad value is named by its path; the document lists their values.
#[derive(Debug, Clone, Default, Serialize, Deserialize, utoipa::ToSchema)]
pub struct MeetingFields {
    /// The day it was held; it must fall inside a term.
    #[schema(value_type = String, format = Date)]
    pub held_on: String,
    #[schema(value_type = Modality)]
    pub modality: String,
    #[schema(max_length = 200)]
    pub venue: Option<String>,
    /// The code of the person who facilitated; they must be listed as present.
    #[schema(max_length = 40)]
    pub facilitator: String,
    #[schema(minimum = 10, maximum = 600)]
    pub duration_minutes: Option<i64>,
    #[schema(min_items = 1)]
    pub agenda: Vec<AgendaFields>,
    #[schema(value_type = Vec<Format>, min_items = 1)]
    pub formats: Vec<String>,
    #[serde(default)]
    pub roles: Vec<RoleFields>,
    /// Every member, and any registered guest (with `guest` set). Members left out are recorded absent.
    #[schema(min_items = 1)]
    pub attendance: Vec<AttendanceFields>,
    #[serde(default)]
    pub guests: Vec<GuestFields>,
    /// Who took part in deciding each aspect (`agenda`, `topics`, `duration`, `organisation`):
    /// `{"agenda": ["teachers", "subject-leader"], ...}`.
    #[serde(default)]
    #[schema(value_type = std::collections::BTreeMap<DecisionAspect, Vec<Decider>>)]
    pub decided_by: std::collections::BTreeMap<String, Vec<String>>,
    #[serde(default)]
    #[schema(value_type = Vec<Topic>)]
    pub topics: Vec<String>,
    #[schema(max_length = 5000)]
    pub summary: Option<String>,
    #[serde(default)]
    pub action_points: Vec<ActionPointFields>,
}

/// An agenda item: give exactly one of `toolkit` and `challenge`.
#[derive(Debug, Clone, Default, Serialize, Deserialize, utoipa::ToSchema)]
pub struct AgendaFields {
    /// The code of a toolkit activity of the programme.
    #[schema(max_length = 40)]
    pub toolkit: Option<String>,
    /// An emerging challenge, in words.
    #[schema(max_length = 500)]
    pub challenge: Option<String>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, utoipa::ToSchema)]
pub struct RoleFields {
    #[schema(value_type = MeetingRole)]
    pub role: String,
    #[schema(max_length = 40)]
    pub person: String,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, utoipa::ToSchema)]
pub struct AttendanceFields {
    #[schema(max_length = 40)]
    pub person: String,
    #[schema(value_type = AttendanceStatus)]
    pub status: String,
    /// Joined from elsewhere (by phone or online); default false.
    #[serde(default)]
    pub remote: bool,
    /// For a non-member: why they came.
    #[schema(value_type = Option<GuestRole>)]
    pub guest: Option<String>,
}

/// Unregistered guests (parents, say): how many of each.
#[derive(Debug, Clone, Default, Serialize, Deserialize, utoipa::ToSchema)]
pub struct GuestFields {
    #[schema(value_type = GuestRole)]
    pub role: String,
    #[schema(minimum = 1, maximum = 500)]
    pub count: i64,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, utoipa::ToSchema)]
pub struct ActionPointFields {
    #[schema(max_length = 500)]
    pub description: String,
    /// The code of the person who owns it.
    #[schema(max_length = 40)]
    pub owner: String,
    /// Not before the meeting.
    #[schema(value_type = String, format = Date)]
    pub due_on: String,
}

/// An optional text field: `None` when blank; refused (and recorded under `field`) when too
/// long or holding what no text may hold (see [`crate::text`]).
fn text(errors: &mut FieldErrors, field: &str, raw: &Option<String>, max: usize) -> Option<String> {
    let raw = raw.as_deref().unwrap_or_default();
    errors.take(field, crate::text::prose(raw, max)).flatten()
}

/// An optional single line, as [`text`].
fn one_line(errors: &mut FieldErrors, field: &str, raw: &Option<String>, max: usize) -> Option<String> {
    let raw = raw.as_deref().map(str::trim).filter(|t| !t.is_empty())?;
    errors.take(field, crate::text::line(raw, max))
}

fn parse_list<T: std::str::FromStr<Err = Why> + PartialEq>(errors: &mut FieldErrors, field: &str, raw: &[String]) -> Vec<T> {
    let mut values = Vec::new();
    for (i, item) in raw.iter().enumerate() {
        if let Some(value) = errors.take(&format!("{field}[{i}]"), item.parse::<T>()) {
            if values.contains(&value) {
                errors.add(&format!("{field}[{i}]"), why("why-listed-twice").arg("value", format!("{item:?}")));
            } else {
                values.push(value);
            }
        }
    }
    values
}

impl NewMeeting {
    /// Checks everything the record can say about itself; the store checks it against the CoP
    /// (members, terms, toolkit).
    pub fn parse(f: &MeetingFields) -> Result<NewMeeting, FieldErrors> {
        let mut errors = FieldErrors::new();
        let held_on = errors.take("held_on", parse_date(&f.held_on));
        let modality = errors.take("modality", f.modality.parse::<Modality>());
        let facilitator = errors.take("facilitator", Code::parse(&f.facilitator));
        if let Some(minutes) = f.duration_minutes
            && !(10..=600).contains(&minutes)
        {
            errors.add("duration_minutes", why("why-minutes-range").arg("value", minutes));
        }
        let mut agenda = Vec::new();
        for (i, item) in f.agenda.iter().enumerate() {
            let toolkit = one_line(&mut errors, &format!("agenda[{i}].toolkit"), &item.toolkit, 40);
            let challenge = one_line(&mut errors, &format!("agenda[{i}].challenge"), &item.challenge, crate::text::LINE);
            match (toolkit, challenge) {
                (Some(code), None) => agenda.push(AgendaItem::Toolkit(code)),
                (None, Some(words)) => agenda.push(AgendaItem::Challenge(words)),
                _ => errors.add(&format!("agenda[{i}]"), why("why-agenda-item")),
            }
        }
        if f.agenda.is_empty() {
            errors.add("agenda", why("why-agenda-empty"));
        }
        let formats = parse_list::<Format>(&mut errors, "formats", &f.formats);
        if f.formats.is_empty() {
            errors.add("formats", why("why-formats-empty"));
        }
        let mut attendance: Vec<Attendee> = Vec::new();
        for (i, a) in f.attendance.iter().enumerate() {
            let at = |name: &str| format!("attendance[{i}].{name}");
            let person = errors.take(&at("person"), Code::parse(&a.person));
            let status = errors.take(&at("status"), a.status.parse::<AttendanceStatus>());
            let guest = match a.guest.as_deref().map(str::trim).filter(|g| !g.is_empty()) {
                None => Some(None),
                Some(g) => errors.take(&at("guest"), g.parse::<GuestRole>()).map(Some),
            };
            if let Some(p) = &person
                && attendance.iter().any(|x| &x.person == p)
            {
                errors.add(&at("person"), why("why-listed-twice").arg("value", p));
                continue;
            }
            if let (Some(person), Some(status), Some(guest)) = (person, status, guest) {
                attendance.push(Attendee { person, status, remote: a.remote, guest });
            }
        }
        let present = |code: &Code| attendance.iter().any(|a| &a.person == code && a.status == AttendanceStatus::Present);
        if f.attendance.is_empty() {
            errors.add("attendance", why("why-attendance-empty"));
        } else if let Some(facilitator) = &facilitator
            && !present(facilitator)
        {
            errors.add("facilitator", why("why-not-present").arg("person", facilitator));
        }
        let mut roles: Vec<(MeetingRole, Code)> = Vec::new();
        for (i, r) in f.roles.iter().enumerate() {
            let role = errors.take(&format!("roles[{i}].role"), r.role.parse::<MeetingRole>());
            let person = errors.take(&format!("roles[{i}].person"), Code::parse(&r.person));
            match (role, person) {
                (Some(role), _) if roles.iter().any(|(r, _)| *r == role) => {
                    errors.add(&format!("roles[{i}].role"), why("why-listed-twice").arg("value", role))
                }
                (Some(_), Some(person)) if !present(&person) => {
                    errors.add(&format!("roles[{i}].person"), why("why-not-present").arg("person", person))
                }
                (Some(role), Some(person)) => roles.push((role, person)),
                _ => {}
            }
        }
        let mut guests = Vec::new();
        for (i, g) in f.guests.iter().enumerate() {
            let role = errors.take(&format!("guests[{i}].role"), g.role.parse::<GuestRole>());
            if !(1..=500).contains(&g.count) {
                errors.add(&format!("guests[{i}].count"), why("why-outside-range").arg("value", g.count).num("min", 1).num("max", 500));
            } else if let Some(role) = role {
                if guests.iter().any(|(r, _)| *r == role) {
                    errors.add(&format!("guests[{i}].role"), why("why-guests-twice").arg("value", role));
                } else {
                    guests.push((role, g.count));
                }
            }
        }
        let mut decisions = Vec::new();
        for (aspect, deciders) in &f.decided_by {
            let field = format!("decided_by.{aspect}");
            if let Some(aspect) = errors.take(&field, aspect.parse::<DecisionAspect>()) {
                if decisions.iter().any(|(a, _)| *a == aspect) {
                    errors.add(&field, why("why-listed-twice").arg("value", aspect));
                    continue;
                }
                for decider in parse_list::<Decider>(&mut errors, &field, deciders) {
                    decisions.push((aspect, decider));
                }
            }
        }
        let topics = parse_list::<Topic>(&mut errors, "topics", &f.topics);
        let mut action_points = Vec::new();
        for (i, a) in f.action_points.iter().enumerate() {
            let at = |name: &str| format!("action_points[{i}].{name}");
            let description = match crate::text::line(&a.description, crate::text::LINE) {
                Ok(d) => d,
                Err(crate::text::TextError::Empty) => {
                    errors.add(&at("description"), why("why-point-description"));
                    String::new()
                }
                Err(e) => {
                    errors.add(&at("description"), e);
                    String::new()
                }
            };
            let owner = if a.owner.trim().is_empty() {
                errors.add(&at("owner"), why("why-point-owner"));
                None
            } else {
                errors.take(&at("owner"), Code::parse(&a.owner))
            };
            let due_on = errors.take(&at("due_on"), parse_date(&a.due_on));
            if let (Some(due), Some(held)) = (due_on, held_on)
                && due < held
            {
                errors.add(&at("due_on"), why("why-due-before-meeting").arg("due", due).arg("held", held));
            }
            if let (Some(owner), Some(due_on), false) = (owner, due_on, description.is_empty()) {
                action_points.push(NewActionPoint { description, owner, due_on });
            }
        }
        let venue = one_line(&mut errors, "venue", &f.venue, crate::text::NAME);
        let summary = text(&mut errors, "summary", &f.summary, crate::text::SUMMARY);
        errors.finish(|| NewMeeting {
            held_on: held_on.unwrap(),
            modality: modality.unwrap(),
            venue,
            facilitator: facilitator.unwrap(),
            duration_minutes: f.duration_minutes,
            agenda,
            formats,
            roles,
            attendance,
            guests,
            decisions,
            topics,
            summary,
            action_points,
        })
    }

    /// Whether teachers took part in deciding `aspect`.
    pub fn teachers_decided(&self, aspect: DecisionAspect) -> bool {
        self.decisions.contains(&(aspect, Decider::Teachers))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields() -> MeetingFields {
        MeetingFields {
            held_on: "2026-02-03".into(),
            modality: "in-person".into(),
            facilitator: "T1".into(),
            agenda: vec![AgendaFields { toolkit: Some("BLF-M-01".into()), challenge: None }],
            formats: vec!["whole-group".into()],
            attendance: vec![
                AttendanceFields { person: "T1".into(), status: "present".into(), ..Default::default() },
                AttendanceFields { person: "T2".into(), status: "absent".into(), ..Default::default() },
            ],
            ..Default::default()
        }
    }

    #[test]
    fn a_plain_meeting_parses() {
        let meeting = NewMeeting::parse(&fields()).unwrap();
        assert_eq!(meeting.attendance.len(), 2);
        assert_eq!(meeting.agenda, [AgendaItem::Toolkit("BLF-M-01".into())]);
    }

    #[test]
    fn a_duplicate_attendance_row_is_named_by_its_index() {
        let mut f = fields();
        f.attendance.push(AttendanceFields { person: "T2".into(), status: "present".into(), ..Default::default() });
        assert_eq!(NewMeeting::parse(&f).unwrap_err().to_string(), "attendance[2].person: T2 is listed twice");
    }

    #[test]
    fn an_action_point_without_an_owner_is_refused() {
        let mut f = fields();
        f.action_points.push(ActionPointFields { description: "Visit P4".into(), owner: " ".into(), due_on: "2026-02-20".into() });
        assert_eq!(NewMeeting::parse(&f).unwrap_err().to_string(), "action_points[0].owner: give the person who owns the action point");
    }

    #[test]
    fn the_facilitator_and_role_holders_must_be_present() {
        let mut f = fields();
        f.facilitator = "T2".into();
        f.roles.push(RoleFields { role: "chair".into(), person: "T2".into() });
        let errors = NewMeeting::parse(&f).unwrap_err().to_string();
        assert_eq!(errors, "facilitator: T2 is not listed as present; roles[0].person: T2 is not listed as present");
    }

    #[test]
    fn a_meeting_without_attendance_or_with_a_decision_given_twice_is_refused() {
        let mut f = fields();
        f.attendance.clear();
        f.decided_by.insert("agenda".into(), vec!["teachers".into()]);
        f.decided_by.insert("Agenda".into(), vec!["subject-leader".into()]);
        let errors = NewMeeting::parse(&f).unwrap_err().to_string();
        assert_eq!(errors, "attendance: list who came (at least the facilitator, present); decided_by.agenda: agenda is listed twice");
    }

    #[test]
    fn a_guest_keeps_their_role_and_a_bad_one_is_named() {
        let mut f = fields();
        f.attendance.push(AttendanceFields {
            person: "H1".into(),
            status: "present".into(),
            guest: Some("head-teacher".into()),
            ..Default::default()
        });
        assert_eq!(NewMeeting::parse(&f).unwrap().attendance[2].guest, Some(GuestRole::HeadTeacher));
        f.attendance[2].guest = Some("mayor".into());
        assert!(NewMeeting::parse(&f).unwrap_err().to_string().starts_with("attendance[2].guest: \"mayor\" is not one of: "));
    }
}
