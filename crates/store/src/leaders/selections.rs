//! A selection for one open seat, from opening to appointment (seed 002: "a school visit from
//! a selection committee (which includes the DEO, an existing NLL, and the sector education
//! inspector) who interview the candidate before making an appointment").
//!
//! - Opening takes the committee from posts: a DEO of the district chairs (the one opening it,
//!   if a DEO does), with an NLL of the district and, for an LLL, the sector's SEI. Opening a
//!   seat's selection again finds the one open.
//! - Candidates are the head teachers in post in the sector (for an LLL) or the district (for an
//!   NLL), each with the evidence of every rule; only an eligible one may be nominated.
//! - The committee records its visit and interview, with notes and a score per criterion.
//! - The decision names the appointee (visited and interviewed) or none, with its reason; an
//!   appointment creates the post through the registry, under the rules of granting it.
//!
//! Those who write the registry where the seat is, and the committee's members, act on it.

use super::vacancies::{open_seats, role_of};
use crate::list::{Filter, Page};
use crate::{Db, Error, Result};
use chrono::NaiveDate;
use domain::selection::{CommitteePart, Criterion, Eligibility, SCORES, Tenure, eligibility};
use domain::{Access, Place, Role};
use sea_query::{Expr, ExprTrait, JoinType, OnConflict, Order, Query, SelectStatement};
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};
use uuid::Uuid;

/// A selection as listed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, sqlx::FromRow, utoipa::ToSchema)]
pub struct Selection {
    pub id: Uuid,
    #[schema(value_type = domain::Role)]
    pub role: String,
    /// The sector (for an LLL) or district (for an NLL): its code.
    pub unit: String,
    pub unit_name: String,
    pub opened_on: NaiveDate,
    /// Why the seat was open: `ended`, `ending` or `none-in-post`.
    pub vacancy: String,
    pub vacated_on: Option<NaiveDate>,
    pub decided_on: Option<NaiveDate>,
    /// The person appointed (their code and name), if the decision appointed one.
    pub appointed: Option<String>,
    pub appointed_name: Option<String>,
    pub post: Option<Uuid>,
    pub reason: Option<String>,
    #[serde(skip)]
    pub unit_id: Uuid,
    #[serde(skip)]
    pub unit_path: String,
}

impl Selection {
    fn place(&self) -> Place {
        Place { unit_path: self.unit_path.clone(), school: None, cluster: None }
    }

    fn role(&self) -> Role {
        if self.role == Role::Nll.slug() { Role::Nll } else { Role::Lll }
    }
}

fn select() -> SelectStatement {
    Query::select()
        .columns([
            ("x", "id"),
            ("x", "role"),
            ("x", "opened_on"),
            ("x", "vacancy"),
            ("x", "vacated_on"),
            ("x", "decided_on"),
            ("x", "reason"),
            ("x", "unit_id"),
        ])
        .expr_as(Expr::col(("x", "post_id")), "post")
        .expr_as(Expr::col(("u", "code")), "unit")
        .expr_as(Expr::col(("u", "name")), "unit_name")
        .expr_as(Expr::col(("u", "path")), "unit_path")
        .expr_as(Expr::col(("a", "code")), "appointed")
        .expr_as(Expr::col(("a", "name")), "appointed_name")
        .from_as("selections", "x")
        .join_as(JoinType::InnerJoin, "units", "u", Expr::col(("u", "id")).equals(("x", "unit_id")))
        .join_as(JoinType::LeftJoin, "people", "a", Expr::col(("a", "id")).equals(("x", "appointed_id")))
        .to_owned()
}

/// A committee member.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, sqlx::FromRow, utoipa::ToSchema)]
pub struct CommitteeMember {
    pub person: String,
    pub name: String,
    #[schema(value_type = domain::selection::CommitteePart)]
    pub part: String,
    #[serde(skip)]
    pub person_id: Uuid,
}

/// A candidate: a head teacher in post where the seat is, with the rules' evidence.
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct Candidate {
    pub person: String,
    pub name: String,
    /// The school they head (its code) and its name.
    pub school: String,
    pub school_name: String,
    pub eligibility: Eligibility,
}

