//! Programmes, academic years, rollout, and the learning communities a programme forms.

use crate::audit::{Change, national};
use crate::batch::{code_ids, new_id};
use crate::list::{Filter, Page};
use crate::{Db, Error, Result};
use chrono::NaiveDate;
use domain::programme::{NewYear, Rollout};
use domain::{Access, DeliveryModel, NewProgramme};
use sea_query::{Expr, ExprTrait, OnConflict, Order, Query, SelectStatement};
use serde::Serialize;
use uuid::Uuid;

pub mod communities;
pub mod forming;
pub mod membership;
pub mod plcs;
mod rollout;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, sqlx::FromRow, utoipa::ToSchema)]
pub struct Programme {
    #[serde(skip)]
    pub id: Uuid,
    pub code: String,
    pub name: String,
    /// `school-based` or `cluster-based`.
    #[schema(value_type = domain::DeliveryModel)]
    pub model: String,
    pub meetings_per_term: i64,
    /// Subject slugs (kept joined by `;`, sent as an array).
    #[serde(serialize_with = "crate::joined::as_array")]
    #[schema(value_type = Vec<String>)]
    pub subjects: String,
    pub toolkit: Option<String>,
    pub continues_remotely: bool,
    /// Its PLCs' meetings a term, and whether a sector PLC holds the deputies too.
    pub plc_meetings_per_term: i64,
    pub plc_deputies: bool,
}

fn select() -> SelectStatement {
    Query::select()
        .columns(["id", "code", "name", "model", "meetings_per_term", "subjects", "toolkit", "continues_remotely"])
        .columns(["plc_meetings_per_term", "plc_deputies"])
        .from("programmes")
        .to_owned()
}

/// Programmes are national configuration: every signed-in user may read them.
pub async fn list(db: &Db, filter: &Filter) -> Result<Page<Programme>> {
    // Programmes sit under no unit; the unit filter does not apply to them.
    let filter = Filter { unit: None, ..filter.clone() };
    crate::list::page(
        db,
        select(),
        &filter,
        &[("programmes", "name"), ("programmes", "code")],
        ("programmes", "code"),
        ("programmes", "code"),
    )
    .await
}

pub async fn get(db: &Db, code: &str) -> Result<Programme> {
    db.optional(select().and_where(Expr::col("code").eq(code))).await?.ok_or_else(|| Error::not_found("programme", code))
}

/// Creates (`exists = false`) or replaces (`exists = true`) a programme. National roles only.
pub async fn write(db: &Db, access: &Access, p: &NewProgramme, exists: bool) -> Result<Programme> {
    if !access.configures_programmes {
        return Err(Error::out_of_scope("programme", &p.code));
    }
    let current = get(db, p.code.as_str()).await;
    match (exists, &current) {
        (false, Ok(_)) => return Err(Error::invalid("code", domain::why("why-code-taken").arg("code", &p.code))),
        (true, Err(_)) => return Err(Error::not_found("programme", &p.code)),
        _ => {}
    }
    if let Ok(c) = &current
        && c.model != p.model.slug()
        && communities::count(db, c.id).await? > 0
    {
        return Err(Error::invalid("model", domain::why("why-model-fixed")));
    }
    let id = current.map_or_else(|_| new_id(), |c| c.id);
    let this = select().and_where(Expr::col("id").eq(id)).to_owned();
    let mut tx = db.begin().await?;
    let before = tx.optional::<Programme>(&this).await?.map(|p| crate::audit::json(&p));
    let mut insert = Query::insert();
    insert
        .into_table("programmes")
        .columns([
            "id",
            "code",
            "name",
            "model",
            "meetings_per_term",
            "subjects",
            "toolkit",
            "continues_remotely",
            "plc_meetings_per_term",
            "plc_deputies",
        ])
        .values_panic([
            id.into(),
            p.code.to_string().into(),
            p.name.clone().into(),
            p.model.slug().into(),
            i64::from(p.meetings_per_term).into(),
            p.subjects.join(";").into(),
            p.toolkit.clone().into(),
            p.continues_remotely.into(),
            i64::from(p.plcs.meetings_per_term).into(),
            p.plcs.deputies.into(),
        ]);
    insert.on_conflict(
        OnConflict::column("code")
            .update_columns(["name", "model", "meetings_per_term", "subjects", "toolkit", "continues_remotely"])
            .update_columns(["plc_meetings_per_term", "plc_deputies"])
            .to_owned(),
    );
    tx.run(&insert).await?;
    let after = tx.optional::<Programme>(&this).await?.map(|p| crate::audit::json(&p));
    if before != after {
        let what = "programme written";
        let change = Change { actor: access.actor, what, record: p.code.to_string(), place: national(), before, after };
        crate::audit::log(&mut tx, &[change]).await?;
    }
    crate::life::bump_version(&mut tx, crate::life::Touched::Everything).await?;
    tx.commit().await?;
    get(db, p.code.as_str()).await
}

