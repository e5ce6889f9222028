//! KPI buckets: what every KPI counts of a meeting, in two narrow tables kept in the writer's
//! transaction. `kpi_meetings` holds one row per meeting (members expected and present, how it
//! was held, who facilitated, its formats and what teachers decided as bit sets, its reports
//! and action points with how many were acknowledged and closed); `kpi_people` one row per
//! person and meeting (expected as a member, present, the roles taken, as a bit set). Each row
//! is made from the raw tables by one `INSERT … SELECT`, so a bucket cannot say other than the
//! rows it sums; every write to a meeting or what hangs off it calls [`refresh`] for the
//! meetings it touched.

use crate::db::Tx;
use domain::vocab::{DecisionAspect, Format, MeetingRole};
use sea_query::{Expr, ExprTrait, Query, SelectStatement, UnionType};
use uuid::Uuid;

/// Meetings refreshed per statement, under the bind-parameter limits.
const CHUNK: usize = 500;

/// `CASE column WHEN 'slug' THEN 2^i … END` over a vocabulary, for a bit set.
fn bits(column: &str, slugs: impl Iterator<Item = &'static str>) -> String {
    let arms: String = slugs.enumerate().map(|(i, s)| format!(" WHEN '{s}' THEN {}", 1i64 << i)).collect();
    format!("CASE {column}{arms} ELSE 0 END")
}

fn meetings_select(only: Option<&[Uuid]>) -> SelectStatement {
    let formats = bits("f.format", Format::ALL.iter().map(|f| f.slug()));
    let decided = bits("d.aspect", DecisionAspect::ALL.iter().map(|a| a.slug()));
    let mut q = Query::select();
    q.columns([("m", "id"), ("m", "community_id"), ("m", "held_on"), ("m", "members_expected"), ("m", "members_present")])
        .columns([("m", "modality"), ("m", "facilitator_kind")])
        .expr(Expr::cust(format!("(SELECT COALESCE(SUM({formats}), 0) FROM meeting_formats f WHERE f.meeting_id = m.id)")))
        .expr(Expr::cust(format!(
            "(SELECT COALESCE(SUM({decided}), 0) FROM meeting_decisions d WHERE d.meeting_id = m.id AND d.decider = 'teachers')"
        )))
        .expr(Expr::cust("(SELECT COUNT(*) FROM meeting_reports r WHERE r.meeting_id = m.id)"))
        .expr(Expr::cust("(SELECT COUNT(r.acknowledged_at) FROM meeting_reports r WHERE r.meeting_id = m.id)"))
        .expr(Expr::cust("(SELECT COUNT(*) FROM action_points a WHERE a.meeting_id = m.id)"))
        .expr(Expr::cust("(SELECT COUNT(a.closed_on) FROM action_points a WHERE a.meeting_id = m.id)"))
        .from_as("meetings", "m");
    if let Some(ids) = only {
        q.and_where(Expr::col(("m", "id")).is_in(ids.iter().copied()));
    }
    q
}

fn people_select(only: Option<&[Uuid]>) -> SelectStatement {
    let roles = bits("role", MeetingRole::ALL.iter().map(|r| r.slug()));
    let mut members = Query::select();
    members
        .columns(["meeting_id", "person_id"])
        .expr_as(Expr::cust("1"), "expected")
        .expr_as(Expr::cust("CASE WHEN status = 'present' THEN 1 ELSE 0 END"), "present")
        .expr_as(Expr::cust("0"), "roles")
        .from("attendance")
        .and_where(Expr::col("guest_role").is_null());
    let mut held = Query::select();
    held.columns(["meeting_id", "person_id"])
        .expr_as(Expr::cust("0"), "expected")
        .expr_as(Expr::cust("0"), "present")
        .expr_as(Expr::cust(roles), "roles")
        .from("meeting_roles");
    if let Some(ids) = only {
        members.and_where(Expr::col("meeting_id").is_in(ids.iter().copied()));
        held.and_where(Expr::col("meeting_id").is_in(ids.iter().copied()));
    }
    members.union(UnionType::All, held);
    Query::select()
        .columns([("x", "meeting_id"), ("x", "person_id"), ("m", "community_id"), ("m", "held_on")])
        .expr(Expr::cust("SUM(x.expected)"))
        .expr(Expr::cust("SUM(x.present)"))
        .expr(Expr::cust("SUM(x.roles)"))
        .from_subquery(members, "x")
        .join_as(sea_query::JoinType::InnerJoin, "meetings", "m", Expr::col(("m", "id")).equals(("x", "meeting_id")))
        .group_by_col(("x", "meeting_id"))
        .group_by_col(("x", "person_id"))
        .group_by_col(("m", "community_id"))
        .group_by_col(("m", "held_on"))
        .to_owned()
}

