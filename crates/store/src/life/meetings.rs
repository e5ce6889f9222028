//! Reading meetings back: lists for a CoP or a unit, one meeting whole (the report the head
//! teacher receives), the reports waiting for a head teacher, and open action points.

use crate::list::{Filter, Page};
use crate::{Db, Error, Result, scope};
use chrono::{DateTime, NaiveDate, Utc};
use domain::Access;
use sea_query::{Expr, ExprTrait, JoinType, Query, SelectStatement};
use serde::Serialize;
use std::collections::BTreeMap;
use uuid::Uuid;

#[derive(Debug, Clone, Serialize, sqlx::FromRow, utoipa::ToSchema)]
pub struct Meeting {
    pub id: Uuid,
    /// The CoP's id and name.
    pub cop: Uuid,
    pub cop_name: String,
    pub held_on: NaiveDate,
    #[schema(value_type = domain::vocab::Modality)]
    pub modality: String,
    /// The facilitator's code and name, and who they are (Table 3).
    pub facilitator: String,
    pub facilitator_name: String,
    #[schema(value_type = domain::vocab::FacilitatorKind)]
    pub facilitator_kind: String,
    pub members_expected: i64,
    pub members_present: i64,
    pub venue: Option<String>,
    pub duration_minutes: Option<i64>,
    pub summary: Option<String>,
    #[serde(skip)]
    #[sqlx(flatten)]
    pub at: crate::scope::Located,
}

const COLS: scope::PlaceCols =
    scope::PlaceCols { unit_path: ("u", "path"), school: Some(("c", "school_id")), cluster: Some(("c", "cluster_id")) };

fn select() -> SelectStatement {
    Query::select()
        .columns([
            ("m", "id"),
            ("m", "held_on"),
            ("m", "modality"),
            ("m", "facilitator_kind"),
            ("m", "members_expected"),
            ("m", "members_present"),
            ("m", "venue"),
            ("m", "duration_minutes"),
            ("m", "summary"),
        ])
        .expr_as(Expr::col(("c", "id")), "cop")
        .expr_as(Expr::col(("c", "name")), "cop_name")
        .columns([("c", "school_id"), ("c", "cluster_id")])
        .expr_as(Expr::col(("u", "path")), "unit_path")
        .expr_as(Expr::col(("p", "code")), "facilitator")
        .expr_as(Expr::col(("p", "name")), "facilitator_name")
        .from_as("meetings", "m")
        .join_as(JoinType::InnerJoin, "communities", "c", Expr::col(("c", "id")).equals(("m", "community_id")))
        .join_as(JoinType::InnerJoin, "units", "u", Expr::col(("u", "id")).equals(("c", "unit_id")))
        .join_as(JoinType::InnerJoin, "people", "p", Expr::col(("p", "id")).equals(("m", "facilitator_id")))
        .to_owned()
}

/// Which meetings to list.
#[derive(Debug, Clone, Default)]
pub struct MeetingFilter {
    pub cop: Option<Uuid>,
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
}

pub async fn list(db: &Db, access: &Access, filter: &Filter, meetings: &MeetingFilter) -> Result<Page<Meeting>> {
    let mut q = select();
    q.cond_where(scope::community_condition(access, &COLS, ("c", "id")));
    if let Some(cop) = meetings.cop {
        q.and_where(Expr::col(("c", "id")).eq(cop));
    }
    if let Some(from) = meetings.from {
        q.and_where(Expr::col(("m", "held_on")).gte(from));
    }
    if let Some(to) = meetings.to {
        q.and_where(Expr::col(("m", "held_on")).lte(to));
    }
    let mut page = crate::list::page(db, q, filter, &[("c", "name")], ("u", "path"), ("m", "held_on")).await?;
    page.items.reverse();
    Ok(page)
}

pub async fn get(db: &Db, access: &Access, id: Uuid) -> Result<Meeting> {
    let meeting: Meeting =
        db.optional(select().and_where(Expr::col(("m", "id")).eq(id))).await?.ok_or_else(|| Error::not_found("meeting", id))?;
    if access.reads_community(meeting.cop, &meeting.at.place()) { Ok(meeting) } else { Err(Error::out_of_scope("meeting", id)) }
}

#[derive(Debug, Serialize, sqlx::FromRow, utoipa::ToSchema)]
pub struct AgendaOut {
    /// A toolkit activity's code and title, or a challenge in words.
    pub toolkit: Option<String>,
    pub title: Option<String>,
    pub challenge: Option<String>,
}

#[derive(Debug, Serialize, sqlx::FromRow, utoipa::ToSchema)]
pub struct Attended {
    pub person: String,
    pub name: String,
    #[schema(value_type = domain::vocab::AttendanceStatus)]
    pub status: String,
    pub remote: bool,
    #[schema(value_type = Option<domain::vocab::GuestRole>)]
    pub guest: Option<String>,
}

