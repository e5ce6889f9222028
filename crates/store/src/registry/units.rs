//! Administrative units and the levels of the hierarchy.

use crate::batch::{BATCH, Mode, Policy, Refused, Written, new_id, settle};
use crate::list::{Filter, Page};
use crate::{Db, Error, Result, scope};
use domain::{Access, FieldErrors, NewUnit, Place};
use sea_query::{Expr, ExprTrait, JoinType, OnConflict, Query, SelectStatement};
use serde::Serialize;
use std::collections::HashMap;
use uuid::Uuid;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, sqlx::FromRow, utoipa::ToSchema)]
pub struct Unit {
    pub code: String,
    pub name: String,
    pub level: String,
    pub parent: Option<String>,
    /// Codes from the root, e.g. `/RW/RW-E/RW-E-01/`.
    pub path: String,
}

fn select() -> SelectStatement {
    Query::select()
        .expr_as(Expr::col(("u", "code")), "code")
        .expr_as(Expr::col(("u", "name")), "name")
        .expr_as(Expr::col(("l", "slug")), "level")
        .expr_as(Expr::col(("p", "code")), "parent")
        .expr_as(Expr::col(("u", "path")), "path")
        .from_as("units", "u")
        .join_as(JoinType::InnerJoin, "unit_levels", "l", Expr::col(("l", "depth")).equals(("u", "depth")))
        .join_as(JoinType::LeftJoin, "units", "p", Expr::col(("p", "id")).equals(("u", "parent_id")))
        .to_owned()
}

/// Readable units: the covered subtrees, plus the units above each of the reader's posts.
fn readable(access: &Access) -> sea_query::Condition {
    let cols = scope::PlaceCols { unit_path: ("u", "path"), school: None, cluster: None };
    let mut any = sea_query::Condition::any().add(scope::condition(&access.read, &cols));
    if !access.ancestor_paths.is_empty() {
        any = any.add(Expr::col(("u", "path")).is_in(access.ancestor_paths.clone()));
    }
    any
}

pub async fn list(db: &Db, access: &Access, filter: &Filter) -> Result<Page<Unit>> {
    let mut q = select();
    q.cond_where(readable(access));
    crate::list::page(db, q, filter, &[("u", "name"), ("u", "code")], ("u", "path"), ("u", "path")).await
}

pub async fn get(db: &Db, access: &Access, code: &str) -> Result<Unit> {
    let unit: Unit =
        db.optional(select().and_where(Expr::col(("u", "code")).eq(code))).await?.ok_or_else(|| Error::not_found("unit", code))?;
    let visible = access.read.covers_unit(&unit.path) || access.ancestor_paths.contains(&unit.path);
    if visible { Ok(unit) } else { Err(Error::out_of_scope("unit", code)) }
}

/// The path of a unit, for filters. Unknown codes are a 404 (filters name real places).
pub async fn path_of(db: &Db, code: &str) -> Result<String> {
    #[derive(sqlx::FromRow)]
    struct P {
        path: String,
    }
    let row: Option<P> = db.optional(Query::select().column("path").from("units").and_where(Expr::col("code").eq(code))).await?;
    row.map(|r| r.path).ok_or_else(|| Error::not_found("unit", code))
}

#[derive(sqlx::FromRow)]
struct Level {
    slug: String,
}

/// The configured levels, root first.
pub async fn levels(db: &Db) -> Result<Vec<String>> {
    let rows: Vec<Level> = db.all(Query::select().column("slug").from("unit_levels").order_by("depth", sea_query::Order::Asc)).await?;
    Ok(rows.into_iter().map(|l| l.slug).collect())
}

/// Sets the levels (e.g. `country, province, district, sector`). Allowed while no unit exists.
pub async fn set_levels(db: &Db, slugs: &[String]) -> Result<()> {
    if !levels(db).await?.is_empty() {
        return Err(Error::invalid("levels", "levels are already set; they cannot change once units exist"));
    }
    let slugs: Vec<String> = slugs.iter().map(|s| s.to_ascii_lowercase()).collect();
    let mut tx = db.begin().await?;
    insert_levels(&mut tx, &slugs, None).await?;
    tx.commit().await?;
    Ok(())
}

/// Writes the levels, once, and logs them as national set-up.
async fn insert_levels(tx: &mut crate::db::Tx, slugs: &[String], actor: Option<Uuid>) -> Result<()> {
    for (depth, slug) in slugs.iter().enumerate() {
        tx.run(
            Query::insert()
                .into_table("unit_levels")
                .columns(["depth", "slug"])
                .values_panic([Expr::val(depth as i64), Expr::val(slug.clone())]),
        )
        .await?;
    }
    let after = Some(serde_json::json!({ "levels": slugs }));
    let change = crate::audit::Change {
        actor,
        what: "unit levels set",
        record: slugs.join(", "),
        place: crate::audit::national(),
        before: None,
        after,
    };
    crate::audit::log(tx, &[change]).await
}

#[derive(Clone, sqlx::FromRow)]
pub(crate) struct Known {
    pub id: Uuid,
    pub code: String,
    pub path: String,
    pub depth: i64,
    pub name: String,
}

pub(crate) async fn known(db: &Db) -> Result<HashMap<String, Known>> {
    let rows: Vec<Known> = db.all(Query::select().columns(["id", "code", "path", "depth", "name"]).from("units")).await?;
    Ok(rows.into_iter().map(|k| (k.code.clone(), k)).collect())
}

