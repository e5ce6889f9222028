//! Recording a meeting on one screen (`/cops/{id}/meetings`), usable on a phone without
//! script: the date, how it was held, who facilitated, a box per member for who came, the
//! agenda, formats, roles (whose turn is chosen already), who decided the agenda, topics, a
//! summary and an action point. A problem is shown beside its field and nothing is saved.
//! Then the meeting's report (`/meetings/{id}`), which the head teacher acknowledges there.

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use chrono::NaiveDate;
use domain::meeting::{ActionPointFields, AgendaFields, AttendanceFields, MeetingFields, NewMeeting, RoleFields};
use domain::vocab::{Decider, Format, MeetingRole, Modality, Topic};
use store::life::{cop, dashboard, group, meetings, reports};
use store::programmes::communities::{self, Community, Member};
use store::programmes::membership::Guest;
use uuid::Uuid;

use super::form::{Choice, Fields, Problems};
use super::place::Row;
use super::{Layout, Viewer, failure, refusal, refused, render};
use crate::AppState;
use crate::i18n::Tr;

pub struct RoleChoice {
    pub slug: String,
    pub label: String,
    pub people: Vec<Choice>,
}

#[derive(Template)]
#[template(path = "meeting_form.html")]
pub(super) struct MeetingForm {
    layout: Layout,
    action: String,
    problems: Problems,
    held_on: String,
    modalities: Vec<Choice>,
    venue: String,
    duration: String,
    facilitators: Vec<Choice>,
    present: Vec<Choice>,
    activities: Vec<Choice>,
    challenge: String,
    formats: Vec<Choice>,
    roles: Vec<RoleChoice>,
    deciders: Vec<Choice>,
    topics: Vec<Choice>,
    summary: String,
    /// Who joined from elsewhere (by phone, WhatsApp, online): a box per member.
    remote: Vec<Choice>,
    /// The CoP's registered guests: a box each for who came.
    guests: Vec<Choice>,
    /// The action points: those recorded (when correcting) and one empty row.
    points: Vec<PointRow>,
    save: String,
    /// When correcting: what the form keeps that it does not show.
    note: String,
}

/// An action point's row in the form; the first row's fields keep the plain ids.
pub struct PointRow {
    pub suffix: String,
    pub description: String,
    pub owners: Vec<Choice>,
    pub due: String,
}

/// What the form holds, from a new form's defaults or from what was posted.
pub(super) struct Filled {
    pub(super) held_on: String,
    pub(super) modality: String,
    pub(super) venue: String,
    pub(super) duration: String,
    pub(super) facilitator: String,
    pub(super) present: Vec<String>,
    pub(super) activity: String,
    pub(super) challenge: String,
    pub(super) formats: Vec<String>,
    pub(super) roles: Vec<(MeetingRole, String)>,
    pub(super) decided: Vec<String>,
    pub(super) topics: Vec<String>,
    pub(super) summary: String,
    pub(super) remote: Vec<String>,
    /// The codes of the CoP's registered guests ticked as present.
    pub(super) guests: Vec<String>,
    /// (description, owner, due) per action point row.
    pub(super) points: Vec<(String, String, String)>,
}

impl Filled {
    pub(super) fn posted(f: &Fields) -> Self {
        Filled {
            held_on: f.one("held_on"),
            modality: f.one("modality"),
            venue: f.one("venue"),
            duration: f.one("duration_minutes"),
            facilitator: f.one("facilitator"),
            present: f.all("present"),
            activity: f.one("activity"),
            challenge: f.one("challenge"),
            formats: f.all("formats"),
            roles: MeetingRole::ALL.iter().map(|r| (*r, f.one(&format!("role-{}", r.slug())))).collect(),
            decided: f.all("decided"),
            topics: f.all("topics"),
            summary: f.one("summary"),
            remote: f.all("remote"),
            guests: f.all("guest"),
            points: f
                .each("ap_description")
                .into_iter()
                .zip(f.each("ap_owner"))
                .zip(f.each("ap_due"))
                .map(|((d, o), due)| (d, o, due))
                .filter(|(d, o, due)| [d, o, due].iter().any(|v| !v.trim().is_empty()))
                .collect(),
        }
    }

