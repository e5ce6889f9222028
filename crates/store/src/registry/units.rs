//! Administrative units and the levels of the hierarchy.

use crate::batch::{Mode, Policy, Refused, Written, new_id};
use crate::db::Tx;
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
        return Err(Error::invalid("levels", domain::why("why-levels-set")));
    }
    let slugs: Vec<String> = slugs.iter().map(|s| s.to_ascii_lowercase()).collect();
    let mut tx = db.begin().await?;
    insert_levels(&mut tx, slugs.iter().cloned().enumerate()).await?;
    log_levels(&mut tx, &slugs, None).await?;
    tx.commit().await?;
    Ok(())
}

async fn insert_levels(tx: &mut Tx, levels: impl IntoIterator<Item = (usize, String)>) -> Result<()> {
    for (depth, slug) in levels {
        tx.run(
            Query::insert().into_table("unit_levels").columns(["depth", "slug"]).values_panic([Expr::val(depth as i64), Expr::val(slug)]),
        )
        .await?;
    }
    Ok(())
}

/// Logs the levels as national set-up, once.
async fn log_levels(tx: &mut Tx, slugs: &[String], actor: Option<Uuid>) -> Result<()> {
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
pub struct Known {
    pub(crate) id: Uuid,
    pub(crate) code: String,
    pub(crate) path: String,
    pub(crate) depth: i64,
    pub(crate) name: String,
}

/// The units with these codes, read in the transaction.
pub(crate) async fn named(tx: &mut Tx, codes: Vec<String>) -> Result<HashMap<String, Known>> {
    let q = Query::select().columns(["id", "code", "path", "depth", "name"]).from("units").to_owned();
    crate::batch::named(tx, &q, ("units", "code"), codes, |k: &Known| k.code.clone()).await
}

/// The levels a batch of units works with: those configured, or, for a first import into an
/// empty registry, those the batch sets as it goes (the first unit at each depth names it).
#[derive(Default)]
pub struct Levels {
    levels: Option<Vec<String>>,
    /// Set by this batch (the registry had none).
    inferring: bool,
    /// Levels found and not yet written.
    pending: Vec<(usize, String)>,
}

impl Levels {
    /// The level expected at `depth`; under inference, a unit one level below the deepest
    /// names the next level.
    fn at(&mut self, depth: usize, unit: &NewUnit) -> Option<String> {
        let levels = self.levels.as_mut().expect("levels are read before the first record");
        if self.inferring && depth == levels.len() && !levels.contains(&unit.level) {
            levels.push(unit.level.clone());
            self.pending.push((depth, unit.level.clone()));
        }
        levels.get(depth).cloned()
    }

    /// How far the levels had got, to undo a level named by a row that proved invalid.
    fn mark(&self) -> (usize, usize) {
        (self.levels.as_ref().map_or(0, Vec::len), self.pending.len())
    }

    fn undo(&mut self, (levels, pending): (usize, usize)) {
        if let Some(l) = self.levels.as_mut() {
            l.truncate(levels);
        }
        self.pending.truncate(pending);
    }

    fn deepest(&self) -> String {
        self.levels.as_ref().and_then(|l| l.last().cloned()).unwrap_or_default()
    }
}

/// Units are written parents before children: a parent may come earlier in the same batch.
impl crate::batch::Record for NewUnit {
    type Ready = Known;
    type Stored = Unit;
    type Carry = Levels;
    const WRITTEN: &'static str = "unit written";

    fn key(&self) -> String {
        self.code.to_string()
    }

    async fn resolve(
        tx: &mut Tx,
        access: &Access,
        units: &[&NewUnit],
        mode: Mode,
        levels: &mut Levels,
        refused: &mut Refused,
    ) -> Result<Vec<Result<Known, FieldErrors>>> {
        if levels.levels.is_none() {
            let configured = levels_in(tx).await?;
            levels.inferring = configured.is_empty();
            levels.levels = Some(configured);
        }
        let codes: Vec<String> =
            units.iter().flat_map(|u| std::iter::once(u.code.to_string()).chain(u.parent.as_ref().map(|p| p.to_string()))).collect();
        let mut known = named(tx, codes).await?;
        let mut rows = Vec::new();
        for unit in units {
            let existing = known.get(unit.code.as_str()).cloned();
            let mark = levels.mark();
            let resolved = resolve(&known, levels, access, unit, existing.as_ref(), mode, refused)?;
            match &resolved {
                Ok(row) => drop(known.insert(row.code.clone(), row.clone())),
                Err(_) => levels.undo(mark),
            }
            rows.push(resolved);
        }
        Ok(rows)
    }

    async fn stored(tx: &mut Tx, ready: &[Known]) -> Result<Vec<Unit>> {
        let codes: Vec<String> = ready.iter().map(|row| row.code.clone()).collect();
        Ok(tx.all(&select().and_where(Expr::col(("u", "code")).is_in(codes)).to_owned()).await?)
    }

    async fn insert(tx: &mut Tx, ready: &[Known], levels: &mut Levels) -> Result<()> {
        insert_levels(tx, std::mem::take(&mut levels.pending)).await?;
        let parent = |path: &str| path.trim_end_matches('/').rsplit_once('/').map(|(p, _)| format!("{p}/"));
        // Parents by path: those already written, and those earlier in this chunk.
        #[derive(sqlx::FromRow)]
        struct IdPath {
            id: Uuid,
            path: String,
        }
        let q = Query::select().columns(["id", "path"]).from("units").to_owned();
        let mut by_path: HashMap<String, Uuid> =
            crate::batch::named(tx, &q, ("units", "path"), ready.iter().filter_map(|r| parent(&r.path)).collect(), |r: &IdPath| {
                r.path.clone()
            })
            .await?
            .into_iter()
            .map(|(path, r)| (path, r.id))
            .collect();
        by_path.extend(ready.iter().map(|r| (r.path.clone(), r.id)));
        let mut insert = Query::insert();
        insert.into_table("units").columns(["id", "code", "name", "depth", "parent_id", "path"]);
        for row in ready {
            let parent_id = parent(&row.path).and_then(|p| by_path.get(&p).copied());
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
        Ok(())
    }

    fn audited(u: &Unit) -> (String, Place) {
        (u.code.clone(), Place { unit_path: u.path.clone(), school: None, cluster: None })
    }

    /// A first import logs the levels it set, as written (a level named only by rows that
    /// were left out was never written).
    async fn finish(tx: &mut Tx, access: &Access, levels: Levels) -> Result<()> {
        if !levels.inferring {
            return Ok(());
        }
        let slugs = levels_in(tx).await?;
        if slugs.is_empty() { Ok(()) } else { log_levels(tx, &slugs, access.actor).await }
    }
}

/// The configured levels, root first, as the transaction sees them.
async fn levels_in(tx: &mut Tx) -> Result<Vec<String>> {
    let rows: Vec<Level> =
        tx.all(&Query::select().column("slug").from("unit_levels").order_by("depth", sea_query::Order::Asc).to_owned()).await?;
    Ok(rows.into_iter().map(|l| l.slug).collect())
}

/// Writes units (see [`crate::batch`]).
#[tracing::instrument(skip_all)]
pub async fn write(db: &Db, access: &Access, units: &[NewUnit], mode: Mode, policy: Policy) -> Result<Written> {
    crate::batch::write(db, access, units, mode, policy).await
}

fn resolve(
    known: &HashMap<String, Known>,
    levels: &mut Levels,
    access: &Access,
    unit: &NewUnit,
    existing: Option<&Known>,
    mode: Mode,
    refused: &mut Refused,
) -> Result<Result<Known, FieldErrors>> {
    let mut errors = FieldErrors::new();
    crate::batch::check_code(&mut errors, mode, "unit", unit.code.as_str(), existing.is_some())?;
    let (path, depth) = match &unit.parent {
        None => (format!("/{}/", unit.code), 0),
        Some(parent) => match known.get(parent.as_str()) {
            Some(p) => (format!("{}{}/", p.path, unit.code), p.depth + 1),
            None => {
                errors.add("parent", domain::why("why-no-parent").arg("code", parent));
                (String::new(), 0)
            }
        },
    };
    if errors.is_empty() {
        match levels.at(depth as usize, unit) {
            Some(level) if level == unit.level => {}
            Some(level) => errors.add(
                "level",
                domain::why("why-wrong-level").arg("level", format!("{:?}", unit.level)).arg("expected", format!("{level:?}")),
            ),
            None => errors.add(
                "level",
                domain::why("why-below-levels").arg("level", format!("{:?}", unit.level)).arg("lowest", format!("{:?}", levels.deepest())),
            ),
        }
    }
    if let Some(existing) = existing
        && !path.is_empty()
        && existing.path != path
    {
        errors.add("parent", domain::why("why-cannot-move").arg("code", &unit.code).arg("place", &existing.path));
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