/// A nomination and what the committee recorded of it.
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct Nomination {
    pub person: String,
    pub name: String,
    pub nominated_on: NaiveDate,
    /// The rules' evidence on the day of nomination.
    pub evidence: Eligibility,
    pub visited_on: Option<NaiveDate>,
    pub visit_notes: Option<String>,
    pub interviewed_on: Option<NaiveDate>,
    pub interview_notes: Option<String>,
    /// A score from 1 to 4 per criterion scored.
    #[schema(value_type = BTreeMap<String, i64>)]
    pub scores: BTreeMap<Criterion, i64>,
}

/// A selection with its committee, nominations and candidates.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Record {
    #[serde(flatten)]
    pub selection: Selection,
    pub committee: Vec<CommitteeMember>,
    pub nominations: Vec<Nomination>,
    /// Everyone who could be nominated, eligible or not, while the selection is open.
    pub candidates: Vec<Candidate>,
    /// Whether the caller may act on it (nominate, record, decide).
    pub acts: bool,
}

fn find(id: Uuid) -> SelectStatement {
    select().and_where(Expr::col(("x", "id")).eq(id)).to_owned()
}

/// The selections under `filter.unit` the caller reads, newest first.
pub async fn list(db: &Db, access: &Access, filter: &Filter) -> Result<Page<Selection>> {
    let mut q = select();
    q.cond_where(crate::scope::condition(&access.read, &crate::scope::PlaceCols { unit_path: ("u", "path"), school: None, cluster: None }));
    crate::list::page_in(
        db,
        q,
        filter,
        &[("u", "name"), ("u", "code")],
        ("u", "path"),
        &[(("x", "opened_on"), Order::Desc), (("x", "id"), Order::Asc)],
    )
    .await
}

async fn committee(db: &Db, id: Uuid) -> Result<Vec<CommitteeMember>> {
    let q = Query::select()
        .expr_as(Expr::col(("p", "code")), "person")
        .columns([("p", "name")])
        .columns([("c", "part"), ("c", "person_id")])
        .from_as("selection_committee", "c")
        .join_as(JoinType::InnerJoin, "people", "p", Expr::col(("p", "id")).equals(("c", "person_id")))
        .and_where(Expr::col(("c", "selection_id")).eq(id))
        .order_by(("c", "part"), Order::Asc)
        .to_owned();
    Ok(db.all(&q).await?)
}

/// The selection, if the caller reads where its seat is or sits on its committee.
async fn readable(db: &Db, access: &Access, id: Uuid) -> Result<(Selection, Vec<CommitteeMember>, bool)> {
    let s: Selection = db.optional(&find(id)).await?.ok_or_else(|| Error::not_found("selection", id))?;
    let members = committee(db, id).await?;
    let sits = access.actor.is_some_and(|me| members.iter().any(|m| m.person_id == me));
    if !sits && !access.read.covers(&s.place()) {
        return Err(Error::out_of_scope("selection", id));
    }
    let acts = sits || access.write.covers(&s.place());
    Ok((s, members, acts))
}

pub async fn get(db: &Db, access: &Access, id: Uuid, today: NaiveDate) -> Result<Record> {
    let (selection, committee, acts) = readable(db, access, id).await?;
    let nominations = nominations(db, id).await?;
    let candidates = if selection.decided_on.is_none() { candidates(db, &selection, today).await? } else { Vec::new() };
    Ok(Record { selection, committee, nominations, candidates, acts })
}

#[derive(sqlx::FromRow)]
struct NominationRow {
    person_id: Uuid,
    person: String,
    name: String,
    nominated_on: NaiveDate,
    evidence: String,
    visited_on: Option<NaiveDate>,
    visit_notes: Option<String>,
    interviewed_on: Option<NaiveDate>,
    interview_notes: Option<String>,
}

#[derive(sqlx::FromRow)]
struct ScoreRow {
    person_id: Uuid,
    criterion: String,
    score: i64,
}