#[derive(Debug, Serialize, sqlx::FromRow, utoipa::ToSchema)]
pub struct RoleHeld {
    #[schema(value_type = domain::vocab::MeetingRole)]
    pub role: String,
    pub person: String,
    pub name: String,
}

#[derive(Debug, Serialize, sqlx::FromRow, utoipa::ToSchema)]
pub struct Report {
    /// The receiving school's code and name.
    pub school: String,
    pub school_name: String,
    pub acknowledged_at: Option<DateTime<Utc>>,
}

#[derive(Debug, Serialize, sqlx::FromRow, utoipa::ToSchema)]
pub struct ActionPoint {
    pub id: Uuid,
    pub meeting: Uuid,
    /// The CoP's id and name.
    pub cop: Uuid,
    pub cop_name: String,
    pub description: String,
    pub owner: String,
    pub owner_name: String,
    pub due_on: NaiveDate,
    pub closed_on: Option<NaiveDate>,
    /// The latest follow-up visit's finding, once visited; the point is closed when it is `done`.
    #[schema(value_type = Option<domain::vocab::Finding>)]
    pub finding: Option<String>,
}

/// A meeting whole: the report its head teachers receive.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct MeetingDetail {
    #[serde(flatten)]
    pub meeting: Meeting,
    pub agenda: Vec<AgendaOut>,
    pub formats: Vec<String>,
    pub roles: Vec<RoleHeld>,
    pub attendance: Vec<Attended>,
    /// Unregistered guests by role.
    pub guests: BTreeMap<String, i64>,
    pub decided_by: BTreeMap<String, Vec<String>>,
    pub topics: Vec<String>,
    pub reports: Vec<Report>,
    pub action_points: Vec<ActionPoint>,
}

#[derive(sqlx::FromRow)]
struct KeyValue {
    key: String,
    value: String,
}

fn action_points() -> SelectStatement {
    Query::select()
        .columns([("a", "id"), ("a", "description"), ("a", "due_on"), ("a", "closed_on")])
        .expr_as(Expr::col(("a", "meeting_id")), "meeting")
        .expr_as(Expr::col(("p", "code")), "owner")
        .expr_as(Expr::col(("p", "name")), "owner_name")
        .column(("a", "finding"))
        .from_as("action_points", "a")
        .join_as(JoinType::InnerJoin, "people", "p", Expr::col(("p", "id")).equals(("a", "owner_id")))
        .to_owned()
}

pub async fn detail(db: &Db, access: &Access, id: Uuid) -> Result<MeetingDetail> {
    let meeting = get(db, access, id).await?;
    let of = |table: &'static str| Query::select().from_as(table, "x").and_where(Expr::col(("x", "meeting_id")).eq(id)).to_owned();
    let person = |q: &mut SelectStatement| {
        q.expr_as(Expr::col(("p", "code")), "person").expr_as(Expr::col(("p", "name")), "name").join_as(
            JoinType::InnerJoin,
            "people",
            "p",
            Expr::col(("p", "id")).equals(("x", "person_id")),
        );
    };
    let mut q = of("meeting_agenda");
    q.expr_as(Expr::col(("t", "code")), "toolkit").expr_as(Expr::col(("t", "title")), "title").column(("x", "challenge")).join_as(
        JoinType::LeftJoin,
        "toolkit_activities",
        "t",
        Expr::col(("t", "id")).equals(("x", "activity_id")),
    );
    let agenda = db.all(q.order_by(("x", "position"), sea_query::Order::Asc)).await?;
    let pairs = |table: &'static str, key: &'static str, value: &'static str| {
        of(table)
            .expr_as(Expr::col(("x", key)), "key")
            .expr_as(Expr::col(("x", value)), "value")
            .order_by(("x", key), sea_query::Order::Asc)
            .to_owned()
    };
    let formats: Vec<KeyValue> = db.all(&pairs("meeting_formats", "format", "format")).await?;
    let topics: Vec<KeyValue> = db.all(&pairs("meeting_topics", "topic", "topic")).await?;
    let mut decided_by: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for d in db.all::<KeyValue>(&pairs("meeting_decisions", "aspect", "decider")).await? {
        decided_by.entry(d.key).or_default().push(d.value);
    }
    #[derive(sqlx::FromRow)]
    struct Guest {
        role: String,
        count: i64,
    }
    let guests = db
        .all::<Guest>(of("meeting_guests").columns([("x", "role"), ("x", "count")]))
        .await?
        .into_iter()
        .map(|g| (g.role, g.count))
        .collect();
    let mut q = of("meeting_roles");
    q.column(("x", "role"));
    person(&mut q);
    let roles = db.all(&q).await?;
    let mut q = of("attendance");
    q.columns([("x", "status"), ("x", "remote")])
        .expr_as(Expr::col(("x", "guest_role")), "guest")
        .order_by(("p", "name"), sea_query::Order::Asc);
    person(&mut q);
    let attendance = db.all(&q).await?;
    let mut q = of("meeting_reports");
    q.expr_as(Expr::col(("s", "code")), "school")
        .expr_as(Expr::col(("s", "name")), "school_name")
        .column(("x", "acknowledged_at"))
        .join_as(JoinType::InnerJoin, "schools", "s", Expr::col(("s", "id")).equals(("x", "school_id")));
    let reports = db.all(&q).await?;
    let action_points = db
        .all(visible_points(access).and_where(Expr::col(("a", "meeting_id")).eq(id)).order_by(("a", "position"), sea_query::Order::Asc))
        .await?;
    Ok(MeetingDetail {
        meeting,
        agenda,
        formats: formats.into_iter().map(|f| f.key).collect(),
        roles,
        attendance,
        guests,
        decided_by,
        topics: topics.into_iter().map(|t| t.key).collect(),
        reports,
        action_points,
    })
}

