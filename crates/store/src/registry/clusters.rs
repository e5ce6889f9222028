//! Clusters: 4-5 adjacent schools that share one CoP in a cluster-based programme.

use super::units;
use crate::batch::{BATCH, Mode, Policy, Refused, Written, new_id};
use crate::db::Tx;
use crate::list::{Filter, Page};
use crate::{Db, Error, Result, scope};
use domain::{Access, FieldErrors, NewCluster, Place};
use sea_query::{Expr, ExprTrait, JoinType, OnConflict, Query, SelectStatement};
use serde::Serialize;
use std::collections::HashMap;
use uuid::Uuid;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, sqlx::FromRow, utoipa::ToSchema)]
pub struct Cluster {
    #[serde(skip)]
    pub id: Uuid,
    pub code: String,
    pub name: String,
    pub programme: String,
    pub unit: String,
    /// Codes of the member schools (kept joined by `;`, sent as an array).
    #[sqlx(skip)]
    #[serde(serialize_with = "crate::joined::as_array")]
    #[schema(value_type = Vec<String>)]
    pub schools: String,
    #[serde(skip)]
    pub unit_path: String,
}

const COLS: scope::PlaceCols = scope::PlaceCols { unit_path: ("u", "path"), school: None, cluster: Some(("c", "id")) };

fn select() -> SelectStatement {
    Query::select()
        .columns([("c", "id"), ("c", "code"), ("c", "name")])
        .expr_as(Expr::col(("g", "code")), "programme")
        .expr_as(Expr::col(("u", "code")), "unit")
        .expr_as(Expr::col(("u", "path")), "unit_path")
        .from_as("clusters", "c")
        .join_as(JoinType::InnerJoin, "units", "u", Expr::col(("u", "id")).equals(("c", "unit_id")))
        .join_as(JoinType::InnerJoin, "programmes", "g", Expr::col(("g", "id")).equals(("c", "programme_id")))
        .to_owned()
}

#[derive(sqlx::FromRow)]
struct Member {
    cluster_id: Uuid,
    code: String,
}

/// Fills in each cluster's school list (a second query, so no dialect's string aggregate is needed).
async fn with_schools(db: &Db, mut clusters: Vec<Cluster>) -> Result<Vec<Cluster>> {
    if clusters.is_empty() {
        return Ok(clusters);
    }
    let members = db.all::<Member>(&members_of(&clusters)).await?;
    fill(&mut clusters, members);
    Ok(clusters)
}

/// The same, in a write's transaction (the audit trail compares the lists before and after).
async fn with_schools_in(tx: &mut Tx, mut clusters: Vec<Cluster>) -> Result<Vec<Cluster>> {
    if clusters.is_empty() {
        return Ok(clusters);
    }
    let members = tx.all::<Member>(&members_of(&clusters)).await?;
    fill(&mut clusters, members);
    Ok(clusters)
}

fn members_of(clusters: &[Cluster]) -> SelectStatement {
    Query::select()
        .column(("cs", "cluster_id"))
        .column(("s", "code"))
        .from_as("cluster_schools", "cs")
        .join_as(JoinType::InnerJoin, "schools", "s", Expr::col(("s", "id")).equals(("cs", "school_id")))
        .and_where(Expr::col(("cs", "cluster_id")).is_in(clusters.iter().map(|c| c.id)))
        .order_by(("s", "code"), sea_query::Order::Asc)
        .to_owned()
}

fn fill(clusters: &mut [Cluster], members: Vec<Member>) {
    let mut lists: HashMap<Uuid, Vec<String>> = HashMap::new();
    for m in members {
        lists.entry(m.cluster_id).or_default().push(m.code);
    }
    for c in clusters {
        c.schools = lists.remove(&c.id).unwrap_or_default().join(";");
    }
}

pub async fn list(db: &Db, access: &Access, filter: &Filter) -> Result<Page<Cluster>> {
    let mut q = select();
    q.cond_where(scope::condition(&access.read, &COLS));
    let mut page = crate::list::page(db, q, filter, &[("c", "name"), ("c", "code")], ("u", "path"), ("c", "code")).await?;
    page.items = with_schools(db, page.items).await?;
    Ok(page)
}

