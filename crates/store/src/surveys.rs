//! Survey rounds and the answers teachers give in them.

use std::collections::{BTreeMap, HashMap};

use chrono::NaiveDate;
use domain::survey::{Respondent, RoundKind};
use domain::{Access, FieldErrors};
use sea_query::{Expr, ExprTrait, JoinType, OnConflict, Query};
use serde::Serialize;
use uuid::Uuid;

use crate::batch::{BATCH, ids_of, new_id};
use crate::{Db, Error, Result, programmes, scope};

#[derive(Debug, Clone)]
pub struct NewRound {
    pub code: String,
    pub name: String,
    pub programme: String,
    pub kind: RoundKind,
    pub held_on: NaiveDate,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, sqlx::FromRow)]
pub struct Round {
    #[serde(skip)]
    pub id: Uuid,
    pub code: String,
    pub name: String,
    pub programme: String,
    pub kind: String,
    pub held_on: NaiveDate,
}

/// Adds a round, or renames and re-dates one with the same code. Only those who configure
/// programmes may.
pub async fn add_round(db: &Db, access: &Access, round: &NewRound) -> Result<()> {
    if !access.configures_programmes {
        return Err(Error::out_of_scope("survey round", &round.code));
    }
    let programme = programmes::get(db, &round.programme).await?.id;
    let insert = Query::insert()
        .into_table("survey_rounds")
        .columns(["id", "code", "name", "programme_id", "kind", "held_on"])
        .values_panic([
            new_id().into(),
            round.code.clone().into(),
            round.name.clone().into(),
            programme.into(),
            round.kind.slug().into(),
            round.held_on.into(),
        ])
        .on_conflict(OnConflict::column("code").update_columns(["name", "kind", "held_on"]).to_owned())
        .to_owned();
    let this = rounds_query().and_where(Expr::col(("r", "code")).eq(round.code.as_str())).to_owned();
    let mut tx = db.begin().await?;
    let before = tx.optional::<Round>(&this).await?.map(|r| crate::audit::json(&r));
    tx.run(&insert).await?;
    let after = tx.optional::<Round>(&this).await?.map(|r| crate::audit::json(&r));
    if before != after {
        let place = crate::audit::national();
        let change =
            crate::audit::Change { actor: access.actor, what: "survey round written", record: round.code.clone(), place, before, after };
        crate::audit::log(&mut tx, &[change]).await?;
    }
    tx.commit().await?;
    Ok(())
}

pub async fn rounds(db: &Db) -> Result<Vec<Round>> {
    Ok(db.all(&rounds_query()).await?)
}

fn rounds_query() -> sea_query::SelectStatement {
    Query::select()
        .columns([("r", "id"), ("r", "code"), ("r", "name"), ("r", "kind"), ("r", "held_on")])
        .expr_as(Expr::col(("p", "code")), "programme")
        .from_as("survey_rounds", "r")
        .join_as(JoinType::InnerJoin, "programmes", "p", Expr::col(("p", "id")).equals(("r", "programme_id")))
        .order_by(("r", "held_on"), sea_query::Order::Asc)
        .order_by(("r", "code"), sea_query::Order::Asc)
        .to_owned()
}

pub async fn round(db: &Db, code: &str) -> Result<Round> {
    rounds(db).await?.into_iter().find(|r| r.code == code).ok_or_else(|| Error::not_found("survey round", code))
}

/// One teacher's answers to an instrument, by codes, as read from a file or generated.
#[derive(Debug, Clone, PartialEq)]
pub struct NewResponse {
    pub teacher: String,
    pub school: String,
    pub answers: Vec<(String, String)>,
}