async fn nominations(db: &Db, id: Uuid) -> Result<Vec<Nomination>> {
    let q = Query::select()
        .columns([("n", "person_id"), ("n", "nominated_on"), ("n", "evidence"), ("n", "visited_on"), ("n", "visit_notes")])
        .columns([("n", "interviewed_on"), ("n", "interview_notes")])
        .expr_as(Expr::col(("p", "code")), "person")
        .columns([("p", "name")])
        .from_as("nominations", "n")
        .join_as(JoinType::InnerJoin, "people", "p", Expr::col(("p", "id")).equals(("n", "person_id")))
        .and_where(Expr::col(("n", "selection_id")).eq(id))
        .order_by(("n", "nominated_on"), Order::Asc)
        .order_by(("p", "name"), Order::Asc)
        .to_owned();
    let rows: Vec<NominationRow> = db.all(&q).await?;
    let q = Query::select()
        .columns(["person_id", "criterion", "score"])
        .from("nomination_scores")
        .and_where(Expr::col("selection_id").eq(id))
        .to_owned();
    let scores: Vec<ScoreRow> = db.all(&q).await?;
    rows.into_iter()
        .map(|r| {
            let evidence =
                serde_json::from_str(&r.evidence).map_err(|e| Error::Failed(format!("a nomination's evidence does not read: {e}")))?;
            let scores = scores
                .iter()
                .filter(|s| s.person_id == r.person_id)
                .filter_map(|s| s.criterion.parse::<Criterion>().ok().map(|c| (c, s.score)))
                .collect();
            Ok(Nomination {
                person: r.person,
                name: r.name,
                nominated_on: r.nominated_on,
                evidence,
                visited_on: r.visited_on,
                visit_notes: r.visit_notes,
                interviewed_on: r.interviewed_on,
                interview_notes: r.interview_notes,
                scores,
            })
        })
        .collect()
}

#[derive(sqlx::FromRow)]
struct Head {
    person_id: Uuid,
    person: String,
    name: String,
    school_id: Uuid,
    school: String,
    school_name: String,
}

#[derive(sqlx::FromRow)]
struct Served {
    person_id: Uuid,
    starts_on: NaiveDate,
    ends_on: Option<NaiveDate>,
}

fn current(q: &mut SelectStatement, table: &'static str, today: NaiveDate) {
    q.and_where(Expr::col((table, "starts_on")).lte(today))
        .cond_where(sea_query::Cond::any().add(Expr::col((table, "ends_on")).is_null()).add(Expr::col((table, "ends_on")).gte(today)));
}

/// The head teachers in post today where the seat is, other than those holding its role,
/// each with the rules' evidence.
async fn candidates(db: &Db, s: &Selection, today: NaiveDate) -> Result<Vec<Candidate>> {
    let mut q = Query::select()
        .columns([("p", "person_id"), ("p", "school_id")])
        .expr_as(Expr::col(("pe", "code")), "person")
        .expr_as(Expr::col(("pe", "name")), "name")
        .expr_as(Expr::col(("s", "code")), "school")
        .expr_as(Expr::col(("s", "name")), "school_name")
        .from_as("posts", "p")
        .join_as(JoinType::InnerJoin, "people", "pe", Expr::col(("pe", "id")).equals(("p", "person_id")))
        .join_as(JoinType::InnerJoin, "schools", "s", Expr::col(("s", "id")).equals(("p", "school_id")))
        .join_as(JoinType::InnerJoin, "units", "u", Expr::col(("u", "id")).equals(("s", "unit_id")))
        .and_where(Expr::col(("p", "role")).eq(Role::HeadTeacher.slug()))
        .and_where(crate::scope::starts_with(("u", "path"), &s.unit_path))
        .order_by(("pe", "name"), Order::Asc)
        .to_owned();
    current(&mut q, "p", today);
    let mut heads: Vec<Head> = db.all(&q).await?;
    let mut q =
        Query::select().column("person_id").from_as("posts", "p").and_where(Expr::col(("p", "role")).eq(s.role.as_str())).to_owned();
    current(&mut q, "p", today);
    #[derive(sqlx::FromRow)]
    struct Id {
        person_id: Uuid,
    }
    let leaders: Vec<Id> = db.all(&q).await?;
    heads.retain(|h| !leaders.iter().any(|l| l.person_id == h.person_id));
    heads.dedup_by_key(|h| h.person_id);
    let people: Vec<Uuid> = heads.iter().map(|h| h.person_id).collect();
    let mut served: HashMap<Uuid, Vec<Tenure>> = HashMap::new();
    for chunk in people.chunks(crate::batch::BATCH) {
        let q = Query::select()
            .columns(["person_id", "starts_on", "ends_on"])
            .from("posts")
            .and_where(Expr::col("role").eq(Role::HeadTeacher.slug()))
            .and_where(Expr::col("person_id").is_in(chunk.iter().copied()))
            .to_owned();
        for p in db.all::<Served>(&q).await? {
            served.entry(p.person_id).or_default().push((p.starts_on, p.ends_on));
        }
    }
    let rules = super::rules(db).await?;
    let schools: Vec<Uuid> = heads.iter().map(|h| h.school_id).collect();
    // Results known on the day: none of that year's exams nor later ones.
    let mut results = crate::registry::results::of_schools(db, &schools).await?;
    results.retain(|r| domain::results::known_on(r.year, today));
    // The exam years looked at: the latest any of these schools has, and those before.
    let latest = results.iter().map(|r| r.year).max();
    let mut by_school: HashMap<(Uuid, i64), (u64, u64)> = HashMap::new();
    for r in &results {
        let e = by_school.entry((r.school_id, r.year)).or_default();
        e.0 += r.passed as u64;
        e.1 += r.candidates as u64;
    }
    Ok(heads
        .into_iter()
        .map(|h| {
            let years: Vec<(i32, u64, u64)> = match latest {
                Some(last) => (last - i64::from(rules.results_years) + 1..=last)
                    .map(|y| {
                        let (p, c) = by_school.get(&(h.school_id, y)).copied().unwrap_or_default();
                        (y as i32, p, c)
                    })
                    .collect(),
                None => Vec::new(),
            };
            let posts = served.get(&h.person_id).map_or(&[][..], Vec::as_slice);
            Candidate {
                person: h.person,
                name: h.name,
                school: h.school,
                school_name: h.school_name,
                eligibility: eligibility(&rules, posts, &years, today),
            }
        })
        .collect())
}

