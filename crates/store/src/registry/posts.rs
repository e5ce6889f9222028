//! Posts: a role held at a place for a period. Never deleted; ending one sets `to`.

use super::units;
use crate::batch::{BATCH, Policy, Refused, Written, new_id, settle};
use crate::list::{Filter, Page};
use crate::{Db, Error, Result, scope};
use chrono::NaiveDate;
use domain::grant::Refusal;
use domain::{Access, FieldErrors, NewPost, Place, PlaceRef};
use sea_query::{Expr, ExprTrait, JoinType, OnConflict, Query, SelectStatement};
use serde::Serialize;
use std::collections::HashMap;
use uuid::Uuid;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, sqlx::FromRow, utoipa::ToSchema)]
pub struct Post {
    pub id: Uuid,
    /// The person's code.
    pub person: String,
    #[serde(skip)]
    pub person_id: Uuid,
    pub role: String,
    /// The unit the post is held at, or the unit its school or cluster sits in.
    pub unit: String,
    pub school: Option<String>,
    pub cluster: Option<String>,
    /// Empty unless the role is `subject-leader`.
    pub subject: String,
    pub from: NaiveDate,
    pub to: Option<NaiveDate>,
    #[serde(skip)]
    #[sqlx(flatten)]
    pub at: crate::scope::Located,
}

const COLS: scope::PlaceCols =
    scope::PlaceCols { unit_path: ("u", "path"), school: Some(("p", "school_id")), cluster: Some(("p", "cluster_id")) };

fn select() -> SelectStatement {
    let select = Query::select()
        .columns([("p", "id"), ("p", "person_id"), ("p", "role"), ("p", "subject"), ("p", "school_id"), ("p", "cluster_id")])
        .expr_as(Expr::col(("pe", "code")), "person")
        .expr_as(Expr::col(("p", "starts_on")), "from")
        .expr_as(Expr::col(("p", "ends_on")), "to")
        .from_as("posts", "p")
        .join_as(JoinType::InnerJoin, "people", "pe", Expr::col(("pe", "id")).equals(("p", "person_id")))
        .to_owned();
    super::with_place(select, "p")
}

/// Posts, optionally only those with `role`, held by `person`, or current on `on`.
#[derive(Debug, Clone, Default)]
pub struct PostFilter {
    pub role: Option<String>,
    pub person: Option<String>,
}

pub async fn list(db: &Db, access: &Access, filter: &Filter, posts: &PostFilter) -> Result<Page<Post>> {
    let mut q = select();
    q.cond_where(scope::condition(&access.read, &COLS));
    if let Some(role) = &posts.role {
        q.and_where(Expr::col(("p", "role")).eq(role.as_str()));
    }
    if let Some(person) = &posts.person {
        q.and_where(Expr::col(("pe", "code")).eq(person.as_str()));
    }
    crate::list::page(db, q, filter, &[("pe", "name"), ("pe", "code")], ("u", "path"), ("p", "id")).await
}

pub async fn get(db: &Db, access: &Access, id: Uuid) -> Result<Post> {
    let post: Post = db.optional(select().and_where(Expr::col(("p", "id")).eq(id))).await?.ok_or_else(|| Error::not_found("post", id))?;
    if access.read.covers(&post.at.place()) { Ok(post) } else { Err(Error::out_of_scope("post", id)) }
}

#[derive(sqlx::FromRow)]
struct ClusterAt {
    id: Uuid,
    code: String,
    unit_id: Uuid,
    path: String,
}

struct Resolved {
    person_id: Uuid,
    unit_id: Uuid,
    school_id: Option<Uuid>,
    cluster_id: Option<Uuid>,
    post: NewPost,
}

/// Resolves the references of each post and checks the grant rules (DESIGN.md §3): the caller
/// may grant the role at that place ([`Access::may_grant`]), the person is inside the caller's
/// write scope, and is not the caller. A person the caller cannot read is answered as one that
/// does not exist, so the refusal tells no one which staff numbers exist elsewhere.
type Rows = Vec<(usize, Result<Resolved, FieldErrors>)>;

#[derive(sqlx::FromRow)]
struct PersonAt {
    id: Uuid,
    code: String,
    unit_path: String,
    school_id: Option<Uuid>,
}

impl PersonAt {
    fn place(&self) -> Place {
        Place { unit_path: self.unit_path.clone(), school: self.school_id, cluster: None }
    }
}