/// Writes responses to `instrument` in a round, replacing any the same teachers gave before.
/// Unknown teachers or schools, and schools outside the caller's write scope, reject the whole
/// batch (`Error::Rows`, by index); nothing is written then.
pub async fn write(db: &Db, access: &Access, round_code: &str, instrument: &str, responses: &[NewResponse]) -> Result<usize> {
    let round = round(db, round_code).await?;
    let people = ids_of(db, "people", responses.iter().map(|r| r.teacher.clone())).await?;
    let schools = school_places(db, responses.iter().map(|r| r.school.clone())).await?;
    let earlier = earlier_schools(db, round.id, instrument, people.values().copied().collect()).await?;
    let mut problems = Vec::new();
    let mut first: HashMap<&str, usize> = HashMap::new();
    for (i, r) in responses.iter().enumerate() {
        let mut errors = FieldErrors::default();
        match people.get(&r.teacher) {
            None => errors.add("teacher_code", domain::why("why-not-registered").arg("code", &r.teacher)),
            // Replacing an answer given for a school outside the caller's scope is not theirs to do.
            Some(id) => {
                if let Some(s) = earlier.get(id).filter(|s| !access.write.covers(&s.place())) {
                    errors.add("teacher_code", domain::why("why-answered-elsewhere").arg("person", &r.teacher).arg("school", &s.code));
                }
            }
        }
        if let Some(at) = first.insert(r.teacher.as_str(), i) {
            errors.add("teacher_code", domain::why("why-response-twice").arg("person", &r.teacher).num("n", at + 1));
        }
        match schools.get(&r.school) {
            None => errors.add("school_code", domain::why("why-not-registered").arg("code", &r.school)),
            Some(s) if !access.write.covers(&s.place()) => {
                errors.add("school_code", domain::why("why-outside-scope").arg("record", &r.school))
            }
            Some(_) => {}
        }
        if !errors.is_empty() {
            problems.push((i, errors));
        }
    }
    if !problems.is_empty() {
        return Err(Error::Rows(problems));
    }
    let mut tx = db.begin().await?;
    crate::audit::log(&mut tx, &answered(access, &round.code, instrument, responses, &people, &schools, &earlier)).await?;
    for chunk in responses.chunks(BATCH) {
        let persons: Vec<Uuid> = chunk.iter().map(|r| people[&r.teacher]).collect();
        let old = Query::select()
            .column("id")
            .from("survey_responses")
            .and_where(Expr::col("round_id").eq(round.id))
            .and_where(Expr::col("instrument").eq(instrument))
            .and_where(Expr::col("person_id").is_in(persons.clone()))
            .to_owned();
        tx.run(&Query::delete().from_table("survey_answers").and_where(Expr::col("response_id").in_subquery(old)).to_owned()).await?;
        let delete = Query::delete()
            .from_table("survey_responses")
            .and_where(Expr::col("round_id").eq(round.id))
            .and_where(Expr::col("instrument").eq(instrument))
            .and_where(Expr::col("person_id").is_in(persons))
            .to_owned();
        tx.run(&delete).await?;
        let ids: Vec<Uuid> = chunk.iter().map(|_| new_id()).collect();
        let mut insert = Query::insert();
        insert.into_table("survey_responses").columns(["id", "round_id", "instrument", "person_id", "school_id"]);
        for (id, r) in ids.iter().zip(chunk) {
            let school = schools[&r.school].id;
            insert.values_panic([(*id).into(), round.id.into(), instrument.into(), people[&r.teacher].into(), school.into()]);
        }
        tx.run(&insert).await?;
        let answers: Vec<(Uuid, &(String, String))> =
            ids.iter().zip(chunk).flat_map(|(id, r)| r.answers.iter().map(move |a| (*id, a))).collect();
        for part in answers.chunks(BATCH) {
            let mut insert = Query::insert();
            insert.into_table("survey_answers").columns(["response_id", "item", "value"]);
            for (id, (item, value)) in part {
                insert.values_panic([(*id).into(), item.clone().into(), value.clone().into()]);
            }
            tx.run(&insert).await?;
        }
    }
    tx.commit().await?;
    Ok(responses.len())
}