pub async fn add_year(db: &Db, access: &Access, year: &NewYear) -> Result<()> {
    if !access.configures_programmes {
        return Err(Error::out_of_scope("academic year", &year.label));
    }
    year.check()?;
    let id = new_id();
    let mut tx = db.begin().await?;
    tx.run(Query::insert().into_table("academic_years").columns(["id", "label", "starts_on", "ends_on"]).values_panic([
        id.into(),
        year.label.clone().into(),
        year.starts_on.into(),
        year.ends_on.into(),
    ]))
    .await
    .map_err(|e| crate::unique_to_field(e, "label", domain::why("why-year-taken").arg("year", &year.label)))?;
    for (n, (from, to)) in year.terms.iter().enumerate() {
        tx.run(Query::insert().into_table("terms").columns(["id", "year_id", "number", "starts_on", "ends_on"]).values_panic([
            new_id().into(),
            id.into(),
            (n as i64 + 1).into(),
            (*from).into(),
            (*to).into(),
        ]))
        .await?;
    }
    for (name, from, to) in &year.closures {
        tx.run(Query::insert().into_table("closures").columns(["id", "year_id", "name", "starts_on", "ends_on"]).values_panic([
            new_id().into(),
            id.into(),
            name.clone().into(),
            (*from).into(),
            (*to).into(),
        ]))
        .await?;
    }
    let after = serde_json::json!({
        "starts_on": year.starts_on,
        "ends_on": year.ends_on,
        "terms": year.terms,
        "closures": year.closures,
    });
    let change = Change {
        actor: access.actor,
        what: "academic year added",
        record: year.label.clone(),
        place: national(),
        before: None,
        after: Some(after),
    };
    crate::audit::log(&mut tx, &[change]).await?;
    crate::life::bump_version(&mut tx, crate::life::Touched::Everything).await?;
    tx.commit().await?;
    Ok(())
}

/// Adds a closure (heavy rains, elections, an epidemic) to a year already set up: inside the
/// year, with a name; the planned meetings of the days it covers follow (a programme that does
/// not continue remotely plans none then). The same closure sent again changes nothing.
pub async fn add_closure(db: &Db, access: &Access, year: &str, name: &str, from: NaiveDate, to: NaiveDate) -> Result<()> {
    if !access.configures_programmes {
        return Err(Error::out_of_scope("academic year", year));
    }
    #[derive(sqlx::FromRow)]
    struct Y {
        id: Uuid,
        starts_on: NaiveDate,
        ends_on: NaiveDate,
    }
    let found: Y = db
        .optional(
            &Query::select()
                .columns(["id", "starts_on", "ends_on"])
                .from("academic_years")
                .and_where(Expr::col("label").eq(year))
                .to_owned(),
        )
        .await?
        .ok_or_else(|| Error::invalid("year", domain::why("why-no-year").arg("year", year)))?;
    let mut errors = domain::FieldErrors::new();
    let name = errors.take("name", domain::text::line(name, domain::text::NAME)).unwrap_or_default();
    if name.is_empty() && errors.is_empty() {
        errors.add("name", domain::why("why-closure-name"));
    }
    if to < from {
        errors.add("to", domain::why("why-ends-before-start").arg("to", to).arg("from", from));
    }
    if from < found.starts_on || to > found.ends_on {
        errors.add("from", domain::why("why-closure-in-year").arg("year", year).arg("from", found.starts_on).arg("to", found.ends_on));
    }
    if !errors.is_empty() {
        return Err(errors.into());
    }
    #[derive(sqlx::FromRow)]
    struct Same {
        id: Uuid,
    }
    let same = Query::select()
        .column("id")
        .from("closures")
        .and_where(Expr::col("year_id").eq(found.id))
        .and_where(Expr::col("name").eq(name.as_str()))
        .and_where(Expr::col("starts_on").eq(from))
        .and_where(Expr::col("ends_on").eq(to))
        .to_owned();
    if db.optional::<Same>(&same).await?.map(|s| s.id).is_some() {
        return Ok(());
    }
    let mut tx = db.begin().await?;
    let insert = Query::insert()
        .into_table("closures")
        .columns(["id", "year_id", "name", "starts_on", "ends_on"])
        .values_panic([new_id().into(), found.id.into(), name.clone().into(), from.into(), to.into()])
        .to_owned();
    match tx.run(&insert).await {
        Ok(_) => {}
        // The same closure sent at the same moment by another request: it is there once.
        Err(sqlx::Error::Database(e)) if e.is_unique_violation() => return Ok(()),
        Err(e) => return Err(e.into()),
    }
    let change = Change {
        actor: access.actor,
        what: "closure added",
        record: year.to_owned(),
        place: national(),
        before: None,
        after: Some(serde_json::json!({ "name": name, "starts_on": from, "ends_on": to })),
    };
    crate::audit::log(&mut tx, &[change]).await?;
    crate::life::bump_version(&mut tx, crate::life::Touched::Everything).await?;
    tx.commit().await?;
    Ok(())
}