#[derive(sqlx::FromRow)]
struct PersonAt {
    id: Uuid,
}

/// Who holds `role` today at the unit `unit_id`, the longest-serving first.
async fn holders(db: &Db, role: Role, unit_id: Uuid, today: NaiveDate) -> Result<Vec<Uuid>> {
    let mut q = Query::select()
        .expr_as(Expr::col(("p", "person_id")), "id")
        .from_as("posts", "p")
        .and_where(Expr::col(("p", "role")).eq(role.slug()))
        .and_where(Expr::col(("p", "unit_id")).eq(unit_id))
        .and_where(Expr::col(("p", "school_id")).is_null())
        .order_by(("p", "starts_on"), Order::Asc)
        .order_by(("p", "person_id"), Order::Asc)
        .to_owned();
    current(&mut q, "p", today);
    Ok(db.all::<PersonAt>(&q).await?.into_iter().map(|p| p.id).collect())
}

#[derive(sqlx::FromRow)]
struct UnitAt {
    id: Uuid,
    path: String,
    parent_id: Option<Uuid>,
}

/// Opens the selection for the open seat of `role` at the unit `unit` (its code), or finds
/// the one already open. 422 when the seat is not open.
pub async fn open(db: &Db, access: &Access, role: Role, unit: &str, today: NaiveDate) -> Result<Record> {
    let u: UnitAt = db
        .optional(&Query::select().columns(["id", "path", "parent_id"]).from("units").and_where(Expr::col("code").eq(unit)).to_owned())
        .await?
        .ok_or_else(|| Error::not_found("unit", unit))?;
    let place = Place { unit_path: u.path.clone(), school: None, cluster: None };
    if !access.write.covers(&place) {
        return Err(Error::out_of_scope("unit", unit));
    }
    let seat = open_seats(db, access, Some(unit), today).await?.into_iter().find(|s| s.role == role.slug() && s.unit_id == u.id);
    let Some(seat) = seat else {
        return Err(Error::invalid("unit", domain::why("why-no-open-seat").word("role", "post", role.slug()).arg("unit", unit)));
    };
    if let Some(id) = seat.selection {
        return get(db, access, id, today).await;
    }
    // The district: the seat's unit for an NLL, the sector's parent for an LLL.
    let district = if role == Role::Nll { u.id } else { u.parent_id.unwrap_or(u.id) };
    let deos = holders(db, Role::Deo, district, today).await?;
    let chair = access.actor.filter(|me| deos.contains(me)).or(deos.first().copied());
    let nll = holders(db, Role::Nll, district, today).await?.first().copied();
    let sei = if role == Role::Lll { holders(db, Role::Sei, u.id, today).await?.first().copied() } else { None };
    let id = crate::batch::new_id();
    let mut tx = db.begin().await?;
    let insert = Query::insert()
        .into_table("selections")
        .columns(["id", "role", "unit_id", "opened_on", "vacancy", "vacated_on"])
        .values_panic([id.into(), role.slug().into(), u.id.into(), today.into(), seat.vacancy.slug().into(), seat.vacancy.on().into()])
        .to_owned();
    if let Err(e) = tx.run(&insert).await {
        // Opened by someone else a moment ago: that one is the selection.
        if matches!(&e, sqlx::Error::Database(d) if d.is_unique_violation()) {
            drop(tx);
            let open = open_seats(db, access, Some(unit), today).await?;
            let id = open.into_iter().find_map(|s| s.selection.filter(|_| s.unit_id == u.id && s.role == role.slug()));
            return get(db, access, id.ok_or(Error::Database(e))?, today).await;
        }
        return Err(e.into());
    }
    let members = [(chair, CommitteePart::Chair), (nll, CommitteePart::Nll), (sei, CommitteePart::Sei)];
    let members: Vec<(Uuid, CommitteePart)> = members.into_iter().filter_map(|(p, part)| p.map(|p| (p, part))).collect();
    if !members.is_empty() {
        let mut insert = Query::insert();
        insert.into_table("selection_committee").columns(["selection_id", "person_id", "part"]);
        for (person, part) in &members {
            insert.values_panic([id.into(), (*person).into(), part.slug().into()]);
        }
        insert.on_conflict(OnConflict::columns(["selection_id", "person_id"]).do_nothing().to_owned());
        tx.run(&insert).await?;
    }
    // The committee is in its own table; the trail says what was opened and why.
    let after = serde_json::json!({"role": role.slug(), "unit": unit, "vacancy": seat.vacancy.slug(), "vacated_on": seat.vacancy.on()});
    log(&mut tx, access, "selection opened", id, &place, None, Some(after)).await?;
    tx.commit().await?;
    get(db, access, id, today).await
}

