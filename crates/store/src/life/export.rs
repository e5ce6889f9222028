//! Flat tables of CoP life for M&E teams who analyse in Excel or Stata: one row per meeting,
//! per attendance record, per action point, for a unit and a period. A PLC's meetings are in
//! them too, told apart by the meetings table's `kind`; a PLC's members export its meetings
//! as they read them.

use crate::{Db, Result, scope};
use chrono::NaiveDate;
use domain::Access;
use domain::schedule::Span;
use sea_query::{Expr, ExprTrait, JoinType, Query, SelectStatement};
use std::collections::HashMap;
use uuid::Uuid;

/// Meetings (aliased `m`) of communities (`c`) the caller reads, under `unit_path`, in `period`.
fn meetings_in(access: &Access, unit_path: Option<&str>, period: Span) -> SelectStatement {
    let cols = scope::PlaceCols { unit_path: ("u", "path"), school: Some(("c", "school_id")), cluster: Some(("c", "cluster_id")) };
    let mut q = Query::select()
        .from_as("meetings", "m")
        .join_as(JoinType::InnerJoin, "communities", "c", Expr::col(("c", "id")).equals(("m", "community_id")))
        .join_as(JoinType::InnerJoin, "units", "u", Expr::col(("u", "id")).equals(("c", "unit_id")))
        .and_where(Expr::col(("m", "held_on")).between(period.from, period.to))
        .cond_where(scope::community_condition(access, &cols, ("c", "id")))
        .to_owned();
    if let Some(path) = unit_path {
        q.cond_where(scope::starts_with(("u", "path"), path));
    }
    q
}

#[derive(Debug, sqlx::FromRow)]
pub struct MeetingRow {
    pub id: Uuid,
    pub cop: Uuid,
    pub cop_name: String,
    /// `cop`, `sector-plc` or `district-plc`.
    pub kind: String,
    pub programme: String,
    pub unit_path: String,
    pub school: Option<String>,
    pub cluster: Option<String>,
    pub subject: String,
    pub held_on: NaiveDate,
    pub modality: String,
    pub facilitator: String,
    pub facilitator_kind: String,
    pub members_expected: i64,
    pub members_present: i64,
    pub duration_minutes: Option<i64>,
    #[sqlx(skip)]
    pub formats: Vec<String>,
    #[sqlx(skip)]
    pub topics: Vec<String>,
    #[sqlx(skip)]
    pub teachers_decided: Vec<String>,
}

pub async fn meetings(db: &Db, access: &Access, unit_path: Option<&str>, period: Span) -> Result<Vec<MeetingRow>> {
    let q = meetings_in(access, unit_path, period)
        .columns([
            ("m", "id"),
            ("m", "held_on"),
            ("m", "modality"),
            ("m", "facilitator_kind"),
            ("m", "members_expected"),
            ("m", "members_present"),
            ("m", "duration_minutes"),
        ])
        .expr_as(Expr::col(("c", "id")), "cop")
        .expr_as(Expr::col(("c", "name")), "cop_name")
        .column(("c", "kind"))
        .column(("c", "subject"))
        .expr_as(Expr::col(("g", "code")), "programme")
        .expr_as(Expr::col(("u", "path")), "unit_path")
        .expr_as(Expr::col(("s", "code")), "school")
        .expr_as(Expr::col(("k", "code")), "cluster")
        .expr_as(Expr::col(("p", "code")), "facilitator")
        .join_as(JoinType::InnerJoin, "programmes", "g", Expr::col(("g", "id")).equals(("c", "programme_id")))
        .join_as(JoinType::InnerJoin, "people", "p", Expr::col(("p", "id")).equals(("m", "facilitator_id")))
        .join_as(JoinType::LeftJoin, "schools", "s", Expr::col(("s", "id")).equals(("c", "school_id")))
        .join_as(JoinType::LeftJoin, "clusters", "k", Expr::col(("k", "id")).equals(("c", "cluster_id")))
        .order_by(("m", "held_on"), sea_query::Order::Asc)
        .order_by(("m", "id"), sea_query::Order::Asc)
        .to_owned();
    let mut rows: Vec<MeetingRow> = db.all(&q).await?;
    #[derive(sqlx::FromRow)]
    struct Tag {
        meeting_id: Uuid,
        tag: String,
    }
    let tags = |table: &'static str, col: &'static str, teachers_only: bool| {
        let mut q = meetings_in(access, unit_path, period)
            .expr_as(Expr::col(("m", "id")), "meeting_id")
            .expr_as(Expr::col(("x", col)), "tag")
            .join_as(JoinType::InnerJoin, table, "x", Expr::col(("x", "meeting_id")).equals(("m", "id")))
            .order_by(("x", col), sea_query::Order::Asc)
            .to_owned();
        if teachers_only {
            q.and_where(Expr::col(("x", "decider")).eq("teachers"));
        }
        q
    };
    let mut lists: [HashMap<Uuid, Vec<String>>; 3] = Default::default();
    for (i, (table, col, teachers)) in
        [("meeting_formats", "format", false), ("meeting_topics", "topic", false), ("meeting_decisions", "aspect", true)]
            .into_iter()
            .enumerate()
    {
        for t in db.all::<Tag>(&tags(table, col, teachers)).await? {
            lists[i].entry(t.meeting_id).or_default().push(t.tag);
        }
    }
    for row in &mut rows {
        row.formats = lists[0].remove(&row.id).unwrap_or_default();
        row.topics = lists[1].remove(&row.id).unwrap_or_default();
        row.teachers_decided = lists[2].remove(&row.id).unwrap_or_default();
    }
    Ok(rows)
}

