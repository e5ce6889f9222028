//! Recording held meetings: one at a time from the API, thousands at a time from the demo,
//! through the same checks. Each meeting is checked against its CoP (its members, the terms,
//! the programme's toolkit) before anything is written; a batch lands whole or not at all.

use crate::batch::{BATCH, Policy, ids_of, new_id, settle};
use crate::{Db, Error, Result};
use chrono::{NaiveDate, Utc};
use domain::community::{CommunityKind, Part};
use domain::meeting::{AgendaItem, NewMeeting};
use domain::vocab::{AttendanceStatus, FacilitatorKind, GuestRole};
use domain::{Access, FieldErrors, Place};
use sea_query::{Expr, ExprTrait, JoinType, Query};
use std::collections::{HashMap, HashSet};
use uuid::Uuid;

#[derive(sqlx::FromRow)]
pub(crate) struct Cop {
    pub id: Uuid,
    pub programme_id: Uuid,
    pub model: String,
    pub kind: String,
    pub school_id: Option<Uuid>,
    pub cluster_id: Option<Uuid>,
    pub unit_path: String,
    pub starts_on: Option<NaiveDate>,
}

impl Cop {
    pub fn place(&self) -> Place {
        Place { unit_path: self.unit_path.clone(), school: self.school_id, cluster: self.cluster_id }
    }
}

#[derive(sqlx::FromRow, Clone)]
pub(crate) struct MemberRow {
    pub community_id: Uuid,
    pub person_id: Uuid,
    pub role: String,
    pub joined_on: NaiveDate,
    pub left_on: Option<NaiveDate>,
    pub school_id: Option<Uuid>,
}

impl MemberRow {
    pub fn member_on(&self, day: NaiveDate) -> bool {
        self.joined_on <= day && self.left_on.is_none_or(|left| day < left)
    }
}

#[derive(sqlx::FromRow)]
pub(crate) struct Term {
    pub id: Uuid,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
}

pub(crate) async fn cops(db: &Db, ids: &[Uuid]) -> Result<HashMap<Uuid, Cop>> {
    let mut found = HashMap::new();
    for chunk in ids.chunks(BATCH) {
        let q = Query::select()
            .columns([("m", "id"), ("m", "programme_id"), ("m", "kind"), ("m", "school_id"), ("m", "cluster_id"), ("m", "starts_on")])
            .column(("g", "model"))
            .expr_as(Expr::col(("u", "path")), "unit_path")
            .from_as("communities", "m")
            .join_as(JoinType::InnerJoin, "programmes", "g", Expr::col(("g", "id")).equals(("m", "programme_id")))
            .join_as(JoinType::InnerJoin, "units", "u", Expr::col(("u", "id")).equals(("m", "unit_id")))
            .and_where(Expr::col(("m", "id")).is_in(chunk.iter().copied()))
            .to_owned();
        found.extend(db.all::<Cop>(&q).await?.into_iter().map(|c| (c.id, c)));
    }
    Ok(found)
}

pub(crate) async fn members(db: &Db, ids: &[Uuid]) -> Result<HashMap<Uuid, Vec<MemberRow>>> {
    let mut found: HashMap<Uuid, Vec<MemberRow>> = HashMap::new();
    for chunk in ids.chunks(BATCH) {
        let q = Query::select()
            .columns([("cm", "community_id"), ("cm", "person_id"), ("cm", "role"), ("cm", "joined_on"), ("cm", "left_on")])
            .column(("p", "school_id"))
            .from_as("community_members", "cm")
            .join_as(JoinType::InnerJoin, "people", "p", Expr::col(("p", "id")).equals(("cm", "person_id")))
            .and_where(Expr::col(("cm", "community_id")).is_in(chunk.iter().copied()))
            .to_owned();
        for m in db.all::<MemberRow>(&q).await? {
            found.entry(m.community_id).or_default().push(m);
        }
    }
    Ok(found)
}

pub(crate) async fn terms(db: &Db) -> Result<Vec<Term>> {
    Ok(db.all(Query::select().columns(["id", "starts_on", "ends_on"]).from("terms").order_by("starts_on", sea_query::Order::Asc)).await?)
}