/// The people these posts name, with where they are registered.
async fn people_at(db: &Db, posts: &[NewPost]) -> Result<HashMap<String, PersonAt>> {
    let mut codes: Vec<String> = posts.iter().map(|p| p.person.to_string()).collect();
    codes.sort();
    codes.dedup();
    let mut found = HashMap::new();
    for chunk in codes.chunks(BATCH) {
        let q = Query::select()
            .columns([("p", "id"), ("p", "code"), ("p", "school_id")])
            .expr_as(Expr::col(("u", "path")), "unit_path")
            .from_as("people", "p")
            .join_as(JoinType::InnerJoin, "units", "u", Expr::col(("u", "id")).equals(("p", "unit_id")))
            .and_where(Expr::col(("p", "code")).is_in(chunk.iter().cloned()))
            .to_owned();
        found.extend(db.all::<PersonAt>(&q).await?.into_iter().map(|p| (p.code.clone(), p)));
    }
    Ok(found)
}

async fn resolve(db: &Db, access: &Access, posts: &[NewPost]) -> Result<(Rows, Refused)> {
    let people = people_at(db, posts).await?;
    let units = units::known(db).await?;
    let schools = super::people::schools_at(db).await?;
    let school_units: HashMap<Uuid, Uuid> = {
        #[derive(sqlx::FromRow)]
        struct SU {
            id: Uuid,
            unit_id: Uuid,
        }
        db.all::<SU>(Query::select().columns(["id", "unit_id"]).from("schools")).await?.into_iter().map(|r| (r.id, r.unit_id)).collect()
    };
    let clusters: HashMap<String, ClusterAt> = {
        let q = Query::select()
            .columns([("c", "id"), ("c", "code"), ("c", "unit_id")])
            .column(("u", "path"))
            .from_as("clusters", "c")
            .join_as(JoinType::InnerJoin, "units", "u", Expr::col(("u", "id")).equals(("c", "unit_id")))
            .to_owned();
        db.all::<ClusterAt>(&q).await?.into_iter().map(|c| (c.code.clone(), c)).collect()
    };
    let mut rows = Vec::new();
    let mut refused = Refused::default();
    let mut seen = std::collections::HashSet::new();
    for (index, post) in posts.iter().enumerate() {
        let mut errors = FieldErrors::new();
        if !seen.insert((post.person.as_str(), post.role, place_key(post), post.subject.clone(), post.period.from())) {
            errors.add(
                "person",
                format!(
                    "the same post ({} as {} at {} from {}) appears twice in the file",
                    post.person,
                    post.role,
                    post.place.code(),
                    post.period.from()
                ),
            );
        }
        let person = people.get(post.person.as_str()).filter(|p| access.read.covers(&p.place()));
        match person {
            None => errors.add("person", format!("no person {} in your scope", post.person)),
            Some(p) if access.actor == Some(p.id) => refused.rule(&mut errors, "person", Refusal::Yourself),
            Some(p) if !access.write.covers(&p.place()) => refused.row(&mut errors, "person", "person", post.person.as_str()),
            Some(_) => {}
        }
        let code = post.place.code().as_str();
        let located = match &post.place {
            PlaceRef::Unit(_) => units.get(code).map(|u| (u.id, u.path.clone(), None, None)),
            PlaceRef::School(_) => schools.get(code).map(|s| (school_units[&s.id], s.unit_path.clone(), Some(s.id), None)),
            PlaceRef::Cluster(_) => clusters.get(code).map(|c| (c.unit_id, c.path.clone(), None, Some(c.id))),
        };
        let field = match post.place {
            PlaceRef::Unit(_) => "unit",
            PlaceRef::School(_) => "school",
            PlaceRef::Cluster(_) => "cluster",
        };
        match &located {
            None => errors.add(field, format!("no {field} {code}")),
            Some((_, path, school, cluster)) => {
                let place = Place { unit_path: path.clone(), school: *school, cluster: *cluster };
                if !access.write.covers(&place) {
                    refused.row(&mut errors, field, field, code);
                } else if let Err(why) = access.may_grant(post.role, &place) {
                    refused.rule(&mut errors, "role", why);
                }
            }
        }
        rows.push((
            index,
            errors.finish(|| {
                let (unit_id, _, school_id, cluster_id) = located.unwrap();
                Resolved { person_id: person.unwrap().id, unit_id, school_id, cluster_id, post: post.clone() }
            }),
        ));
    }
    Ok((rows, refused))
}

fn place_key(post: &NewPost) -> String {
    let kind = match post.place {
        PlaceRef::Unit(_) => "unit",
        PlaceRef::School(_) => "school",
        PlaceRef::Cluster(_) => "cluster",
    };
    format!("{kind}:{}", post.place.code())
}

const COLUMNS: [&str; 10] =
    ["id", "person_id", "role", "unit_id", "school_id", "cluster_id", "place_key", "subject", "starts_on", "ends_on"];