pub async fn set_rollout(db: &Db, access: &Access, programme: &str, rollout: &Rollout) -> Result<()> {
    if !access.configures_programmes {
        return Err(Error::out_of_scope("programme", programme));
    }
    let programme_id = get(db, programme).await?.id;
    let schools = code_ids(db, "schools").await?;
    let mut errors = domain::FieldErrors::new();
    for (code, wave) in &rollout.schools {
        if !schools.contains_key(code) {
            errors.add("schools", domain::why("why-not-registered").arg("code", code));
        }
        if let Some(w) = wave
            && (*w < 1 || *w as usize > rollout.waves.len())
        {
            errors.add("schools", domain::why("why-wave").arg("code", code).num("wave", *w).num("waves", rollout.waves.len()));
        }
    }
    if !errors.is_empty() {
        return Err(errors.into());
    }
    let mut tx = db.begin().await?;
    let (stages_before, arms_before) = (rollout::stages(&mut tx, programme_id).await?, rollout::arms(&mut tx, programme_id).await?);
    for (n, starts) in rollout.waves.iter().enumerate() {
        let mut insert = Query::insert();
        insert.into_table("waves").columns(["id", "programme_id", "number", "starts_on"]).values_panic([
            new_id().into(),
            programme_id.into(),
            (n as i64 + 1).into(),
            (*starts).into(),
        ]);
        insert.on_conflict(OnConflict::columns(["programme_id", "number"]).update_column("starts_on").to_owned());
        tx.run(&insert).await?;
    }
    for (n, (name, from, to)) in rollout.phases.iter().enumerate() {
        let mut insert = Query::insert();
        insert.into_table("phases").columns(["id", "programme_id", "number", "name", "starts_on", "ends_on"]).values_panic([
            new_id().into(),
            programme_id.into(),
            (n as i64 + 1).into(),
            name.clone().into(),
            (*from).into(),
            (*to).into(),
        ]);
        insert.on_conflict(OnConflict::columns(["programme_id", "number"]).update_columns(["name", "starts_on", "ends_on"]).to_owned());
        tx.run(&insert).await?;
    }
    for chunk in rollout.schools.chunks(crate::batch::BATCH) {
        let mut insert = Query::insert();
        insert.into_table("programme_schools").columns(["programme_id", "school_id", "arm", "wave"]);
        for (code, wave) in chunk {
            let arm = if wave.is_some() { "treatment" } else { "control" };
            insert.values_panic([programme_id.into(), schools[code].into(), arm.into(), (*wave).into()]);
        }
        insert.on_conflict(OnConflict::columns(["programme_id", "school_id"]).update_columns(["arm", "wave"]).to_owned());
        tx.run(&insert).await?;
    }
    let stages_after = rollout::stages(&mut tx, programme_id).await?;
    let arms_after = rollout::arms(&mut tx, programme_id).await?;
    let mut changes = Vec::new();
    if stages_before != stages_after {
        let (before, after) = (Some(stages_before), Some(stages_after));
        changes.push(Change {
            actor: access.actor,
            what: "rollout written",
            record: programme.to_owned(),
            place: national(),
            before,
            after,
        });
    }
    // Each school's arm and wave is kept at the school, so its district sees it move.
    changes.extend(crate::audit::diff("rollout written", access.actor, arms_before, arms_after, |a| {
        (format!("{programme} {}", a.school), a.place())
    }));
    crate::audit::log(&mut tx, &changes).await?;
    crate::life::bump_version(&mut tx, crate::life::Touched::Everything).await?;
    tx.commit().await?;
    Ok(())
}

/// How many schools of a programme are in each arm and wave: (arm, wave, count).
pub async fn rollout_counts(db: &Db, programme: &str) -> Result<Vec<(String, Option<i64>, i64)>> {
    #[derive(sqlx::FromRow)]
    struct C {
        arm: String,
        wave: Option<i64>,
        n: i64,
    }
    let id = get(db, programme).await?.id;
    let q = Query::select()
        .columns(["arm", "wave"])
        .expr_as(Expr::col(sea_query::Asterisk).count(), "n")
        .from("programme_schools")
        .and_where(Expr::col("programme_id").eq(id))
        .group_by_columns(["arm", "wave"])
        .order_by("arm", sea_query::Order::Desc)
        .order_by("wave", sea_query::Order::Asc)
        .to_owned();
    Ok(db.all::<C>(&q).await?.into_iter().map(|c| (c.arm, c.wave, c.n)).collect())
}