async fn log(
    tx: &mut crate::db::Tx,
    access: &Access,
    what: &'static str,
    id: Uuid,
    place: &Place,
    before: Option<serde_json::Value>,
    after: Option<serde_json::Value>,
) -> Result<()> {
    let change = crate::audit::Change { actor: access.actor, what, record: id.to_string(), place: place.clone(), before, after };
    crate::audit::log(tx, &[change]).await
}

/// The selection, open, for one who acts on it: 403 for anyone else, 422 once decided.
async fn to_act(db: &Db, access: &Access, id: Uuid) -> Result<Selection> {
    let (s, _, acts) = readable(db, access, id).await?;
    if !acts {
        return Err(Error::out_of_scope("selection", id));
    }
    if let Some(on) = s.decided_on {
        return Err(Error::invalid("selection", domain::why("why-selection-decided").arg("on", on)));
    }
    Ok(s)
}

async fn person_id(db: &Db, code: &str) -> Result<Uuid> {
    #[derive(sqlx::FromRow)]
    struct Id {
        id: Uuid,
    }
    let row: Option<Id> =
        db.optional(&Query::select().column("id").from("people").and_where(Expr::col("code").eq(code)).to_owned()).await?;
    row.map(|r| r.id).ok_or_else(|| Error::not_found("person", code))
}