/// A meeting checked and resolved to ids, ready to write.
pub(crate) struct Prepared<'a> {
    id: Uuid,
    recorder: Option<Uuid>,
    pub(crate) community_id: Uuid,
    pub(crate) term_id: Uuid,
    pub(crate) meeting: &'a NewMeeting,
    pub(crate) facilitator_id: Uuid,
    pub(crate) facilitator_kind: FacilitatorKind,
    attendance: Vec<(Uuid, AttendanceStatus, bool, Option<GuestRole>)>,
    roles: Vec<(&'static str, Uuid)>,
    agenda: Vec<(Option<Uuid>, Option<String>)>,
    pub(crate) reports: Vec<Uuid>,
    pub(crate) action_points: Vec<(String, Uuid, NaiveDate)>,
    pub(crate) expected: i64,
    pub(crate) present: i64,
    /// Where the CoP is, for the audit entry.
    place: Place,
}

impl Prepared<'_> {
    pub(crate) fn id(&self) -> Uuid {
        self.id
    }

    pub(crate) fn recorder(&self) -> Option<Uuid> {
        self.recorder
    }

    pub(crate) fn place(&self) -> Place {
        self.place.clone()
    }

    /// The same record under an existing meeting's id (an edit).
    pub(crate) fn for_meeting(mut self, id: Uuid) -> Self {
        self.id = id;
        self
    }
}

/// Everything the checks need, loaded once per batch.
pub(crate) struct Context {
    pub cops: HashMap<Uuid, Cop>,
    members: HashMap<Uuid, Vec<MemberRow>>,
    people: HashMap<String, Uuid>,
    terms: Vec<Term>,
    activities: HashMap<(Uuid, String), Uuid>,
    /// (CoP, day) of meetings already recorded or accepted in this batch, with their ids: one a day.
    pub(crate) held: HashMap<(Uuid, NaiveDate), Uuid>,
    today: NaiveDate,
}

pub(crate) async fn context(db: &Db, batch: &[(Uuid, NewMeeting)]) -> Result<Context> {
    let ids: Vec<Uuid> = batch.iter().map(|(c, _)| *c).collect::<HashSet<_>>().into_iter().collect();
    let mut codes: Vec<String> = Vec::new();
    for (_, m) in batch {
        codes.extend(m.attendance.iter().map(|a| a.person.to_string()));
        codes.extend(m.action_points.iter().map(|a| a.owner.to_string()));
        codes.extend(m.roles.iter().map(|(_, p)| p.to_string()));
        codes.push(m.facilitator.to_string());
    }
    #[derive(sqlx::FromRow)]
    struct Activity {
        id: Uuid,
        programme_id: Uuid,
        code: String,
    }
    let activities: Vec<Activity> = db.all(Query::select().columns(["id", "programme_id", "code"]).from("toolkit_activities")).await?;
    #[derive(sqlx::FromRow)]
    struct Held {
        id: Uuid,
        community_id: Uuid,
        held_on: NaiveDate,
    }
    let mut held = HashMap::new();
    for chunk in ids.chunks(BATCH) {
        let q = Query::select()
            .columns(["id", "community_id", "held_on"])
            .from("meetings")
            .and_where(Expr::col("community_id").is_in(chunk.iter().copied()))
            .to_owned();
        held.extend(db.all::<Held>(&q).await?.into_iter().map(|h| ((h.community_id, h.held_on), h.id)));
    }
    Ok(Context {
        held,
        today: Utc::now().date_naive(),
        cops: cops(db, &ids).await?,
        members: members(db, &ids).await?,
        people: ids_of(db, "people", codes).await?,
        terms: terms(db).await?,
        activities: activities.into_iter().map(|a| ((a.programme_id, a.code), a.id)).collect(),
    })
}

pub(crate) fn prepare<'a>(ctx: &mut Context, community: Uuid, m: &'a NewMeeting, recorder: Option<Uuid>) -> Result<Prepared<'a>> {
    if let Some(&id) = ctx.held.get(&(community, m.held_on)) {
        return Err(already_recorded(m.held_on, id));
    }
    let prepared = check(ctx, community, m, recorder)?;
    ctx.held.insert((community, m.held_on), prepared.id);
    Ok(prepared)
}

/// One meeting per CoP per day (the database holds the same rule): a second is answered with
/// the first one's id.
pub(crate) fn already_recorded(day: NaiveDate, id: Uuid) -> Error {
    Error::Duplicate { why: domain::why("why-meeting-recorded").arg("day", day), id }
}

/// The meeting a CoP already has on `day`, if any (after a unique violation: another process won).
pub(crate) async fn held_on(db: &Db, community: Uuid, day: NaiveDate) -> Result<Option<Uuid>> {
    #[derive(sqlx::FromRow)]
    struct Id {
        id: Uuid,
    }
    let q = Query::select()
        .column("id")
        .from("meetings")
        .and_where(Expr::col("community_id").eq(community))
        .and_where(Expr::col("held_on").eq(day))
        .to_owned();
    Ok(db.optional::<Id>(&q).await?.map(|r| r.id))
}