    /// The API's shape of the meeting: members not ticked are absent.
    pub(super) fn fields(&self, members: &[Member], guests: &[Guest]) -> MeetingFields {
        let some = |s: &str| Some(s.to_owned()).filter(|s| !s.is_empty());
        let mut agenda = Vec::new();
        if !self.activity.is_empty() {
            agenda.push(AgendaFields { toolkit: some(&self.activity), challenge: None });
        }
        if !self.challenge.is_empty() {
            agenda.push(AgendaFields { toolkit: None, challenge: some(&self.challenge) });
        }
        MeetingFields {
            held_on: self.held_on.clone(),
            modality: self.modality.clone(),
            venue: some(&self.venue),
            facilitator: self.facilitator.clone(),
            duration_minutes: self.duration.parse().ok(),
            agenda,
            formats: self.formats.clone(),
            roles: self
                .roles
                .iter()
                .filter(|(_, p)| !p.is_empty())
                .map(|(r, p)| RoleFields { role: r.slug().to_owned(), person: p.clone() })
                .collect(),
            // Only who came: the store records every other member of the day as absent, so a
            // member who joined after the meeting's date is not sent at all.
            attendance: members
                .iter()
                .filter(|m| self.present.contains(&m.person))
                .map(|m| AttendanceFields {
                    person: m.person.clone(),
                    status: "present".to_owned(),
                    remote: self.remote.contains(&m.person),
                    ..AttendanceFields::default()
                })
                .chain(guests.iter().filter(|g| self.guests.contains(&g.code)).map(|g| AttendanceFields {
                    person: g.code.clone(),
                    status: "present".to_owned(),
                    remote: self.remote.contains(&g.code),
                    guest: Some(g.guest_role.clone()),
                }))
                .collect(),
            decided_by: if self.decided.is_empty() { Default::default() } else { [("agenda".to_owned(), self.decided.clone())].into() },
            topics: self.topics.clone(),
            summary: some(&self.summary),
            action_points: self
                .points
                .iter()
                .map(|(d, o, due)| ActionPointFields { description: d.clone(), owner: o.clone(), due_on: due.clone() })
                .collect(),
            ..MeetingFields::default()
        }
    }
}

/// A new form's date: today, or the last day of this term when today is in the holiday after it.
fn default_day(today: NaiveDate, terms: &[dashboard::TermRef]) -> NaiveDate {
    dashboard::this_term(terms, today).map_or(today, |t| today.min(t.ends_on))
}

fn words<T: Copy>(t: Tr, kind: &str, all: &[T], slug: impl Fn(T) -> &'static str, chosen: &[String]) -> Vec<Choice> {
    Choice::list(all.iter().map(|v| (slug(*v).to_owned(), t.word(kind, slug(*v)))), chosen)
}

pub(super) struct Context {
    cop: Community,
    pub(super) members: Vec<Member>,
    /// When correcting: people in the saved record who are not current members (a guest who
    /// facilitated, a member since left), offered as facilitator, role holder or owner.
    pub(super) others: Vec<(String, String)>,
    /// Its registered guests, offered to tick as present.
    pub(super) guests: Vec<Guest>,
    toolkit: Vec<(String, String)>,
}

pub(super) async fn context(s: &AppState, viewer: &Viewer, id: Uuid) -> Result<Context, store::Error> {
    let cop = communities::get(&s.db, &viewer.access, id).await?;
    if !viewer.access.records_community(id, &cop.at.place()) {
        return Err(store::Error::out_of_scope("CoP", id));
    }
    // A PLC's officials are not expected; one who comes is added as a guest.
    let expected = |m: &communities::Member| m.left_on.is_none() && m.role != domain::community::Part::Official.slug();
    let members: Vec<communities::Member> = communities::members(&s.db, &viewer.access, id).await?.into_iter().filter(expected).collect();
    let toolkit = store::programmes::toolkit(&s.db, &cop.programme).await?;
    // A registered guest who has since become a member is offered once, as a member; a PLC's
    // officials are offered by their post's role (the SEI, the SLF), unless registered already.
    let mut guests: Vec<Guest> = store::programmes::membership::guests(&s.db, &viewer.access, id).await?;
    let today = chrono::Utc::now().date_naive();
    for official in store::programmes::membership::officials(&s.db, &viewer.access, id, today).await? {
        if !guests.iter().any(|g| g.code == official.code) {
            guests.push(official);
        }
    }
    let guests = guests.into_iter().filter(|g| !members.iter().any(|m| m.person == g.code)).collect();
    Ok(Context { cop, members, others: Vec::new(), guests, toolkit })
}