pub fn model_of(p: &Programme) -> DeliveryModel {
    p.model.parse().expect("the schema's CHECK admits only valid models")
}

/// Sets a programme's toolkit activities (code, title); existing codes get the new title.
pub async fn set_toolkit(db: &Db, access: &Access, programme: &str, activities: &[(String, String)]) -> Result<()> {
    if !access.configures_programmes {
        return Err(Error::out_of_scope("programme", programme));
    }
    let id = get(db, programme).await?.id;
    let mut tx = db.begin().await?;
    let before = tx.all::<Activity>(&toolkit_query(programme)).await?;
    for chunk in activities.chunks(crate::batch::BATCH) {
        let mut insert = Query::insert();
        insert.into_table("toolkit_activities").columns(["id", "programme_id", "code", "title"]);
        for (code, title) in chunk {
            insert.values_panic([new_id().into(), id.into(), code.clone().into(), title.clone().into()]);
        }
        insert.on_conflict(OnConflict::columns(["programme_id", "code"]).update_column("title").to_owned());
        tx.run(&insert).await?;
    }
    let after = tx.all::<Activity>(&toolkit_query(programme)).await?;
    if before != after {
        let titles = |a: Vec<Activity>| {
            Some(crate::audit::json(&a.into_iter().map(|a| (a.code, a.title)).collect::<std::collections::BTreeMap<_, _>>()))
        };
        let (before, after) = (titles(before), titles(after));
        let change =
            Change { actor: access.actor, what: "toolkit written", record: programme.to_owned(), place: national(), before, after };
        crate::audit::log(&mut tx, &[change]).await?;
    }
    tx.commit().await?;
    Ok(())
}

/// A programme's toolkit activities (code, title), in code order: the agenda's choices.
pub async fn toolkit(db: &Db, programme: &str) -> Result<Vec<(String, String)>> {
    Ok(db.all::<Activity>(&toolkit_query(programme)).await?.into_iter().map(|a| (a.code, a.title)).collect())
}

#[derive(PartialEq, sqlx::FromRow)]
struct Activity {
    code: String,
    title: String,
}

fn toolkit_query(programme: &str) -> SelectStatement {
    Query::select()
        .columns([("a", "code"), ("a", "title")])
        .from_as("toolkit_activities", "a")
        .join_as(sea_query::JoinType::InnerJoin, "programmes", "g", Expr::col(("g", "id")).equals(("a", "programme_id")))
        .and_where(Expr::col(("g", "code")).eq(programme))
        .order_by(("a", "code"), sea_query::Order::Asc)
        .to_owned()
}

/// An academic year as the calendar page shows it: its terms (numbered from 1) and closures.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Year {
    pub label: String,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    pub terms: Vec<(i64, NaiveDate, NaiveDate)>,
    pub closures: Vec<(String, NaiveDate, NaiveDate)>,
}

/// Every academic year, the latest first, with its terms and closures (three queries).
pub async fn years(db: &Db) -> Result<Vec<Year>> {
    #[derive(sqlx::FromRow)]
    struct Y {
        id: Uuid,
        label: String,
        starts_on: NaiveDate,
        ends_on: NaiveDate,
    }
    #[derive(sqlx::FromRow)]
    struct Part {
        year_id: Uuid,
        number: i64,
        name: String,
        starts_on: NaiveDate,
        ends_on: NaiveDate,
    }
    let ys: Vec<Y> = db
        .all(
            &Query::select()
                .columns(["id", "label", "starts_on", "ends_on"])
                .from("academic_years")
                .order_by("starts_on", Order::Desc)
                .to_owned(),
        )
        .await?;
    let terms: Vec<Part> = db
        .all(
            &Query::select()
                .columns(["year_id", "number", "starts_on", "ends_on"])
                .expr_as(Expr::val(""), "name")
                .from("terms")
                .order_by("number", Order::Asc)
                .to_owned(),
        )
        .await?;
    let closures: Vec<Part> = db
        .all(
            &Query::select()
                .columns(["year_id", "name", "starts_on", "ends_on"])
                .expr_as(Expr::val(0i64), "number")
                .from("closures")
                .order_by("starts_on", Order::Asc)
                .to_owned(),
        )
        .await?;
    Ok(ys
        .into_iter()
        .map(|y| Year {
            terms: terms.iter().filter(|t| t.year_id == y.id).map(|t| (t.number, t.starts_on, t.ends_on)).collect(),
            closures: closures.iter().filter(|c| c.year_id == y.id).map(|c| (c.name.clone(), c.starts_on, c.ends_on)).collect(),
            label: y.label,
            starts_on: y.starts_on,
            ends_on: y.ends_on,
        })
        .collect())
}
