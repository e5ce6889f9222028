//! A year of CoP life for every CoP: planned meetings and held ones with realistic misses,
//! attendance, formats, decisions, roles, action points, acknowledgements and follow-ups, and
//! the closure period when meetings move to WhatsApp or phone (or stop).
//!
//! Each school (or cluster) has a quality drawn from its code and its district's: the
//! dashboards get bright spots and laggards. Teachers' voice grows with the months since a
//! CoP started, so earlier waves mature over the year.

use crate::rng::Rng;
use chrono::{Datelike, NaiveDate, TimeDelta};
use domain::meeting::{AgendaItem, Attendee, NewActionPoint, NewMeeting};
use domain::schedule::{Span, planned_dates};
use domain::vocab::{AttendanceStatus, Decider, DecisionAspect, Finding, Format, GuestRole, MeetingRole, Modality, Topic};
use domain::{Code, rotation};
use uuid::Uuid;

/// A formed CoP, as the generator needs it.
#[derive(Debug, Clone)]
pub struct CopInput {
    pub id: Uuid,
    pub cluster_based: bool,
    /// The school's or cluster's code, and its district's: quality is drawn from both.
    pub place: String,
    pub district: String,
    pub starts_on: NaiveDate,
    /// Teacher members' codes.
    pub teachers: Vec<String>,
    /// The SSL or coach.
    pub facilitator: Option<String>,
    /// Who visits classrooms to follow action points up (the HT, or the coach).
    pub visitor: Option<String>,
    /// The HT, who sometimes attends as a guest.
    pub head_teacher: Option<String>,
    /// For a PLC, the leader of learning who leads its decisions (an LLL's sector PLC, an
    /// NLL's district PLC); its members are head teachers (or LLLs), and it discusses their
    /// schools rather than lessons.
    pub plc: Option<Decider>,
}

/// The programme's calendar and rules.
#[derive(Debug, Clone)]
pub struct Calendar {
    pub terms: Vec<Span>,
    pub closures: Vec<Span>,
    pub per_term: u8,
    pub continues_remotely: bool,
    pub toolkit: Vec<String>,
    /// Nothing happens after this day.
    pub until: NaiveDate,
    /// The academic year's last day (its calendar year had the pandemic's last measures).
    pub ends: NaiveDate,
}

/// A generated meeting, and what happens to it afterwards.
#[derive(Debug, Clone)]
pub struct Generated {
    pub cop: Uuid,
    pub meeting: NewMeeting,
    /// The HT acknowledges the report this many days after the meeting, if at all.
    pub acknowledged_after: Option<i64>,
    /// Per action point: the follow-up visit (days after the meeting, finding), if any.
    pub follow_ups: Vec<Option<(i64, Finding)>>,
    pub visitor: Option<String>,
}

fn code(raw: &str) -> Code {
    Code::parse(raw).expect("generated codes are valid")
}

/// A number in [0, 1) fixed by a text and the seed.
fn unit_hash(seed: u64, text: &str) -> f64 {
    let mut h = Rng::new(seed ^ text.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3)));
    (h.next_u64() >> 11) as f64 / (1u64 << 53) as f64
}

/// How well a place runs its CoPs, from 0 to 1: half its district, half itself.
pub fn quality(seed: u64, place: &str, district: &str) -> f64 {
    0.5 * unit_hash(seed, district) + 0.5 * unit_hash(seed.wrapping_add(1), place)
}

const TOPICS: [Topic; 7] = [
    Topic::LearnerNeeds,
    Topic::Inclusion,
    Topic::StrugglingLearners,
    Topic::GirlsReturn,
    Topic::Wellbeing,
    Topic::Remediation,
    Topic::Other,
];
const PLC_TOPICS: [Topic; 6] =
    [Topic::SchoolData, Topic::LeadingCops, Topic::LearnersAtRisk, Topic::UseOfEnglish, Topic::LibraryAccess, Topic::DataUse];