#[derive(Debug, sqlx::FromRow)]
pub struct AttendanceRow {
    pub meeting: Uuid,
    pub cop: Uuid,
    pub held_on: NaiveDate,
    pub person: String,
    pub gender: String,
    pub status: String,
    pub remote: bool,
    pub guest: Option<String>,
}

pub async fn attendance(db: &Db, access: &Access, unit_path: Option<&str>, period: Span) -> Result<Vec<AttendanceRow>> {
    let q = meetings_in(access, unit_path, period)
        .expr_as(Expr::col(("m", "id")), "meeting")
        .expr_as(Expr::col(("c", "id")), "cop")
        .column(("m", "held_on"))
        .expr_as(Expr::col(("p", "code")), "person")
        .column(("p", "gender"))
        .columns([("a", "status"), ("a", "remote")])
        .expr_as(Expr::col(("a", "guest_role")), "guest")
        .join_as(JoinType::InnerJoin, "attendance", "a", Expr::col(("a", "meeting_id")).equals(("m", "id")))
        .join_as(JoinType::InnerJoin, "people", "p", Expr::col(("p", "id")).equals(("a", "person_id")))
        .order_by(("m", "held_on"), sea_query::Order::Asc)
        .order_by(("m", "id"), sea_query::Order::Asc)
        .order_by(("p", "code"), sea_query::Order::Asc)
        .to_owned();
    Ok(db.all(&q).await?)
}

#[derive(Debug, sqlx::FromRow)]
pub struct ActionPointRow {
    pub id: Uuid,
    pub meeting: Uuid,
    pub cop: Uuid,
    pub held_on: NaiveDate,
    pub description: String,
    pub owner: String,
    pub due_on: NaiveDate,
    pub closed_on: Option<NaiveDate>,
    pub finding: Option<String>,
}

pub async fn action_points(db: &Db, access: &Access, unit_path: Option<&str>, period: Span) -> Result<Vec<ActionPointRow>> {
    let q = meetings_in(access, unit_path, period)
        .columns([("a", "id"), ("a", "description"), ("a", "due_on"), ("a", "closed_on")])
        .expr_as(Expr::col(("m", "id")), "meeting")
        .expr_as(Expr::col(("c", "id")), "cop")
        .column(("m", "held_on"))
        .expr_as(Expr::col(("p", "code")), "owner")
        .column(("a", "finding"))
        .join_as(JoinType::InnerJoin, "action_points", "a", Expr::col(("a", "meeting_id")).equals(("m", "id")))
        .join_as(JoinType::InnerJoin, "people", "p", Expr::col(("p", "id")).equals(("a", "owner_id")))
        .order_by(("m", "held_on"), sea_query::Order::Asc)
        .order_by(("a", "meeting_id"), sea_query::Order::Asc)
        .order_by(("a", "position"), sea_query::Order::Asc)
        .to_owned();
    Ok(db.all(&q).await?)
}
