//! Correcting a meeting after it was saved. Within 30 days of recording it, the person who
//! recorded it or the head teacher of the CoP's school corrects it; after that, a national M&E
//! officer. The corrected record goes through the same checks as a new one, replaces what
//! happened (attendance, agenda, formats, roles, decisions, topics, guests), keeps the reports
//! already acknowledged for schools that still receive it, and is audited with before and after.
//! Action points already followed up stay as they are. Sending the same edit twice changes
//! nothing more.

use super::record::{self, Prepared};
use crate::{Db, Error, Result};
use chrono::{DateTime, NaiveDate, Utc};
use domain::meeting::NewMeeting;
use domain::{Access, FieldErrors, Role};
use sea_query::{Expr, ExprTrait, Query};
use std::collections::HashSet;
use uuid::Uuid;

/// How long after recording a meeting its recorder or head teacher may still correct it.
pub const EDIT_DAYS: i64 = 30;

#[derive(sqlx::FromRow)]
struct Current {
    community_id: Uuid,
    held_on: NaiveDate,
    modality: String,
    venue: Option<String>,
    /// The facilitator's code, for the trail.
    facilitator: String,
    duration_minutes: Option<i64>,
    members_expected: i64,
    members_present: i64,
    recorded_by: Option<Uuid>,
    recorded_at: DateTime<Utc>,
    school_id: Option<Uuid>,
}

async fn current(db: &Db, id: Uuid) -> Result<Current> {
    let q = Query::select()
        .columns([
            ("m", "community_id"),
            ("m", "held_on"),
            ("m", "modality"),
            ("m", "venue"),
            ("m", "duration_minutes"),
            ("m", "members_expected"),
            ("m", "members_present"),
            ("m", "recorded_by"),
            ("m", "recorded_at"),
        ])
        .column(("c", "school_id"))
        .expr_as(Expr::col(("p", "code")), "facilitator")
        .from_as("meetings", "m")
        .join_as(sea_query::JoinType::InnerJoin, "communities", "c", Expr::col(("c", "id")).equals(("m", "community_id")))
        .join_as(sea_query::JoinType::InnerJoin, "people", "p", Expr::col(("p", "id")).equals(("m", "facilitator_id")))
        .and_where(Expr::col(("m", "id")).eq(id))
        .to_owned();
    db.optional(&q).await?.ok_or_else(|| Error::not_found("meeting", id))
}

/// Why `editor` may not correct this meeting now, if they may not.
fn refusal(access: &Access, editor: Uuid, m: &Current, today: NaiveDate) -> Option<domain::Why> {
    if access.roles.contains(&Role::MeOfficer) {
        return None;
    }
    let own = m.recorded_by == Some(editor) || m.school_id.is_some_and(|s| access.heads.contains(&s));
    let recent = (today - m.recorded_at.date_naive()).num_days() <= EDIT_DAYS;
    match (own, recent) {
        (true, true) => None,
        (false, _) => Some(domain::why("why-edit-not-yours")),
        (true, false) => Some(domain::why("why-edit-too-late").num("days", EDIT_DAYS)),
    }
}

/// Whether `access` (as `editor`) may correct the meeting today: the page shows its "Correct"
/// link only then.
pub async fn may_edit(db: &Db, access: &Access, editor: Uuid, id: Uuid) -> Result<bool> {
    let meeting = super::meetings::get(db, access, id).await?;
    Ok(access.records_community(meeting.cop, &meeting.at.place())
        && refusal(access, editor, &current(db, id).await?, Utc::now().date_naive()).is_none())
}

#[derive(sqlx::FromRow, PartialEq, Eq)]
struct PointNow {
    description: String,
    owner_id: Uuid,
    due_on: NaiveDate,
}

#[derive(sqlx::FromRow)]
struct Visited {
    n: i64,
}

/// Corrects meeting `id` to `meeting`, as `editor`.
#[tracing::instrument(skip_all)]
pub async fn edit(db: &Db, access: &Access, editor: Uuid, id: Uuid, meeting: NewMeeting) -> Result<()> {
    let saved = super::meetings::get(db, access, id).await?;
    let place = saved.at.place();
    if !access.records_community(saved.cop, &place) {
        return Err(Error::out_of_scope("meeting", id));
    }
    let was = current(db, id).await?;
    if let Some(why) = refusal(access, editor, &was, Utc::now().date_naive()) {
        return Err(Error::Refused(why));
    }
    let cop = was.community_id;
    let batch = [(cop, meeting)];
    let mut ctx = record::context(db, &batch).await?;
    // This meeting's own day is not a clash with itself.
    ctx.held.remove(&(cop, was.held_on));
    let prepared = match record::prepare(&mut ctx, cop, &batch[0].1, Some(editor)) {
        Ok(p) => p.for_meeting(id),
        Err(Error::Duplicate { why, .. }) => return Err(FieldErrors::single("held_on", why).into()),
        Err(e) => return Err(e),
    };
    let points_now: Vec<PointNow> = db
        .all(
            Query::select()
                .columns(["description", "owner_id", "due_on"])
                .from("action_points")
                .and_where(Expr::col("meeting_id").eq(id))
                .order_by("position", sea_query::Order::Asc),
        )
        .await?;
    let visited: Visited = db
        .one(
            Query::select().expr_as(Expr::col(sea_query::Asterisk).count(), "n").from_as("follow_ups", "f").and_where(
                Expr::col(("f", "action_point_id"))
                    .in_subquery(Query::select().column("id").from("action_points").and_where(Expr::col("meeting_id").eq(id)).to_owned()),
            ),
        )
        .await?;
    let points_then: Vec<PointNow> =
        prepared.action_points.iter().map(|(d, o, due)| PointNow { description: d.clone(), owner_id: *o, due_on: *due }).collect();
    // Once visited, a point's due date is the visits' to set: the record sent back may carry the
    // date first agreed. What was agreed (the words and the owner) must be unchanged.
    let agreed = |points: &[PointNow]| points.iter().map(|p| (p.description.clone(), p.owner_id)).collect::<Vec<_>>();
    if visited.n > 0 && agreed(&points_then) != agreed(&points_now) {
        return Err(FieldErrors::single("action_points", domain::why("why-points-followed-up")).into());
    }
    let points_change = visited.n == 0 && points_then != points_now;
    write(db, &prepared, &was, points_now.len(), points_change).await
}