/// Why a day is in no term, with the terms either side of it (the calendar may hold many years).
fn outside_terms(terms: &[Term], day: NaiveDate) -> domain::Why {
    let before = terms.iter().rev().find(|t| t.ends_on < day);
    let after = terms.iter().find(|t| t.starts_on > day);
    match (before, after) {
        (Some(b), Some(a)) => domain::why("why-between-terms").arg("day", day).arg("ends", b.ends_on).arg("starts", a.starts_on),
        (None, Some(a)) => domain::why("why-before-terms").arg("day", day).arg("starts", a.starts_on),
        (Some(b), None) => domain::why("why-after-terms").arg("day", day).arg("ends", b.ends_on),
        (None, None) => domain::why("why-no-terms").arg("day", day),
    }
}

fn check<'a>(ctx: &Context, community: Uuid, m: &'a NewMeeting, recorder: Option<Uuid>) -> Result<Prepared<'a>, FieldErrors> {
    let mut errors = FieldErrors::new();
    let cop = &ctx.cops[&community];
    if m.held_on > ctx.today {
        errors.add("held_on", domain::why("why-meeting-future").arg("day", m.held_on));
    }
    let term = ctx.terms.iter().find(|t| t.starts_on <= m.held_on && m.held_on <= t.ends_on);
    if term.is_none() {
        errors.add("held_on", outside_terms(&ctx.terms, m.held_on));
    }
    if let Some(starts) = cop.starts_on
        && m.held_on < starts
    {
        errors.add("held_on", domain::why("why-before-wave").arg("day", m.held_on).arg("starts", starts));
    }
    let no_members = Vec::new();
    // Officials (a PLC's SEI, SLF or DEO) are not expected: one who comes is a guest.
    let members: Vec<&MemberRow> = ctx
        .members
        .get(&community)
        .unwrap_or(&no_members)
        .iter()
        .filter(|r| r.member_on(m.held_on) && r.role != Part::Official.slug())
        .collect();
    let member = |id: Uuid| members.iter().find(|r| r.person_id == id);
    let person = |errors: &mut FieldErrors, field: &str, code: &domain::Code| {
        let id = ctx.people.get(code.as_str()).copied();
        if id.is_none() {
            errors.add(field, domain::why("why-not-registered").arg("code", code));
        }
        id
    };
    let mut attendance = Vec::new();
    for (i, a) in m.attendance.iter().enumerate() {
        let Some(id) = person(&mut errors, &format!("attendance[{i}].person"), &a.person) else { continue };
        match (member(id), a.guest) {
            (None, None) => errors.add(&format!("attendance[{i}].guest"), domain::why("why-give-guest-role").arg("person", &a.person)),
            (Some(_), Some(_)) => {
                errors.add(&format!("attendance[{i}].guest"), domain::why("why-member-not-guest").arg("person", &a.person))
            }
            _ => attendance.push((id, a.status, a.remote, a.guest)),
        }
    }
    // Members the record leaves out were not there.
    for r in &members {
        if !attendance.iter().any(|(id, ..)| *id == r.person_id) {
            attendance.push((r.person_id, AttendanceStatus::Absent, false, None));
        }
    }
    let facilitator_id = person(&mut errors, "facilitator", &m.facilitator);
    let kind = cop.kind.parse::<CommunityKind>().unwrap_or(CommunityKind::Cop);
    let facilitator_kind = match facilitator_id.map(|id| (member(id), attendance.iter().find(|a| a.0 == id).and_then(|a| a.3))) {
        Some((Some(r), _)) if r.role == Part::Facilitator.slug() => kind.facilitator(cop.model == "cluster-based"),
        Some((Some(_), _)) => kind.member_facilitates(),
        Some((None, Some(guest))) => guest.as_facilitator(),
        _ => FacilitatorKind::Other,
    };
    let roles: Vec<(&'static str, Uuid)> = m
        .roles
        .iter()
        .enumerate()
        .filter_map(|(i, (role, code))| person(&mut errors, &format!("roles[{i}].person"), code).map(|id| (role.slug(), id)))
        .collect();
    let mut agenda = Vec::new();
    for (i, item) in m.agenda.iter().enumerate() {
        match item {
            AgendaItem::Challenge(words) => agenda.push((None, Some(words.clone()))),
            AgendaItem::Toolkit(code) => match ctx.activities.get(&(cop.programme_id, code.clone())) {
                Some(id) => agenda.push((Some(*id), None)),
                None => errors.add(&format!("agenda[{i}].toolkit"), domain::why("why-no-activity").arg("code", code)),
            },
        }
    }
    let mut action_points = Vec::new();
    for (i, a) in m.action_points.iter().enumerate() {
        let field = format!("action_points[{i}].owner");
        if let Some(owner) = person(&mut errors, &field, &a.owner) {
            if member(owner).is_none() && !attendance.iter().any(|x| x.0 == owner) {
                errors.add(&field, domain::why("why-owner-absent").arg("person", &a.owner));
            }
            action_points.push((a.description.clone(), owner, a.due_on));
        }
    }
    let present = |id: Uuid| attendance.iter().any(|a| a.0 == id && a.1 == AttendanceStatus::Present);
    // The report goes to the CoP's school, or to the school of each member present; a PLC's
    // members are the heads themselves, so it sends none.
    let mut reports: Vec<Uuid> = match cop.school_id {
        _ if kind.is_plc() => Vec::new(),
        Some(school) => vec![school],
        None => members.iter().filter(|r| present(r.person_id)).filter_map(|r| r.school_id).collect(),
    };
    reports.sort();
    reports.dedup();
    let expected = members.len() as i64;
    let present_members = members.iter().filter(|r| present(r.person_id)).count() as i64;
    errors.finish(|| Prepared {
        id: new_id(),
        recorder,
        community_id: community,
        term_id: term.expect("checked").id,
        meeting: m,
        facilitator_id: facilitator_id.expect("checked"),
        facilitator_kind,
        attendance,
        roles,
        agenda,
        reports,
        action_points,
        expected,
        present: present_members,
        place: cop.place(),
    })
}

