//! The accountability loop: a meeting's report is acknowledged by the head teacher of each
//! school it went to, and each action point is followed up by classroom visits until one finds
//! it done.

use crate::{Db, Error, Result};
use chrono::{NaiveDate, Utc};
use domain::vocab::Finding;
use domain::{Access, FieldErrors, Place};
use sea_query::{Expr, ExprTrait, JoinType, Query};
use serde::Serialize;
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
        super::buckets::refresh(&mut tx, &[meeting]).await?;
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
    meeting_id: Uuid,
    community_id: Uuid,
    held_on: NaiveDate,
    closed_on: Option<NaiveDate>,
    due_on: NaiveDate,
    finding: Option<String>,
    unit_path: String,
    school_id: Option<Uuid>,
    cluster_id: Option<Uuid>,
}

/// What a follow-up visit found, and for a point not found done, its new due date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Found {
    pub visited_on: NaiveDate,
    pub finding: Finding,
    /// Required when the finding is not `done`, after the visit: the point stays open until then.
    pub due_on: Option<NaiveDate>,
}

/// The longest a new due date may lie after the visit: a school year.
const NEXT_DUE_DAYS: u64 = 366;

/// Records the classroom visit that follows an action point up. A visit that finds it done
/// closes it; one that finds it not started or in progress keeps it open until its new due
/// date. Sending the same visit again (same day, same finding) changes nothing.
#[tracing::instrument(skip_all)]
pub async fn follow_up(db: &Db, access: &Access, visitor: Uuid, action_point: Uuid, found: Found, note: Option<&str>) -> Result<()> {
    let point = point_at(db, action_point).await?;
    if !access.records_community(point.community_id, &point.place()) {
        return Err(Error::out_of_scope("action point", action_point));
    }
    let Found { visited_on, finding, due_on } = found;
    let mut errors = FieldErrors::new();
    #[derive(sqlx::FromRow)]
    struct Earlier {
        finding: String,
    }
    let same_day = Query::select()
        .column("finding")
        .from("follow_ups")
        .and_where(Expr::col("action_point_id").eq(action_point))
        .and_where(Expr::col("visited_on").eq(visited_on))
        .to_owned();
    if let Some(earlier) = db.optional::<Earlier>(&same_day).await? {
        if earlier.finding == finding.slug() {
            return Ok(());
        }
        errors.add("visited_on", domain::why("why-visit-recorded").arg("day", visited_on).word("finding", "finding", &earlier.finding));
    }
    #[derive(sqlx::FromRow)]
    struct Latest {
        visited_on: Option<NaiveDate>,
    }
    let latest = Query::select()
        .expr_as(Expr::col("visited_on").max(), "visited_on")
        .from("follow_ups")
        .and_where(Expr::col("action_point_id").eq(action_point))
        .to_owned();
    // Visits come in order: a back-dated one would leave the point's finding and its closing
    // date saying different things.
    if let Some(last) = db.one::<Latest>(&latest).await?.visited_on
        && visited_on <= last
    {
        errors.add("visited_on", domain::why("why-visit-not-after").arg("day", visited_on).arg("last", last));
    }
    if let Some(closed) = point.closed_on {
        errors.add("action_point", domain::why("why-point-closed").arg("closed", closed));
    }
    if visited_on > Utc::now().date_naive() {
        errors.add("visited_on", domain::why("why-visit-future").arg("day", visited_on));
    }
    if visited_on < point.held_on {
        errors.add("visited_on", domain::why("why-visit-before-meeting").arg("day", visited_on).arg("held", point.held_on));
    }
    let due_on = match (finding, due_on) {
        (Finding::Done, _) => None,
        (_, None) => {
            errors.add("due_on", domain::why("why-new-due-date"));
            None
        }
        (_, Some(due))
            if due <= visited_on || visited_on.checked_add_days(chrono::Days::new(NEXT_DUE_DAYS)).is_none_or(|last| due > last) =>
        {
            errors.add("due_on", domain::why("why-due-after-visit").arg("due", due).arg("day", visited_on));
            None
        }
        (_, due) => due,
    };
    let note = errors.take("note", domain::text::prose(note.unwrap_or_default(), domain::text::NOTE)).flatten();
    if !errors.is_empty() {
        return Err(errors.into());
    }
    let mut tx = db.begin().await?;
    tx.run(
        Query::insert()
            .into_table("follow_ups")
            .columns(["id", "action_point_id", "visited_by", "visited_on", "finding", "note", "due_on"])
            .values_panic([
                crate::batch::new_id().into(),
                action_point.into(),
                visitor.into(),
                visited_on.into(),
                finding.slug().into(),
                note.into(),
                due_on.into(),
            ]),
    )
    .await
    .map_err(|e| crate::unique_to_field(e, "visited_on", domain::why("why-visit-that-day")))?;
    take_latest_visit(&mut tx, &[action_point]).await?;
    let closed_on = (finding == Finding::Done).then_some(visited_on);
    let change = crate::audit::Change {
        actor: Some(visitor),
        what: "action point followed up",
        record: action_point.to_string(),
        place: point.place(),
        before: Some(serde_json::json!({ "closed_on": null, "finding": point.finding, "due_on": point.due_on })),
        // The visit's note stays off the trail: it may speak of a teacher, and the trail is
        // read more widely than the follow-up itself.
        after: Some(serde_json::json!({ "closed_on": closed_on, "finding": finding.slug(), "due_on": due_on.unwrap_or(point.due_on) })),
    };
    crate::audit::log(&mut tx, &[change]).await?;
    super::bump_version(&mut tx, super::Touched::Cops(&[point.community_id])).await?;
    super::buckets::refresh(&mut tx, &[point.meeting_id]).await?;
    tx.commit().await?;
    Ok(())
}

