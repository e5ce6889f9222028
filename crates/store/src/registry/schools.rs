//! Schools.

use super::units;
use crate::batch::{Mode, Policy, Refused, Written, new_id};
use crate::db::Tx;
use crate::list::{Filter, Page};
use crate::{Db, Error, Result, scope};
use domain::{Access, FieldErrors, NewSchool, Place};
use sea_query::{Expr, ExprTrait, JoinType, OnConflict, Query, SelectStatement};
use serde::Serialize;
use uuid::Uuid;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, sqlx::FromRow, utoipa::ToSchema)]
pub struct School {
    #[serde(skip)]
    pub id: Uuid,
    pub code: String,
    pub name: String,
    /// The code of the unit the school is in.
    pub unit: String,
    #[schema(value_type = domain::Ownership)]
    pub ownership: String,
    #[schema(value_type = domain::Locality)]
    pub locality: String,
    #[serde(skip)]
    pub unit_path: String,
}

pub(crate) const COLS: scope::PlaceCols = scope::PlaceCols { unit_path: ("u", "path"), school: Some(("s", "id")), cluster: None };

fn select() -> SelectStatement {
    Query::select()
        .columns([("s", "id"), ("s", "code"), ("s", "name"), ("s", "ownership"), ("s", "locality")])
        .expr_as(Expr::col(("u", "code")), "unit")
        .expr_as(Expr::col(("u", "path")), "unit_path")
        .from_as("schools", "s")
        .join_as(JoinType::InnerJoin, "units", "u", Expr::col(("u", "id")).equals(("s", "unit_id")))
        .to_owned()
}

pub async fn list(db: &Db, access: &Access, filter: &Filter) -> Result<Page<School>> {
    let mut q = select();
    q.cond_where(scope::condition(&access.read, &COLS));
    crate::list::page(db, q, filter, &[("s", "name"), ("s", "code")], ("u", "path"), ("s", "code")).await
}

/// A school, if the caller may read it: 404 when there is none, 403 when it is not theirs.
pub async fn get(db: &Db, access: &Access, code: &str) -> Result<School> {
    let school: School =
        db.optional(select().and_where(Expr::col(("s", "code")).eq(code))).await?.ok_or_else(|| Error::not_found("school", code))?;
    if access.read.covers(&school.place()) { Ok(school) } else { Err(Error::out_of_scope("school", code)) }
}

impl School {
    /// Where the school is, for the scope check.
    pub fn place(&self) -> Place {
        Place { unit_path: self.unit_path.clone(), school: Some(self.id), cluster: None }
    }
}

pub struct Resolved {
    id: Uuid,
    unit_id: Uuid,
    school: NewSchool,
}

impl crate::batch::Record for NewSchool {
    type Ready = Resolved;
    type Stored = School;
    type Carry = ();
    const WRITTEN: &'static str = "school written";

    fn key(&self) -> String {
        self.code.to_string()
    }

    async fn resolve(
        tx: &mut Tx,
        access: &Access,
        schools: &[&NewSchool],
        mode: Mode,
        _: &mut (),
        refused: &mut Refused,
    ) -> Result<Vec<Result<Resolved, FieldErrors>>> {
        let units = units::named(tx, schools.iter().map(|s| s.unit.to_string()).collect()).await?;
        let existing = named(tx, schools.iter().map(|s| s.code.to_string()).collect()).await?;
        let mut rows = Vec::new();
        for school in schools {
            let mut errors = FieldErrors::new();
            let old = existing.get(school.code.as_str());
            crate::batch::check_code(&mut errors, mode, "school", school.code.as_str(), old.is_some())?;
            let unit = units.get(school.unit.as_str());
            if unit.is_none() {
                errors.add("unit", domain::why("why-not-registered").arg("code", &school.unit));
            }
            if let Some(unit) = unit {
                // An existing school is the caller's to change where it is; a new one, where it goes.
                let allowed = match old {
                    Some(o) => access.write.covers(&o.place()),
                    None => access.write.covers(&Place { unit_path: unit.path.clone(), school: None, cluster: None }),
                };
                if !allowed {
                    refused.row(&mut errors, "code", "school", school.code.as_str());
                }
                // Its CoPs, posts and people are registered under its unit: they would stay behind.
                if let Some(o) = old.filter(|o| o.unit != school.unit.as_str()) {
                    errors.add("unit", domain::why("why-cannot-move").arg("code", &school.code).arg("place", &o.unit));
                }
            }
            rows.push(errors.finish(|| Resolved {
                id: old.map_or_else(new_id, |o| o.id),
                unit_id: unit.map(|u| u.id).unwrap_or_default(),
                school: (*school).clone(),
            }));
        }
        Ok(rows)
    }

    async fn stored(tx: &mut Tx, ready: &[Resolved]) -> Result<Vec<School>> {
        let codes: Vec<String> = ready.iter().map(|r| r.school.code.to_string()).collect();
        Ok(tx.all(&select().and_where(Expr::col(("s", "code")).is_in(codes)).to_owned()).await?)
    }

    async fn insert(tx: &mut Tx, ready: &[Resolved], _: &mut ()) -> Result<()> {
        let mut insert = Query::insert();
        insert.into_table("schools").columns(["id", "code", "name", "unit_id", "ownership", "locality"]);
        for r in ready {
            let s = &r.school;
            insert.values_panic([
                r.id.into(),
                s.code.to_string().into(),
                s.name.clone().into(),
                r.unit_id.into(),
                s.ownership.slug().into(),
                s.locality.slug().into(),
            ]);
        }
        insert.on_conflict(OnConflict::column("code").update_columns(["name", "unit_id", "ownership", "locality"]).to_owned());
        tx.run(&insert).await?;
        Ok(())
    }

    fn audited(s: &School) -> (String, Place) {
        (s.code.clone(), s.place())
    }
}

/// The schools with these codes, read in the transaction.
pub(crate) async fn named(tx: &mut Tx, codes: Vec<String>) -> Result<std::collections::HashMap<String, School>> {
    crate::batch::named(tx, &select(), ("s", "code"), codes, |s: &School| s.code.clone()).await
}

/// Writes schools (see [`crate::batch`]).
#[tracing::instrument(skip_all)]
pub async fn write(db: &Db, access: &Access, schools: &[NewSchool], mode: Mode, policy: Policy) -> Result<Written> {
    crate::batch::write(db, access, schools, mode, policy).await
}
