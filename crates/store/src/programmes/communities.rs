//! Learning communities: school CoPs, cluster CoPs and (later) PLCs, and their members.
//! A programme forms its CoPs in bulk; forming again adds only what is missing.

use crate::registry::{BATCH, Filter, Page, new_id};
use crate::{Db, Error, Result, scope};
use chrono::NaiveDate;
use domain::{Access, DeliveryModel, Place};
use sea_query::{Expr, ExprTrait, JoinType, OnConflict, Query, SelectStatement};
use serde::Serialize;
use std::collections::{HashMap, HashSet};
use uuid::Uuid;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, sqlx::FromRow, utoipa::ToSchema)]
pub struct Community {
    pub id: Uuid,
    pub programme: String,
    /// `cop`, `sector-plc` or `district-plc`.
    pub kind: String,
    pub name: String,
    pub unit: String,
    pub school: Option<String>,
    pub cluster: Option<String>,
    /// Empty for a mixed-subject community.
    pub subject: String,
    #[serde(skip)]
    pub unit_path: String,
    #[serde(skip)]
    pub school_id: Option<Uuid>,
    #[serde(skip)]
    pub cluster_id: Option<Uuid>,
}

const COLS: scope::PlaceCols =
    scope::PlaceCols { unit_path: ("u", "path"), school: Some(("m", "school_id")), cluster: Some(("m", "cluster_id")) };

fn select() -> SelectStatement {
    let select = Query::select()
        .columns([("m", "id"), ("m", "kind"), ("m", "name"), ("m", "subject"), ("m", "school_id"), ("m", "cluster_id")])
        .expr_as(Expr::col(("g", "code")), "programme")
        .from_as("communities", "m")
        .join_as(JoinType::InnerJoin, "programmes", "g", Expr::col(("g", "id")).equals(("m", "programme_id")))
        .to_owned();
    crate::registry::with_place(select, "m")
}

fn place(c: &Community) -> Place {
    Place { unit_path: c.unit_path.clone(), school: c.school_id, cluster: c.cluster_id }
}

pub async fn count(db: &Db, programme_id: Uuid) -> Result<i64> {
    #[derive(sqlx::FromRow)]
    struct N {
        n: i64,
    }
    let q = Query::select()
        .expr_as(Expr::col(sea_query::Asterisk).count(), "n")
        .from("communities")
        .and_where(Expr::col("programme_id").eq(programme_id))
        .to_owned();
    Ok(db.one::<N>(&q).await?.n)
}

pub async fn list(db: &Db, access: &Access, filter: &Filter, programme: Option<&str>) -> Result<Page<Community>> {
    let mut q = select();
    q.cond_where(scope::condition(&access.read, &COLS));
    if let Some(programme) = programme {
        q.and_where(Expr::col(("g", "code")).eq(programme));
    }
    crate::registry::page(db, q, filter, &[("m", "name")], ("u", "path"), ("m", "name")).await
}

pub async fn get(db: &Db, access: &Access, id: Uuid) -> Result<Community> {
    let c: Community = db.optional(select().and_where(Expr::col(("m", "id")).eq(id))).await?.ok_or_else(|| Error::not_found("CoP", id))?;
    if access.read.covers(&place(&c)) { Ok(c) } else { Err(Error::out_of_scope("CoP", id)) }
}

/// Renames a community. Its programme, place and subject are fixed once formed.
pub async fn rename(db: &Db, access: &Access, id: Uuid, name: &str) -> Result<Community> {
    let c = get(db, access, id).await?;
    if !access.write.covers(&place(&c)) {
        return Err(Error::out_of_scope("CoP", id));
    }
    let name = domain::place::parse_name(name).map_err(|m| Error::invalid("name", m))?;
    let mut tx = db.begin().await?;
    tx.run(Query::update().table("communities").value("name", name).and_where(Expr::col("id").eq(id))).await?;
    tx.commit().await?;
    get(db, access, id).await
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, sqlx::FromRow, utoipa::ToSchema)]
pub struct Member {
    /// The person's code.
    pub person: String,
    pub name: String,
    /// `member` or `facilitator`.
    pub role: String,
    pub joined_on: NaiveDate,
    pub left_on: Option<NaiveDate>,
}

pub async fn members(db: &Db, access: &Access, id: Uuid) -> Result<Vec<Member>> {
    get(db, access, id).await?;
    let q = Query::select()
        .expr_as(Expr::col(("p", "code")), "person")
        .columns([("p", "name")])
        .columns([("cm", "role"), ("cm", "joined_on"), ("cm", "left_on")])
        .from_as("community_members", "cm")
        .join_as(JoinType::InnerJoin, "people", "p", Expr::col(("p", "id")).equals(("cm", "person_id")))
        .and_where(Expr::col(("cm", "community_id")).eq(id))
        .order_by(("cm", "role"), sea_query::Order::Desc)
        .order_by(("p", "name"), sea_query::Order::Asc)
        .to_owned();
    Ok(db.all(&q).await?)
}

