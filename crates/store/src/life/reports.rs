//! The accountability loop: a meeting's report is acknowledged by the head teacher of each
//! school it went to, and each action point is followed up by a classroom visit that closes it.

use crate::{Db, Error, Result};
use chrono::{NaiveDate, Utc};
use domain::vocab::Finding;
use domain::{Access, FieldErrors, Place};
use sea_query::{Expr, ExprTrait, JoinType, Query};
use uuid::Uuid;

/// Acknowledges a meeting's report for every school the caller heads that received it.
/// Returns how many reports were acknowledged (0 when they already were).
#[tracing::instrument(skip_all)]
pub async fn acknowledge(db: &Db, access: &Access, person: Uuid, meeting: Uuid) -> Result<u64> {
    #[derive(sqlx::FromRow)]
    struct Receipt {
        school_id: Uuid,
    }
    let receipts: Vec<Receipt> =
        db.all(Query::select().column("school_id").from("meeting_reports").and_where(Expr::col("meeting_id").eq(meeting))).await?;
    if receipts.is_empty() {
        return Err(Error::not_found("meeting", meeting));
    }
    let mine: Vec<Uuid> = receipts.iter().map(|r| r.school_id).filter(|s| access.heads.contains(s)).collect();
    #[derive(sqlx::FromRow)]
    struct Of {
        community_id: Uuid,
    }
    let cop =
        db.one::<Of>(Query::select().column("community_id").from("meetings").and_where(Expr::col("id").eq(meeting))).await?.community_id;
    if mine.is_empty() {
        return Err(Error::out_of_scope("meeting report", meeting));
    }
    let place = super::meetings::get(db, access, meeting).await?.at.place();
    let now = Utc::now();
    let mut tx = db.begin().await?;
    let acknowledged = tx
        .run(
            Query::update()
                .table("meeting_reports")
                .values([("acknowledged_by", person.into()), ("acknowledged_at", now.into())])
                .and_where(Expr::col("meeting_id").eq(meeting))
                .and_where(Expr::col("school_id").is_in(mine))
                .and_where(Expr::col("acknowledged_at").is_null()),
        )
        .await?;
    if acknowledged > 0 {
        super::bump_version(&mut tx, super::Touched::Cops(&[cop])).await?;
        let change = crate::audit::Change {
            actor: Some(person),
            what: "report acknowledged",
            record: meeting.to_string(),
            place,
            before: Some(serde_json::json!({ "acknowledged_at": null })),
            after: Some(serde_json::json!({ "acknowledged_at": now, "schools": acknowledged })),
        };
        crate::audit::log(&mut tx, &[change]).await?;
    }
    tx.commit().await?;
    Ok(acknowledged)
}

#[derive(sqlx::FromRow)]
struct PointAt {
    community_id: Uuid,
    held_on: NaiveDate,
    closed_on: Option<NaiveDate>,
    unit_path: String,
    school_id: Option<Uuid>,
    cluster_id: Option<Uuid>,
}

/// Records the classroom visit that follows an action point up, and closes the point.
#[tracing::instrument(skip_all)]
pub async fn follow_up(
    db: &Db,
    access: &Access,
    visitor: Uuid,
    action_point: Uuid,
    visited_on: NaiveDate,
    finding: Finding,
    note: Option<&str>,
) -> Result<()> {
    let point = point_at(db, action_point).await?;
    if !access.record.covers(&point.place()) {
        return Err(Error::out_of_scope("action point", action_point));
    }
    let mut errors = FieldErrors::new();
    if let Some(closed) = point.closed_on {
        errors.add("action_point", format!("already followed up and closed on {closed}"));
    }
    if visited_on > Utc::now().date_naive() {
        errors.add("visited_on", format!("{visited_on} is in the future; record the visit once it has happened"));
    }
    if visited_on < point.held_on {
        errors.add("visited_on", format!("{visited_on} is before the meeting on {}", point.held_on));
    }
    let note = errors.take("note", domain::text::prose(note.unwrap_or_default(), domain::text::NOTE)).flatten();
    if !errors.is_empty() {
        return Err(errors.into());
    }
    let mut tx = db.begin().await?;
    tx.run(
        Query::insert()
            .into_table("follow_ups")
            .columns(["id", "action_point_id", "visited_by", "visited_on", "finding", "note"])
            .values_panic([
                crate::batch::new_id().into(),
                action_point.into(),
                visitor.into(),
                visited_on.into(),
                finding.slug().into(),
                note.into(),
            ]),
    )
    .await
    .map_err(|e| crate::unique_to_field(e, "action_point", "already followed up"))?;
    tx.run(Query::update().table("action_points").value("closed_on", visited_on).and_where(Expr::col("id").eq(action_point))).await?;
    let change = crate::audit::Change {
        actor: Some(visitor),
        what: "action point followed up",
        record: action_point.to_string(),
        place: point.place(),
        before: Some(serde_json::json!({ "closed_on": null })),
        // The visit's note stays off the trail: it may speak of a teacher, and the trail is
        // read more widely than the follow-up itself.
        after: Some(serde_json::json!({ "closed_on": visited_on, "finding": finding.slug() })),
    };
    crate::audit::log(&mut tx, &[change]).await?;
    super::bump_version(&mut tx, super::Touched::Cops(&[point.community_id])).await?;
    tx.commit().await?;
    Ok(())
}

