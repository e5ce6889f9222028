//! Maturity: where a CoP stands between *directed* (the head teacher or subject leader decides
//! and leads) and *teacher-led* ("members take a lead role in designing agenda and moderating
//! meeting discussions ... the teachers decide among themselves who will take up the key roles
//! and this is done on rotation", seed 000, section 2.1), from the evidence of its meetings.

use crate::vocab::vocab;
use serde::Serialize;

vocab!(
    /// A CoP's stage.
    Stage, "maturity stage" {
        /// No meeting held in the period: nothing to judge.
        NotYetMeeting = "not-yet-meeting",
        /// Led from above: teachers rarely set the agenda, roles do not rotate.
        Directed = "directed",
        /// Teachers have a voice and the CoP meets fairly regularly.
        Supported = "supported",
        /// Teachers set the agenda, rotate roles, facilitate some meetings, and meet as planned.
        TeacherLed = "teacher-led",
    }
);

/// The evidence, each a share from 0 to 1.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, utoipa::ToSchema)]
pub struct Evidence {
    pub meetings_held: u32,
    /// Meetings where teachers took part in deciding the agenda, of those held.
    pub teacher_agenda_share: f64,
    /// Rotation evenness (see `rotation`); 0 when no roles were recorded.
    pub rotation: f64,
    /// Meetings facilitated by a teacher member (not the SSL, coach, HT or a guest), of those held.
    pub teacher_facilitated_share: f64,
    /// Meetings held of those planned, at most 1.
    pub regularity: f64,
}

/// Thresholds a CoP must reach for a stage.
#[derive(Debug, Clone, Copy, Serialize, utoipa::ToSchema)]
pub struct Thresholds {
    pub teacher_agenda_share: f64,
    pub rotation: f64,
    pub teacher_facilitated_share: f64,
    pub regularity: f64,
}

/// Teacher-led: all four at or above these.
pub const TEACHER_LED: Thresholds =
    Thresholds { teacher_agenda_share: 0.6, rotation: 0.6, teacher_facilitated_share: 0.3, regularity: 0.8 };

/// Supported: meeting at least half as planned, and teachers deciding the agenda in at least a
/// third of meetings or roles rotating at least half as evenly as they could.
pub const SUPPORTED_REGULARITY: f64 = 0.5;
pub const SUPPORTED_AGENDA: f64 = 0.3;
pub const SUPPORTED_ROTATION: f64 = 0.5;

pub fn stage(e: &Evidence) -> Stage {
    let t = TEACHER_LED;
    if e.meetings_held == 0 {
        Stage::NotYetMeeting
    } else if e.teacher_agenda_share >= t.teacher_agenda_share
        && e.rotation >= t.rotation
        && e.teacher_facilitated_share >= t.teacher_facilitated_share
        && e.regularity >= t.regularity
    {
        Stage::TeacherLed
    } else if e.regularity >= SUPPORTED_REGULARITY && (e.teacher_agenda_share >= SUPPORTED_AGENDA || e.rotation >= SUPPORTED_ROTATION) {
        Stage::Supported
    } else {
        Stage::Directed
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn evidence(agenda: f64, rotation: f64, facilitated: f64, regularity: f64) -> Evidence {
        Evidence { meetings_held: 6, teacher_agenda_share: agenda, rotation, teacher_facilitated_share: facilitated, regularity }
    }

    #[test]
    fn a_cop_that_never_met_has_no_stage_yet() {
        assert_eq!(stage(&Evidence::default()), Stage::NotYetMeeting);
    }

    #[test]
    fn teacher_led_needs_all_four_thresholds() {
        assert_eq!(stage(&evidence(0.6, 0.6, 0.3, 0.8)), Stage::TeacherLed);
        // One short on any of the four drops it to supported.
        assert_eq!(stage(&evidence(0.6, 0.6, 0.29, 0.8)), Stage::Supported);
        assert_eq!(stage(&evidence(0.6, 0.6, 0.3, 0.79)), Stage::Supported);
    }

    #[test]
    fn supported_needs_regular_meetings_and_some_teacher_voice() {
        assert_eq!(stage(&evidence(0.3, 0.0, 0.0, 0.5)), Stage::Supported);
        assert_eq!(stage(&evidence(0.0, 0.5, 0.0, 0.5)), Stage::Supported);
        assert_eq!(stage(&evidence(0.2, 0.4, 0.0, 1.0)), Stage::Directed);
        assert_eq!(stage(&evidence(1.0, 1.0, 1.0, 0.4)), Stage::Directed, "a CoP that rarely meets is not yet supported");
    }
}
