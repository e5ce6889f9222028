//! A CoP's page (`/cops/{id}`): its members, this term's planned and held meetings, whose turn
//! it is for each role, its maturity with the evidence beside what teacher-led takes (a PLC's
//! member-led: its head teachers or LLLs in the teachers' place), and its recent meetings. Those who record meetings for it get the "Record a meeting" link; those who
//! write the registry where it is change its members and registered guests here
//! ([`super::cop_people`]).

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use store::life::dashboard;
use store::life::{cop, meetings};
use store::list::Filter;
use store::programmes::communities;
use uuid::Uuid;

use domain::vocab::GuestRole;
use store::programmes::membership;

use super::form::Choice;
use super::place::{Row, period};
use super::side_by_side;
use super::{Layout, Viewer, refusal, render};
use crate::AppState;

#[derive(Template)]
#[template(path = "cop.html")]
struct CopPage {
    layout: Layout,
    id: Uuid,
    name: String,
    place: String,
    place_link: String,
    record: String,
    /// What the page says first: a meeting saved, the people changed, or a problem.
    status: String,
    problem: String,
    members: Vec<Row>,
    /// For those who change who is in the CoP: the forms' choices.
    manage: Option<Manage>,
    term: String,
    planned: String,
    held: String,
    evenness: String,
    roles: Vec<Row>,
    stage: String,
    /// "Needed to be teacher-led", or a PLC's "member-led".
    led_takes: String,
    evidence: Vec<Row>,
    recent: Vec<Row>,
    /// A PLC's places side by side.
    compare: Option<side_by_side::Comparison>,
}

pub async fn page(
    State(s): State<AppState>,
    viewer: Viewer,
    Path(id): Path<Uuid>,
    axum::extract::Query(q): axum::extract::Query<super::form::Saved>,
    axum::extract::Query(asked): axum::extract::Query<side_by_side::Asked>,
) -> Response {
    let status = match q.what() {
        Some("people") => viewer.t.s("cop-people-saved"),
        Some(_) => viewer.t.s("meeting-saved"),
        None => String::new(),
    };
    match build(&s, &viewer, id, status, String::new(), &asked).await {
        Ok(p) => render(StatusCode::OK, &p),
        Err(e) => refusal(viewer.t, &e),
    }
}

/// The page again with what was wrong with a change to its people.
pub async fn with_problem(s: &AppState, viewer: &Viewer, id: Uuid, problem: String) -> Response {
    match build(s, viewer, id, String::new(), problem, &side_by_side::Asked::default()).await {
        Ok(p) => render(StatusCode::UNPROCESSABLE_ENTITY, &p),
        Err(e) => refusal(viewer.t, &e),
    }
}

/// The choices of the forms that change who is in the CoP.
pub struct Manage {
    pub candidates: Vec<Choice>,
    pub member_roles: Vec<Choice>,
    pub guests: Vec<Row>,
    pub guest_roles: Vec<Choice>,
    pub csrf: String,
}

async fn manage(s: &AppState, viewer: &Viewer, id: Uuid) -> Result<Manage, store::Error> {
    let t = viewer.t;
    let candidates = membership::candidates(&s.db, &viewer.access, id).await?;
    let guests = membership::guests(&s.db, &viewer.access, id).await?;
    Ok(Manage {
        candidates: Choice::list(candidates.into_iter().map(|c| (c.code.clone(), format!("{} ({})", c.name, c.code))), &[]),
        member_roles: Choice::list(["member", "facilitator"].map(|r| (r.to_owned(), t.word("member-role", r))), &["member".to_owned()]),
        guests: guests.into_iter().map(|g| Row { cells: vec![g.name, t.word("guest", &g.guest_role)], link: g.code }).collect(),
        guest_roles: Choice::list(GuestRole::ALL.iter().map(|r| (r.slug().to_owned(), t.word("guest", r.slug()))), &[]),
        csrf: viewer.csrf.clone(),
    })
}