/// What head teachers bring to a PLC (seed 002: "What makes school A's pass rate 70 per cent,
/// and the other 30 per cent?").
const PLC_CHALLENGES: [&str; 5] = [
    "Why one school's pass rate is 70 per cent and another's 30",
    "Getting every child back after the closure, hard cases first",
    "Head teachers who do not yet attend their teachers' CoPs",
    "Too few books in the library for P4 readers",
    "Teachers unsure when to teach in English",
];
const PLC_ACTIONS: [&str; 4] = [
    "Share the school's pass-rate analysis with its CoP",
    "List the learners not back since the closure and call their parents",
    "Attend one CoP meeting at each school before the next PLC",
    "Visit a bright-spot school with two heads from schools behind",
];
const ACTIONS: [&str; 4] = [
    "Try the new group-reading routine in P3",
    "Prepare fraction strips with learners",
    "Visit a colleague's lesson and share feedback",
    "Call parents of absent girls",
];
const CHALLENGES: [&str; 6] = [
    "Learners who missed school after the rains need catching up",
    "Large classes make group work hard to manage",
    "Girls returning after pregnancy need support to stay",
    "Few learners read fluently in English by P3",
    "Learners struggle with fractions and place value",
    "Parents rarely check homework",
];

pub fn generate(seed: u64, cops: &[CopInput], calendar: &Calendar) -> Vec<Generated> {
    Year::new(seed, calendar).cops(cops)
}

/// The year's generator, for CoPs taken a slice at a time (a country of 64,000 CoPs need not
/// hold every meeting at once): slices in order give what [`generate`] gives for them all.
pub struct Year<'a> {
    seed: u64,
    rng: Rng,
    calendar: &'a Calendar,
}

impl<'a> Year<'a> {
    pub fn new(seed: u64, calendar: &'a Calendar) -> Self {
        Year { seed, rng: Rng::new(seed ^ 0xAC71_7171), calendar }
    }

    /// The meetings of `cops`, the next CoPs in order.
    pub fn cops(&mut self, cops: &[CopInput]) -> Vec<Generated> {
        let (seed, calendar, rng) = (self.seed, self.calendar, &mut self.rng);
        cops_year(seed, calendar, rng, cops)
    }
}

fn cops_year(seed: u64, calendar: &Calendar, rng: &mut Rng, cops: &[CopInput]) -> Vec<Generated> {
    let mut out = Vec::new();
    for cop in cops {
        let q = quality(seed, &cop.place, &cop.district);
        let mut histories: Vec<Vec<String>> = vec![Vec::new(); 3];
        let mut activity = 0usize;
        for term in &calendar.terms {
            // A term not yet begun on `until`, or over before the CoP began, holds nothing.
            let (first, last) = (term.from.max(cop.starts_on), term.to.min(calendar.until));
            if first > last {
                continue;
            }
            for planned in planned_dates(*term, calendar.per_term, &calendar.closures, calendar.continues_remotely, cop.starts_on) {
                let day = planned + TimeDelta::days(rng.between(0, 8) as i64 - 4);
                let day = day.clamp(first, last);
                // Whether schools are closed on the day it is actually held.
                let closed = calendar.closures.iter().any(|c| c.contains(day));
                let held = if closed { calendar.continues_remotely && rng.chance(0.35 + 0.4 * q) } else { rng.chance(0.45 + 0.5 * q) };
                if !held || day > calendar.until || day < cop.starts_on || cop.teachers.is_empty() {
                    continue;
                }
                let months = f64::from((day.year() - cop.starts_on.year()) * 12 + day.month() as i32 - cop.starts_on.month() as i32);
                let voice = (q * (0.25 + months / 8.0)).clamp(0.0, 1.0);
                let modality = match (closed, rng.chance(0.6)) {
                    (true, true) => Modality::WhatsApp,
                    (true, false) => Modality::Phone,
                    (false, _) if rng.chance(0.05) => Modality::Hybrid,
                    _ => Modality::InPerson,
                };
                let meeting = meeting(rng, cop, calendar, day, modality, q, voice, &mut histories, &mut activity);
                let points = meeting.action_points.len();
                let acknowledged_after = rng.chance(0.35 + 0.6 * q).then(|| rng.between(1, 14) as i64);
                let follow_ups = (0..points)
                    .map(|_| {
                        rng.chance(0.25 + 0.65 * q).then(|| {
                            let finding = match rng.between(0, 9) {
                                0..=5 => Finding::Done,
                                6..=8 => Finding::InProgress,
                                _ => Finding::NotStarted,
                            };
                            (rng.between(7, 30) as i64, finding)
                        })
                    })
                    .collect();
                out.push(Generated { cop: cop.id, meeting, acknowledged_after, follow_ups, visitor: cop.visitor.clone() });
            }
        }
    }
    out
}