/// Records held meetings of the given communities, as one batch (the demo; the API goes
/// through `group::record_one`). `recorder` is the person recording.
/// Returns the new meetings' ids, in batch order (of those written).
#[tracing::instrument(skip_all)]
pub async fn record(db: &Db, access: &Access, recorder: Option<Uuid>, batch: &[(Uuid, NewMeeting)], policy: Policy) -> Result<Vec<Uuid>> {
    let mut ctx = context(db, batch).await?;
    let mut rows = Vec::new();
    for (index, (community, meeting)) in batch.iter().enumerate() {
        let cop = ctx.cops.get(community).ok_or_else(|| Error::not_found("CoP", community))?;
        if !access.records_community(*community, &cop.place()) {
            return Err(Error::out_of_scope("CoP", community));
        }
        let row = match prepare(&mut ctx, *community, meeting, recorder) {
            Err(Error::Duplicate { why, .. }) => Err(FieldErrors::single("held_on", why)),
            Err(Error::Invalid(errors)) => Err(errors),
            Err(other) => return Err(other),
            Ok(prepared) => Ok(prepared),
        };
        rows.push((index, row));
    }
    let (good, _) = settle(rows, policy)?;
    insert(db, &good).await?;
    Ok(good.iter().map(|p| p.id).collect())
}

/// Writes prepared meetings in one transaction.
pub(crate) async fn insert(db: &Db, good: &[Prepared<'_>]) -> Result<()> {
    let mut tx = db.begin().await?;
    let now = Utc::now();
    for chunk in good.chunks(BATCH / 2) {
        let mut meetings = Query::insert();
        meetings.into_table("meetings").columns([
            "id",
            "community_id",
            "term_id",
            "held_on",
            "modality",
            "venue",
            "facilitator_id",
            "facilitator_kind",
            "duration_minutes",
            "summary",
            "members_expected",
            "members_present",
            "recorded_by",
            "recorded_at",
        ]);
        for p in chunk {
            let m = p.meeting;
            meetings.values_panic([
                p.id.into(),
                p.community_id.into(),
                p.term_id.into(),
                m.held_on.into(),
                m.modality.slug().into(),
                m.venue.clone().into(),
                p.facilitator_id.into(),
                p.facilitator_kind.slug().into(),
                m.duration_minutes.into(),
                m.summary.clone().into(),
                p.expected.into(),
                p.present.into(),
                p.recorder.into(),
                now.into(),
            ]);
        }
        tx.run(&meetings).await?;
        insert_details(&mut tx, chunk).await?;
    }
    let changes: Vec<crate::audit::Change> = good
        .iter()
        .map(|p| crate::audit::Change {
            actor: p.recorder,
            what: "meeting recorded",
            record: p.id.to_string(),
            place: p.place.clone(),
            before: None,
            after: Some(serde_json::json!({
                "cop": p.community_id,
                "held_on": p.meeting.held_on,
                "modality": p.meeting.modality.slug(),
                "present": p.present,
                "expected": p.expected,
                "action_points": p.action_points.len(),
            })),
        })
        .collect();
    crate::audit::log(&mut tx, &changes).await?;
    let meetings: Vec<Uuid> = good.iter().map(|p| p.id).collect();
    let cops: Vec<Uuid> = good.iter().map(|p| p.community_id).collect();
    super::bump_version(&mut tx, super::Touched::Cops(&cops)).await?;
    super::buckets::refresh(&mut tx, &meetings).await?;
    tx.commit().await?;
    Ok(())
}

/// Runs one multi-row INSERT per table, in slices under the bind-parameter limits.
async fn insert_rows(tx: &mut crate::db::Tx, table: &'static str, columns: &[&'static str], rows: Vec<Vec<sea_query::Expr>>) -> Result<()> {
    for slice in rows.chunks(BATCH) {
        let mut insert = Query::insert();
        insert.into_table(table).columns(columns.iter().copied());
        for row in slice {
            insert.values_panic(row.iter().cloned());
        }
        tx.run(&insert).await?;
    }
    Ok(())
}

