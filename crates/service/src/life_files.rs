//! CoP life as flat tables (one row per meeting, per attendance record, per action point) for
//! Excel or Stata, within the caller's scope, under a unit and in a period: what `pamoja export
//! meetings|attendance|action-points` writes and the pages' exports download.

use crate::registry_files::opt;
use domain::Access;
use domain::schedule::Span;
use formats::Table;
use formats::life::LifeKind;
use store::Db;
use store::life::export;

/// The table of `kind` for the CoPs under `unit_path` (all in scope when `None`) in `period`.
pub async fn table(db: &Db, access: &Access, kind: LifeKind, file: &str, unit_path: Option<&str>, period: Span) -> store::Result<Table> {
    let rows: Vec<Vec<String>> = match kind {
        LifeKind::Meetings => export::meetings(db, access, unit_path, period)
            .await?
            .into_iter()
            .map(|m| {
                vec![
                    m.id.to_string(),
                    m.cop.to_string(),
                    m.cop_name,
                    m.kind,
                    m.programme,
                    m.unit_path,
                    opt(&m.school),
                    opt(&m.cluster),
                    m.subject,
                    m.held_on.to_string(),
                    m.modality,
                    m.facilitator,
                    m.facilitator_kind,
                    m.members_expected.to_string(),
                    m.members_present.to_string(),
                    opt(&m.duration_minutes),
                    m.formats.join(";"),
                    m.topics.join(";"),
                    m.teachers_decided.join(";"),
                ]
            })
            .collect(),
        LifeKind::Attendance => export::attendance(db, access, unit_path, period)
            .await?
            .into_iter()
            .map(|a| {
                vec![
                    a.meeting.to_string(),
                    a.cop.to_string(),
                    a.held_on.to_string(),
                    a.person,
                    a.gender,
                    a.status,
                    a.remote.to_string(),
                    opt(&a.guest),
                ]
            })
            .collect(),
        LifeKind::ActionPoints => export::action_points(db, access, unit_path, period)
            .await?
            .into_iter()
            .map(|a| {
                vec![
                    a.id.to_string(),
                    a.meeting.to_string(),
                    a.cop.to_string(),
                    a.held_on.to_string(),
                    a.description,
                    a.owner,
                    a.due_on.to_string(),
                    opt(&a.closed_on),
                    opt(&a.finding),
                ]
            })
            .collect(),
    };
    Ok(Table {
        file: file.to_owned(),
        header: kind.columns().iter().map(|c| c.to_string()).collect(),
        rows: rows.into_iter().map(|r| (0, r)).collect(),
    })
}
