//! A classroom observation (issue 14): by a coach, subject leader, head teacher, SEI, SLF or LLL,
//! of one teacher's lesson, scored segment by segment with the rubric version it names
//! (`rubric`), with time-on-task snapshots, learners present by sex, strengths, one agreed next
//! step and a follow-up date. Tusome's coaches record much the same per visit (research notes:
//! class, teacher, date, subject, pupils present by sex, what went well, feedback given).

use crate::rubric::{Rubric, SegmentScores};
use crate::text::{self, LINE, NOTE};
use crate::vocab::vocab;
use crate::{Code, FieldErrors, Role, why};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// The most learners a class may report present, girls or boys: far above any class.
pub const MAX_LEARNERS: u32 = 300;

vocab!(
    /// How many learners were on task at a snapshot (Teach: low, 6 or more off task; medium,
    /// 2 to 5; high, 0 or 1).
    OnTask, "learners on task" { Low = "low", Medium = "medium", High = "high" }
);

/// Who observes lessons: those the issue names.
pub fn observes(role: Role) -> bool {
    matches!(role, Role::Coach | Role::SubjectLeader | Role::HeadTeacher | Role::Sei | Role::Slf | Role::Lll)
}

/// One time-on-task snapshot: whether the teacher gave most learners a learning activity, and
/// how many were on task.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Snapshot {
    pub activity: bool,
    pub on_task: OnTask,
}

/// An observation as recorded, valid against its rubric.
#[derive(Debug, Clone, PartialEq)]
pub struct NewObservation {
    pub teacher: Code,
    pub observed_on: NaiveDate,
    pub subject: String,
    pub class: String,
    pub girls: u32,
    pub boys: u32,
    /// Each segment's element scores, at most the rubric's segments.
    pub segments: Vec<SegmentScores>,
    /// Each segment's snapshots, at most the rubric's number per segment.
    pub snapshots: Vec<Vec<Snapshot>>,
    pub strengths: Option<String>,
    pub next_step: String,
    pub follow_up_on: Option<NaiveDate>,
}

/// The fields of an observation as given (the API's body, the form's fields).
#[derive(Debug, Clone, Default, Deserialize, utoipa::ToSchema)]
pub struct ObservationFields {
    /// The teacher's person code.
    pub teacher: String,
    /// YYYY-MM-DD.
    pub observed_on: String,
    /// A subject slug, e.g. `maths`.
    pub subject: String,
    /// The class or grade, e.g. `P4 B`.
    pub class: String,
    pub girls: u32,
    pub boys: u32,
    /// Per segment, element code → score (null: not applicable).
    pub segments: Vec<SegmentScores>,
    #[serde(default)]
    pub snapshots: Vec<Vec<Snapshot>>,
    #[serde(default)]
    pub strengths: Option<String>,
    /// The one next step agreed with the teacher.
    pub next_step: String,
    /// YYYY-MM-DD, after the lesson.
    #[serde(default)]
    pub follow_up_on: Option<String>,
}

fn date(raw: &str) -> Result<NaiveDate, crate::Why> {
    NaiveDate::parse_from_str(raw.trim(), "%Y-%m-%d").map_err(|_| why("why-not-a-date").arg("value", raw))
}