fn place(c: &Cluster) -> Place {
    Place { unit_path: c.unit_path.clone(), school: None, cluster: Some(c.id) }
}

pub async fn get(db: &Db, access: &Access, code: &str) -> Result<Cluster> {
    let cluster: Cluster =
        db.optional(select().and_where(Expr::col(("c", "code")).eq(code))).await?.ok_or_else(|| Error::not_found("cluster", code))?;
    if !access.read.covers(&place(&cluster)) {
        return Err(Error::out_of_scope("cluster", code));
    }
    Ok(with_schools(db, vec![cluster]).await?.remove(0))
}

/// A school's place in a programme's cluster: a school is in at most one cluster per programme.
#[derive(sqlx::FromRow)]
struct Membership {
    programme_id: Uuid,
    school_id: Uuid,
    cluster_id: Uuid,
    cluster: String,
}

pub struct Resolved {
    id: Uuid,
    programme_id: Uuid,
    unit_id: Uuid,
    schools: Vec<Uuid>,
    cluster: NewCluster,
}

/// The clusters the schools with these ids belong to, by (programme, school).
async fn memberships(tx: &mut Tx, schools: Vec<Uuid>) -> Result<HashMap<(Uuid, Uuid), (Uuid, String)>> {
    let mut claimed = HashMap::new();
    for chunk in schools.chunks(BATCH) {
        let q = Query::select()
            .columns([("cs", "programme_id"), ("cs", "school_id"), ("cs", "cluster_id")])
            .expr_as(Expr::col(("c", "code")), "cluster")
            .from_as("cluster_schools", "cs")
            .join_as(JoinType::InnerJoin, "clusters", "c", Expr::col(("c", "id")).equals(("cs", "cluster_id")))
            .and_where(Expr::col(("cs", "school_id")).is_in(chunk.iter().copied()))
            .to_owned();
        claimed.extend(tx.all::<Membership>(&q).await?.into_iter().map(|m| ((m.programme_id, m.school_id), (m.cluster_id, m.cluster))));
    }
    Ok(claimed)
}

impl crate::batch::Record for NewCluster {
    type Ready = Resolved;
    type Stored = Cluster;
    type Carry = ();
    const WRITTEN: &'static str = "cluster written";

    fn key(&self) -> String {
        self.code.to_string()
    }

