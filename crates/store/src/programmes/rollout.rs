//! A programme's rollout as the audit trail compares it before and after a write: its waves and
//! phases (national set-up), and each school's arm and wave (kept at the school).

use crate::Result;
use crate::db::Tx;
use chrono::NaiveDate;
use domain::Place;
use sea_query::{Expr, ExprTrait, JoinType, Query};
use serde::Serialize;
use uuid::Uuid;

/// The waves' start dates and the phases, as one record.
pub(super) async fn stages(tx: &mut Tx, programme: Uuid) -> Result<serde_json::Value> {
    #[derive(Serialize, sqlx::FromRow)]
    struct Wave {
        number: i64,
        starts_on: NaiveDate,
    }
    #[derive(Serialize, sqlx::FromRow)]
    struct Phase {
        number: i64,
        name: String,
        starts_on: NaiveDate,
        ends_on: Option<NaiveDate>,
    }
    let of = |table: &str, cols: &[&'static str]| {
        Query::select()
            .columns(cols.iter().copied())
            .from(table.to_owned())
            .and_where(Expr::col("programme_id").eq(programme))
            .order_by("number", sea_query::Order::Asc)
            .to_owned()
    };
    let waves: Vec<Wave> = tx.all(&of("waves", &["number", "starts_on"])).await?;
    let phases: Vec<Phase> = tx.all(&of("phases", &["number", "name", "starts_on", "ends_on"])).await?;
    Ok(serde_json::json!({ "waves": waves, "phases": phases }))
}

/// A school's place in the rollout.
#[derive(Serialize, sqlx::FromRow)]
pub(super) struct Arm {
    pub school: String,
    /// `treatment` or `control`.
    pub arm: String,
    pub wave: Option<i64>,
    #[serde(skip)]
    pub school_id: Uuid,
    #[serde(skip)]
    pub unit_path: String,
}

impl Arm {
    pub fn place(&self) -> Place {
        Place { unit_path: self.unit_path.clone(), school: Some(self.school_id), cluster: None }
    }
}

pub(super) async fn arms(tx: &mut Tx, programme: Uuid) -> Result<Vec<Arm>> {
    let q = Query::select()
        .expr_as(Expr::col(("s", "code")), "school")
        .columns([("ps", "arm"), ("ps", "wave"), ("ps", "school_id")])
        .expr_as(Expr::col(("u", "path")), "unit_path")
        .from_as("programme_schools", "ps")
        .join_as(JoinType::InnerJoin, "schools", "s", Expr::col(("s", "id")).equals(("ps", "school_id")))
        .join_as(JoinType::InnerJoin, "units", "u", Expr::col(("u", "id")).equals(("s", "unit_id")))
        .and_where(Expr::col(("ps", "programme_id")).eq(programme))
        .to_owned();
    Ok(tx.all(&q).await?)
}
