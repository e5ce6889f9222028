//! One CoP's schedule (planned against held, term by term), role rotation with whose turn is
//! next, and maturity with its evidence.

use super::kpis::facts;
use super::record::{cops, terms};
use crate::programmes::communities;
use crate::{Db, Error, Result};
use chrono::NaiveDate;
use domain::community::{CommunityKind, Part};
use domain::maturity::{self, Evidence, Stage, Thresholds};
use domain::schedule::{Span, planned_dates};
use domain::vocab::MeetingRole;
use domain::{Access, rotation};
use sea_query::{Expr, ExprTrait, JoinType, Query};
use serde::Serialize;
use uuid::Uuid;

async fn visible(db: &Db, access: &Access, cop: Uuid) -> Result<super::record::Cop> {
    let found = cops(db, &[cop]).await?.remove(&cop).ok_or_else(|| Error::not_found("CoP", cop))?;
    if access.reads_community(cop, &found.place()) { Ok(found) } else { Err(Error::out_of_scope("CoP", cop)) }
}

#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct TermSchedule {
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub planned: Vec<NaiveDate>,
    pub held: Vec<NaiveDate>,
}

pub async fn schedule(db: &Db, access: &Access, cop: Uuid) -> Result<Vec<TermSchedule>> {
    let found = visible(db, access, cop).await?;
    #[derive(sqlx::FromRow)]
    struct Programme {
        meetings_per_term: i64,
        continues_remotely: bool,
    }
    let q = Query::select()
        .expr_as(super::kpis::meetings_per_term(), "meetings_per_term")
        .column(("g", "continues_remotely"))
        .from_as("communities", "c")
        .join_as(JoinType::InnerJoin, "programmes", "g", Expr::col(("g", "id")).equals(("c", "programme_id")))
        .and_where(Expr::col(("c", "id")).eq(cop))
        .to_owned();
    let programme: Programme = db.one(&q).await?;
    let closures = super::spans(db, "closures").await?;
    #[derive(sqlx::FromRow)]
    struct Held {
        held_on: NaiveDate,
    }
    let held: Vec<Held> = db
        .all(
            Query::select()
                .column("held_on")
                .from("meetings")
                .and_where(Expr::col("community_id").eq(cop))
                .order_by("held_on", sea_query::Order::Asc),
        )
        .await?;
    // From the term the CoP starts in: the terms before it have nothing to plan or hold.
    let starts = found.starts_on.unwrap_or(NaiveDate::MIN);
    Ok(terms(db)
        .await?
        .into_iter()
        .filter(|t| t.ends_on >= starts)
        .map(|t| {
            let span = Span { from: t.starts_on, to: t.ends_on };
            TermSchedule {
                from: t.starts_on,
                to: t.ends_on,
                planned: planned_dates(
                    span,
                    programme.meetings_per_term.clamp(1, 12) as u8,
                    &closures,
                    programme.continues_remotely,
                    starts,
                ),
                held: held.iter().map(|h| h.held_on).filter(|d| span.contains(*d)).collect(),
            }
        })
        .collect())
}

#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct RoleRotation {
    pub role: MeetingRole,
    /// Who held it, oldest first (people's codes).
    pub history: Vec<String>,
    /// Distinct holders / min(times held, members); absent when never held.
    pub evenness: Option<f64>,
    /// The member whose turn it is next.
    pub next: Option<String>,
    pub next_name: Option<String>,
}

#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct Rotation {
    /// The mean evenness over the roles held.
    pub evenness: Option<f64>,
    pub roles: Vec<RoleRotation>,
}

pub async fn rotation(db: &Db, access: &Access, cop: Uuid) -> Result<Rotation> {
    visible(db, access, cop).await?;
    #[derive(sqlx::FromRow)]
    struct Held {
        role: String,
        code: String,
    }
    let q = Query::select()
        .column(("r", "role"))
        .expr_as(Expr::col(("p", "code")), "code")
        .from_as("meeting_roles", "r")
        .join_as(JoinType::InnerJoin, "meetings", "m", Expr::col(("m", "id")).equals(("r", "meeting_id")))
        .join_as(JoinType::InnerJoin, "people", "p", Expr::col(("p", "id")).equals(("r", "person_id")))
        .and_where(Expr::col(("m", "community_id")).eq(cop))
        .order_by(("m", "held_on"), sea_query::Order::Asc)
        .to_owned();
    let held: Vec<Held> = db.all(&q).await?;
    #[derive(sqlx::FromRow)]
    struct Member {
        code: String,
        name: String,
    }
    let q = Query::select()
        .columns([("p", "code"), ("p", "name")])
        .from_as("community_members", "cm")
        .join_as(JoinType::InnerJoin, "people", "p", Expr::col(("p", "id")).equals(("cm", "person_id")))
        .and_where(Expr::col(("cm", "community_id")).eq(cop))
        .and_where(Expr::col(("cm", "left_on")).is_null())
        // A PLC's officials take no turn.
        .and_where(Expr::col(("cm", "role")).ne(Part::Official.slug()))
        .order_by(("p", "name"), sea_query::Order::Asc)
        .to_owned();
    let current: Vec<Member> = db.all(&q).await?;
    let codes: Vec<String> = current.iter().map(|m| m.code.clone()).collect();
    let roles: Vec<RoleRotation> = MeetingRole::ALL
        .iter()
        .map(|role| {
            let history: Vec<String> = held.iter().filter(|h| h.role == role.slug()).map(|h| h.code.clone()).collect();
            let next = rotation::suggest_next(&codes, &history);
            RoleRotation {
                role: *role,
                evenness: rotation::evenness(&history, codes.len()),
                next_name: next.as_ref().and_then(|c| current.iter().find(|m| &m.code == c)).map(|m| m.name.clone()),
                next,
                history,
            }
        })
        .collect();
    let evenness = rotation::cop_rotation(&roles.iter().map(|r| r.evenness).collect::<Vec<_>>());
    Ok(Rotation { evenness, roles })
}

