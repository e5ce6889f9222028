//! People.

use super::units;
use crate::batch::{Mode, Policy, Refused, Written, new_id};
use crate::db::Tx;
use crate::list::{Filter, Page};
use crate::{Db, Error, Result, scope};
use domain::{Access, FieldErrors, NewPerson, Place};
use sea_query::{Expr, ExprTrait, JoinType, OnConflict, Query, SelectStatement};
use serde::Serialize;
use std::collections::HashMap;
use uuid::Uuid;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, sqlx::FromRow, utoipa::ToSchema)]
pub struct Person {
    #[serde(skip)]
    pub id: Uuid,
    pub code: String,
    pub name: String,
    #[schema(value_type = domain::Gender)]
    pub gender: String,
    pub birth_year: Option<i64>,
    #[schema(value_type = Option<domain::AgeBand>)]
    pub age_band: Option<String>,
    /// Subject slugs (kept joined by `;`, sent as an array).
    #[serde(serialize_with = "crate::joined::as_array")]
    #[schema(value_type = Vec<String>)]
    pub subjects: String,
    pub qualification: Option<String>,
    pub started_teaching: Option<i64>,
    pub phone: Option<String>,
    pub unit: String,
    pub school: Option<String>,
    #[serde(skip)]
    pub unit_path: String,
    #[serde(skip)]
    pub school_id: Option<Uuid>,
}

pub(crate) const COLS: scope::PlaceCols = scope::PlaceCols { unit_path: ("u", "path"), school: Some(("p", "school_id")), cluster: None };

fn select() -> SelectStatement {
    Query::select()
        .columns([
            ("p", "id"),
            ("p", "code"),
            ("p", "name"),
            ("p", "gender"),
            ("p", "birth_year"),
            ("p", "age_band"),
            ("p", "subjects"),
            ("p", "qualification"),
            ("p", "started_teaching"),
            ("p", "phone"),
            ("p", "school_id"),
        ])
        .expr_as(Expr::col(("u", "code")), "unit")
        .expr_as(Expr::col(("u", "path")), "unit_path")
        .expr_as(Expr::col(("s", "code")), "school")
        .from_as("people", "p")
        .join_as(JoinType::InnerJoin, "units", "u", Expr::col(("u", "id")).equals(("p", "unit_id")))
        .join_as(JoinType::LeftJoin, "schools", "s", Expr::col(("s", "id")).equals(("p", "school_id")))
        .to_owned()
}

impl Person {
    /// Where the person is registered, for the scope check.
    pub fn place(&self) -> Place {
        Place { unit_path: self.unit_path.clone(), school: self.school_id, cluster: None }
    }
}

/// Where a person is registered, read in the caller's transaction (the audit trail keeps a
/// sign-in's changes there).
pub(crate) async fn place_of(tx: &mut Tx, id: Uuid) -> Result<Place> {
    let person: Option<Person> = tx.optional(&select().and_where(Expr::col(("p", "id")).eq(id)).to_owned()).await?;
    person.map(|p| p.place()).ok_or_else(|| Error::not_found("person", id))
}

impl Person {
    /// The person as `access` may see them: phone and birth year only for those who write the
    /// registry where the person is (DESIGN.md §3, personal data is need-to-know); everyone
    /// else who reads them sees name, gender, subjects and where they work.
    fn for_reader(mut self, access: &Access) -> Self {
        if !access.write.covers(&self.place()) {
            self.phone = None;
            self.birth_year = None;
        }
        self
    }
}

pub async fn list(db: &Db, access: &Access, filter: &Filter) -> Result<Page<Person>> {
    let mut q = select();
    q.cond_where(scope::condition(&access.read, &COLS));
    let mut page: Page<Person> = crate::list::page(db, q, filter, &[("p", "name"), ("p", "code")], ("u", "path"), ("p", "code")).await?;
    page.items = page.items.into_iter().map(|p| p.for_reader(access)).collect();
    Ok(page)
}

pub async fn get(db: &Db, access: &Access, code: &str) -> Result<Person> {
    let person: Person =
        db.optional(select().and_where(Expr::col(("p", "code")).eq(code))).await?.ok_or_else(|| Error::not_found("person", code))?;
    if access.read.covers(&person.place()) { Ok(person.for_reader(access)) } else { Err(Error::out_of_scope("person", code)) }
}

/// Minimal facts about a registered school, for resolving references.
#[derive(sqlx::FromRow)]
pub(crate) struct SchoolAt {
    pub id: Uuid,
    pub code: String,
    pub unit_id: Uuid,
    pub unit_path: String,
}

/// The schools with these codes, read in the transaction.
pub(crate) async fn schools_named(tx: &mut Tx, codes: Vec<String>) -> Result<HashMap<String, SchoolAt>> {
    let q = Query::select()
        .columns([("s", "id"), ("s", "code"), ("s", "unit_id")])
        .expr_as(Expr::col(("u", "path")), "unit_path")
        .from_as("schools", "s")
        .join_as(JoinType::InnerJoin, "units", "u", Expr::col(("u", "id")).equals(("s", "unit_id")))
        .to_owned();
    crate::batch::named(tx, &q, ("s", "code"), codes, |s: &SchoolAt| s.code.clone()).await
}