/// The trail's entries for a batch of responses: at each school, how many responses it held
/// before and after (of these teachers). Never who answered or what: a school's staff read its
/// trail, and the answers are research data read more narrowly.
fn answered(
    access: &Access,
    round: &str,
    instrument: &str,
    responses: &[NewResponse],
    people: &HashMap<String, Uuid>,
    schools: &HashMap<String, SchoolPlace>,
    earlier: &HashMap<Uuid, SchoolPlace>,
) -> Vec<crate::audit::Change> {
    let mut at: BTreeMap<&str, (&SchoolPlace, Vec<&str>, Vec<&str>)> = BTreeMap::new();
    for r in responses {
        let school = &schools[&r.school];
        at.entry(&school.code).or_insert((school, vec![], vec![])).2.push(&r.teacher);
        if let Some(was) = earlier.get(&people[&r.teacher]) {
            at.entry(&was.code).or_insert((was, vec![], vec![])).1.push(&r.teacher);
        }
    }
    let count = |t: Vec<&str>| (!t.is_empty()).then(|| serde_json::json!({ "responses": t.len() }));
    at.into_iter()
        .map(|(code, (school, before, after))| crate::audit::Change {
            actor: access.actor,
            what: "survey responses written",
            record: format!("{round} {instrument} {code}"),
            place: school.place(),
            before: count(before),
            after: count(after),
        })
        .collect()
}

/// The school each of these people answered for earlier in this round and instrument.
async fn earlier_schools(db: &Db, round: Uuid, instrument: &str, people: Vec<Uuid>) -> Result<HashMap<Uuid, SchoolPlace>> {
    #[derive(sqlx::FromRow)]
    struct Row {
        person_id: Uuid,
        id: Uuid,
        code: String,
        path: String,
    }
    let mut found = HashMap::new();
    for chunk in people.chunks(BATCH) {
        let q = Query::select()
            .column(("r", "person_id"))
            .columns([("s", "id"), ("s", "code")])
            .column(("u", "path"))
            .from_as("survey_responses", "r")
            .join_as(JoinType::InnerJoin, "schools", "s", Expr::col(("s", "id")).equals(("r", "school_id")))
            .join_as(JoinType::InnerJoin, "units", "u", Expr::col(("u", "id")).equals(("s", "unit_id")))
            .and_where(Expr::col(("r", "round_id")).eq(round))
            .and_where(Expr::col(("r", "instrument")).eq(instrument))
            .and_where(Expr::col(("r", "person_id")).is_in(chunk.to_vec()))
            .to_owned();
        found.extend(db.all::<Row>(&q).await?.into_iter().map(|r| (r.person_id, SchoolPlace { id: r.id, code: r.code, path: r.path })));
    }
    Ok(found)
}

#[derive(sqlx::FromRow)]
struct SchoolPlace {
    id: Uuid,
    code: String,
    path: String,
}

impl SchoolPlace {
    fn place(&self) -> domain::Place {
        domain::Place { unit_path: self.path.clone(), school: Some(self.id), cluster: None }
    }
}

async fn school_places(db: &Db, codes: impl IntoIterator<Item = String>) -> Result<HashMap<String, SchoolPlace>> {
    let mut codes: Vec<String> = codes.into_iter().collect();
    codes.sort();
    codes.dedup();
    let mut found = HashMap::new();
    for chunk in codes.chunks(BATCH) {
        let q = Query::select()
            .columns([("s", "id"), ("s", "code")])
            .column(("u", "path"))
            .from_as("schools", "s")
            .join_as(JoinType::InnerJoin, "units", "u", Expr::col(("u", "id")).equals(("s", "unit_id")))
            .and_where(Expr::col(("s", "code")).is_in(chunk.iter().cloned()))
            .to_owned();
        found.extend(db.all::<SchoolPlace>(&q).await?.into_iter().map(|s| (s.code.clone(), s)));
    }
    Ok(found)
}

#[derive(sqlx::FromRow)]
struct ResponseRow {
    id: Uuid,
    instrument: String,
    teacher: String,
    school: String,
    unit_path: String,
    programme: String,
    model: String,
    arm: Option<String>,
    wave: Option<i64>,
    wave_starts: Option<NaiveDate>,
}

