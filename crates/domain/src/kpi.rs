//! Key performance indicators: each a named definition (numerator, denominator) computed from
//! per-CoP facts for a period, so the same definition serves a school, a sector, a district
//! or the nation, and its children for drill-down and ranking.

use crate::maturity::Stage;
use crate::vocab::{COUNTED, Counts, DecisionAspect, FacilitatorKind, Format, Listed, Modality, vocab};
use serde::Serialize;

vocab!(
    /// The KPIs that head teachers, sectors, districts and the ministry watch.
    Kpi, "KPI" {
        MeetingsHeld = "meetings-held",
        CopsOnFrequency = "cops-on-frequency",
        AttendanceRate = "attendance-rate",
        TeachersAt90 = "teachers-at-90",
        ReportsAcknowledged = "reports-acknowledged",
        ActionPointsClosed = "action-points-closed",
        ModalityMix = "modality-mix",
        FormatMix = "format-mix",
        TeacherDecisions = "teacher-decisions",
        Facilitators = "facilitators",
        Maturity = "maturity",
    }
);

impl Kpi {
    pub fn title(self) -> &'static str {
        match self {
            Kpi::MeetingsHeld => "Meetings held of those planned",
            Kpi::CopsOnFrequency => "CoPs meeting their planned frequency",
            Kpi::AttendanceRate => "Teacher attendance rate",
            Kpi::TeachersAt90 => "Teachers attending at least 90% of their CoP's meetings",
            Kpi::ReportsAcknowledged => "Meeting reports acknowledged by the head teacher",
            Kpi::ActionPointsClosed => "Action points followed up and closed",
            Kpi::ModalityMix => "How meetings were held",
            Kpi::FormatMix => "How the discussion was organised (Table 4)",
            Kpi::TeacherDecisions => "Teachers taking part in decisions (Table 5)",
            Kpi::Facilitators => "Who facilitates (Table 3)",
            Kpi::Maturity => "CoPs by maturity stage",
        }
    }

    /// What the numerator and denominator count.
    pub fn definition(self) -> &'static str {
        match self {
            Kpi::MeetingsHeld => {
                "meetings held, up to each CoP's plan / meetings planned (extra meetings in one CoP do not make up for another's)"
            }
            Kpi::CopsOnFrequency => "CoPs that held at least their planned meetings / CoPs with meetings planned",
            Kpi::AttendanceRate => "members present / members expected, over held meetings (excused counts as not present)",
            Kpi::TeachersAt90 => "members present at 90% or more of their CoP's held meetings / members of CoPs that held a meeting",
            Kpi::ReportsAcknowledged => "reports acknowledged / reports sent (one per receiving school and meeting)",
            Kpi::ActionPointsClosed => "action points closed by a follow-up visit / action points agreed at held meetings",
            Kpi::ModalityMix => "meetings held this way / meetings held",
            Kpi::FormatMix => "meetings using the format / meetings held (a meeting may use several)",
            Kpi::TeacherDecisions => "meetings where teachers took part in deciding this / meetings held",
            Kpi::Facilitators => "meetings facilitated by this kind of person / meetings held",
            Kpi::Maturity => "CoPs at this stage / CoPs",
        }
    }
}

/// What one CoP did in a period: the ground every KPI is computed from.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CopFacts {
    pub planned: u32,
    pub held: u32,
    pub member_slots: u32,
    pub members_present: u32,
    /// Members counted for the 90% KPI (0 when no meeting was held).
    pub members: u32,
    pub members_at_90: u32,
    pub reports: u32,
    pub reports_acknowledged: u32,
    pub action_points: u32,
    pub action_points_closed: u32,
    pub modality: Counts<Modality>,
    pub formats: Counts<Format>,
    pub teacher_decided: Counts<DecisionAspect>,
    pub facilitators: Counts<FacilitatorKind>,
    pub stage: Option<Stage>,
}

/// One number of a KPI: a ratio, or one category of a mix.
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct Part {
    /// The category, for a mix (`whatsapp`, `small-groups`); absent for a plain ratio.
    pub label: Option<String>,
    pub numerator: u64,
    pub denominator: u64,
    /// numerator / denominator, from 0 to 1; absent when the denominator is 0.
    pub value: Option<f64>,
}