/// Levels for a first import into an empty registry: the depth of each unit in the batch,
/// counted up its parent chain, names its level.
fn infer_levels(units: &[NewUnit]) -> Vec<String> {
    let by_code: HashMap<&str, &NewUnit> = units.iter().map(|u| (u.code.as_str(), u)).collect();
    let mut levels: Vec<String> = Vec::new();
    for unit in units {
        let mut depth = 0;
        let mut at = unit;
        while let Some(parent) = at.parent.as_ref().and_then(|p| by_code.get(p.as_str())) {
            depth += 1;
            at = parent;
            if depth > units.len() {
                break;
            }
        }
        if levels.len() <= depth {
            levels.resize(depth + 1, String::new());
        }
        if levels[depth].is_empty() {
            levels[depth] = unit.level.clone();
        }
    }
    levels
}

/// Writes units, parents before children (a parent may come earlier in the same batch).
#[tracing::instrument(skip_all)]
pub async fn write(db: &Db, access: &Access, units: &[NewUnit], mode: Mode, policy: Policy) -> Result<Written> {
    let mut levels = levels(db).await?;
    let new_levels = levels.is_empty();
    if new_levels {
        levels = infer_levels(units);
    }
    let mut known = known(db).await?;
    let mut rows = Vec::new();
    let mut written = Written::default();
    let mut seen = std::collections::HashSet::new();
    let mut refused = Refused::default();
    for (index, unit) in units.iter().enumerate() {
        if !seen.insert(unit.code.as_str()) {
            rows.push((index, Err(FieldErrors::single("code", format!("{} appears twice in the file", unit.code)))));
            continue;
        }
        let existing = known.get(unit.code.as_str()).cloned();
        let resolved = resolve(&known, &levels, access, unit, existing.as_ref(), mode, &mut refused)?;
        if let Ok(row) = &resolved {
            known.insert(row.code.clone(), row.clone());
        }
        rows.push((index, resolved));
    }
    if mode != Mode::Upsert {
        refused.whole()?;
    }
    let Some((good, skipped)) = settle(rows, policy)? else {
        return Ok(Written::default());
    };
    written.skipped = skipped;
    // Parents by path, so each row finds its parent's id without a scan.
    let by_path: HashMap<&str, Uuid> = known.values().map(|k| (k.path.as_str(), k.id)).collect();
    let mut tx = db.begin().await?;
    if new_levels {
        insert_levels(&mut tx, &levels, access.actor).await?;
    }
    let mut changes = Vec::new();
    for chunk in good.chunks(BATCH) {
        let codes: Vec<String> = chunk.iter().map(|row| row.code.clone()).collect();
        let these = select().and_where(Expr::col(("u", "code")).is_in(codes)).to_owned();
        let before: Vec<Unit> = tx.all(&these).await?;
        let mut insert = Query::insert();
        insert.into_table("units").columns(["id", "code", "name", "depth", "parent_id", "path"]);
        for row in chunk {
            let parent = row.path.trim_end_matches('/').rsplit_once('/').map(|(p, _)| format!("{p}/"));
            let parent_id = parent.and_then(|p| by_path.get(p.as_str()).copied());
            insert.values_panic([
                row.id.into(),
                row.code.clone().into(),
                row.name.clone().into(),
                row.depth.into(),
                parent_id.into(),
                row.path.clone().into(),
            ]);
        }
        insert.on_conflict(OnConflict::column("code").update_columns(["name"]).to_owned());
        tx.run(&insert).await?;
        let after: Vec<Unit> = tx.all(&these).await?;
        changes.extend(crate::audit::diff("unit written", access.actor, before, after, |u| {
            (u.code.clone(), Place { unit_path: u.path.clone(), school: None, cluster: None })
        }));
    }
    written.tally(&changes);
    crate::audit::log(&mut tx, &changes).await?;
    tx.commit().await?;
    Ok(written)
}

fn resolve(
    known: &HashMap<String, Known>,
    levels: &[String],
    access: &Access,
    unit: &NewUnit,
    existing: Option<&Known>,
    mode: Mode,
    refused: &mut Refused,
) -> Result<Result<Known, FieldErrors>> {
    let mut errors = FieldErrors::new();
    match (mode, existing) {
        (Mode::Create, Some(_)) => errors.add("code", format!("{} already exists", unit.code)),
        (Mode::Update, None) => return Err(Error::not_found("unit", &unit.code)),
        _ => {}
    }
    let (path, depth) = match &unit.parent {
        None => (format!("/{}/", unit.code), 0),
        Some(parent) => match known.get(parent.as_str()) {
            Some(p) => (format!("{}{}/", p.path, unit.code), p.depth + 1),
            None => {
                errors.add("parent", format!("no unit {parent} (a parent must exist or come earlier in the file)"));
                (String::new(), 0)
            }
        },
    };
    match levels.get(depth as usize) {
        Some(level) if *level == unit.level => {}
        Some(level) => errors.add("level", format!("{:?} is not the level at this depth; expected {level:?}", unit.level)),
        None => errors.add("level", format!("{:?} is below the lowest level {:?}", unit.level, levels.last().cloned().unwrap_or_default())),
    }
    if let Some(existing) = existing
        && !path.is_empty()
        && existing.path != path
    {
        errors.add("parent", format!("{} is under {}; moving a unit is not supported", unit.code, existing.path));
    }
    if !errors.is_empty() {
        return Ok(Err(errors));
    }
    let parent_path = path.trim_end_matches('/').rsplit_once('/').map(|(p, _)| format!("{p}/")).unwrap_or_default();
    let allowed = if depth == 0 { access.write.all } else { access.write.covers_unit(&parent_path) };
    if !allowed {
        refused.row(&mut errors, "code", "unit", unit.code.as_str());
        return Ok(Err(errors));
    }
    let id = existing.map_or_else(new_id, |e| e.id);
    Ok(Ok(Known { id, code: unit.code.to_string(), path, depth, name: unit.name.clone() }))
}