const MEETING_COLUMNS: [&str; 13] = [
    "meeting_id",
    "community_id",
    "held_on",
    "expected",
    "present",
    "modality",
    "facilitator_kind",
    "formats",
    "teacher_decided",
    "reports",
    "reports_acknowledged",
    "action_points",
    "action_points_closed",
];
const PEOPLE_COLUMNS: [&str; 7] = ["meeting_id", "person_id", "community_id", "held_on", "expected", "present", "roles"];

async fn fill(tx: &mut Tx, only: Option<&[Uuid]>) -> Result<(), sqlx::Error> {
    for (table, columns, select) in
        [("kpi_meetings", &MEETING_COLUMNS[..], meetings_select(only)), ("kpi_people", &PEOPLE_COLUMNS[..], people_select(only))]
    {
        let mut delete = Query::delete();
        delete.from_table(table);
        if let Some(ids) = only {
            delete.and_where(Expr::col("meeting_id").is_in(ids.iter().copied()));
        }
        tx.run(&delete).await?;
        let mut insert = Query::insert();
        insert.into_table(table).columns(columns.iter().copied());
        insert.select_from(select).expect("the bucket's columns match its select");
        tx.run(&insert).await?;
    }
    Ok(())
}

/// Makes the buckets of `meetings` again from their raw rows, in the writer's transaction.
/// Called after `bump_version`: its row lock orders writers on PostgreSQL, so a second writer
/// of the same meeting deletes and reads what the first committed rather than colliding on
/// the bucket's key.
pub(crate) async fn refresh(tx: &mut Tx, meetings: &[Uuid]) -> Result<(), sqlx::Error> {
    let mut ids = meetings.to_vec();
    ids.sort();
    ids.dedup();
    for chunk in ids.chunks(CHUNK) {
        fill(tx, Some(chunk)).await?;
    }
    Ok(())
}

/// Makes every bucket again from the raw rows (the migration that adds them; a check).
pub async fn rebuild(tx: &mut Tx) -> Result<(), sqlx::Error> {
    fill(tx, None).await
}

/// How many bucket rows differ from what the raw rows make of them, counting both ways (a
/// row missing, a row too many, a row with another figure): 0 when the buckets are true.
pub async fn stale(db: &crate::Db) -> crate::Result<i64> {
    #[derive(sqlx::FromRow)]
    struct Count {
        n: i64,
    }
    let mut total = 0;
    for (table, columns, select) in [
        ("kpi_meetings", &MEETING_COLUMNS[..], meetings_select as fn(Option<&[Uuid]>) -> SelectStatement),
        ("kpi_people", &PEOPLE_COLUMNS[..], people_select),
    ] {
        let kept = || Query::select().columns(columns.iter().copied()).from(table).to_owned();
        for (mut a, b) in [(kept(), select(None)), (select(None), kept())] {
            a.union(UnionType::Except, b);
            let q = Query::select().expr_as(Expr::cust("COUNT(*)"), "n").from_subquery(a, "d").to_owned();
            total += db.one::<Count>(&q).await?.n;
        }
    }
    Ok(total)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bit_set_follows_the_vocabularys_order() {
        // Stored bit sets are read with the same order: if a vocabulary's order changes, the
        // buckets must be rebuilt, and this test says so.
        let formats: Vec<&str> = Format::ALL.iter().map(|f| f.slug()).collect();
        assert_eq!(
            formats,
            ["whole-group", "small-groups", "lesson-modelling", "mock-lesson", "practical-workshop", "instructional-material"]
        );
        let aspects: Vec<&str> = DecisionAspect::ALL.iter().map(|a| a.slug()).collect();
        assert_eq!(aspects, ["agenda", "topics", "duration", "organisation"]);
        let roles: Vec<&str> = MeetingRole::ALL.iter().map(|r| r.slug()).collect();
        assert_eq!(roles, ["chair", "note-taker", "timekeeper", "presenter", "reporter"]);
        assert_eq!(bits("f.format", ["a", "b"].into_iter()), "CASE f.format WHEN 'a' THEN 1 WHEN 'b' THEN 2 ELSE 0 END");
    }
}