/// Adds a person to a community or changes their membership (role, leaving date).
pub async fn set_member(
    db: &Db,
    access: &Access,
    id: Uuid,
    person: &str,
    role: &str,
    joined_on: NaiveDate,
    left_on: Option<NaiveDate>,
) -> Result<Member> {
    let c = get(db, access, id).await?;
    if !access.write.covers(&place(&c)) {
        return Err(Error::out_of_scope("CoP", id));
    }
    let mut errors = domain::FieldErrors::new();
    if !["member", "facilitator"].contains(&role) {
        errors.add("role", format!("{role:?} is not a membership role; use member or facilitator"));
    }
    if left_on.is_some_and(|l| l < joined_on) {
        errors.add("left_on", format!("{} is before joined_on {joined_on}", left_on.unwrap()));
    }
    let person_id = crate::registry::code_ids(db, "people").await?.get(person).copied();
    if person_id.is_none() {
        errors.add("person", format!("no person {person}"));
    }
    if !errors.is_empty() {
        return Err(errors.into());
    }
    let mut insert = Query::insert();
    insert.into_table("community_members").columns(["community_id", "person_id", "role", "joined_on", "left_on"]).values_panic([
        id.into(),
        person_id.into(),
        role.into(),
        joined_on.into(),
        left_on.into(),
    ]);
    insert.on_conflict(OnConflict::columns(["community_id", "person_id"]).update_columns(["role", "joined_on", "left_on"]).to_owned());
    let mut tx = db.begin().await?;
    tx.run(&insert).await?;
    tx.commit().await?;
    members(db, access, id).await?.into_iter().find(|m| m.person == person).ok_or_else(|| Error::not_found("member", person))
}

/// What forming a programme's CoPs did.
#[derive(Debug, Default, Serialize, utoipa::ToSchema)]
pub struct Formed {
    pub cops_created: u64,
    pub members_added: u64,
    pub cops_total: u64,
}

#[derive(sqlx::FromRow)]
struct SiteRow {
    id: Uuid,
    code: String,
    name: String,
    unit_id: Uuid,
    path: String,
}

#[derive(sqlx::FromRow)]
struct Holder {
    person_id: Uuid,
    role: String,
    subject: String,
    school_id: Option<Uuid>,
    cluster_id: Option<Uuid>,
    subjects: String,
}