#[derive(sqlx::FromRow)]
struct AnswerRow {
    response_id: Uuid,
    item: String,
    value: String,
}

/// Everyone who answered in a round, within the caller's read scope, in teacher order.
pub async fn respondents(db: &Db, access: &Access, round_code: &str) -> Result<Vec<Respondent>> {
    let round = round(db, round_code).await?;
    let cols = scope::PlaceCols { unit_path: ("u", "path"), school: Some(("r", "school_id")), cluster: None };
    let q = Query::select()
        .columns([("r", "id"), ("r", "instrument")])
        .expr_as(Expr::col(("pe", "code")), "teacher")
        .expr_as(Expr::col(("s", "code")), "school")
        .expr_as(Expr::col(("u", "path")), "unit_path")
        .expr_as(Expr::col(("pr", "code")), "programme")
        .expr_as(Expr::col(("pr", "model")), "model")
        .expr_as(Expr::col(("ps", "arm")), "arm")
        .expr_as(Expr::col(("ps", "wave")), "wave")
        .expr_as(Expr::col(("w", "starts_on")), "wave_starts")
        .from_as("survey_responses", "r")
        .join_as(JoinType::InnerJoin, "survey_rounds", "sr", Expr::col(("sr", "id")).equals(("r", "round_id")))
        .join_as(JoinType::InnerJoin, "programmes", "pr", Expr::col(("pr", "id")).equals(("sr", "programme_id")))
        .join_as(JoinType::InnerJoin, "people", "pe", Expr::col(("pe", "id")).equals(("r", "person_id")))
        .join_as(JoinType::InnerJoin, "schools", "s", Expr::col(("s", "id")).equals(("r", "school_id")))
        .join_as(JoinType::InnerJoin, "units", "u", Expr::col(("u", "id")).equals(("s", "unit_id")))
        .join_as(
            JoinType::LeftJoin,
            "programme_schools",
            "ps",
            Expr::col(("ps", "school_id")).equals(("r", "school_id")).and(Expr::col(("ps", "programme_id")).equals(("sr", "programme_id"))),
        )
        .join_as(
            JoinType::LeftJoin,
            "waves",
            "w",
            Expr::col(("w", "programme_id")).equals(("sr", "programme_id")).and(Expr::col(("w", "number")).equals(("ps", "wave"))),
        )
        .and_where(Expr::col(("r", "round_id")).eq(round.id))
        .cond_where(scope::condition(&access.read, &cols))
        .to_owned();
    let rows: Vec<ResponseRow> = db.all(&q).await?;
    let answers_q = Query::select()
        .columns([("a", "response_id"), ("a", "item"), ("a", "value")])
        .from_as("survey_answers", "a")
        .join_as(JoinType::InnerJoin, "survey_responses", "r", Expr::col(("r", "id")).equals(("a", "response_id")))
        .and_where(Expr::col(("r", "round_id")).eq(round.id))
        .to_owned();
    let mut by_response: HashMap<Uuid, Vec<AnswerRow>> = HashMap::new();
    for a in db.all::<AnswerRow>(&answers_q).await? {
        by_response.entry(a.response_id).or_default().push(a);
    }
    let mut out: BTreeMap<String, Respondent> = BTreeMap::new();
    for row in rows {
        let r = out.entry(row.teacher.clone()).or_insert_with(|| Respondent {
            teacher: row.teacher.clone(),
            school: row.school.clone(),
            unit_path: row.unit_path.clone(),
            programme: row.programme.clone(),
            model: row.model.clone(),
            arm: row.arm.clone(),
            wave: row.wave,
            wave_starts: row.wave_starts,
            held_on: round.held_on,
            answers: BTreeMap::new(),
        });
        let items = r.answers.entry(row.instrument.clone()).or_default();
        for a in by_response.remove(&row.id).unwrap_or_default() {
            items.insert(a.item, a.value);
        }
    }
    Ok(out.into_values().collect())
}
