//! The middle tier's KPIs (issue 13; seed 003: "91% of head teachers collaborate regularly in
//! PLCs"): PLC meetings held of those planned, head teachers' attendance at their sector PLC,
//! head teachers collaborating regularly, sectors with an LLL in post, and the days a vacant
//! seat takes to fill. Each is a numerator over a denominator summed over a place's PLCs,
//! seats and selections, so a district's are its sectors' added.

use crate::vocab::vocab;
use serde::Serialize;

vocab!(
    /// The middle tier's KPIs.
    PlcKpi, "middle-tier KPI" {
        MeetingsHeld = "plc-meetings-held",
        Attendance = "plc-attendance",
        Collaborating = "plc-collaborating",
        SectorsWithLll = "sectors-with-lll",
        DaysToFill = "days-to-fill",
    }
);

impl PlcKpi {
    pub fn title(self) -> &'static str {
        match self {
            PlcKpi::MeetingsHeld => "PLC meetings held of those planned",
            PlcKpi::Attendance => "Head teachers' attendance at their sector PLC",
            PlcKpi::Collaborating => "Head teachers collaborating regularly in PLCs",
            PlcKpi::SectorsWithLll => "Sectors with an LLL in post",
            PlcKpi::DaysToFill => "Days to fill a leader's seat",
        }
    }

    pub fn definition(self) -> &'static str {
        match self {
            PlcKpi::MeetingsHeld => "PLC meetings held, up to each PLC's plan / PLC meetings planned, sector and district PLCs",
            PlcKpi::Attendance => "head teachers present / head teachers expected, over sector PLC meetings held",
            PlcKpi::Collaborating => {
                "head teachers present at 2 or more of their sector PLC's last 3 planned meetings (all of them, when fewer were planned) / head teachers in sector PLCs"
            }
            PlcKpi::SectorsWithLll => "sectors whose PLC has an LLL in post on the period's last day / sectors with a PLC",
            PlcKpi::DaysToFill => "days from a selection's opening to its appointee's first day / appointments made in the period",
        }
    }

    /// Whether the value is a share (shown as a percentage) or a mean (days).
    pub fn is_share(self) -> bool {
        self != PlcKpi::DaysToFill
    }
}

/// Every count the middle tier's KPIs need, summed over a set of PLCs, seats and selections.
/// Disjoint sets add up.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Sums {
    pub held_in_plan: u64,
    pub planned: u64,
    pub present: u64,
    pub expected: u64,
    pub collaborating: u64,
    pub heads: u64,
    pub with_lll: u64,
    pub sectors: u64,
    pub days: u64,
    pub filled: u64,
}

impl Sums {
    pub fn add(&mut self, o: &Sums) {
        let pairs = [
            (&mut self.held_in_plan, o.held_in_plan),
            (&mut self.planned, o.planned),
            (&mut self.present, o.present),
            (&mut self.expected, o.expected),
            (&mut self.collaborating, o.collaborating),
            (&mut self.heads, o.heads),
            (&mut self.with_lll, o.with_lll),
            (&mut self.sectors, o.sectors),
            (&mut self.days, o.days),
            (&mut self.filled, o.filled),
        ];
        for (into, n) in pairs {
            *into += n;
        }
    }

    /// One KPI's numerator and denominator.
    pub fn parts(&self, kpi: PlcKpi) -> (u64, u64) {
        match kpi {
            PlcKpi::MeetingsHeld => (self.held_in_plan, self.planned),
            PlcKpi::Attendance => (self.present, self.expected),
            PlcKpi::Collaborating => (self.collaborating, self.heads),
            PlcKpi::SectorsWithLll => (self.with_lll, self.sectors),
            PlcKpi::DaysToFill => (self.days, self.filled),
        }
    }

    pub fn values(&self) -> Vec<PlcKpiValue> {
        PlcKpi::ALL.iter().map(|k| PlcKpiValue::of(*k, self.parts(*k))).collect()
    }
}

/// One KPI for a place: numerator, denominator and their ratio (a share, or a mean of days).
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct PlcKpiValue {
    pub kpi: PlcKpi,
    pub title: &'static str,
    pub definition: &'static str,
    pub numerator: u64,
    pub denominator: u64,
    /// numerator / denominator; absent when the denominator is 0.
    pub value: Option<f64>,
}

impl PlcKpiValue {
    pub fn of(kpi: PlcKpi, (numerator, denominator): (u64, u64)) -> Self {
        let value = (denominator > 0).then(|| numerator as f64 / denominator as f64);
        PlcKpiValue { kpi, title: kpi.title(), definition: kpi.definition(), numerator, denominator, value }
    }
}

/// Whether a head teacher collaborates regularly (seed 003): of their PLC's last three
/// planned meetings (oldest first, `true` where they were present), at least two; when fewer
/// than three were planned, all of them. With none planned, nobody is counted either way.
pub fn collaborates(last_planned: &[bool]) -> Option<bool> {
    let last: &[bool] = &last_planned[last_planned.len().saturating_sub(3)..];
    if last.is_empty() {
        return None;
    }
    let present = last.iter().filter(|p| **p).count();
    Some(present >= last.len().min(2))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn collaborating_is_two_of_the_last_three_planned_meetings() {
        assert_eq!(collaborates(&[true, true, false]), Some(true));
        assert_eq!(collaborates(&[true, false, false]), Some(false));
        // Only the last three count: an early meeting attended does not make up for them.
        assert_eq!(collaborates(&[true, true, false, false, true]), Some(false));
        assert_eq!(collaborates(&[false, false, true, false, true]), Some(true));
        // Fewer planned: all of them.
        assert_eq!(collaborates(&[true, false]), Some(false));
        assert_eq!(collaborates(&[true]), Some(true));
        assert_eq!(collaborates(&[]), None);
    }

    #[test]
    fn a_share_is_its_parts_and_days_are_a_mean() {
        let s = Sums { held_in_plan: 3, planned: 4, days: 90, filled: 2, ..Sums::default() };
        let v = s.values();
        assert_eq!(v[0].value, Some(0.75));
        assert_eq!((v[4].numerator, v[4].denominator, v[4].value), (90, 2, Some(45.0)));
        assert_eq!(v[1].value, None, "no PLC meeting held: nothing to divide");
    }
}
