//! Forming a programme's CoPs in bulk: one per subject per school (school-based) or one per
//! cluster (cluster-based), with the teachers as members and the subject leader or coach as
//! facilitator. Forming again adds only what is missing.

use super::communities::subject_title;
use crate::batch::{BATCH, new_id};
use crate::{Db, Result};
use chrono::NaiveDate;
use domain::{Access, DeliveryModel, Place};
use sea_query::{Expr, ExprTrait, JoinType, OnConflict, Query};
use serde::Serialize;
use std::collections::{HashMap, HashSet};
use uuid::Uuid;

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
    let starts = wave_starts(db, p.id, model).await?;
    let mut formed = Formed::default();
    let mut tx = db.begin().await?;
    let before = super::communities::formations(&mut tx, p.id).await?;
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
            "starts_on",
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
                starts.get(&site.id).copied().into(),
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
        starts_on: Option<NaiveDate>,
    }
    let all: Vec<Formed1> = tx
        .all(
            &Query::select()
                .columns(["id", "place_key", "subject", "starts_on"])
                .from("communities")
                .and_where(Expr::col("programme_id").eq(p.id))
                .and_where(Expr::col("kind").eq(domain::community::CommunityKind::Cop.slug()))
                .to_owned(),
        )
        .await?;
    formed.cops_total = all.len() as u64;
    // Members join when their CoP starts (its wave), or today for a CoP with no wave.
    let joined: HashMap<Uuid, NaiveDate> = all.iter().map(|c| (c.id, c.starts_on.unwrap_or(on))).collect();
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
            insert.values_panic([(*community).into(), (*person).into(), (*role).into(), joined[community].into()]);
        }
        insert.on_conflict(OnConflict::columns(["community_id", "person_id"]).do_nothing().to_owned());
        formed.members_added += tx.run(&insert).await?;
    }
    let after = super::communities::formations(&mut tx, p.id).await?;
    let key = super::communities::Formation::key;
    crate::audit::log(&mut tx, &crate::audit::diff("CoP formed", access.actor, before, after, key)).await?;
    crate::life::bump_version(&mut tx, crate::life::Touched::Everything).await?;
    tx.commit().await?;
    Ok(formed)
}

/// When each site (school or cluster) starts: its rollout wave's start date; a cluster starts
/// with its earliest school.
async fn wave_starts(db: &Db, programme: Uuid, model: DeliveryModel) -> Result<HashMap<Uuid, NaiveDate>> {
    #[derive(sqlx::FromRow)]
    struct Start {
        school_id: Uuid,
        starts_on: NaiveDate,
    }
    let on_wave = Expr::col(("w", "programme_id")).equals(("ps", "programme_id")).and(Expr::col(("w", "number")).equals(("ps", "wave")));
    let q = Query::select()
        .column(("ps", "school_id"))
        .column(("w", "starts_on"))
        .from_as("programme_schools", "ps")
        .join_as(JoinType::InnerJoin, "waves", "w", on_wave)
        .and_where(Expr::col(("ps", "programme_id")).eq(programme))
        .to_owned();
    let schools: HashMap<Uuid, NaiveDate> = db.all::<Start>(&q).await?.into_iter().map(|s| (s.school_id, s.starts_on)).collect();
    if model == DeliveryModel::SchoolBased {
        return Ok(schools);
    }
    #[derive(sqlx::FromRow)]
    struct Link {
        school_id: Uuid,
        cluster_id: Uuid,
    }
    let links: Vec<Link> = db
        .all(
            Query::select().columns(["school_id", "cluster_id"]).from("cluster_schools").and_where(Expr::col("programme_id").eq(programme)),
        )
        .await?;
    let mut clusters: HashMap<Uuid, NaiveDate> = HashMap::new();
    for link in links {
        if let Some(start) = schools.get(&link.school_id) {
            let entry = clusters.entry(link.cluster_id).or_insert(*start);
            *entry = Ord::min(*entry, *start);
        }
    }
    Ok(clusters)
}
