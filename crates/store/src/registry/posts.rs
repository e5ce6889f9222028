//! Posts: a role held at a place for a period. Never deleted; ending one sets `to`.

use super::units;
use crate::batch::{Mode, Policy, Record, Refused, Written, new_id};
use crate::db::Tx;
use crate::list::{Filter, Page};
use crate::{Db, Error, Result, scope};
use chrono::NaiveDate;
use domain::grant::Refusal;
use domain::{Access, FieldErrors, NewPost, Place, PlaceRef};
use sea_query::{Expr, ExprTrait, JoinType, OnConflict, Query, SelectStatement};
use serde::Serialize;
use uuid::Uuid;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, sqlx::FromRow, utoipa::ToSchema)]
pub struct Post {
    pub id: Uuid,
    /// The person's code.
    pub person: String,
    #[serde(skip)]
    pub person_id: Uuid,
    #[schema(value_type = domain::Role)]
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

pub struct Resolved {
    person_id: Uuid,
    unit_id: Uuid,
    school_id: Option<Uuid>,
    cluster_id: Option<Uuid>,
    post: NewPost,
}

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

/// Resolves the references of each post and checks the grant rules (DESIGN.md §3): the caller
/// may grant the role at that place ([`Access::may_grant`]), the person is inside the caller's
/// write scope, and is not the caller. A person the caller cannot read is answered as one that
/// does not exist, so the refusal tells no one which staff numbers exist elsewhere.
impl crate::batch::Record for NewPost {
    type Ready = Resolved;
    type Stored = Post;
    type Carry = ();
    const WRITTEN: &'static str = "post written";

    /// A post with the same person, role, place, subject and start is the same post.
    fn key(&self) -> String {
        format!("{}\t{}\t{}\t{}\t{}", self.person, self.role, place_key(self), self.subject.as_deref().unwrap_or(""), self.period.from())
    }

    fn repeated(&self) -> (&'static str, domain::Why) {
        let (person, place, from) = (&self.person, self.place.code(), self.period.from());
        let why = domain::why("why-post-twice")
            .arg("person", person)
            .word("role", "post", self.role.slug())
            .arg("place", place)
            .arg("from", from);
        ("person", why)
    }

    async fn resolve(
        tx: &mut Tx,
        access: &Access,
        posts: &[&NewPost],
        _: Mode,
        _: &mut (),
        refused: &mut Refused,
    ) -> Result<Vec<Result<Resolved, FieldErrors>>> {
        let people = {
            let q = Query::select()
                .columns([("p", "id"), ("p", "code"), ("p", "school_id")])
                .expr_as(Expr::col(("u", "path")), "unit_path")
                .from_as("people", "p")
                .join_as(JoinType::InnerJoin, "units", "u", Expr::col(("u", "id")).equals(("p", "unit_id")))
                .to_owned();
            crate::batch::named(tx, &q, ("p", "code"), posts.iter().map(|p| p.person.to_string()).collect(), |p: &PersonAt| p.code.clone())
                .await?
        };
        let named = |kind: fn(&PlaceRef) -> bool| {
            posts.iter().filter(move |p| kind(&p.place)).map(|p| p.place.code().to_string()).collect::<Vec<String>>()
        };
        let units = units::named(tx, named(|p| matches!(p, PlaceRef::Unit(_)))).await?;
        let schools = super::people::schools_named(tx, named(|p| matches!(p, PlaceRef::School(_)))).await?;
        let clusters = {
            let q = Query::select()
                .columns([("c", "id"), ("c", "code"), ("c", "unit_id")])
                .column(("u", "path"))
                .from_as("clusters", "c")
                .join_as(JoinType::InnerJoin, "units", "u", Expr::col(("u", "id")).equals(("c", "unit_id")))
                .to_owned();
            crate::batch::named(tx, &q, ("c", "code"), named(|p| matches!(p, PlaceRef::Cluster(_))), |c: &ClusterAt| c.code.clone()).await?
        };
        let mut rows = Vec::new();
        for post in posts {
            let mut errors = FieldErrors::new();
            let person = people.get(post.person.as_str()).filter(|p| access.read.covers(&p.place()));
            match person {
                None => errors.add("person", domain::why("why-no-person-here").arg("code", &post.person)),
                Some(p) if access.actor == Some(p.id) => refused.rule(&mut errors, "person", Refusal::Yourself),
                Some(p) if !access.write.covers(&p.place()) => refused.row(&mut errors, "person", "person", post.person.as_str()),
                Some(_) => {}
            }
            let code = post.place.code().as_str();
            let located = match &post.place {
                PlaceRef::Unit(_) => units.get(code).map(|u| (u.id, u.path.clone(), None, None)),
                PlaceRef::School(_) => schools.get(code).map(|s| (s.unit_id, s.unit_path.clone(), Some(s.id), None)),
                PlaceRef::Cluster(_) => clusters.get(code).map(|c| (c.unit_id, c.path.clone(), None, Some(c.id))),
            };
            let field = match post.place {
                PlaceRef::Unit(_) => "unit",
                PlaceRef::School(_) => "school",
                PlaceRef::Cluster(_) => "cluster",
            };
            match &located {
                None => errors.add(field, domain::why("why-not-registered").arg("code", code)),
                Some((_, path, school, cluster)) => {
                    let place = Place { unit_path: path.clone(), school: *school, cluster: *cluster };
                    if !access.write.covers(&place) {
                        refused.row(&mut errors, field, field, code);
                    } else if let Err(why) = access.may_grant(post.role, &place) {
                        refused.rule(&mut errors, "role", why);
                    }
                }
            }
            rows.push(errors.finish(|| {
                let (unit_id, _, school_id, cluster_id) = located.expect("a post without errors has a place");
                let person_id = person.expect("a post without errors has a person").id;
                Resolved { person_id, unit_id, school_id, cluster_id, post: (*post).clone() }
            }));
        }
        Ok(rows)
    }

