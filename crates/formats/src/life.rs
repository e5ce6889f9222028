//! The layouts of CoP-life exports: flat tables for Excel or Stata, one row per meeting, per
//! attendance record, per action point. Lists inside a cell are separated by `;`.

/// What a CoP-life export holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LifeKind {
    Meetings,
    Attendance,
    ActionPoints,
}

impl LifeKind {
    pub const ALL: [LifeKind; 3] = [LifeKind::Meetings, LifeKind::Attendance, LifeKind::ActionPoints];

    pub fn slug(self) -> &'static str {
        match self {
            LifeKind::Meetings => "meetings",
            LifeKind::Attendance => "attendance",
            LifeKind::ActionPoints => "action-points",
        }
    }

    pub fn columns(self) -> &'static [&'static str] {
        match self {
            LifeKind::Meetings => &[
                "meeting_id",
                "cop_id",
                "cop_name",
                "kind",
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
            LifeKind::Attendance => &["meeting_id", "cop_id", "held_on", "person", "gender", "status", "remote", "guest_role"],
            LifeKind::ActionPoints => {
                &["action_point_id", "meeting_id", "cop_id", "held_on", "description", "owner", "due_on", "closed_on", "finding"]
            }
        }
    }
}

impl std::str::FromStr for LifeKind {
    type Err = String;
    fn from_str(raw: &str) -> Result<Self, String> {
        LifeKind::ALL
            .into_iter()
            .find(|k| k.slug() == raw)
            .ok_or_else(|| format!("unknown export {raw:?}; use meetings, attendance or action-points"))
    }
}