async fn write(db: &Db, p: &Prepared<'_>, was: &Current, points_before: usize, points_change: bool) -> Result<()> {
    let id = p.id();
    let m = p.meeting;
    let mut tx = db.begin().await?;
    tx.run(
        Query::update()
            .table("meetings")
            .values([
                ("term_id", p.term_id.into()),
                ("held_on", m.held_on.into()),
                ("modality", m.modality.slug().into()),
                ("venue", m.venue.clone().into()),
                ("facilitator_id", p.facilitator_id.into()),
                ("facilitator_kind", p.facilitator_kind.slug().into()),
                ("duration_minutes", m.duration_minutes.into()),
                ("summary", m.summary.clone().into()),
                ("members_expected", p.expected.into()),
                ("members_present", p.present.into()),
            ])
            .and_where(Expr::col("id").eq(id)),
    )
    .await
    .map_err(|e| crate::unique_to_field(e, "held_on", domain::why("why-other-meeting-that-day")))?;
    for table in
        ["meeting_agenda", "meeting_formats", "meeting_roles", "attendance", "meeting_guests", "meeting_decisions", "meeting_topics"]
    {
        tx.run(Query::delete().from_table(table).and_where(Expr::col("meeting_id").eq(id))).await?;
    }
    record::insert_what_happened(&mut tx, std::slice::from_ref(p)).await?;
    // Reports: kept (with their acknowledgement) for schools that still receive the meeting.
    #[derive(sqlx::FromRow)]
    struct Receipt {
        school_id: Uuid,
    }
    let had: HashSet<Uuid> = tx
        .all::<Receipt>(&Query::select().column("school_id").from("meeting_reports").and_where(Expr::col("meeting_id").eq(id)).to_owned())
        .await?
        .into_iter()
        .map(|r| r.school_id)
        .collect();
    let now: HashSet<Uuid> = p.reports.iter().copied().collect();
    let gone: Vec<Uuid> = had.difference(&now).copied().collect();
    if !gone.is_empty() {
        tx.run(
            Query::delete()
                .from_table("meeting_reports")
                .and_where(Expr::col("meeting_id").eq(id))
                .and_where(Expr::col("school_id").is_in(gone)),
        )
        .await?;
    }
    let mut insert = Query::insert();
    insert.into_table("meeting_reports").columns(["meeting_id", "school_id"]);
    let new: Vec<&Uuid> = now.difference(&had).collect();
    for school in &new {
        insert.values_panic([id.into(), (**school).into()]);
    }
    if !new.is_empty() {
        tx.run(&insert).await?;
    }
    if points_change {
        tx.run(Query::delete().from_table("action_points").and_where(Expr::col("meeting_id").eq(id))).await?;
        record::insert_points(&mut tx, std::slice::from_ref(p)).await?;
    }
    let change = crate::audit::Change {
        actor: p.recorder(),
        what: "meeting edited",
        record: id.to_string(),
        place: p.place(),
        before: Some(serde_json::json!({
            "held_on": was.held_on,
            "modality": was.modality,
            "venue": was.venue,
            "action_points": points_before,
            "facilitator": was.facilitator,
            "duration_minutes": was.duration_minutes,
            "present": was.members_present,
            "expected": was.members_expected,
        })),
        after: Some(serde_json::json!({
            "held_on": m.held_on,
            "modality": m.modality.slug(),
            "venue": m.venue,
            "action_points": if points_change { p.action_points.len() } else { points_before },
            "facilitator": m.facilitator.as_str(),
            "duration_minutes": m.duration_minutes,
            "present": p.present,
            "expected": p.expected,
        })),
    };
    crate::audit::log(&mut tx, &[change]).await?;
    super::bump_version(&mut tx, super::Touched::Cops(&[was.community_id])).await?;
    super::buckets::refresh(&mut tx, &[id]).await?;
    tx.commit().await?;
    Ok(())
}