    /// The posts of the chunk's people, before and after (a post is known by its id; one only
    /// re-dated keeps it).
    async fn stored(tx: &mut Tx, ready: &[Resolved]) -> Result<Vec<Post>> {
        let mut persons: Vec<Uuid> = ready.iter().map(|r| r.person_id).collect();
        persons.sort();
        persons.dedup();
        Ok(tx.all(&select().and_where(Expr::col(("p", "person_id")).is_in(persons)).to_owned()).await?)
    }

    async fn insert(tx: &mut Tx, ready: &[Resolved], _: &mut ()) -> Result<()> {
        let mut insert = Query::insert();
        insert.into_table("posts").columns(COLUMNS);
        for r in ready {
            insert.values_panic(values(new_id(), r));
        }
        insert.on_conflict(
            OnConflict::columns(["person_id", "role", "place_key", "subject", "starts_on"]).update_column("ends_on").to_owned(),
        );
        tx.run(&insert).await?;
        Ok(())
    }

    fn audited(p: &Post) -> (String, Place) {
        (p.id.to_string(), p.at.place())
    }
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
    crate::batch::write(db, access, posts, Mode::Upsert, policy).await
}

/// One post from the API: outside the caller's write scope it is refused whole (403).
#[tracing::instrument(skip_all)]
pub async fn create(db: &Db, access: &Access, post: &NewPost) -> Result<Written> {
    crate::batch::write(db, access, std::slice::from_ref(post), Mode::Create, Policy::AllOrNothing).await
}

/// Replaces the post `id` (e.g. to end it). Both the post as it is and as it will be must
/// lie in the caller's write scope; both are read in the write's transaction.
#[tracing::instrument(skip_all)]
pub async fn update(db: &Db, access: &Access, id: Uuid, post: &NewPost) -> Result<Post> {
    let mut tx = db.begin().await?;
    let this = select().and_where(Expr::col(("p", "id")).eq(id)).to_owned();
    let current: Post = tx.optional(&this).await?.ok_or_else(|| Error::not_found("post", id))?;
    if !access.read.covers(&current.at.place()) || !access.write.covers(&current.at.place()) {
        return Err(Error::out_of_scope("post", id));
    }
    // Changing or ending a post follows the rules of granting it.
    let role: domain::Role = current.role.parse().map_err(|e: domain::role::UnknownRole| Error::Failed(e.to_string()))?;
    access.may_grant(role, &current.at.place()).map_err(|why| Error::Refused(why.into()))?;
    if access.actor.is_some() && access.actor == Some(current.person_id) {
        return Err(Error::Refused(Refusal::Yourself.into()));
    }
    let mut refused = Refused::default();
    let mut rows = <NewPost as Record>::resolve(&mut tx, access, &[post], Mode::Update, &mut (), &mut refused).await?;
    refused.whole()?;
    let resolved = rows.remove(0)?;
    let mut update = Query::update();
    update.table("posts").and_where(Expr::col("id").eq(id));
    for (col, value) in COLUMNS.iter().zip(values(id, &resolved)).skip(1) {
        update.value(*col, value);
    }
    tx.run(&update).await.map_err(|e| crate::unique_to_field(e, "from", domain::why("why-post-held-from")))?;
    let after: Vec<Post> = tx.all(&this).await?;
    let changes = crate::audit::diff("post written", access.actor, vec![current], after, |p| (p.id.to_string(), p.at.place()));
    crate::audit::log(&mut tx, &changes).await?;
    tx.commit().await?;
    get(db, access, id).await
}