fn values(id: Uuid, r: &Resolved) -> [sea_query::Expr; 10] {
    let p = &r.post;
    [
        id.into(),
        r.person_id.into(),
        p.role.slug().into(),
        r.unit_id.into(),
        r.school_id.into(),
        r.cluster_id.into(),
        place_key(p).into(),
        p.subject.clone().unwrap_or_default().into(),
        p.period.from().into(),
        p.period.to().into(),
    ]
}

/// Writes posts; a post with the same person, role, place, subject and start is the same
/// post, and only its end date is updated (re-importing a file changes nothing).
#[tracing::instrument(skip_all)]
pub async fn write(db: &Db, access: &Access, posts: &[NewPost], policy: Policy) -> Result<Written> {
    let (rows, _) = resolve(db, access, posts).await?;
    write_rows(db, access, rows, policy).await
}

/// One post from the API: outside the caller's write scope it is refused whole (403).
#[tracing::instrument(skip_all)]
pub async fn create(db: &Db, access: &Access, post: &NewPost) -> Result<Written> {
    let (rows, refused) = resolve(db, access, std::slice::from_ref(post)).await?;
    refused.whole()?;
    write_rows(db, access, rows, Policy::AllOrNothing).await
}

async fn write_rows(db: &Db, access: &Access, rows: Rows, policy: Policy) -> Result<Written> {
    let Some((good, skipped)) = settle(rows, policy)? else {
        return Ok(Written::default());
    };
    let mut written = Written { skipped, ..Written::default() };
    let mut tx = db.begin().await?;
    let mut changes = Vec::new();
    for chunk in good.chunks(BATCH) {
        // The chunk's people's posts before and after, for the audit trail (a post is known by
        // its id; one only re-dated keeps it).
        let mut persons: Vec<Uuid> = chunk.iter().map(|r| r.person_id).collect();
        persons.sort();
        persons.dedup();
        let theirs = select().and_where(Expr::col(("p", "person_id")).is_in(persons)).to_owned();
        let before: Vec<Post> = tx.all(&theirs).await?;
        let mut insert = Query::insert();
        insert.into_table("posts").columns(COLUMNS);
        for r in chunk {
            insert.values_panic(values(new_id(), r));
        }
        insert.on_conflict(
            OnConflict::columns(["person_id", "role", "place_key", "subject", "starts_on"]).update_column("ends_on").to_owned(),
        );
        tx.run(&insert).await?;
        let after: Vec<Post> = tx.all(&theirs).await?;
        changes.extend(crate::audit::diff("post written", access.actor, before, after, |p| (p.id.to_string(), p.at.place())));
    }
    written.tally(&changes);
    crate::audit::log(&mut tx, &changes).await?;
    tx.commit().await?;
    Ok(written)
}

/// Replaces the post `id` (e.g. to end it). Both the post as it is and as it will be must
/// lie in the caller's write scope.
#[tracing::instrument(skip_all)]
pub async fn update(db: &Db, access: &Access, id: Uuid, post: &NewPost) -> Result<Post> {
    let current = get(db, access, id).await?;
    if !access.write.covers(&current.at.place()) {
        return Err(Error::out_of_scope("post", id));
    }
    // Changing or ending a post follows the rules of granting it.
    let role: domain::Role = current.role.parse().map_err(|e: domain::role::UnknownRole| Error::Failed(e.to_string()))?;
    access.may_grant(role, &current.at.place()).map_err(|why| Error::Refused(why.to_string()))?;
    if access.actor.is_some() && access.actor == Some(current.person_id) {
        return Err(Error::Refused(Refusal::Yourself.to_string()));
    }
    let (mut rows, refused) = resolve(db, access, std::slice::from_ref(post)).await?;
    refused.whole()?;
    let resolved = rows.remove(0).1?;
    let mut update = Query::update();
    update.table("posts").and_where(Expr::col("id").eq(id));
    for (col, value) in COLUMNS.iter().zip(values(id, &resolved)).skip(1) {
        update.value(*col, value);
    }
    let mut tx = db.begin().await?;
    let this = select().and_where(Expr::col(("p", "id")).eq(id)).to_owned();
    tx.run(&update).await.map_err(|e| crate::unique_to_field(e, "from", "the same person already holds this post from this date"))?;
    let after: Vec<Post> = tx.all(&this).await?;
    let changes = crate::audit::diff("post written", access.actor, vec![current], after, |p| (p.id.to_string(), p.at.place()));
    crate::audit::log(&mut tx, &changes).await?;
    tx.commit().await?;
    get(db, access, id).await
}
