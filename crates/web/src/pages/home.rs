//! The home page: what this person must do next, and how their place is doing.
//! - To do: reports to acknowledge (head teachers), action points to follow up.
//! - Their CoPs this term (when they have a handful: a head teacher's, an SSL's, a coach's, a
//!   teacher's) and, always, the PLCs they belong to (a head teacher's and an LLL's sector
//!   PLC, an NLL's district PLC): held against planned, the next planned date, whose turn it is
//!   to chair, a link to record a meeting where they may, and a PLC's member schools' data.
//! - An NLL's LLLs: the district's sector PLCs, each with its LLL, held against planned and
//!   the next planned date (seed 002: NLLs lead, coach and follow the district's LLLs).
//! - Their place (what their first post covers): every KPI for this term, the trend over
//!   terms, and the places under it ranked, bright spots first (SLFs, SEIs, DEOs, the ministry).

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use domain::community::CommunityKind;
use store::life::cop;
use store::life::dashboard::{self, TermRef};
use store::list::Filter;
use store::programmes::communities::{self, Community};

use super::place::{PlaceView, Row, period, view};
use super::{Layout, Viewer, failure, render};
use crate::AppState;

/// More CoPs than this in scope (a sector's, a district's) and the home page shows the place's
/// ranking instead of a line per CoP.
const OWN_COPS: u64 = 12;

/// The sector PLCs an NLL's home lists (a Rwandan district has at most 18 sectors).
const LLLS_SHOWN: u64 = 30;

/// The open action points the home page lists before "See all".
const POINTS_SHOWN: u64 = 10;

pub struct CopLine {
    pub name: String,
    pub link: String,
    pub held: String,
    pub next: String,
    pub turn: String,
    /// The meeting form's address, where the viewer may record.
    pub record: String,
    /// A PLC's member schools (or sectors) side by side, its page's comparison, and the link's
    /// words; empty for a CoP.
    pub compare: String,
    pub compare_label: String,
    /// The LLL in post at a sector PLC's sector today, on an NLL's home.
    pub facilitators: String,
}

#[derive(Template)]
#[template(path = "home.html")]
struct Home {
    layout: Layout,
    /// Each current post, with a link to its place's page (a person with several switches there).
    posts: Vec<Row>,
    reports: Vec<Row>,
    /// The first open action points, soonest due, and how many there are in all.
    points: Vec<super::action_points::PointLine>,
    points_total: String,
    points_more: bool,
    term: String,
    cops: Vec<CopLine>,
    /// An NLL's LLLs, by their sector PLCs; empty for everyone else.
    llls: Vec<CopLine>,
    /// When the district has more sector PLCs than the home lists: how many are shown of all.
    llls_more: String,
    /// Whether any of the viewer's CoPs takes a meeting from them: the page's main action.
    records: bool,
    /// Whether the viewer studies the programme: a link to the study's report.
    study: bool,
    view: Option<PlaceView>,
    /// The place's view links to its page for another period (the page has the picker).
    is_home: bool,
    /// For those who read a whole unit with leaders' seats: how many are open and how many
    /// selections are under way (a DEO's replacement planning, seed 003).
    leaders: String,
}

pub async fn page(State(s): State<AppState>, viewer: Viewer) -> Response {
    match build(&s, &viewer).await {
        Ok(home) => render(StatusCode::OK, &home),
        Err(e) => failure(viewer.t, &e.to_string()),
    }
}

async fn build(s: &AppState, viewer: &Viewer) -> Result<Home, store::Error> {
    let t = viewer.t;
    let today = chrono::Utc::now().date_naive();
    let posts = store::auth::posts_of(&s.db, viewer.user.person_id, today).await?;
    let reports = store::life::meetings::pending_reports(&s.db, &viewer.access).await?;
    let first = Filter { page: 1, per_page: POINTS_SHOWN, ..Filter::default() };
    let points = store::life::meetings::open_action_points(&s.db, &viewer.access, &first, &Default::default()).await?;
    let terms = dashboard::terms(&s.db).await?;
    let term = dashboard::this_term(&terms, today);
    let (cops, (llls, llls_total)) = match term {
        Some(term) => (own_cops(s, viewer, term).await?, llls(s, viewer, term).await?),
        None => (Vec::new(), (Vec::new(), 0)),
    };
    let leaders = leaders(s, viewer, today).await?;
    Ok(Home {
        layout: Layout::new(t.s("nav-home"), viewer),
        posts: posts
            .iter()
            .map(|(role, code, name)| Row {
                cells: vec![format!("{} — {name} ({code})", t.word("post", role))],
                link: format!("/places/{code}"),
            })
            .collect(),
        reports: reports
            .iter()
            .map(|m| Row {
                cells: vec![
                    t.date(m.held_on),
                    m.cop_name.clone(),
                    m.facilitator_name.clone(),
                    t.present_of(m.members_present, m.members_expected),
                ],
                link: format!("/meetings/{}", m.id),
            })
            .collect(),
        points: super::action_points::lines(t, &points.items, today),
        points_total: t.n("points-to-follow", points.total as usize),
        points_more: points.total > points.items.len() as u64,
        term: match dashboard::standing(&terms, today) {
            dashboard::Standing::In(x) => t.a1("this-term", "period", &period(t, x.starts_on, x.ends_on)),
            dashboard::Standing::Between { last, next: Some(next) } => {
                t.a("between-terms", &[("last", period(t, last.starts_on, last.ends_on).into()), ("next", t.date(next.starts_on).into())])
            }
            dashboard::Standing::Between { last, next: None } => {
                t.a1("between-terms-no-next", "last", &period(t, last.starts_on, last.ends_on))
            }
            dashboard::Standing::Before(first) => {
                first.map(|x| t.a1("this-term", "period", &period(t, x.starts_on, x.ends_on))).unwrap_or_default()
            }
        },
        records: cops.iter().any(|c| !c.record.is_empty()),
        study: super::study::studies(viewer),
        is_home: true,
        leaders,
        cops,
        llls_more: if llls_total > llls.len() as u64 {
            t.a("home-llls-more", &[("shown", t.num(llls.len() as u64).into()), ("total", t.num(llls_total).into())])
        } else {
            String::new()
        },
        llls,
        view: match posts.first() {
            Some((_, code, _)) => Some(view(s, viewer, code, &terms, &Default::default()).await?),
            None => None,
        },
    })
}