/// Sets each action point's finding, closing date and due date from its latest visit: closed
/// by a visit that found it done, due again when a visit that did not set a new date.
async fn take_latest_visit(tx: &mut crate::db::Tx, points: &[Uuid]) -> Result<()> {
    let latest = |col: &str| {
        Expr::cust(format!(
            "(SELECT f.{col} FROM follow_ups f WHERE f.action_point_id = action_points.id ORDER BY f.visited_on DESC LIMIT 1)"
        ))
    };
    let closed =
        Expr::cust("(SELECT MAX(f.visited_on) FROM follow_ups f WHERE f.action_point_id = action_points.id AND f.finding = 'done')");
    let due = Expr::cust(
        "COALESCE((SELECT f.due_on FROM follow_ups f WHERE f.action_point_id = action_points.id AND f.due_on IS NOT NULL \
         ORDER BY f.visited_on DESC LIMIT 1), due_on)",
    );
    for chunk in points.chunks(crate::batch::BATCH) {
        tx.run(
            Query::update()
                .table("action_points")
                .values([("finding", latest("finding")), ("closed_on", closed.clone()), ("due_on", due.clone())])
                .and_where(Expr::col("id").is_in(chunk.iter().copied())),
        )
        .await?;
    }
    Ok(())
}

/// One visit of an action point, for its page: when, by whom, what it found, its note and the
/// new due date it set.
#[derive(Debug, Serialize, sqlx::FromRow, utoipa::ToSchema)]
pub struct VisitMade {
    pub visited_on: NaiveDate,
    pub visitor_name: String,
    #[schema(value_type = Finding)]
    pub finding: String,
    pub note: Option<String>,
    pub due_on: Option<NaiveDate>,
}

/// The visits of an action point the caller may see, oldest first.
pub async fn visits(db: &Db, access: &Access, action_point: Uuid) -> Result<Vec<VisitMade>> {
    super::meetings::action_point(db, access, action_point).await?;
    let q = Query::select()
        .columns([("f", "visited_on"), ("f", "finding"), ("f", "note"), ("f", "due_on")])
        .expr_as(Expr::col(("p", "name")), "visitor_name")
        .from_as("follow_ups", "f")
        .join_as(JoinType::InnerJoin, "people", "p", Expr::col(("p", "id")).equals(("f", "visited_by")))
        .and_where(Expr::col(("f", "action_point_id")).eq(action_point))
        .order_by(("f", "visited_on"), sea_query::Order::Asc)
        .to_owned();
    Ok(db.all(&q).await?)
}

impl PointAt {
    fn place(&self) -> Place {
        Place { unit_path: self.unit_path.clone(), school: self.school_id, cluster: self.cluster_id }
    }
}

/// Whether `access` may record the follow-up of an action point: those who record its CoP's
/// meetings (the page offers the form only to them).
pub async fn may_follow_up(db: &Db, access: &Access, action_point: Uuid) -> Result<bool> {
    let point = point_at(db, action_point).await?;
    Ok(access.records_community(point.community_id, &point.place()))
}

/// Where an action point's CoP is, and whether it is closed.
async fn point_at(db: &Db, action_point: Uuid) -> Result<PointAt> {
    let q = Query::select()
        .columns([("m", "held_on"), ("m", "community_id")])
        .columns([("a", "meeting_id"), ("a", "closed_on"), ("a", "due_on"), ("a", "finding")])
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
    let touched: Vec<Uuid> = meetings.iter().map(|(m, _)| *m).collect();
    super::buckets::refresh(&mut tx, &touched).await?;
    tx.commit().await?;
    Ok(())
}

/// A follow-up visit to record in bulk: the action point by its meeting and position.
pub struct Visit {
    pub meeting: Uuid,
    pub position: i64,
    pub visitor: Uuid,
    pub found: Found,
}

/// Records follow-up visits in bulk (the demo's year of visits): a point found done is closed,
/// one found otherwise is due again.
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
        insert.into_table("follow_ups").columns(["id", "action_point_id", "visited_by", "visited_on", "finding", "due_on"]);
        let mut visited = Vec::new();
        for v in chunk {
            let Some(point) = ids.get(&(v.meeting, v.position)) else { continue };
            insert.values_panic([
                crate::batch::new_id().into(),
                (*point).into(),
                v.visitor.into(),
                v.found.visited_on.into(),
                v.found.finding.slug().into(),
                v.found.due_on.into(),
            ]);
            visited.push(*point);
        }
        if visited.is_empty() {
            continue;
        }
        tx.run(&insert).await?;
        take_latest_visit(&mut tx, &visited).await?;
    }
    super::bump_version(&mut tx, super::Touched::Everything).await?;
    let touched: Vec<Uuid> = visits.iter().map(|v| v.meeting).collect();
    super::buckets::refresh(&mut tx, &touched).await?;
    tx.commit().await?;
    Ok(())
}