    async fn resolve(
        tx: &mut Tx,
        access: &Access,
        clusters: &[&NewCluster],
        mode: Mode,
        _: &mut (),
        refused: &mut Refused,
    ) -> Result<Vec<Result<Resolved, FieldErrors>>> {
        let units = units::named(tx, clusters.iter().map(|c| c.unit.to_string()).collect()).await?;
        let programmes = crate::batch::ids_named(tx, "programmes", clusters.iter().map(|c| c.programme.to_string()).collect()).await?;
        let schools =
            super::people::schools_named(tx, clusters.iter().flat_map(|c| c.schools.iter().map(|s| s.to_string())).collect()).await?;
        let existing =
            crate::batch::named(tx, &select(), ("c", "code"), clusters.iter().map(|c| c.code.to_string()).collect(), |c: &Cluster| {
                c.code.clone()
            })
            .await?;
        // (programme, school) -> cluster, updated as the batch claims schools.
        let mut claimed = memberships(tx, schools.values().map(|s| s.id).collect()).await?;
        let mut rows = Vec::new();
        for cluster in clusters {
            let mut errors = FieldErrors::new();
            let old = existing.get(cluster.code.as_str());
            crate::batch::check_code(&mut errors, mode, "cluster", cluster.code.as_str(), old.is_some())?;
            let id = old.map_or_else(new_id, |o| o.id);
            let programme = programmes.get(cluster.programme.as_str()).copied();
            if programme.is_none() {
                errors.add("programme", domain::why("why-not-registered").arg("code", &cluster.programme));
            }
            let unit = units.get(cluster.unit.as_str());
            match unit {
                None => errors.add("unit", domain::why("why-not-registered").arg("code", &cluster.unit)),
                Some(u) => {
                    let allowed = match old {
                        Some(o) => access.write.covers(&place(o)),
                        None => access.write.covers(&Place { unit_path: u.path.clone(), school: None, cluster: None }),
                    };
                    if !allowed {
                        refused.row(&mut errors, "code", "cluster", cluster.code.as_str());
                    }
                    if let Some(o) = old.filter(|o| o.unit != cluster.unit.as_str()) {
                        errors.add("unit", domain::why("why-cannot-move").arg("code", &cluster.code).arg("place", &o.unit));
                    }
                }
            }
            let mut member_ids = Vec::new();
            for code in &cluster.schools {
                match schools.get(code.as_str()) {
                    None => errors.add("schools", domain::why("why-not-registered").arg("code", code)),
                    Some(s) if unit.is_some_and(|u| !s.unit_path.starts_with(&u.path)) => {
                        errors.add("schools", domain::why("why-not-under").arg("code", code).arg("unit", &cluster.unit))
                    }
                    Some(s) => {
                        if let Some(programme) = programme {
                            match claimed.get(&(programme, s.id)) {
                                Some((other, code_of_other)) if *other != id => {
                                    let why = domain::why("why-in-other-cluster").arg("code", code).arg("cluster", code_of_other);
                                    errors.add("schools", why.arg("programme", &cluster.programme));
                                }
                                _ => {
                                    claimed.insert((programme, s.id), (id, cluster.code.to_string()));
                                }
                            }
                        }
                        member_ids.push(s.id);
                    }
                }
            }
            rows.push(errors.finish(|| Resolved {
                id,
                programme_id: programme.unwrap_or_default(),
                unit_id: unit.map(|u| u.id).unwrap_or_default(),
                schools: member_ids,
                cluster: (*cluster).clone(),
            }));
        }
        Ok(rows)
    }

    /// The cluster's name, programme, unit and schools.
    async fn stored(tx: &mut Tx, ready: &[Resolved]) -> Result<Vec<Cluster>> {
        let codes: Vec<String> = ready.iter().map(|r| r.cluster.code.to_string()).collect();
        let these = tx.all(&select().and_where(Expr::col(("c", "code")).is_in(codes)).to_owned()).await?;
        with_schools_in(tx, these).await
    }

    async fn insert(tx: &mut Tx, ready: &[Resolved], _: &mut ()) -> Result<()> {
        let mut insert = Query::insert();
        insert.into_table("clusters").columns(["id", "code", "name", "programme_id", "unit_id"]);
        for r in ready {
            insert.values_panic([
                r.id.into(),
                r.cluster.code.to_string().into(),
                r.cluster.name.clone().into(),
                r.programme_id.into(),
                r.unit_id.into(),
            ]);
        }
        insert.on_conflict(OnConflict::column("code").update_columns(["name", "unit_id"]).to_owned());
        tx.run(&insert).await?;
        tx.run(Query::delete().from_table("cluster_schools").and_where(Expr::col("cluster_id").is_in(ready.iter().map(|r| r.id)))).await?;
        let members: Vec<[sea_query::Expr; 3]> =
            ready.iter().flat_map(|r| r.schools.iter().map(|school| [r.programme_id.into(), (*school).into(), r.id.into()])).collect();
        for chunk in members.chunks(BATCH) {
            let mut insert = Query::insert();
            insert.into_table("cluster_schools").columns(["programme_id", "school_id", "cluster_id"]);
            for values in chunk {
                insert.values_panic(values.clone());
            }
            tx.run(&insert).await?;
        }
        Ok(())
    }

    fn audited(c: &Cluster) -> (String, Place) {
        (c.code.clone(), place(c))
    }
}

/// Writes clusters with their schools (see [`crate::batch`]).
#[tracing::instrument(skip_all)]
pub async fn write(db: &Db, access: &Access, clusters: &[NewCluster], mode: Mode, policy: Policy) -> Result<Written> {
    crate::batch::write(db, access, clusters, mode, policy).await
}
