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
struct MeetingForm {
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
    ap_description: String,
    owners: Vec<Choice>,
    ap_due: String,
}

/// What the form holds, from a new form's defaults or from what was posted.
struct Filled {
    held_on: String,
    modality: String,
    venue: String,
    duration: String,
    facilitator: String,
    present: Vec<String>,
    activity: String,
    challenge: String,
    formats: Vec<String>,
    roles: Vec<(MeetingRole, String)>,
    decided: Vec<String>,
    topics: Vec<String>,
    summary: String,
    ap_description: String,
    ap_owner: String,
    ap_due: String,
}

impl Filled {
    fn posted(f: &Fields) -> Self {
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
            ap_description: f.one("ap_description"),
            ap_owner: f.one("ap_owner"),
            ap_due: f.one("ap_due"),
        }
    }

    /// The API's shape of the meeting: members not ticked are absent.
    fn fields(&self, members: &[Member]) -> MeetingFields {
        let some = |s: &str| Some(s.to_owned()).filter(|s| !s.is_empty());
        let mut agenda = Vec::new();
        if !self.activity.is_empty() {
            agenda.push(AgendaFields { toolkit: some(&self.activity), challenge: None });
        }
        if !self.challenge.is_empty() {
            agenda.push(AgendaFields { toolkit: None, challenge: some(&self.challenge) });
        }
        let ap = [&self.ap_description, &self.ap_owner, &self.ap_due].iter().any(|v| !v.is_empty());
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
                .map(|m| AttendanceFields { person: m.person.clone(), status: "present".to_owned(), ..AttendanceFields::default() })
                .collect(),
            decided_by: if self.decided.is_empty() { Default::default() } else { [("agenda".to_owned(), self.decided.clone())].into() },
            topics: self.topics.clone(),
            summary: some(&self.summary),
            action_points: if ap {
                vec![ActionPointFields {
                    description: self.ap_description.clone(),
                    owner: self.ap_owner.clone(),
                    due_on: self.ap_due.clone(),
                }]
            } else {
                Vec::new()
            },
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

struct Context {
    cop: Community,
    members: Vec<Member>,
    toolkit: Vec<(String, String)>,
}

async fn context(s: &AppState, viewer: &Viewer, id: Uuid) -> Result<Context, store::Error> {
    let cop = communities::get(&s.db, &viewer.access, id).await?;
    if !viewer.access.record.covers(&cop.at.place()) {
        return Err(store::Error::out_of_scope("CoP", id));
    }
    let members = communities::members(&s.db, &viewer.access, id).await?.into_iter().filter(|m| m.left_on.is_none()).collect();
    let toolkit = store::programmes::toolkit(&s.db, &cop.programme).await?;
    Ok(Context { cop, members, toolkit })
}

fn form_page(viewer: &Viewer, c: &Context, f: &Filled, problems: Problems) -> MeetingForm {
    let t = viewer.t;
    let people = |chosen: &str| Choice::list(c.members.iter().map(|m| (m.person.clone(), m.name.clone())), &[chosen.to_owned()]);
    MeetingForm {
        layout: Layout::new(t.a1("meeting-new-title", "cop", &c.cop.name), viewer),
        action: format!("/cops/{}/meetings", c.cop.id),
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
        ap_description: f.ap_description.clone(),
        owners: people(&f.ap_owner),
        ap_due: f.ap_due.clone(),
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
            ap_description: String::new(),
            ap_owner: String::new(),
            ap_due: String::new(),
        };
        Ok::<_, store::Error>(form_page(&viewer, &c, &filled, Problems::default()))
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
        render(StatusCode::UNPROCESSABLE_ENTITY, &form_page(&viewer, &c, &filled, Problems::from(errors).naming(&names)))
    };
    if !filled.duration.is_empty() && filled.duration.parse::<i64>().is_err() {
        return again(&domain::FieldErrors::single("duration_minutes", format!("{:?} is not a whole number of minutes", filled.duration)));
    }
    let meeting = match NewMeeting::parse(&filled.fields(&c.members)) {
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
        Ok::<_, store::Error>((d, pending))
    };
    let (d, pending) = match shown.await {
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
            layout: Layout::new(title.clone(), &viewer),
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
            attendance: d.attendance.iter().map(|a| row(vec![a.name.clone(), t.word("status", &a.status)], String::new())).collect(),
            reports: d
                .reports
                .iter()
                .map(|r| {
                    let state = r
                        .acknowledged_at
                        .map_or_else(|| t.s("meeting-ack-waiting"), |at| t.a1("meeting-ack-done", "date", &t.date(at.date_naive())));
                    row(vec![r.school.clone(), state], String::new())
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
