//! CoP life: meetings and everything recorded with them, the reports to head teachers and the
//! follow-up of action points, and the figures made from them (schedule, rotation, maturity,
//! KPIs). Learning communities of any kind share it: nothing here assumes teachers or schools.

pub mod cop;
pub mod dashboard;
pub mod export;
pub mod group;
pub mod kpis;
pub mod meetings;
pub mod record;
pub mod reports;

use crate::Result;
use crate::db::Tx;
use sea_query::{Expr, ExprTrait, Query};

/// Marks CoP life as changed, in the writer's transaction (see the `activity_version` table).
pub(crate) async fn bump_version(tx: &mut Tx) -> Result<()> {
    tx.run(Query::update().table("activity_version").value("version", Expr::col("version").add(1)).and_where(Expr::col("id").eq(1)))
        .await?;
    Ok(())
}