async fn build(
    s: &AppState,
    viewer: &Viewer,
    id: Uuid,
    status: String,
    problem: String,
    asked: &side_by_side::Asked,
) -> Result<CopPage, store::Error> {
    let t = viewer.t;
    let (db, access) = (&s.db, &viewer.access);
    let c = communities::get(db, access, id).await?;
    let today = chrono::Utc::now().date_naive();
    let terms = dashboard::terms(db).await?;
    let term = dashboard::this_term(&terms, today);
    let span = match term {
        Some(x) => x.span(),
        None => dashboard::period(db, None, None, None, None, today).await?,
    };
    let members = communities::members(db, access, id).await?;
    let schedule = cop::schedule(db, access, id).await?;
    let now = schedule.iter().find(|x| x.from == span.from);
    let dates = |ds: &[chrono::NaiveDate]| ds.iter().map(|d| t.date(*d)).collect::<Vec<_>>().join(", ");
    let rotation = cop::rotation(db, access, id).await?;
    // A PLC's maturity takes its members in the teachers' place, and it compares its schools.
    let is_cop = c.kind == domain::community::CommunityKind::Cop.slug();
    let maturity = cop::maturity(db, access, id, span).await?;
    // The words of the level: what its members are, and what being led by them is called.
    let words = |cop: &'static str, plc: &'static str| if is_cop { cop } else { plc };
    let compare = if is_cop { None } else { Some(side_by_side::build(db, access, t, id, &c.kind, asked, span).await?) };
    // This term's meetings, newest first.
    let filter = Filter { page: 1, per_page: 40, ..Filter::default() };
    let recent = meetings::list(db, access, &filter, &meetings::MeetingFilter { cop: Some(id), from: Some(span.from), to: None }).await?;
    let evidence_row =
        |key: &str, value: f64, need: f64| Row { cells: vec![t.s(key), t.pct(Some(value)), t.pct(Some(need))], link: String::new() };
    let code = c.school.clone().or(c.cluster.clone()).unwrap_or(c.unit.clone());
    // A head teacher reads their sector PLC, not the sector: its name without a link then.
    let opens = if c.school.is_some() || c.cluster.is_some() {
        access.read.covers(&c.at.place())
    } else {
        access.read.covers_unit(&c.at.unit_path)
    };
    let (place, place_link) = (format!("{} ({code})", c.place_name), if opens { format!("/places/{code}") } else { String::new() });
    Ok(CopPage {
        layout: Layout::new(c.name.clone(), viewer),
        id,
        record: if access.records_community(id, &c.at.place()) { format!("/cops/{id}/meetings") } else { String::new() },
        status,
        problem,
        members: members
            .iter()
            .filter(|m| m.left_on.is_none())
            .map(|m| Row { cells: vec![m.name.clone(), t.word("member-role", &m.role), t.date(m.joined_on)], link: m.person.clone() })
            .collect(),
        manage: if access.write.covers(&c.at.place()) { Some(manage(s, viewer, id).await?) } else { None },
        term: period(t, span.from, span.to),
        planned: now.map(|x| dates(&x.planned)).unwrap_or_default(),
        held: now.map(|x| dates(&x.held)).unwrap_or_default(),
        evenness: rotation.evenness.map_or_else(|| "–".to_owned(), |v| t.dec(v)),
        roles: rotation
            .roles
            .iter()
            .map(|r| Row {
                cells: vec![t.word("role", r.role.slug()), r.next_name.clone().unwrap_or_default(), t.num(r.history.len() as u64)],
                link: String::new(),
            })
            .collect(),
        stage: match maturity.stage {
            domain::maturity::Stage::TeacherLed if !is_cop => t.s("plc-stage-member-led"),
            stage => t.word("stage", stage.slug()),
        },
        led_takes: t.s(words("cop-teacher-led-takes", "plc-member-led-takes")),
        evidence: {
            let (e, goal) = (maturity.evidence, maturity.teacher_led);
            vec![
                evidence_row(
                    words("cop-evidence-teachers-decide", "plc-evidence-members-decide"),
                    e.teacher_agenda_share,
                    goal.teacher_agenda_share,
                ),
                Row { cells: vec![t.s("cop-evidence-rotation"), t.dec(e.rotation), t.dec(goal.rotation)], link: String::new() },
                evidence_row(
                    words("cop-evidence-teachers-facilitate", "plc-evidence-members-facilitate"),
                    e.teacher_facilitated_share,
                    goal.teacher_facilitated_share,
                ),
                evidence_row("cop-evidence-held", e.regularity, goal.regularity),
            ]
        },
        recent: recent
            .items
            .iter()
            .map(|m| Row {
                cells: vec![
                    t.date(m.held_on),
                    t.word("modality", &m.modality),
                    m.facilitator_name.clone(),
                    t.present_of(m.members_present, m.members_expected),
                ],
                link: format!("/meetings/{}", m.id),
            })
            .collect(),
        compare,
        name: c.name,
        place,
        place_link,
    })
}
