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
use sea_query::{Expr, ExprTrait, JoinType, Query};
use std::collections::BTreeMap;

#[derive(sqlx::FromRow)]
struct RulesRow {
    head_years: i64,
    results_years: i64,
    high_pct: i64,
    gain_pts: i64,
}

/// Who holds `role` on `on` at each of `units` (by code) the caller reads: the names of the
/// leaders in post, by unit code, from the posts themselves (a PLC's membership follows them
/// only when it is formed again).
pub async fn in_post(
    db: &Db,
    access: &Access,
    role: domain::Role,
    units: &[String],
    on: chrono::NaiveDate,
) -> Result<BTreeMap<String, Vec<String>>> {
    #[derive(sqlx::FromRow)]
    struct Held {
        code: String,
        path: String,
        name: String,
    }
    let mut found: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for chunk in units.chunks(crate::batch::BATCH) {
        let q = Query::select()
            .columns([("u", "code"), ("u", "path")])
            .column(("p", "name"))
            .from_as("posts", "h")
            .join_as(JoinType::InnerJoin, "units", "u", Expr::col(("u", "id")).equals(("h", "unit_id")))
            .join_as(JoinType::InnerJoin, "people", "p", Expr::col(("p", "id")).equals(("h", "person_id")))
            .and_where(Expr::col(("h", "role")).eq(role.slug()))
            .and_where(Expr::col(("u", "code")).is_in(chunk.iter().cloned()))
            .and_where(Expr::col(("h", "starts_on")).lte(on))
            .and_where(Expr::col(("h", "ends_on")).is_null().or(Expr::col(("h", "ends_on")).gte(on)))
            .order_by(("p", "name"), sea_query::Order::Asc)
            .to_owned();
        for h in db.all::<Held>(&q).await? {
            if access.read.covers(&domain::Place { unit_path: h.path, school: None, cluster: None }) {
                found.entry(h.code).or_default().push(h.name);
            }
        }
    }
    Ok(found)
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
