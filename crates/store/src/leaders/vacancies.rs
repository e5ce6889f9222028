//! The seats of leaders of learning and which are open: an LLL for each unit with a sector
//! PLC, two NLLs for each unit with a district PLC (`domain::selection::seats`), each open when
//! its leader's post has ended or ends within six months, or nobody holds it.

use crate::{Db, Result};
use chrono::NaiveDate;
use domain::selection::{Tenure, Vacancy, seats, vacancies};
use domain::{Access, Role};
use sea_query::{Expr, ExprTrait, JoinType, Query};
use serde::Serialize;
use std::collections::HashMap;
use uuid::Uuid;

/// One open seat.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Seat {
    #[schema(value_type = domain::Role)]
    pub role: String,
    /// The sector or district (its code).
    pub unit: String,
    pub unit_name: String,
    #[serde(flatten)]
    pub vacancy: Vacancy,
    /// The selection under way for it, if one is.
    pub selection: Option<Uuid>,
    #[serde(skip)]
    pub unit_id: Uuid,
    #[serde(skip)]
    pub unit_path: String,
}

#[derive(sqlx::FromRow)]
pub(crate) struct SeatUnit {
    pub kind: String,
    pub id: Uuid,
    pub code: String,
    pub name: String,
    pub path: String,
}

#[derive(sqlx::FromRow)]
pub(crate) struct LeaderPost {
    pub unit_id: Uuid,
    pub role: String,
    pub starts_on: NaiveDate,
    pub ends_on: Option<NaiveDate>,
}

/// The role whose seats a PLC's unit has: its facilitators'.
pub(crate) fn role_of(kind: &str) -> Role {
    if kind == domain::community::CommunityKind::DistrictPlc.slug() { Role::Nll } else { Role::Lll }
}

/// The units with seats under `path` (the whole country when `None`).
pub(crate) async fn seat_units(db: &Db, path: Option<&str>) -> Result<Vec<SeatUnit>> {
    let mut q = Query::select()
        .columns([("m", "kind")])
        .columns([("u", "id"), ("u", "code"), ("u", "name"), ("u", "path")])
        .distinct()
        .from_as("communities", "m")
        .join_as(JoinType::InnerJoin, "units", "u", Expr::col(("u", "id")).equals(("m", "unit_id")))
        .and_where(Expr::col(("m", "kind")).is_in(["sector-plc", "district-plc"]))
        .order_by(("u", "path"), sea_query::Order::Asc)
        .to_owned();
    if let Some(path) = path {
        q.and_where(crate::scope::starts_with(("u", "path"), path));
    }
    Ok(db.all(&q).await?)
}

pub(crate) async fn leader_posts(db: &Db, units: &[Uuid]) -> Result<Vec<LeaderPost>> {
    let mut all = Vec::new();
    for chunk in units.chunks(crate::batch::BATCH) {
        let q = Query::select()
            .columns(["unit_id", "role", "starts_on", "ends_on"])
            .from("posts")
            .and_where(Expr::col("role").is_in([Role::Lll.slug(), Role::Nll.slug()]))
            .and_where(Expr::col("unit_id").is_in(chunk.iter().copied()))
            .to_owned();
        all.extend(db.all::<LeaderPost>(&q).await?);
    }
    Ok(all)
}

#[derive(sqlx::FromRow)]
struct OpenSelection {
    id: Uuid,
    unit_id: Uuid,
    role: String,
}

/// The open seats the caller reads, under the unit `unit` (its code) if given, on `today`.
pub async fn open_seats(db: &Db, access: &Access, unit: Option<&str>, today: NaiveDate) -> Result<Vec<Seat>> {
    let path = match unit {
        Some(code) => Some(crate::registry::units::path_of(db, code).await?),
        None => None,
    };
    let units: Vec<SeatUnit> = seat_units(db, path.as_deref()).await?.into_iter().filter(|u| access.read.covers_unit(&u.path)).collect();
    let posts = leader_posts(db, &units.iter().map(|u| u.id).collect::<Vec<_>>()).await?;
    let mut held: HashMap<(Uuid, &str), Vec<Tenure>> = HashMap::new();
    for p in &posts {
        held.entry((p.unit_id, p.role.as_str())).or_default().push((p.starts_on, p.ends_on));
    }
    let open: Vec<OpenSelection> = db
        .all(&Query::select().columns(["id", "unit_id", "role"]).from("selections").and_where(Expr::col("decided_on").is_null()).to_owned())
        .await?;
    let mut seats_open = Vec::new();
    for u in &units {
        let role = role_of(&u.kind);
        let posts = held.get(&(u.id, role.slug())).map_or(&[][..], Vec::as_slice);
        let selection = open.iter().find(|s| s.unit_id == u.id && s.role == role.slug()).map(|s| s.id);
        for vacancy in vacancies(seats(role), posts, today) {
            seats_open.push(Seat {
                role: role.slug().to_owned(),
                unit: u.code.clone(),
                unit_name: u.name.clone(),
                vacancy,
                selection,
                unit_id: u.id,
                unit_path: u.path.clone(),
            });
        }
    }
    Ok(seats_open)
}