impl NewObservation {
    /// Checks every field against `rubric` and `today` (no lesson observed in the future; a
    /// follow-up after the lesson), naming each problem by its field.
    pub fn parse(f: &ObservationFields, rubric: &Rubric, today: NaiveDate) -> Result<NewObservation, FieldErrors> {
        let mut errors = FieldErrors::new();
        let teacher = errors.take("teacher", Code::parse(&f.teacher));
        let observed_on = errors.take("observed_on", date(&f.observed_on));
        if let Some(d) = observed_on.filter(|d| *d > today) {
            errors.add("observed_on", why("why-visit-future").arg("day", d.to_string()));
        }
        let subject = errors.take("subject", crate::Code::parse(&f.subject)).map(|c| c.to_string());
        let class = errors.take("class", text::line(&f.class, 40));
        for (field, n) in [("girls", f.girls), ("boys", f.boys)] {
            if n > MAX_LEARNERS {
                errors.add(field, why("why-outside-range").num("value", n as usize).num("min", 0).num("max", MAX_LEARNERS as usize));
            }
        }
        let (given, most) = (f.segments.len(), usize::from(rubric.segments));
        if given == 0 || given > most {
            errors.add("segments", why("why-outside-range").num("value", given).num("min", 1).num("max", most));
        }
        for (n, s) in f.segments.iter().enumerate() {
            rubric.check_segment(n, s, &mut errors);
        }
        if f.snapshots.len() > given.max(1) {
            errors.add("snapshots", why("why-outside-range").num("value", f.snapshots.len()).num("min", 0).num("max", given.max(1)));
        }
        for (n, s) in f.snapshots.iter().enumerate() {
            if s.len() > usize::from(rubric.snapshots) {
                errors.add(
                    &format!("snapshots[{n}]"),
                    why("why-outside-range").num("value", s.len()).num("min", 0).num("max", usize::from(rubric.snapshots)),
                );
            }
        }
        let strengths = match &f.strengths {
            Some(s) => errors.take("strengths", text::prose(s, NOTE)).flatten(),
            None => None,
        };
        let next_step = errors.take("next_step", text::line(&f.next_step, LINE));
        let follow_up_on = match f.follow_up_on.as_deref().filter(|s| !s.trim().is_empty()) {
            Some(raw) => errors.take("follow_up_on", date(raw)),
            None => None,
        };
        if let (Some(on), Some(follow)) = (observed_on, follow_up_on)
            && follow <= on
        {
            errors.add("follow_up_on", why("why-follow-up-after").arg("day", follow.to_string()).arg("on", on.to_string()));
        }
        errors.finish(|| NewObservation {
            teacher: teacher.unwrap(),
            observed_on: observed_on.unwrap(),
            subject: subject.unwrap(),
            class: class.unwrap(),
            girls: f.girls,
            boys: f.boys,
            segments: f.segments.clone(),
            snapshots: f.snapshots.clone(),
            strengths,
            next_step: next_step.unwrap(),
            follow_up_on,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rubric::teach_structured;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn fields() -> ObservationFields {
        let all = |s: u8| teach_structured().elements().map(|(_, e)| (e.code.clone(), Some(s))).collect::<SegmentScores>();
        ObservationFields {
            teacher: "KE-T0001".into(),
            observed_on: "2026-03-10".into(),
            subject: "maths".into(),
            class: "P4 B".into(),
            girls: 21,
            boys: 19,
            segments: vec![all(3), all(4)],
            snapshots: vec![vec![Snapshot { activity: true, on_task: OnTask::High }; 3]],
            strengths: Some("Clear explanation with fraction strips".into()),
            next_step: "Ask two open questions a segment".into(),
            follow_up_on: Some("2026-03-24".into()),
        }
    }

    #[test]
    fn an_observation_within_its_rubric_parses() {
        let o = NewObservation::parse(&fields(), &teach_structured(), day(2026, 3, 10)).unwrap();
        assert_eq!((o.segments.len(), o.follow_up_on, o.girls + o.boys), (2, Some(day(2026, 3, 24)), 40));
        // Its score by the rule: segments 3 and 4, mean 3.5, at benchmark.
        assert_eq!(teach_structured().score(&o.segments).score, Some(3.5));
    }

    #[test]
    fn a_third_segment_a_future_lesson_a_follow_up_before_it_and_no_next_step_are_each_named() {
        let mut f = fields();
        f.segments.push(f.segments[0].clone());
        f.observed_on = "2026-03-11".into();
        f.follow_up_on = Some("2026-03-11".into());
        f.next_step = " ".into();
        f.snapshots[0].push(Snapshot { activity: false, on_task: OnTask::Low });
        let errors = NewObservation::parse(&f, &teach_structured(), day(2026, 3, 10)).unwrap_err();
        let named: Vec<&str> = errors.0.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(named, ["observed_on", "segments", "snapshots[0]", "next_step", "follow_up_on"]);
        assert_eq!(errors.0[1].message, "3 is outside 1-2");
    }

    #[test]
    fn those_the_issue_names_observe_and_a_teacher_does_not() {
        assert!([Role::Coach, Role::SubjectLeader, Role::HeadTeacher, Role::Sei, Role::Slf, Role::Lll].into_iter().all(observes));
        assert!(![Role::Teacher, Role::Researcher, Role::Deo, Role::Nll].into_iter().any(observes));
    }
}