/// The seats of leaders of learning open where the viewer reads, and the selections under
/// way: empty for those who see none (a head teacher, a teacher).
async fn leaders(s: &AppState, viewer: &Viewer, today: chrono::NaiveDate) -> Result<String, store::Error> {
    if !super::selection::sees(viewer) {
        return Ok(String::new());
    }
    let seats = store::leaders::vacancies::open_seats(&s.db, &viewer.access, None, today).await?;
    let under_way = seats.iter().filter_map(|x| x.selection).collect::<std::collections::BTreeSet<_>>().len();
    if seats.is_empty() {
        return Ok(String::new());
    }
    let n = |v: usize| words::FluentValue::from(viewer.t.num(v as u64));
    Ok(viewer.t.a("selection-home", &[("seats", n(seats.len())), ("open", n(under_way))]))
}

/// The viewer's CoPs, when they have a handful, and the PLCs they belong to, however many CoPs
/// their scope holds: PLCs first, each with this term's schedule and whose turn it is.
async fn own_cops(s: &AppState, viewer: &Viewer, term: &TermRef) -> Result<Vec<CopLine>, store::Error> {
    let filter = Filter { page: 1, per_page: OWN_COPS + 1, ..Filter::default() };
    let page = communities::list(&s.db, &viewer.access, &filter, None, None).await?;
    let mut found = if page.total > OWN_COPS { Vec::new() } else { page.items };
    for id in &viewer.access.communities {
        if !found.iter().any(|c| c.id == *id) {
            found.push(communities::get(&s.db, &viewer.access, *id).await?);
        }
    }
    found.sort_by_key(|c| c.kind == CommunityKind::Cop.slug());
    let mut lines = Vec::with_capacity(found.len());
    for c in found {
        lines.push(line(s, viewer, term, c, true).await?);
    }
    Ok(lines)
}

/// An NLL's LLLs: the sector PLCs where they read (their district), each with the LLL in post
/// at its sector today, and how many there are in all.
async fn llls(s: &AppState, viewer: &Viewer, term: &TermRef) -> Result<(Vec<CopLine>, u64), store::Error> {
    if !viewer.access.roles.contains(&domain::Role::Nll) {
        return Ok((Vec::new(), 0));
    }
    let filter = Filter { page: 1, per_page: LLLS_SHOWN, ..Filter::default() };
    let page = communities::list(&s.db, &viewer.access, &filter, None, Some(CommunityKind::SectorPlc)).await?;
    let today = chrono::Utc::now().date_naive();
    let units: Vec<String> = page.items.iter().map(|c| c.unit.clone()).collect();
    let in_post = store::leaders::in_post(&s.db, &viewer.access, domain::Role::Lll, &units, today).await?;
    let mut lines = Vec::with_capacity(page.items.len());
    for c in page.items {
        let names = in_post.get(&c.unit).map(|n| n.join(", ")).unwrap_or_default();
        lines.push(CopLine { facilitators: names, ..line(s, viewer, term, c, false).await? });
    }
    Ok((lines, page.total))
}

/// A community's line: held of planned this term, the next planned date, whose turn it is to
/// chair (`turn`: not on an NLL's list of sector PLCs), and where to record.
async fn line(s: &AppState, viewer: &Viewer, term: &TermRef, c: Community, turn: bool) -> Result<CopLine, store::Error> {
    let t = viewer.t;
    let today = chrono::Utc::now().date_naive();
    let is_cop = c.kind == CommunityKind::Cop.slug();
    let schedule = cop::schedule(&s.db, &viewer.access, c.id).await?;
    let now = schedule.iter().find(|x| x.from == term.starts_on);
    let (planned, held) = now.map_or((0, 0), |x| (x.planned.len(), x.held.len()));
    // The next planned date from today on; in a holiday, none until the next term's plan.
    let upcoming = schedule.iter().flat_map(|x| x.planned.iter()).find(|d| **d >= today);
    let next = upcoming.map_or_else(|| t.s("none-planned"), |d| t.date(*d));
    let chair = if turn {
        let rotation = cop::rotation(&s.db, &viewer.access, c.id).await?;
        rotation.roles.iter().find(|r| r.role == domain::vocab::MeetingRole::Chair).and_then(|r| r.next_name.clone())
    } else {
        None
    };
    Ok(CopLine {
        link: format!("/cops/{}", c.id),
        held: t.a("held-of-planned", &[("held", t.num(held as u64).into()), ("planned", t.num(planned as u64).into())]),
        next,
        turn: chair.map(|n| t.a1("turn-chair", "name", &n)).unwrap_or_default(),
        record: if viewer.access.records_community(c.id, &c.at.place()) { format!("/cops/{}/meetings", c.id) } else { String::new() },
        compare: if is_cop { String::new() } else { format!("/cops/{}#compare", c.id) },
        compare_label: match c.kind.as_str() {
            "sector-plc" => t.s("plc-compare-schools"),
            "district-plc" => t.s("plc-compare-sectors"),
            _ => String::new(),
        },
        facilitators: String::new(),
        name: c.name,
    })
}