/// Forms the CoPs of `programme` for every school (school-based: one per subject) or cluster
/// (cluster-based: one, mixed) in the caller's write scope, and enrols the people whose posts
/// are current on `on`: teachers as members; the subject leader (school-based) or coach
/// (cluster-based) as facilitator. Idempotent: forming again adds only what is missing.
pub async fn form(db: &Db, access: &Access, programme: &str, on: NaiveDate) -> Result<Formed> {
    let p = super::get(db, programme).await?;
    let model = super::model_of(&p);
    let subjects: Vec<String> = p.subjects.split(';').filter(|s| !s.is_empty()).map(str::to_owned).collect();
    let sites_query = match model {
        DeliveryModel::SchoolBased => Query::select()
            .columns([("s", "id"), ("s", "code"), ("s", "name"), ("s", "unit_id")])
            .column(("u", "path"))
            .from_as("programme_schools", "ps")
            .join_as(JoinType::InnerJoin, "schools", "s", Expr::col(("s", "id")).equals(("ps", "school_id")))
            .join_as(JoinType::InnerJoin, "units", "u", Expr::col(("u", "id")).equals(("s", "unit_id")))
            .and_where(Expr::col(("ps", "programme_id")).eq(p.id))
            .and_where(Expr::col(("ps", "arm")).eq("treatment"))
            .to_owned(),
        DeliveryModel::ClusterBased => Query::select()
            .columns([("c", "id"), ("c", "code"), ("c", "name"), ("c", "unit_id")])
            .column(("u", "path"))
            .from_as("clusters", "c")
            .join_as(JoinType::InnerJoin, "units", "u", Expr::col(("u", "id")).equals(("c", "unit_id")))
            .and_where(Expr::col(("c", "programme_id")).eq(p.id))
            .to_owned(),
    };
    let sites: Vec<SiteRow> = db.all(&sites_query).await?;
    let in_scope = |s: &SiteRow| {
        let (school, cluster) = match model {
            DeliveryModel::SchoolBased => (Some(s.id), None),
            DeliveryModel::ClusterBased => (None, Some(s.id)),
        };
        access.write.covers(&Place { unit_path: s.path.clone(), school, cluster })
    };
    let sites: Vec<&SiteRow> = sites.iter().filter(|s| in_scope(s)).collect();
    // (place_key, subject) of every community to have, with its site.
    let wanted: Vec<(String, String, &SiteRow)> = match model {
        DeliveryModel::SchoolBased => {
            sites.iter().flat_map(|s| subjects.iter().map(move |subj| (format!("school:{}", s.code), subj.clone(), *s))).collect()
        }
        DeliveryModel::ClusterBased => sites.iter().map(|s| (format!("cluster:{}", s.code), String::new(), *s)).collect(),
    };
    let mut formed = Formed::default();
    let mut tx = db.begin().await?;
    for chunk in wanted.chunks(BATCH) {
        let mut insert = Query::insert();
        insert.into_table("communities").columns([
            "id",
            "programme_id",
            "kind",
            "name",
            "unit_id",
            "school_id",
            "cluster_id",
            "place_key",
            "subject",
        ]);
        for (key, subject, site) in chunk {
            let (school, cluster, name) = match model {
                DeliveryModel::SchoolBased => (Some(site.id), None, format!("{} {} CoP", site.name, subject_title(subject))),
                DeliveryModel::ClusterBased => (None, Some(site.id), format!("{} cluster CoP", site.name)),
            };
            insert.values_panic([
                new_id().into(),
                p.id.into(),
                "cop".into(),
                name.into(),
                site.unit_id.into(),
                school.into(),
                cluster.into(),
                key.clone().into(),
                subject.clone().into(),
            ]);
        }
        insert.on_conflict(OnConflict::columns(["programme_id", "place_key", "subject"]).do_nothing().to_owned());
        formed.cops_created += tx.run(&insert).await?;
    }
    #[derive(sqlx::FromRow)]
    struct Formed1 {
        id: Uuid,
        place_key: String,
        subject: String,
    }
    let all: Vec<Formed1> = tx
        .all(
            &Query::select()
                .columns(["id", "place_key", "subject"])
                .from("communities")
                .and_where(Expr::col("programme_id").eq(p.id))
                .to_owned(),
        )
        .await?;
    formed.cops_total = all.len() as u64;
    let ids: HashMap<(String, String), Uuid> = all.into_iter().map(|c| ((c.place_key, c.subject), c.id)).collect();
    let site_ids: HashSet<Uuid> = sites.iter().map(|s| s.id).collect();
    let holders: Vec<Holder> = tx
        .all(
            &Query::select()
                .columns([("h", "person_id"), ("h", "role"), ("h", "subject"), ("h", "school_id"), ("h", "cluster_id")])
                .column(("pe", "subjects"))
                .from_as("posts", "h")
                .join_as(JoinType::InnerJoin, "people", "pe", Expr::col(("pe", "id")).equals(("h", "person_id")))
                .and_where(Expr::col(("h", "role")).is_in(["teacher", "subject-leader", "coach"]))
                .and_where(Expr::col(("h", "starts_on")).lte(on))
                .and_where(Expr::col(("h", "ends_on")).is_null().or(Expr::col(("h", "ends_on")).gte(on)))
                .to_owned(),
        )
        .await?;
    let cluster_of: HashMap<Uuid, Uuid> = match model {
        DeliveryModel::ClusterBased => {
            #[derive(sqlx::FromRow)]
            struct L {
                school_id: Uuid,
                cluster_id: Uuid,
            }
            let links: Vec<L> = tx
                .all(
                    &Query::select()
                        .columns(["school_id", "cluster_id"])
                        .from("cluster_schools")
                        .and_where(Expr::col("programme_id").eq(p.id))
                        .to_owned(),
                )
                .await?;
            links.into_iter().map(|l| (l.school_id, l.cluster_id)).collect()
        }
        DeliveryModel::SchoolBased => HashMap::new(),
    };
    let codes: HashMap<Uuid, &str> = sites.iter().map(|s| (s.id, s.code.as_str())).collect();
    let mut enrol: Vec<(Uuid, Uuid, &'static str)> = Vec::new();
    for h in &holders {
        match model {
            DeliveryModel::SchoolBased => {
                let Some(school) = h.school_id.filter(|s| site_ids.contains(s)) else { continue };
                let key = format!("school:{}", codes[&school]);
                for subject in &subjects {
                    let role = match h.role.as_str() {
                        "subject-leader" if h.subject == *subject => "facilitator",
                        "teacher" if h.subjects.split(';').any(|s| s == subject) => "member",
                        _ => continue,
                    };
                    enrol.push((ids[&(key.clone(), subject.clone())], h.person_id, role));
                }
            }
            DeliveryModel::ClusterBased => {
                let (cluster, role) = match (h.role.as_str(), h.school_id, h.cluster_id) {
                    ("coach", _, Some(c)) => (c, "facilitator"),
                    ("teacher", Some(s), _) => match cluster_of.get(&s) {
                        Some(c) => (*c, "member"),
                        None => continue,
                    },
                    _ => continue,
                };
                if let Some(code) = codes.get(&cluster) {
                    enrol.push((ids[&(format!("cluster:{code}"), String::new())], h.person_id, role));
                }
            }
        }
    }
    // A facilitator who also teaches the subject is enrolled once, as facilitator.
    enrol.sort_by_key(|(c, p, role)| (*c, *p, *role != "facilitator"));
    enrol.dedup_by_key(|(c, p, _)| (*c, *p));
    for chunk in enrol.chunks(BATCH) {
        let mut insert = Query::insert();
        insert.into_table("community_members").columns(["community_id", "person_id", "role", "joined_on"]);
        for (community, person, role) in chunk {
            insert.values_panic([(*community).into(), (*person).into(), (*role).into(), on.into()]);
        }
        insert.on_conflict(OnConflict::columns(["community_id", "person_id"]).do_nothing().to_owned());
        formed.members_added += tx.run(&insert).await?;
    }
    tx.commit().await?;
    Ok(formed)
}

fn subject_title(slug: &str) -> String {
    let mut chars = slug.chars();
    chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

/// Where a single community is formed: a school (with a subject) or a cluster.
pub enum Site<'a> {
    School(&'a str, &'a str),
    Cluster(&'a str),
}

/// Forms one CoP by hand (the bulk [`form`] is the usual way). The place must fit the
/// programme's delivery model and lie in the caller's write scope.
pub async fn create(db: &Db, access: &Access, programme: &str, site: Site<'_>, name: Option<&str>) -> Result<Community> {
    let p = super::get(db, programme).await.map_err(|_| Error::invalid("programme", format!("no programme {programme}")))?;
    let model = super::model_of(&p);
    #[derive(sqlx::FromRow)]
    struct At {
        id: Uuid,
        name: String,
        unit_id: Uuid,
        path: String,
    }
    let (table, code, subject) = match (&site, model) {
        (Site::School(code, subject), DeliveryModel::SchoolBased) => {
            if !p.subjects.split(';').any(|s| s == *subject) {
                return Err(Error::invalid(
                    "subject",
                    format!("{subject:?} is not a subject of {programme} ({})", p.subjects.replace(';', ", ")),
                ));
            }
            ("schools", *code, *subject)
        }
        (Site::Cluster(code), DeliveryModel::ClusterBased) => ("clusters", *code, ""),
        (Site::School(..), DeliveryModel::ClusterBased) => {
            return Err(Error::invalid("cluster", format!("{programme} is cluster-based: give a cluster")));
        }
        (Site::Cluster(_), DeliveryModel::SchoolBased) => {
            return Err(Error::invalid("school", format!("{programme} is school-based: give a school and a subject")));
        }
    };
    let field = if table == "schools" { "school" } else { "cluster" };
    let q = Query::select()
        .columns([("x", "id"), ("x", "name"), ("x", "unit_id")])
        .column(("u", "path"))
        .from_as(table, "x")
        .join_as(JoinType::InnerJoin, "units", "u", Expr::col(("u", "id")).equals(("x", "unit_id")))
        .and_where(Expr::col(("x", "code")).eq(code))
        .to_owned();
    let at: At = db.optional(&q).await?.ok_or_else(|| Error::invalid(field, format!("no {field} {code}")))?;
    let (school, cluster) = if table == "schools" { (Some(at.id), None) } else { (None, Some(at.id)) };
    if !access.write.covers(&Place { unit_path: at.path.clone(), school, cluster }) {
        return Err(Error::out_of_scope(field, code));
    }
    let name = match name.map(str::trim).filter(|n| !n.is_empty()) {
        Some(n) => n.to_owned(),
        None if table == "schools" => format!("{} {} CoP", at.name, subject_title(subject)),
        None => format!("{} cluster CoP", at.name),
    };
    let id = new_id();
    let mut tx = db.begin().await?;
    tx.run(
        Query::insert()
            .into_table("communities")
            .columns(["id", "programme_id", "kind", "name", "unit_id", "school_id", "cluster_id", "place_key", "subject"])
            .values_panic([
                id.into(),
                p.id.into(),
                "cop".into(),
                name.into(),
                at.unit_id.into(),
                school.into(),
                cluster.into(),
                format!("{field}:{code}").into(),
                subject.into(),
            ]),
    )
    .await
    .map_err(|e| {
        crate::unique_to_field(
            e,
            field,
            &format!("{code} already has a {programme} CoP{}", if subject.is_empty() { String::new() } else { format!(" for {subject}") }),
        )
    })?;
    tx.commit().await?;
    get(db, access, id).await
}