impl PointAt {
    fn place(&self) -> Place {
        Place { unit_path: self.unit_path.clone(), school: self.school_id, cluster: self.cluster_id }
    }
}

/// Whether `access` may record the follow-up of an action point: those who record its CoP's
/// meetings (the page offers the form only to them).
pub async fn may_follow_up(db: &Db, access: &Access, action_point: Uuid) -> Result<bool> {
    Ok(access.record.covers(&point_at(db, action_point).await?.place()))
}

/// Where an action point's CoP is, and whether it is closed.
async fn point_at(db: &Db, action_point: Uuid) -> Result<PointAt> {
    let q = Query::select()
        .columns([("m", "held_on"), ("m", "community_id")])
        .column(("a", "closed_on"))
        .columns([("c", "school_id"), ("c", "cluster_id")])
        .expr_as(Expr::col(("u", "path")), "unit_path")
        .from_as("action_points", "a")
        .join_as(JoinType::InnerJoin, "meetings", "m", Expr::col(("m", "id")).equals(("a", "meeting_id")))
        .join_as(JoinType::InnerJoin, "communities", "c", Expr::col(("c", "id")).equals(("m", "community_id")))
        .join_as(JoinType::InnerJoin, "units", "u", Expr::col(("u", "id")).equals(("c", "unit_id")))
        .and_where(Expr::col(("a", "id")).eq(action_point))
        .to_owned();
    db.optional(&q).await?.ok_or_else(|| Error::not_found("action point", action_point))
}

/// Acknowledges, in bulk, every report of each meeting on behalf of the receiving school's
/// current head teacher (the demo's year of HT replies; the API acknowledges one at a time).
pub async fn acknowledge_all(db: &Db, meetings: &[(Uuid, chrono::DateTime<Utc>)]) -> Result<()> {
    let head = Expr::cust(
        "(SELECT p.person_id FROM posts p WHERE p.school_id = meeting_reports.school_id AND p.role = 'head-teacher' AND p.ends_on IS NULL \
         ORDER BY p.starts_on DESC LIMIT 1)",
    );
    let mut tx = db.begin().await?;
    for (meeting, at) in meetings {
        tx.run(
            Query::update()
                .table("meeting_reports")
                .values([("acknowledged_by", head.clone()), ("acknowledged_at", (*at).into())])
                .and_where(Expr::col("meeting_id").eq(*meeting))
                .and_where(Expr::col("acknowledged_at").is_null()),
        )
        .await?;
    }
    super::bump_version(&mut tx, super::Touched::Everything).await?;
    tx.commit().await?;
    Ok(())
}

/// A follow-up visit to record in bulk: the action point by its meeting and position.
pub struct Visit {
    pub meeting: Uuid,
    pub position: i64,
    pub visitor: Uuid,
    pub visited_on: NaiveDate,
    pub finding: Finding,
}

/// Records follow-up visits in bulk and closes their action points (the demo's year of visits).
pub async fn follow_up_all(db: &Db, visits: &[Visit]) -> Result<()> {
    #[derive(sqlx::FromRow)]
    struct Point {
        id: Uuid,
        meeting_id: Uuid,
        position: i64,
    }
    let mut ids = std::collections::HashMap::new();
    let meetings: Vec<Uuid> = visits.iter().map(|v| v.meeting).collect();
    for chunk in meetings.chunks(crate::batch::BATCH) {
        let q = Query::select()
            .columns(["id", "meeting_id", "position"])
            .from("action_points")
            .and_where(Expr::col("meeting_id").is_in(chunk.iter().copied()))
            .to_owned();
        ids.extend(db.all::<Point>(&q).await?.into_iter().map(|p| ((p.meeting_id, p.position), p.id)));
    }
    let mut tx = db.begin().await?;
    for chunk in visits.chunks(crate::batch::BATCH) {
        let mut insert = Query::insert();
        insert.into_table("follow_ups").columns(["id", "action_point_id", "visited_by", "visited_on", "finding"]);
        let mut closed = Vec::new();
        for v in chunk {
            let Some(point) = ids.get(&(v.meeting, v.position)) else { continue };
            insert.values_panic([
                crate::batch::new_id().into(),
                (*point).into(),
                v.visitor.into(),
                v.visited_on.into(),
                v.finding.slug().into(),
            ]);
            closed.push(*point);
        }
        if closed.is_empty() {
            continue;
        }
        tx.run(&insert).await?;
        let visited = Expr::cust("(SELECT f.visited_on FROM follow_ups f WHERE f.action_point_id = action_points.id)");
        tx.run(Query::update().table("action_points").value("closed_on", visited).and_where(Expr::col("id").is_in(closed))).await?;
    }
    super::bump_version(&mut tx, super::Touched::Everything).await?;
    tx.commit().await?;
    Ok(())
}