impl Part {
    fn new(label: Option<&str>, numerator: u64, denominator: u64) -> Part {
        let value = (denominator > 0).then(|| numerator as f64 / denominator as f64);
        Part { label: label.map(str::to_owned), numerator, denominator, value }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct KpiValue {
    pub kpi: Kpi,
    pub title: &'static str,
    pub definition: &'static str,
    /// For a ratio, one part; for a mix, a part per category. The first part is the one
    /// siblings are ranked by.
    pub parts: Vec<Part>,
}

/// Every count the KPIs need, summed over a set of CoPs in one pass. Sums of disjoint sets
/// add up: a unit's are its children's added.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Sums {
    cops: u64,
    /// Held up to each CoP's plan, and planned.
    held_in_plan: u64,
    planned: u64,
    /// CoPs with meetings planned, and those of them that held at least as many.
    cops_planned: u64,
    cops_on_frequency: u64,
    held: u64,
    members_present: u64,
    member_slots: u64,
    members_at_90: u64,
    members: u64,
    reports_acknowledged: u64,
    reports: u64,
    action_points_closed: u64,
    action_points: u64,
    /// Per value of each vocabulary, by its index.
    modality: Mix,
    formats: Mix,
    teacher_decided: Mix,
    facilitators: Mix,
    stages: Mix,
}

type Mix = [u64; COUNTED];

fn add_counts<K: Listed>(into: &mut Mix, from: &Counts<K>) {
    for (k, n) in from.iter() {
        into[k.index()] += u64::from(n);
    }
}

impl Sums {
    pub fn of<'a>(facts: impl IntoIterator<Item = &'a CopFacts>) -> Sums {
        let mut s = Sums::default();
        for c in facts {
            let n = u64::from;
            s.cops += 1;
            s.held_in_plan += n(c.held.min(c.planned));
            s.planned += n(c.planned);
            s.cops_planned += u64::from(c.planned > 0);
            s.cops_on_frequency += u64::from(c.planned > 0 && c.held >= c.planned);
            s.held += n(c.held);
            s.members_present += n(c.members_present);
            s.member_slots += n(c.member_slots);
            s.members_at_90 += n(c.members_at_90);
            s.members += n(c.members);
            s.reports_acknowledged += n(c.reports_acknowledged);
            s.reports += n(c.reports);
            s.action_points_closed += n(c.action_points_closed);
            s.action_points += n(c.action_points);
            add_counts(&mut s.modality, &c.modality);
            add_counts(&mut s.formats, &c.formats);
            add_counts(&mut s.teacher_decided, &c.teacher_decided);
            add_counts(&mut s.facilitators, &c.facilitators);
            if let Some(stage) = c.stage {
                s.stages[stage.index()] += 1;
            }
        }
        s
    }

    /// Adds the sums of a set of CoPs that shares none with this one.
    pub fn add(&mut self, o: &Sums) {
        let fields = [
            (&mut self.cops, o.cops),
            (&mut self.held_in_plan, o.held_in_plan),
            (&mut self.planned, o.planned),
            (&mut self.cops_planned, o.cops_planned),
            (&mut self.cops_on_frequency, o.cops_on_frequency),
            (&mut self.held, o.held),
            (&mut self.members_present, o.members_present),
            (&mut self.member_slots, o.member_slots),
            (&mut self.members_at_90, o.members_at_90),
            (&mut self.members, o.members),
            (&mut self.reports_acknowledged, o.reports_acknowledged),
            (&mut self.reports, o.reports),
            (&mut self.action_points_closed, o.action_points_closed),
            (&mut self.action_points, o.action_points),
        ];
        for (into, n) in fields {
            *into += n;
        }
        for (into, from) in [
            (&mut self.modality, &o.modality),
            (&mut self.formats, &o.formats),
            (&mut self.teacher_decided, &o.teacher_decided),
            (&mut self.facilitators, &o.facilitators),
            (&mut self.stages, &o.stages),
        ] {
            for (a, b) in into.iter_mut().zip(from) {
                *a += b;
            }
        }
    }

    /// The CoPs summed.
    pub fn cops(&self) -> u64 {
        self.cops
    }

    /// One KPI of the CoPs summed.
    pub fn kpi(&self, which: Kpi) -> KpiValue {
        value(which, self)
    }

    /// Every KPI of the CoPs summed, in `Kpi::ALL`'s order.
    pub fn kpis(&self) -> Vec<KpiValue> {
        Kpi::ALL.iter().map(|k| value(*k, self)).collect()
    }
}

/// A part per category of a mix, each of the meetings held.
fn mix<K: Listed>(slug: impl Fn(K) -> &'static str, counts: &Mix, held: u64) -> Vec<Part> {
    K::ALL.iter().map(|k| Part::new(Some(slug(*k)), counts[k.index()], held)).collect()
}

pub fn compute(kpi: Kpi, facts: &[&CopFacts]) -> KpiValue {
    value(kpi, &Sums::of(facts.iter().copied()))
}