async fn insert_details(tx: &mut crate::db::Tx, chunk: &[Prepared<'_>]) -> Result<()> {
    insert_what_happened(tx, chunk).await?;
    insert_reports(tx, chunk).await?;
    insert_points(tx, chunk).await
}

/// A meeting's rows that an edit replaces whole: agenda, formats, roles, attendance, guests,
/// decisions and topics.
pub(crate) async fn insert_what_happened(tx: &mut crate::db::Tx, chunk: &[Prepared<'_>]) -> Result<()> {
    let each = |f: &dyn Fn(&Prepared<'_>) -> Vec<Vec<sea_query::Expr>>| chunk.iter().flat_map(f).collect::<Vec<_>>();
    let agenda = each(&|p| {
        p.agenda.iter().enumerate().map(|(i, (a, c))| vec![p.id.into(), (i as i64).into(), (*a).into(), c.clone().into()]).collect()
    });
    insert_rows(tx, "meeting_agenda", &["meeting_id", "position", "activity_id", "challenge"], agenda).await?;
    let formats = each(&|p| p.meeting.formats.iter().map(|f| vec![p.id.into(), f.slug().into()]).collect());
    insert_rows(tx, "meeting_formats", &["meeting_id", "format"], formats).await?;
    let roles = each(&|p| p.roles.iter().map(|(r, id)| vec![p.id.into(), (*r).into(), (*id).into()]).collect());
    insert_rows(tx, "meeting_roles", &["meeting_id", "role", "person_id"], roles).await?;
    let attendance = each(&|p| {
        p.attendance
            .iter()
            .map(|(id, status, remote, guest)| {
                vec![p.id.into(), (*id).into(), status.slug().into(), (*remote).into(), guest.map(|g| g.slug()).into()]
            })
            .collect()
    });
    insert_rows(tx, "attendance", &["meeting_id", "person_id", "status", "remote", "guest_role"], attendance).await?;
    let guests = each(&|p| p.meeting.guests.iter().map(|(r, n)| vec![p.id.into(), r.slug().into(), (*n).into()]).collect());
    insert_rows(tx, "meeting_guests", &["meeting_id", "role", "count"], guests).await?;
    let decisions = each(&|p| p.meeting.decisions.iter().map(|(a, d)| vec![p.id.into(), a.slug().into(), d.slug().into()]).collect());
    insert_rows(tx, "meeting_decisions", &["meeting_id", "aspect", "decider"], decisions).await?;
    let topics = each(&|p| p.meeting.topics.iter().map(|t| vec![p.id.into(), t.slug().into()]).collect());
    insert_rows(tx, "meeting_topics", &["meeting_id", "topic"], topics).await
}

pub(crate) async fn insert_reports(tx: &mut crate::db::Tx, chunk: &[Prepared<'_>]) -> Result<()> {
    let reports = chunk.iter().flat_map(|p| p.reports.iter().map(|s| vec![p.id.into(), (*s).into()])).collect();
    insert_rows(tx, "meeting_reports", &["meeting_id", "school_id"], reports).await
}

pub(crate) async fn insert_points(tx: &mut crate::db::Tx, chunk: &[Prepared<'_>]) -> Result<()> {
    let actions = chunk
        .iter()
        .flat_map(|p| {
            p.action_points.iter().enumerate().map(|(i, (d, owner, due))| {
                vec![new_id().into(), p.id.into(), (i as i64).into(), d.clone().into(), (*owner).into(), (*due).into()]
            })
        })
        .collect();
    insert_rows(tx, "action_points", &["id", "meeting_id", "position", "description", "owner_id", "due_on"], actions).await
}