/// Where the form is sent: a new meeting of the CoP, or the correction of a saved one.
pub(super) enum Target {
    New,
    Edit(Uuid),
}

pub(super) fn form_page(viewer: &Viewer, c: &Context, f: &Filled, problems: Problems, target: &Target) -> MeetingForm {
    let t = viewer.t;
    let people = |chosen: &str| {
        // A guest may facilitate too (an SLF, or a PLC's inspector).
        let guests = c.guests.iter().map(|g| (g.code.clone(), g.name.clone()));
        let everyone = c.members.iter().map(|m| (m.person.clone(), m.name.clone())).chain(c.others.iter().cloned()).chain(guests);
        Choice::list(everyone, &[chosen.to_owned()])
    };
    let (title, action, save) = match target {
        Target::New => (t.a1("meeting-new-title", "cop", &c.cop.name), format!("/cops/{}/meetings", c.cop.id), t.s("meeting-save")),
        Target::Edit(id) => (t.a1("meeting-edit-title", "cop", &c.cop.name), format!("/meetings/{id}/edit"), t.s("meeting-save-edit")),
    };
    let blank = (String::new(), String::new(), String::new());
    let points = f
        .points
        .iter()
        .chain(std::iter::once(&blank))
        .enumerate()
        .map(|(i, (d, o, due))| PointRow {
            suffix: if i == 0 { String::new() } else { format!("-{}", i + 1) },
            description: d.clone(),
            owners: people(o),
            due: due.clone(),
        })
        .collect();
    MeetingForm {
        layout: Layout::new(title, viewer),
        action,
        save,
        note: if matches!(target, Target::Edit(_)) { t.s("meeting-edit-keeps") } else { String::new() },
        problems,
        held_on: f.held_on.clone(),
        modalities: words(t, "modality", Modality::ALL, Modality::slug, std::slice::from_ref(&f.modality)),
        venue: f.venue.clone(),
        duration: f.duration.clone(),
        facilitators: people(&f.facilitator),
        present: Choice::list(c.members.iter().map(|m| (m.person.clone(), m.name.clone())), &f.present),
        activities: Choice::list(
            c.toolkit.iter().map(|(code, title)| (code.clone(), format!("{code}: {title}"))),
            std::slice::from_ref(&f.activity),
        ),
        challenge: f.challenge.clone(),
        formats: words(t, "format", Format::ALL, Format::slug, &f.formats),
        roles: f
            .roles
            .iter()
            .map(|(r, p)| RoleChoice { slug: r.slug().to_owned(), label: t.word("role", r.slug()), people: people(p) })
            .collect(),
        deciders: words(t, "decider", Decider::ALL, Decider::slug, &f.decided),
        topics: words(t, "topic", Topic::ALL, Topic::slug, &f.topics),
        summary: f.summary.clone(),
        remote: Choice::list(
            c.members.iter().map(|m| (m.person.clone(), m.name.clone())).chain(c.guests.iter().map(|g| (g.code.clone(), g.name.clone()))),
            &f.remote,
        ),
        guests: Choice::list(
            c.guests.iter().map(|g| (g.code.clone(), format!("{} ({})", g.name, t.word("guest", &g.guest_role)))),
            &f.guests,
        ),
        points,
    }
}