/// Reports waiting for the caller's acknowledgement, as head teacher of their schools.
pub async fn pending_reports(db: &Db, access: &Access) -> Result<Vec<Meeting>> {
    if access.heads.is_empty() {
        return Ok(Vec::new());
    }
    let q = select()
        .join_as(JoinType::InnerJoin, "meeting_reports", "r", Expr::col(("r", "meeting_id")).equals(("m", "id")))
        .and_where(Expr::col(("r", "school_id")).is_in(access.heads.iter().copied()))
        .and_where(Expr::col(("r", "acknowledged_at")).is_null())
        .order_by(("m", "held_on"), sea_query::Order::Asc)
        .to_owned();
    Ok(db.all(&q).await?)
}

/// Action points with their CoP's place, scoped to what the caller may see.
fn visible_points(access: &Access) -> SelectStatement {
    action_points()
        .expr_as(Expr::col(("c", "id")), "cop")
        .expr_as(Expr::col(("c", "name")), "cop_name")
        .join_as(JoinType::InnerJoin, "meetings", "m", Expr::col(("m", "id")).equals(("a", "meeting_id")))
        .join_as(JoinType::InnerJoin, "communities", "c", Expr::col(("c", "id")).equals(("m", "community_id")))
        .join_as(JoinType::InnerJoin, "units", "u", Expr::col(("u", "id")).equals(("c", "unit_id")))
        .cond_where(scope::community_condition(access, &COLS, ("c", "id")))
        .to_owned()
}

pub async fn action_point(db: &Db, access: &Access, id: Uuid) -> Result<ActionPoint> {
    db.optional(visible_points(access).and_where(Expr::col(("a", "id")).eq(id))).await?.ok_or_else(|| Error::not_found("action point", id))
}

/// Which open action points a to-do list keeps.
#[derive(Debug, Clone, Default)]
pub struct PointFilter {
    /// Only this CoP's.
    pub cop: Option<Uuid>,
    /// Only those of this school (by code): its own CoPs', and those its current staff own in a
    /// cluster's CoP.
    pub school: Option<String>,
    /// Only those whose due date is before this day.
    pub overdue_on: Option<NaiveDate>,
}

/// Open action points the caller may see, soonest due first, a page at a time; the list's text
/// finds a point by its words or its owner's name.
pub async fn open_action_points(db: &Db, access: &Access, filter: &Filter, points: &PointFilter) -> Result<Page<ActionPoint>> {
    let mut q = visible_points(access)
        .and_where(Expr::col(("a", "closed_on")).is_null())
        .order_by(("a", "due_on"), sea_query::Order::Asc)
        .to_owned();
    if let Some(cop) = points.cop {
        q.and_where(Expr::col(("c", "id")).eq(cop));
    }
    if let Some(code) = &points.school {
        let school = Query::select().column("id").from("schools").and_where(Expr::col("code").eq(code.as_str())).to_owned();
        let staff = Query::select()
            .column("person_id")
            .from("posts")
            .and_where(Expr::col("ends_on").is_null())
            .and_where(Expr::col("school_id").in_subquery(school.clone()))
            .to_owned();
        q.cond_where(
            sea_query::Condition::any()
                .add(Expr::col(("c", "school_id")).in_subquery(school))
                .add(Expr::col(("a", "owner_id")).in_subquery(staff)),
        );
    }
    if let Some(day) = points.overdue_on {
        q.and_where(Expr::col(("a", "due_on")).lt(day));
    }
    crate::list::page(db, q, filter, &[("a", "description"), ("p", "name")], ("u", "path"), ("a", "id")).await
}
