//! The layouts of CoP-life exports: flat tables for Excel or Stata, one row per meeting, per
//! attendance record, per action point. Lists inside a cell are separated by `;`.

/// What an activity export holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ActivityKind {
    Meetings,
    Attendance,
    ActionPoints,
}

impl ActivityKind {
    pub const ALL: [ActivityKind; 3] = [ActivityKind::Meetings, ActivityKind::Attendance, ActivityKind::ActionPoints];

    pub fn slug(self) -> &'static str {
        match self {
            ActivityKind::Meetings => "meetings",
            ActivityKind::Attendance => "attendance",
            ActivityKind::ActionPoints => "action-points",
        }
    }

    pub fn columns(self) -> &'static [&'static str] {
        match self {
            ActivityKind::Meetings => &[
                "meeting_id",
                "cop_id",
                "cop_name",
                "programme",
                "unit_path",
                "school",
                "cluster",
                "subject",
                "held_on",
                "modality",
                "facilitator",
                "facilitator_kind",
                "members_expected",
                "members_present",
                "duration_minutes",
                "formats",
                "topics",
                "teachers_decided",
            ],
            ActivityKind::Attendance => &["meeting_id", "cop_id", "held_on", "person", "gender", "status", "remote", "guest_role"],
            ActivityKind::ActionPoints => {
                &["action_point_id", "meeting_id", "cop_id", "held_on", "description", "owner", "due_on", "closed_on", "finding"]
            }
        }
    }
}

impl std::str::FromStr for ActivityKind {
    type Err = String;
    fn from_str(raw: &str) -> Result<Self, String> {
        ActivityKind::ALL
            .into_iter()
            .find(|k| k.slug() == raw)
            .ok_or_else(|| format!("unknown export {raw:?}; use meetings, attendance or action-points"))
    }
}