#[allow(clippy::too_many_arguments)]
fn meeting(
    rng: &mut Rng,
    cop: &CopInput,
    calendar: &Calendar,
    day: NaiveDate,
    modality: Modality,
    q: f64,
    voice: f64,
    histories: &mut [Vec<String>],
    activity: &mut usize,
) -> NewMeeting {
    let remote = matches!(modality, Modality::WhatsApp | Modality::Phone);
    let mut attendance: Vec<Attendee> = Vec::new();
    let mut present: Vec<String> = Vec::new();
    let facilitator_present = cop.facilitator.clone().filter(|_| rng.chance(0.9));
    for member in cop.teachers.iter().chain(cop.facilitator.iter()) {
        if attendance.iter().any(|a| a.person.as_str() == member) {
            continue;
        }
        let here =
            facilitator_present.as_deref() == Some(member) || (Some(member) != cop.facilitator.as_ref() && rng.chance(0.55 + 0.4 * q));
        let status = if here {
            AttendanceStatus::Present
        } else if rng.chance(0.35) {
            AttendanceStatus::Excused
        } else {
            AttendanceStatus::Absent
        };
        if here {
            present.push(member.clone());
        }
        attendance.push(Attendee { person: code(member), status, remote, guest: None });
    }
    if present.is_empty() {
        let first = &cop.teachers[0];
        attendance.iter_mut().find(|a| a.person.as_str() == first).expect("a teacher member").status = AttendanceStatus::Present;
        present.push(first.clone());
    }
    if let Some(ht) = &cop.head_teacher
        && !cop.cluster_based
        && rng.chance(0.2 + 0.3 * q)
        && !attendance.iter().any(|a| a.person.as_str() == ht)
    {
        attendance.push(Attendee { person: code(ht), status: AttendanceStatus::Present, remote, guest: Some(GuestRole::HeadTeacher) });
    }
    let teachers_present: Vec<String> = present.iter().filter(|p| Some(*p) != cop.facilitator.as_ref()).cloned().collect();
    let facilitator = match (&facilitator_present, teachers_present.is_empty() || rng.chance(1.0 - 0.6 * voice)) {
        (Some(f), true) => f.clone(),
        _ if !teachers_present.is_empty() => rng.pick(&teachers_present).clone(),
        _ => present[0].clone(),
    };
    let mut roles = Vec::new();
    for (i, role) in [MeetingRole::Chair, MeetingRole::NoteTaker, MeetingRole::Timekeeper].into_iter().enumerate() {
        let pool: Vec<String> = if teachers_present.is_empty() { present.clone() } else { teachers_present.clone() };
        // Good rotation gives the role to whoever has had it least; poor rotation, to the same few.
        let holder =
            if rng.chance(voice) { rotation::suggest_next(&pool, &histories[i]).expect("someone is present") } else { pool[0].clone() };
        histories[i].push(holder.clone());
        roles.push((role, code(&holder)));
    }
    let formats: Vec<Format> = {
        let odds: [(Format, f64); 6] = if cop.cluster_based {
            [
                (Format::WholeGroup, 0.7),
                (Format::SmallGroups, 0.7),
                (Format::LessonModelling, 0.5),
                (Format::MockLesson, 0.4),
                (Format::PracticalWorkshop, 0.3),
                (Format::InstructionalMaterial, 0.4),
            ]
        } else {
            [
                (Format::WholeGroup, 0.9),
                (Format::SmallGroups, 0.3),
                (Format::LessonModelling, 0.2),
                (Format::MockLesson, 0.15),
                (Format::PracticalWorkshop, 0.5),
                (Format::InstructionalMaterial, 0.7),
            ]
        };
        let chosen: Vec<Format> = odds.iter().filter(|(_, p)| rng.chance(*p)).map(|(f, _)| *f).collect();
        if chosen.is_empty() { vec![Format::WholeGroup] } else { chosen }
    };
    let mut decisions = Vec::new();
    for aspect in DecisionAspect::ALL {
        if rng.chance(voice) {
            decisions.push((*aspect, Decider::Teachers));
        }
        let lead = match cop.plc {
            Some(leader) => leader,
            None if cop.cluster_based => Decider::Coach,
            None => Decider::SubjectLeader,
        };
        if rng.chance(0.9 - 0.4 * voice) || !decisions.iter().any(|(a, _)| a == aspect) {
            decisions.push((*aspect, lead));
        }
        if !cop.cluster_based && cop.plc.is_none() && rng.chance(0.25 * (1.0 - voice)) {
            decisions.push((*aspect, Decider::HeadTeacher));
        }
    }
    let mut agenda = Vec::new();
    if !calendar.toolkit.is_empty() && !cop.cluster_based && cop.plc.is_none() {
        agenda.push(AgendaItem::Toolkit(calendar.toolkit[*activity % calendar.toolkit.len()].clone()));
        *activity += 1;
    }
    if cop.plc.is_some() {
        agenda.push(AgendaItem::Challenge(rng.pick(&PLC_CHALLENGES).to_string()));
    } else if cop.cluster_based || rng.chance(0.3 + 0.4 * voice) {
        agenda.push(AgendaItem::Challenge(rng.pick(&CHALLENGES).to_string()));
    }
    let mut topics: Vec<Topic> = Vec::new();
    for _ in 0..rng.between(1, 3) {
        let topic = if cop.plc.is_some() { *rng.pick(&PLC_TOPICS) } else { *rng.pick(&TOPICS) };
        if !topics.contains(&topic) {
            topics.push(topic);
        }
    }
    if day.year() == calendar.ends.year() && day.month() <= 3 && rng.chance(0.2) {
        topics.push(Topic::CovidMeasures);
    }
    let owners: Vec<&String> = if teachers_present.is_empty() { present.iter().collect() } else { teachers_present.iter().collect() };
    let action_points = (0..rng.between(1, 2))
        .map(|i| NewActionPoint {
            description: if cop.plc.is_some() { PLC_ACTIONS } else { ACTIONS }[(i as usize + *activity) % 4].into(),
            owner: code(rng.pick::<&String>(&owners)),
            due_on: day + TimeDelta::days(rng.between(14, 28) as i64),
        })
        .collect();
    NewMeeting {
        held_on: day,
        modality,
        venue: Some(if remote {
            "WhatsApp group".into()
        } else if cop.plc.is_some() {
            "Sector office".into()
        } else if cop.cluster_based {
            "Host school".into()
        } else {
            "Staff room".into()
        }),
        facilitator: code(&facilitator),
        duration_minutes: Some(rng.between(45, 120) as i64),
        agenda,
        formats,
        roles,
        attendance,
        guests: if rng.chance(0.05) { vec![(GuestRole::Parent, rng.between(1, 3) as i64)] } else { vec![] },
        decisions,
        topics,
        summary: Some(format!(
            // The CoP's teachers who came, of its teachers: a facilitator or visitor present is
            // not one of them (before, "3 of 2 members met").
            "{} of {} teachers met; the group worked on the agenda and agreed next steps.",
            present.iter().filter(|p| cop.teachers.contains(p)).count(),
            cop.teachers.len()
        )),
        action_points,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn cop(place: &str) -> CopInput {
        CopInput {
            id: Uuid::from_u128(1),
            cluster_based: false,
            place: place.into(),
            district: "RW-11".into(),
            starts_on: d(2025, 9, 8),
            teachers: vec!["T1".into(), "T2".into(), "T3".into(), "T4".into()],
            facilitator: Some("T1".into()),
            visitor: Some("H1".into()),
            head_teacher: Some("H1".into()),
            plc: None,
        }
    }

    #[test]
    fn a_summary_counts_the_teachers_who_came_of_the_cop_s_teachers() {
        // A facilitator who is not one of the teachers (a subject leader from outside the list),
        // present at every meeting: the summary still never says more came than there are.
        let cops: Vec<CopInput> = (1..=20)
            .map(|i| CopInput { id: Uuid::from_u128(i), facilitator: Some("SSL".into()), ..cop(&format!("RW-11{i:04}")) })
            .collect();
        let generated = generate(5, &cops, &calendar());
        assert!(!generated.is_empty());
        for g in &generated {
            let summary = g.meeting.summary.as_deref().unwrap();
            let words: Vec<&str> = summary.split(' ').collect();
            let (came, of): (usize, usize) = (words[0].parse().unwrap(), words[2].parse().unwrap());
            assert_eq!((of, words[3]), (4, "teachers"), "{summary}");
            assert!(came <= of, "{summary}");
        }
    }

    fn calendar() -> Calendar {
        Calendar {
            terms: vec![
                Span { from: d(2025, 9, 8), to: d(2025, 12, 19) },
                Span { from: d(2026, 1, 5), to: d(2026, 4, 3) },
                Span { from: d(2026, 4, 20), to: d(2026, 7, 17) },
            ],
            closures: vec![Span { from: d(2026, 2, 9), to: d(2026, 2, 20) }],
            per_term: 3,
            continues_remotely: true,
            toolkit: vec!["BLF-M-01".into(), "BLF-M-02".into()],
            until: d(2026, 7, 17),
            ends: d(2026, 7, 17),
        }
    }

    #[test]
    fn a_year_generated_a_slice_of_cops_at_a_time_is_the_year_generated_at_once() {
        let cops: Vec<CopInput> = (0..23).map(|i| CopInput { id: Uuid::from_u128(i), ..cop(&format!("RW-1101{i:02}")) }).collect();
        let calendar = calendar();
        let whole = format!("{:?}", generate(9, &cops, &calendar));
        for size in [1, 7] {
            let mut year = Year::new(9, &calendar);
            let sliced: Vec<Generated> = cops.chunks(size).flat_map(|slice| year.cops(slice)).collect();
            assert_eq!(format!("{sliced:?}"), whole, "slices of {size}");
        }
        assert!(whole.len() > 10_000, "the CoPs held meetings");
    }

    #[test]
    fn every_generated_meeting_is_valid_and_inside_its_term() {
        let cops: Vec<CopInput> = (0..40).map(|i| cop(&format!("RW-1101{i:02}"))).collect();
        let generated = generate(3, &cops, &calendar());
        assert!(generated.len() > 200, "{} meetings", generated.len());
        for g in &generated {
            let m = &g.meeting;
            assert!(calendar().terms.iter().any(|t| t.contains(m.held_on)), "{}", m.held_on);
            assert!(m.attendance.iter().any(|a| a.person == m.facilitator && a.status == AttendanceStatus::Present));
            assert!(!m.action_points.is_empty() && !m.formats.is_empty());
        }
    }

    #[test]
    fn meetings_in_the_closure_are_remote() {
        let generated = generate(3, &[cop("RW-110101"), cop("RW-110102")], &calendar());
        let closure = calendar().closures[0];
        let remote: Vec<Modality> = generated.iter().filter(|g| closure.contains(g.meeting.held_on)).map(|g| g.meeting.modality).collect();
        assert!(remote.iter().all(|m| matches!(m, Modality::WhatsApp | Modality::Phone)), "{remote:?}");
    }

    #[test]
    fn better_places_hold_more_of_their_meetings() {
        let cops: Vec<CopInput> = (0..300)
            .map(|i| CopInput { id: Uuid::from_u128(i), district: format!("RW-{}", i % 30), ..cop(&format!("RW-11{i:04}")) })
            .collect();
        let generated = generate(5, &cops, &calendar());
        let mean = |keep: &dyn Fn(f64) -> bool| {
            let chosen: Vec<&CopInput> = cops.iter().filter(|c| keep(quality(5, &c.place, &c.district))).collect();
            let held = generated.iter().filter(|g| chosen.iter().any(|c| c.id == g.cop)).count();
            held as f64 / chosen.len() as f64
        };
        let (bright, laggard) = (mean(&|q| q > 0.6), mean(&|q| q < 0.4));
        assert!(bright > laggard + 1.0, "bright spots hold {bright:.1} meetings a CoP, laggards {laggard:.1}");
    }
}