fn value(kpi: Kpi, s: &Sums) -> KpiValue {
    let ratio = |n: u64, d: u64| vec![Part::new(None, n, d)];
    let parts = match kpi {
        Kpi::MeetingsHeld => ratio(s.held_in_plan, s.planned),
        Kpi::CopsOnFrequency => ratio(s.cops_on_frequency, s.cops_planned),
        Kpi::AttendanceRate => ratio(s.members_present, s.member_slots),
        Kpi::TeachersAt90 => ratio(s.members_at_90, s.members),
        Kpi::ReportsAcknowledged => ratio(s.reports_acknowledged, s.reports),
        Kpi::ActionPointsClosed => ratio(s.action_points_closed, s.action_points),
        Kpi::ModalityMix => mix(Modality::slug, &s.modality, s.held),
        Kpi::FormatMix => mix(Format::slug, &s.formats, s.held),
        Kpi::TeacherDecisions => mix(DecisionAspect::slug, &s.teacher_decided, s.held),
        Kpi::Facilitators => mix(FacilitatorKind::slug, &s.facilitators, s.held),
        Kpi::Maturity => {
            // Teacher-led first: it is the share siblings are ranked by.
            let order = [Stage::TeacherLed, Stage::Supported, Stage::Directed, Stage::NotYetMeeting];
            order.iter().map(|st| Part::new(Some(st.slug()), s.stages[st.index()], s.cops)).collect()
        }
    };
    KpiValue { kpi, title: kpi.title(), definition: kpi.definition(), parts }
}

/// Every KPI of a set of CoPs, from one pass over their facts.
pub fn compute_all(facts: &[&CopFacts]) -> Vec<KpiValue> {
    Sums::of(facts.iter().copied()).kpis()
}

/// Ranks values best first by their first part (ties keep their order; no value ranks last).
/// Returns each index's rank, from 1.
pub fn rank(values: &[&KpiValue]) -> Vec<Option<usize>> {
    let headline = |v: &KpiValue| v.parts.first().and_then(|p| p.value);
    let mut order: Vec<usize> = (0..values.len()).filter(|i| headline(values[*i]).is_some()).collect();
    order.sort_by(|a, b| headline(values[*b]).partial_cmp(&headline(values[*a])).expect("shares are never NaN"));
    let mut ranks = vec![None; values.len()];
    for (position, index) in order.into_iter().enumerate() {
        ranks[index] = Some(position + 1);
    }
    ranks
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cop(planned: u32, held: u32) -> CopFacts {
        CopFacts { planned, held, ..CopFacts::default() }
    }

    #[test]
    fn extra_meetings_in_one_cop_do_not_make_up_for_another() {
        // A planned 3 and held 5; B planned 3 and held 1: (3 + 1) / 6.
        let (a, b) = (cop(3, 5), cop(3, 1));
        let value = compute(Kpi::MeetingsHeld, &[&a, &b]);
        assert_eq!(value.parts, [Part { label: None, numerator: 4, denominator: 6, value: Some(4.0 / 6.0) }]);
        let on_frequency = compute(Kpi::CopsOnFrequency, &[&a, &b, &cop(0, 0)]);
        assert_eq!((on_frequency.parts[0].numerator, on_frequency.parts[0].denominator), (1, 2));
    }

    #[test]
    fn a_mix_has_a_part_per_category_over_meetings_held() {
        let mut a = cop(3, 3);
        a.modality = Counts::from_iter([(Modality::InPerson, 2), (Modality::WhatsApp, 1)]);
        let mut b = cop(3, 1);
        b.modality = Counts::from_iter([(Modality::Phone, 1)]);
        let value = compute(Kpi::ModalityMix, &[&a, &b]);
        let parts: Vec<(String, u64, u64)> = value.parts.iter().map(|p| (p.label.clone().unwrap(), p.numerator, p.denominator)).collect();
        assert_eq!(parts, [("in-person".into(), 2, 4), ("whatsapp".into(), 1, 4), ("phone".into(), 1, 4), ("hybrid".into(), 0, 4)]);
    }

    #[test]
    fn the_sums_of_two_sets_added_are_the_sums_of_both() {
        let mut a = cop(3, 2);
        a.formats = Counts::from_iter([(Format::SmallGroups, 2)]);
        a.stage = Some(Stage::Supported);
        let mut b = cop(2, 2);
        b.formats = Counts::from_iter([(Format::SmallGroups, 1), (Format::MockLesson, 1)]);
        b.members_at_90 = 4;
        let mut added = Sums::of([&a]);
        added.add(&Sums::of([&b]));
        assert_eq!(added, Sums::of([&a, &b]));
        // Small groups in 2 + 1 of the 4 meetings held.
        let formats = added.kpi(Kpi::FormatMix);
        assert_eq!((formats.parts[1].numerator, formats.parts[1].denominator), (3, 4));
        assert_eq!(added.cops(), 2);
    }

    #[test]
    fn nothing_to_count_has_no_value() {
        assert_eq!(compute(Kpi::AttendanceRate, &[]).parts[0].value, None);
    }

    #[test]
    fn ranking_puts_the_bright_spot_first_and_the_empty_last() {
        let (a, b, c) = (cop(4, 1), cop(4, 4), cop(0, 0));
        let values: Vec<KpiValue> = [&a, &b, &c].iter().map(|f| compute(Kpi::MeetingsHeld, &[f])).collect();
        assert_eq!(rank(&values.iter().collect::<Vec<_>>()), [Some(2), Some(1), None]);
    }
}