pub async fn form(State(s): State<AppState>, viewer: Viewer, Path(id): Path<Uuid>) -> Response {
    let shown = async {
        let c = context(&s, &viewer, id).await?;
        let terms = dashboard::terms(&s.db).await?;
        let rotation = cop::rotation(&s.db, &viewer.access, id).await?;
        let turn = |role: MeetingRole| rotation.roles.iter().find(|r| r.role == role).and_then(|r| r.next.clone()).unwrap_or_default();
        let facilitator = c.members.iter().find(|m| m.role == "facilitator").or(c.members.first()).map(|m| m.person.clone());
        let filled = Filled {
            held_on: default_day(chrono::Utc::now().date_naive(), &terms).to_string(),
            modality: Modality::InPerson.slug().to_owned(),
            venue: String::new(),
            duration: String::new(),
            facilitator: facilitator.unwrap_or_default(),
            present: c.members.iter().map(|m| m.person.clone()).collect(),
            activity: String::new(),
            challenge: String::new(),
            formats: Vec::new(),
            // Whose turn it is, chosen already for the roles a CoP always fills.
            roles: MeetingRole::ALL
                .iter()
                .map(|r| (*r, if matches!(r, MeetingRole::Chair | MeetingRole::NoteTaker) { turn(*r) } else { String::new() }))
                .collect(),
            decided: Vec::new(),
            topics: Vec::new(),
            summary: String::new(),
            remote: Vec::new(),
            guests: Vec::new(),
            points: Vec::new(),
        };
        Ok::<_, store::Error>(form_page(&viewer, &c, &filled, Problems::default(), &Target::New))
    };
    match shown.await {
        Ok(page) => render(StatusCode::OK, &page),
        Err(e) => refusal(viewer.t, &e),
    }
}

pub async fn submit(State(s): State<AppState>, viewer: Viewer, Path(id): Path<Uuid>, Form(pairs): Form<Vec<(String, String)>>) -> Response {
    let fields = Fields(pairs);
    if !fields.sent_by(&viewer) {
        return refused(viewer.t);
    }
    let c = match context(&s, &viewer, id).await {
        Ok(c) => c,
        Err(e) => return refusal(viewer.t, &e),
    };
    let filled = Filled::posted(&fields);
    let names: Vec<(String, String)> = c.members.iter().map(|m| (m.person.clone(), m.name.clone())).collect();
    let again = |errors: &domain::FieldErrors| {
        render(
            StatusCode::UNPROCESSABLE_ENTITY,
            &form_page(&viewer, &c, &filled, Problems::from(viewer.t, errors).naming(&names), &Target::New),
        )
    };
    if !filled.duration.is_empty() && filled.duration.parse::<i64>().is_err() {
        return again(&domain::FieldErrors::single(
            "duration_minutes",
            domain::why("why-not-minutes").arg("value", format!("{:?}", filled.duration)),
        ));
    }
    let meeting = match NewMeeting::parse(&filled.fields(&c.members, &c.guests)) {
        Ok(m) => m,
        Err(errors) => return again(&errors),
    };
    match group::record_one(&s.db, &viewer.access, viewer.user.person_id, id, meeting).await {
        Ok(_) => Redirect::to(&format!("/cops/{id}?saved=1")).into_response(),
        // Sent twice (a retry on a bad link): the first is kept, and the page says where.
        Err(store::Error::Duplicate { id: existing, .. }) => {
            super::message_with_link(viewer.t, StatusCode::CONFLICT, "meeting-already", format!("/meetings/{existing}"))
        }
        Err(e) => match super::form::field_problems(e) {
            Ok(errors) => again(&errors),
            Err(e) => refusal(viewer.t, &e),
        },
    }
}

#[derive(Template)]
#[template(path = "meeting.html")]
struct MeetingPage {
    layout: Layout,
    /// The correction form's address, for those who may correct the meeting now.
    correct: String,
    corrected: bool,
    /// The print view's address; empty in the print view.
    print: String,
    title: String,
    facts: String,
    cop_link: String,
    summary: String,
    agenda: Vec<String>,
    formats: Vec<String>,
    roles: Vec<Row>,
    attendance: Vec<Row>,
    reports: Vec<Row>,
    points: Vec<Row>,
    acknowledge: bool,
    ack_action: String,
    acknowledged: bool,
}

