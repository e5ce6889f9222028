//! Leaders of learning and their selection (seed 002; seed 003's District Selection
//! Committee): the country's eligibility rules (`rules`), the open seats (`vacancies`), and a
//! selection from opening to appointment (`selections`). The rules themselves are
//! `domain::selection`'s; this reads the posts and results they need and keeps the record.

pub mod kpis;
pub mod selections;
pub mod vacancies;

use crate::{Db, Error, Result};
use domain::Access;
use domain::selection::Rules;
use sea_query::{Expr, ExprTrait, Query};

#[derive(sqlx::FromRow)]
struct RulesRow {
    head_years: i64,
    results_years: i64,
    high_pct: i64,
    gain_pts: i64,
}

/// The eligibility rules in force.
pub async fn rules(db: &Db) -> Result<Rules> {
    let q = Query::select().columns(["head_years", "results_years", "high_pct", "gain_pts"]).from("selection_rules").to_owned();
    let r: RulesRow = db.one(&q).await?;
    Ok(Rules::parse(r.head_years, r.results_years, r.high_pct, r.gain_pts)?)
}

/// Sets the eligibility rules: national configuration, as a programme's is.
pub async fn set_rules(db: &Db, access: &Access, rules: &Rules) -> Result<Rules> {
    if !access.configures_programmes {
        return Err(Error::out_of_scope("selection rules", "the country's"));
    }
    let before = self::rules(db).await?;
    let mut tx = db.begin().await?;
    tx.run(
        Query::update()
            .table("selection_rules")
            .value("head_years", i64::from(rules.head_years))
            .value("results_years", i64::from(rules.results_years))
            .value("high_pct", i64::from(rules.high_pct))
            .value("gain_pts", i64::from(rules.gain_pts))
            .and_where(Expr::col("id").eq(1)),
    )
    .await?;
    if before != *rules {
        let change = crate::audit::Change {
            actor: access.actor,
            what: "selection rules set",
            record: "selection rules".into(),
            place: crate::audit::national(),
            before: Some(crate::audit::json(&before)),
            after: Some(crate::audit::json(rules)),
        };
        crate::audit::log(&mut tx, &[change]).await?;
    }
    tx.commit().await?;
    Ok(*rules)
}