/// Nominates an eligible candidate (again: nothing changes).
pub async fn nominate(db: &Db, access: &Access, id: Uuid, person: &str, today: NaiveDate) -> Result<Record> {
    let s = to_act(db, access, id).await?;
    let candidates = candidates(db, &s, today).await?;
    let Some(c) = candidates.into_iter().find(|c| c.person == person) else {
        return Err(Error::invalid(
            "person",
            domain::why("why-not-a-candidate").arg("person", person).word("role", "post", s.role.as_str()),
        ));
    };
    if !c.eligibility.eligible {
        return Err(Error::invalid("person", domain::why("why-not-eligible").arg("person", person)));
    }
    let pid = person_id(db, person).await?;
    let evidence = serde_json::to_string(&c.eligibility).map_err(|e| Error::Failed(e.to_string()))?;
    let mut tx = db.begin().await?;
    let insert = Query::insert()
        .into_table("nominations")
        .columns(["selection_id", "person_id", "nominated_on", "evidence"])
        .values_panic([id.into(), pid.into(), today.into(), evidence.into()])
        .on_conflict(OnConflict::columns(["selection_id", "person_id"]).do_nothing().to_owned())
        .to_owned();
    if tx.run(&insert).await? > 0 {
        let after = serde_json::json!({"person": person, "eligible": c.eligibility.eligible});
        log(&mut tx, access, "candidate nominated", id, &s.place(), None, Some(after)).await?;
    }
    tx.commit().await?;
    get(db, access, id, today).await
}

/// What the committee records of a nomination: its visit, its interview, its scores.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Assessment {
    pub visited_on: Option<NaiveDate>,
    pub visit_notes: Option<String>,
    pub interviewed_on: Option<NaiveDate>,
    pub interview_notes: Option<String>,
    pub scores: BTreeMap<Criterion, i64>,
}

/// Records the committee's visit, interview and scores for a nomination, replacing what was
/// recorded: the same again changes nothing. Days lie from the opening to today.
pub async fn assess(db: &Db, access: &Access, id: Uuid, person: &str, a: &Assessment, today: NaiveDate) -> Result<Record> {
    let s = to_act(db, access, id).await?;
    let before =
        nominations(db, id).await?.into_iter().find(|n| n.person == person).ok_or_else(|| Error::not_found("nomination", person))?;
    let mut errors = domain::FieldErrors::new();
    for (field, day) in [("visited_on", a.visited_on), ("interviewed_on", a.interviewed_on)] {
        if let Some(day) = day.filter(|d| *d < s.opened_on || *d > today) {
            errors.add(field, domain::why("why-day-outside").arg("day", day).arg("from", s.opened_on).arg("to", today));
        }
    }
    for (criterion, score) in &a.scores {
        if !SCORES.contains(score) {
            errors.add(
                &format!("scores.{criterion}"),
                domain::why("why-out-of-range").arg("value", *score).arg("min", SCORES.start()).arg("max", SCORES.end()),
            );
        }
    }
    if !errors.is_empty() {
        return Err(Error::Invalid(errors));
    }
    let was = Assessment {
        visited_on: before.visited_on,
        visit_notes: before.visit_notes.clone(),
        interviewed_on: before.interviewed_on,
        interview_notes: before.interview_notes.clone(),
        scores: before.scores.clone(),
    };
    if was == *a {
        return get(db, access, id, today).await;
    }
    let pid = person_id(db, person).await?;
    let mut tx = db.begin().await?;
    tx.run(
        Query::update()
            .table("nominations")
            .value("visited_on", a.visited_on)
            .value("visit_notes", a.visit_notes.clone())
            .value("interviewed_on", a.interviewed_on)
            .value("interview_notes", a.interview_notes.clone())
            .and_where(Expr::col("selection_id").eq(id))
            .and_where(Expr::col("person_id").eq(pid)),
    )
    .await?;
    tx.run(
        Query::delete()
            .from_table("nomination_scores")
            .and_where(Expr::col("selection_id").eq(id))
            .and_where(Expr::col("person_id").eq(pid)),
    )
    .await?;
    if !a.scores.is_empty() {
        let mut insert = Query::insert();
        insert.into_table("nomination_scores").columns(["selection_id", "person_id", "criterion", "score"]);
        for (criterion, score) in &a.scores {
            insert.values_panic([id.into(), pid.into(), criterion.slug().into(), (*score).into()]);
        }
        tx.run(&insert).await?;
    }
    // Flat, a field per line of the trail: each score under its criterion.
    let json = |x: &Assessment| {
        let mut fields = serde_json::json!({
            "person": person, "visited_on": x.visited_on, "visit_notes": x.visit_notes,
            "interviewed_on": x.interviewed_on, "interview_notes": x.interview_notes,
        });
        for (criterion, score) in &x.scores {
            fields[criterion.slug()] = serde_json::json!(score);
        }
        fields
    };
    log(&mut tx, access, "nomination assessed", id, &s.place(), Some(json(&was)), Some(json(a))).await?;
    tx.commit().await?;
    get(db, access, id, today).await
}

