//! CoP life: meetings and everything recorded with them, the reports to head teachers and the
//! follow-up of action points, and the figures made from them (schedule, rotation, maturity,
//! KPIs). Learning communities of any kind share it: nothing here assumes teachers or schools.

pub mod buckets;
pub mod cop;
pub mod dashboard;
pub mod edit;
pub mod export;
pub mod group;
pub mod kpis;
pub mod meetings;
pub mod record;
pub mod reports;
pub mod side_by_side;
mod tally;

use crate::db::Tx;
use crate::{Db, Result};
use domain::schedule::Span;
use sea_query::{Expr, ExprTrait, Query};
use uuid::Uuid;

/// What a change of CoP life touched.
pub(crate) enum Touched<'a> {
    Cops(&'a [Uuid]),
    Everything,
}

/// Past this many CoPs, a change is logged as touching everything.
const LISTED: usize = 200;

/// Marks CoP life as changed, in the writer's transaction: bumps `life_version` and logs
/// which CoPs changed (see `kpis::facts`).
pub(crate) async fn bump_version(tx: &mut Tx, touched: Touched<'_>) -> Result<()> {
    #[derive(sqlx::FromRow)]
    struct Version {
        version: i64,
    }
    tx.run(Query::update().table("life_version").value("version", Expr::col("version").add(1)).and_where(Expr::col("id").eq(1))).await?;
    let version =
        tx.optional::<Version>(&Query::select().column("version").from("life_version").to_owned()).await?.map_or(0, |v| v.version);
    let mut cops: Vec<Option<Uuid>> = match touched {
        Touched::Cops(ids) if ids.len() <= LISTED => ids.iter().copied().map(Some).collect(),
        _ => vec![None],
    };
    cops.sort();
    cops.dedup();
    let mut insert = Query::insert();
    insert.into_table("life_changes").columns(["version", "community_id"]);
    for cop in cops {
        insert.values_panic([version.into(), cop.into()]);
    }
    tx.run(&insert).await?;
    Ok(())
}

/// The date spans of a calendar table (`terms` or `closures`), oldest first.
pub(crate) async fn spans(db: &Db, table: &'static str) -> Result<Vec<Span>> {
    #[derive(sqlx::FromRow)]
    struct Dates {
        starts_on: chrono::NaiveDate,
        ends_on: chrono::NaiveDate,
    }
    let q = Query::select().columns(["starts_on", "ends_on"]).from(table).order_by("starts_on", sea_query::Order::Asc).to_owned();
    Ok(db.all::<Dates>(&q).await?.into_iter().map(|d| Span { from: d.starts_on, to: d.ends_on }).collect())
}
