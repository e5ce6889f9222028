//! Observation rubrics, versioned (`domain::rubric`): writing a rubric whose content differs
//! from its latest version adds the next version; writing the same again changes nothing (safe
//! to retry). National configuration, as the selection rules are; audited.

use crate::db::Tx;
use crate::{Db, Error, Result};
use domain::Access;
use domain::rubric::Rubric;
use sea_query::{Expr, ExprTrait, Query};
use serde::Serialize;

/// A rubric as stored: its version and its content.
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct Stored {
    pub version: i64,
    pub rubric: Rubric,
}

/// A rubric's latest version, for a list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, sqlx::FromRow, utoipa::ToSchema)]
pub struct Summary {
    pub code: String,
    pub name: String,
    pub version: i64,
}

#[derive(sqlx::FromRow)]
struct Row {
    version: i64,
    body: String,
}

fn stored(row: Row) -> Result<Stored> {
    let rubric: Rubric = serde_json::from_str(&row.body).map_err(|e| Error::Failed(format!("a stored rubric does not read back: {e}")))?;
    Ok(Stored { version: row.version, rubric })
}

/// The rubric `code` at `version`, or its latest.
pub async fn get(db: &Db, code: &str, version: Option<i64>) -> Result<Stored> {
    let mut q = Query::select();
    q.columns(["version", "body"]).from("rubrics").and_where(Expr::col("code").eq(code));
    match version {
        Some(v) => q.and_where(Expr::col("version").eq(v)),
        None => q.order_by("version", sea_query::Order::Desc).limit(1),
    };
    let key = version.map_or_else(|| code.to_owned(), |v| format!("{code} v{v}"));
    let row: Row = db.optional(&q).await?.ok_or_else(|| Error::not_found("rubric", key))?;
    stored(row)
}

/// Every rubric's latest version, by code.
pub async fn list(db: &Db) -> Result<Vec<Summary>> {
    let latest = Query::select()
        .expr(Expr::col("version").max())
        .from_as("rubrics", "l")
        .and_where(Expr::col(("l", "code")).equals(("r", "code")))
        .to_owned();
    let q = Query::select()
        .columns([("r", "code"), ("r", "name"), ("r", "version")])
        .from_as("rubrics", "r")
        .and_where(Expr::col(("r", "version")).in_subquery(latest))
        .order_by(("r", "code"), sea_query::Order::Asc)
        .to_owned();
    Ok(db.all(&q).await?)
}

async fn insert(tx: &mut Tx, rubric: &Rubric, version: i64, on: chrono::NaiveDate) -> Result<()> {
    let body = serde_json::to_string(rubric).map_err(|e| Error::Failed(e.to_string()))?;
    tx.run(Query::insert().into_table("rubrics").columns(["id", "code", "version", "name", "body", "written_on"]).values_panic([
        Expr::val(crate::batch::new_id()),
        Expr::val(rubric.code.as_str()),
        Expr::val(version),
        Expr::val(rubric.name.as_str()),
        Expr::val(body),
        Expr::val(on),
    ]))
    .await?;
    Ok(())
}

/// The default rubric as version 1 (migration 19).
pub(crate) async fn seed(tx: &mut Tx) -> Result<()> {
    insert(tx, &domain::rubric::teach_structured(), 1, chrono::Utc::now().date_naive()).await
}

/// Writes `rubric` (checked again here): its next version when it differs from the latest, or
/// the latest unchanged. Answers the version kept and whether it is new.
pub async fn put(db: &Db, access: &Access, rubric: Rubric, on: chrono::NaiveDate) -> Result<(Stored, bool)> {
    if !access.configures_programmes {
        return Err(Error::out_of_scope("rubric", &rubric.code));
    }
    let rubric = Rubric::parse(rubric)?;
    let latest = match get(db, &rubric.code, None).await {
        Ok(s) => Some(s),
        Err(Error::NotFound { .. }) => None,
        Err(e) => return Err(e),
    };
    if let Some(same) = latest.as_ref().filter(|s| s.rubric == rubric) {
        return Ok((same.clone(), false));
    }
    let version = latest.as_ref().map_or(1, |s| s.version + 1);
    let mut tx = db.begin().await?;
    insert(&mut tx, &rubric, version, on).await?;
    let change = crate::audit::Change {
        actor: access.actor,
        what: "rubric version written",
        record: format!("{} v{version}", rubric.code),
        place: crate::audit::national(),
        before: latest.as_ref().map(|s| crate::audit::json(&s.rubric)),
        after: Some(crate::audit::json(&rubric)),
    };
    crate::audit::log(&mut tx, &[change]).await?;
    tx.commit().await?;
    Ok((Stored { version, rubric }, true))
}