/// A committee's decision: the nominee appointed from a day, or nobody; and why.
#[derive(Debug, Clone, PartialEq)]
pub struct Decision {
    pub appoint: Option<(String, NaiveDate)>,
    pub reason: String,
}

/// Decides a selection. An appointee must have been nominated, visited and interviewed; the
/// post is created through the registry as the caller may grant it (a DEO appoints an LLL but
/// not an NLL, which only national staff grant), so a refusal writes nothing. Deciding the
/// same again answers the decision made.
pub async fn decide(db: &Db, access: &Access, id: Uuid, d: &Decision, today: NaiveDate) -> Result<Record> {
    let (s, _, acts) = readable(db, access, id).await?;
    if s.decided_on.is_some() && s.appointed.as_deref() == d.appoint.as_ref().map(|(p, _)| p.as_str()) {
        return get(db, access, id, today).await;
    }
    // Only those who write the registry where the seat is decide: the chair, not the members.
    if !acts || !access.write.covers(&s.place()) {
        return Err(Error::out_of_scope("selection", id));
    }
    let s = to_act(db, access, id).await?;
    let reason = domain::text::line(&d.reason, domain::text::LINE).map_err(|e| Error::invalid("reason", e))?;
    let mut appointed = None;
    if let Some((person, from)) = &d.appoint {
        let n = nominations(db, id).await?.into_iter().find(|n| n.person == *person);
        let Some(n) = n else {
            return Err(Error::invalid("appoint", domain::why("why-not-nominated").arg("person", person)));
        };
        if n.visited_on.is_none() || n.interviewed_on.is_none() {
            return Err(Error::invalid("appoint", domain::why("why-not-visited-interviewed").arg("person", person)));
        }
        let period = domain::Period::new(*from, None).map_err(|e| Error::invalid("starts_on", e))?;
        let unit = domain::Code::parse(&s.unit).map_err(|e| Error::invalid("unit", e))?;
        let code = domain::Code::parse(person).map_err(|e| Error::invalid("appoint", e))?;
        let post = domain::NewPost { person: code, role: s.role(), place: domain::PlaceRef::Unit(unit), subject: None, period };
        crate::registry::posts::create(db, access, &post).await?;
        appointed = Some((person_id(db, person).await?, post_of(db, person, &s, *from).await?));
    }
    let mut tx = db.begin().await?;
    let update = Query::update()
        .table("selections")
        .value("decided_on", today)
        .value("appointed_id", appointed.map(|(p, _)| p))
        .value("post_id", appointed.map(|(_, post)| post))
        .value("reason", reason.clone())
        .and_where(Expr::col("id").eq(id))
        .and_where(Expr::col("decided_on").is_null())
        .to_owned();
    if tx.run(&update).await? == 1 {
        let after = serde_json::json!({"appointed": d.appoint.as_ref().map(|(p, _)| p), "starts_on": d.appoint.as_ref().map(|(_, f)| f), "reason": reason});
        log(&mut tx, access, "selection decided", id, &s.place(), None, Some(after)).await?;
    }
    tx.commit().await?;
    get(db, access, id, today).await
}

/// The post just created for the appointee.
async fn post_of(db: &Db, person: &str, s: &Selection, from: NaiveDate) -> Result<Uuid> {
    #[derive(sqlx::FromRow)]
    struct Id {
        id: Uuid,
    }
    let q = Query::select()
        .column(("p", "id"))
        .from_as("posts", "p")
        .join_as(JoinType::InnerJoin, "people", "pe", Expr::col(("pe", "id")).equals(("p", "person_id")))
        .and_where(Expr::col(("pe", "code")).eq(person))
        .and_where(Expr::col(("p", "role")).eq(s.role.as_str()))
        .and_where(Expr::col(("p", "unit_id")).eq(s.unit_id))
        .and_where(Expr::col(("p", "starts_on")).eq(from))
        .to_owned();
    db.optional::<Id>(&q).await?.map(|r| r.id).ok_or_else(|| Error::Failed("the post just created could not be read back".into()))
}

/// The seat's role, from a PLC's kind (for the pages' vacancy lists).
pub fn seat_role(kind: &str) -> Role {
    role_of(kind)
}