pub async fn page(
    State(s): State<AppState>,
    viewer: Viewer,
    Path(id): Path<Uuid>,
    axum::extract::Query(q): axum::extract::Query<super::form::Saved>,
) -> Response {
    let t = viewer.t;
    let shown = async {
        let d = meetings::detail(&s.db, &viewer.access, id).await?;
        let pending = meetings::pending_reports(&s.db, &viewer.access).await?.iter().any(|m| m.id == id);
        let may_edit = store::life::edit::may_edit(&s.db, &viewer.access, viewer.user.person_id, id).await?;
        Ok::<_, store::Error>((d, pending, may_edit))
    };
    let (d, pending, may_edit) = match shown.await {
        Ok(x) => x,
        Err(e) => return refusal(t, &e),
    };
    let m = &d.meeting;
    let present = t.present_of(m.members_present, m.members_expected);
    let row = |cells: Vec<String>, link: String| Row { cells, link };
    let title = t.a("meeting-title", &[("cop", m.cop_name.clone().into()), ("date", t.date(m.held_on).into())]);
    render(
        StatusCode::OK,
        &MeetingPage {
            layout: Layout { print: q.printing(), ..Layout::new(title.clone(), &viewer) },
            print: if q.printing() { String::new() } else { format!("/meetings/{id}?print=1") },
            correct: if may_edit && !q.printing() { format!("/meetings/{id}/edit") } else { String::new() },
            corrected: q.corrected(),
            title,
            facts: t.a(
                "meeting-facts",
                &[
                    ("modality", t.word("modality", &m.modality).into()),
                    ("facilitator", m.facilitator_name.clone().into()),
                    ("present", present.into()),
                ],
            ),
            cop_link: format!("/cops/{}", m.cop),
            summary: m.summary.clone().unwrap_or_default(),
            agenda: d
                .agenda
                .iter()
                .map(|a| match (&a.toolkit, &a.title, &a.challenge) {
                    (Some(code), Some(title), _) => format!("{code}: {title}"),
                    (_, _, Some(words)) => words.clone(),
                    _ => String::new(),
                })
                .collect(),
            formats: d.formats.iter().map(|f| t.word("format", f)).collect(),
            roles: d.roles.iter().map(|r| row(vec![t.word("role", &r.role), r.name.clone()], String::new())).collect(),
            attendance: d
                .attendance
                .iter()
                .map(|a| {
                    let status = t.word("status", &a.status);
                    let status = if a.remote && a.status != "absent" { t.a1("status-remote", "status", &status) } else { status };
                    // A guest by the part they came in (a PLC's inspector, a CoP's SLF).
                    let name = a.guest.as_ref().map_or_else(|| a.name.clone(), |g| format!("{} ({})", a.name, t.word("guest", g)));
                    row(vec![name, status], String::new())
                })
                .collect(),
            reports: d
                .reports
                .iter()
                .map(|r| {
                    let state = r
                        .acknowledged_at
                        .map_or_else(|| t.s("meeting-ack-waiting"), |at| t.a1("meeting-ack-done", "date", &t.date(at.date_naive())));
                    row(vec![format!("{} ({})", r.school_name, r.school), state], String::new())
                })
                .collect(),
            points: d
                .action_points
                .iter()
                .map(|p| {
                    let state = p.finding.as_deref().map_or_else(|| t.s("follow-up"), |f| t.word("finding", f));
                    row(vec![p.description.clone(), p.owner_name.clone(), t.date(p.due_on), state], format!("/action-points/{}", p.id))
                })
                .collect(),
            acknowledge: pending,
            ack_action: format!("/meetings/{id}/acknowledge"),
            acknowledged: q.shown(),
        },
    )
}

pub async fn acknowledge(
    State(s): State<AppState>,
    viewer: Viewer,
    Path(id): Path<Uuid>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Response {
    if !Fields(pairs).sent_by(&viewer) {
        return refused(viewer.t);
    }
    match reports::acknowledge(&s.db, &viewer.access, viewer.user.person_id, id).await {
        Ok(_) => Redirect::to(&format!("/meetings/{id}?saved=1")).into_response(),
        Err(e @ (store::Error::OutOfScope { .. } | store::Error::NotFound { .. })) => refusal(viewer.t, &e),
        Err(e) => failure(viewer.t, &e.to_string()),
    }
}