#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct Maturity {
    pub stage: Stage,
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub evidence: Evidence,
    /// What teacher-led takes (the rule lives in `domain::maturity`).
    pub teacher_led: Thresholds,
}

pub async fn maturity(db: &Db, access: &Access, cop: Uuid, period: Span) -> Result<Maturity> {
    let found = visible(db, access, cop).await?;
    let evidence = match found.kind.parse::<CommunityKind>() {
        Ok(kind) if kind.is_plc() => plc_evidence(db, access, cop, kind, period).await?,
        _ => {
            let rows = facts(db, period).await?;
            rows.rows.iter().find(|r| r.id == cop).ok_or_else(|| Error::not_found("CoP maturity", cop))?.evidence
        }
    };
    Ok(Maturity { stage: maturity::stage(&evidence), from: period.from, to: period.to, evidence, teacher_led: maturity::TEACHER_LED })
}

/// A PLC's maturity evidence, by the same rule as a CoP's with its members in the teachers'
/// place (seed 002: PLCs where head teachers "discuss their schools' data together"): meetings
/// where members took part in deciding the agenda, meetings a member facilitated rather than
/// its leader of learning, role rotation among its members over the period's meetings, and its
/// planned meetings held. PLCs are not in the teachers' KPI facts, so
/// this reads the PLC's own meetings.
async fn plc_evidence(db: &Db, access: &Access, id: Uuid, kind: CommunityKind, period: Span) -> Result<Evidence> {
    #[derive(sqlx::FromRow)]
    struct Held {
        id: Uuid,
        facilitator_kind: String,
    }
    let q = Query::select()
        .columns(["id", "facilitator_kind"])
        .from("meetings")
        .and_where(Expr::col("community_id").eq(id))
        .and_where(Expr::col("held_on").gte(period.from))
        .and_where(Expr::col("held_on").lte(period.to))
        .to_owned();
    let held: Vec<Held> = db.all(&q).await?;
    #[derive(sqlx::FromRow)]
    struct Decided {
        meeting_id: Uuid,
    }
    let mut decided = std::collections::HashSet::new();
    for chunk in held.chunks(crate::batch::BATCH) {
        let q = Query::select()
            .distinct()
            .column("meeting_id")
            .from("meeting_decisions")
            .and_where(Expr::col("meeting_id").is_in(chunk.iter().map(|m| m.id)))
            .and_where(Expr::col("aspect").eq(domain::vocab::DecisionAspect::Agenda.slug()))
            .and_where(Expr::col("decider").eq(kind.members_decide().slug()))
            .to_owned();
        decided.extend(db.all::<Decided>(&q).await?.into_iter().map(|d| d.meeting_id));
    }
    let by_member = held.iter().filter(|m| m.facilitator_kind == kind.member_facilitates().slug()).count();
    // Rotation as a CoP's: each role's evenness over the period's meetings, against its
    // members today (officials take no turn).
    #[derive(sqlx::FromRow)]
    struct RoleRow {
        role: String,
        person_id: Uuid,
    }
    let mut roles: Vec<RoleRow> = Vec::new();
    for chunk in held.chunks(crate::batch::BATCH) {
        let q = Query::select()
            .columns(["role", "person_id"])
            .from("meeting_roles")
            .and_where(Expr::col("meeting_id").is_in(chunk.iter().map(|m| m.id)))
            .to_owned();
        roles.extend(db.all::<RoleRow>(&q).await?);
    }
    let members =
        communities::members(db, access, id).await?.iter().filter(|m| m.left_on.is_none() && m.role != Part::Official.slug()).count();
    let per_role: Vec<Option<f64>> = MeetingRole::ALL
        .iter()
        .map(|r| rotation::evenness(&roles.iter().filter(|x| x.role == r.slug()).map(|x| x.person_id).collect::<Vec<_>>(), members))
        .collect();
    let rotation = rotation::cop_rotation(&per_role).unwrap_or(0.0);
    let planned: usize = schedule(db, access, id).await?.iter().flat_map(|t| t.planned.iter()).filter(|d| period.contains(**d)).count();
    let n = held.len();
    let share = |k: usize| k as f64 / Ord::max(n, 1) as f64;
    Ok(Evidence {
        meetings_held: n as u32,
        teacher_agenda_share: share(decided.len()),
        rotation,
        teacher_facilitated_share: share(by_member),
        regularity: if planned == 0 { f64::from(u8::from(n > 0)) } else { (n as f64 / planned as f64).min(1.0) },
    })
}