pub struct Resolved {
    id: Uuid,
    unit_id: Uuid,
    school_id: Option<Uuid>,
    person: NewPerson,
}

impl crate::batch::Record for NewPerson {
    type Ready = Resolved;
    type Stored = Person;
    type Carry = ();
    const WRITTEN: &'static str = "person written";

    fn key(&self) -> String {
        self.code.to_string()
    }

    async fn resolve(
        tx: &mut Tx,
        access: &Access,
        people: &[&NewPerson],
        mode: Mode,
        _: &mut (),
        refused: &mut Refused,
    ) -> Result<Vec<Result<Resolved, FieldErrors>>> {
        let units = units::named(tx, people.iter().map(|p| p.unit.to_string()).collect()).await?;
        let schools = schools_named(tx, people.iter().filter_map(|p| p.school.as_ref().map(|s| s.to_string())).collect()).await?;
        let existing =
            crate::batch::named(tx, &select(), ("p", "code"), people.iter().map(|p| p.code.to_string()).collect(), |p: &Person| {
                p.code.clone()
            })
            .await?;
        let mut rows = Vec::new();
        for person in people {
            let mut errors = FieldErrors::new();
            let old = existing.get(person.code.as_str());
            crate::batch::check_code(&mut errors, mode, "person", person.code.as_str(), old.is_some())?;
            let unit = units.get(person.unit.as_str());
            if unit.is_none() {
                errors.add("unit", domain::why("why-not-registered").arg("code", &person.unit));
            }
            let school = person.school.as_ref().map(|code| (code, schools.get(code.as_str())));
            match (school, unit) {
                (Some((code, None)), _) => errors.add("school", domain::why("why-not-registered").arg("code", code)),
                (Some((code, Some(s))), Some(u)) if !s.unit_path.starts_with(&u.path) => {
                    errors.add("school", domain::why("why-not-under").arg("code", code).arg("unit", &person.unit))
                }
                _ => {}
            }
            let school_id = school.and_then(|(_, s)| s.map(|s| s.id));
            let target = unit.map(|u| Place { unit_path: u.path.clone(), school: school_id, cluster: None });
            // Changing someone also requires covering where they are registered now.
            if target.is_some_and(|t| !access.write.covers(&t)) || old.is_some_and(|o| !access.write.covers(&o.place())) {
                refused.row(&mut errors, "code", "person", person.code.as_str());
            }
            rows.push(errors.finish(|| Resolved {
                id: old.map_or_else(new_id, |o| o.id),
                unit_id: unit.map(|u| u.id).unwrap_or_default(),
                school_id,
                person: (*person).clone(),
            }));
        }
        Ok(rows)
    }

    async fn stored(tx: &mut Tx, ready: &[Resolved]) -> Result<Vec<Person>> {
        let codes: Vec<String> = ready.iter().map(|r| r.person.code.to_string()).collect();
        Ok(tx.all(&select().and_where(Expr::col(("p", "code")).is_in(codes)).to_owned()).await?)
    }

    async fn insert(tx: &mut Tx, ready: &[Resolved], _: &mut ()) -> Result<()> {
        let cols = [
            "id",
            "code",
            "name",
            "gender",
            "birth_year",
            "age_band",
            "subjects",
            "qualification",
            "started_teaching",
            "phone",
            "unit_id",
            "school_id",
        ];
        let mut insert = Query::insert();
        insert.into_table("people").columns(cols);
        for r in ready {
            let p = &r.person;
            insert.values_panic([
                r.id.into(),
                p.code.to_string().into(),
                p.name.clone().into(),
                p.gender.slug().into(),
                p.birth_year.map(i64::from).into(),
                p.age_band.map(|b| b.slug()).into(),
                p.subjects.join(";").into(),
                p.qualification.clone().into(),
                p.started_teaching.map(i64::from).into(),
                p.phone.clone().into(),
                r.unit_id.into(),
                r.school_id.into(),
            ]);
        }
        insert.on_conflict(OnConflict::column("code").update_columns(cols[2..].iter().copied()).to_owned());
        tx.run(&insert).await?;
        Ok(())
    }

    fn audited(p: &Person) -> (String, Place) {
        (p.code.clone(), p.place())
    }
}

/// Writes people (see [`crate::batch`]).
#[tracing::instrument(skip_all)]
pub async fn write(db: &Db, access: &Access, people: &[NewPerson], mode: Mode, policy: Policy) -> Result<Written> {
    crate::batch::write(db, access, people, mode, policy).await
}

/// The ids of the people with these codes (unknown codes are left out).
pub async fn ids(db: &Db, codes: Vec<String>) -> Result<std::collections::HashMap<String, Uuid>> {
    crate::batch::ids_of(db, "people", codes).await
}
