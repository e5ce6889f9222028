//! A place's page (`/places/{code}`: the country, a province, district or sector, a school, a
//! cluster or a CoP): a breadcrumb up the hierarchy; every KPI for a period (this term unless
//! `?year=&term=` or `?from=&to=` pick another) with its numerator and denominator and its
//! change since the period before; the trend of meetings held over the terms; and the places
//! under it ranked on the KPI `?rank=` names (meetings held by default; bright spots first, the
//! lowest marked), each a link one level down. `?print=1` is the print view. Out of the
//! viewer's scope: 403; unknown: 404. The home page shows the same view for the viewer's place.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use domain::kpi::{self, Kpi, KpiValue};
use domain::schedule::Span;
use serde::Deserialize;
use store::life::dashboard::{self, TermRef};

use super::form::Choice;
use super::{Layout, Viewer, failure, message, render, trend};
use crate::AppState;
use crate::i18n::Tr;

pub struct Row {
    pub cells: Vec<String>,
    /// Where the row's first cell leads, if anywhere.
    pub link: String,
}

pub struct Figure {
    pub title: String,
    pub numerator: String,
    pub denominator: String,
    pub value: String,
    /// Since the period before, in percentage points (a dash when unknown).
    pub change: String,
}

/// A place's figures as the pages show them.
pub struct PlaceView {
    pub place: String,
    /// The place's own page (the home page's view links there for the period picker).
    pub link: String,
    pub period: String,
    /// "Change since 1 Jan to 31 Mar 2026", or empty with nothing before to compare.
    pub since: String,
    pub figures: Vec<Figure>,
    pub child_header: Vec<String>,
    pub children: Vec<ChildRow>,
    /// The places above, widest first: name and link (empty where the viewer may not open it).
    pub crumbs: Vec<(String, String)>,
    pub picker: Picker,
    /// An SVG chart, rendered here (no chart library in the browser).
    pub trend: String,
    /// For a unit with PLCs or leaders' seats under it: the middle tier's KPIs.
    pub middle: Option<super::middle_tier::MiddleView>,
}

/// The vocabulary a mix KPI's categories come from, for their words in the catalogue.
fn part_kind(k: Kpi) -> &'static str {
    match k {
        Kpi::ModalityMix => "modality",
        Kpi::FormatMix => "format",
        Kpi::TeacherDecisions => "aspect",
        Kpi::Facilitators => "facilitator",
        _ => "stage",
    }
}

fn figures(t: Tr, kpis: &[KpiValue]) -> Vec<Figure> {
    kpis.iter()
        .filter_map(|k| {
            let part = k.parts.first()?;
            let title = t.word("kpi", k.kpi.slug());
            Some(Figure {
                // A mix shows its first category, named: "How meetings were held: In person".
                title: match &part.label {
                    Some(l) => t.a("kpi-with-part", &[("kpi", title.into()), ("part", t.word(part_kind(k.kpi), l).into())]),
                    None => title,
                },
                numerator: t.num(part.numerator),
                denominator: t.num(part.denominator),
                value: t.pct(part.value),
                change: String::new(),
            })
        })
        .collect()
}

pub fn period(t: Tr, from: chrono::NaiveDate, to: chrono::NaiveDate) -> String {
    t.a("period", &[("from", t.date(from).into()), ("to", t.date(to).into())])
}

/// What a dashboard is asked to show: a period (a year and term, or from/to dates), the KPI its
/// places are ranked by, and whether it is the print view. Anything unreadable is said on the
/// page and the default shown instead.
#[derive(Deserialize, Default, Clone)]
#[serde(default)]
pub struct Wanted {
    #[serde(flatten)]
    period: super::period::Asked,
    rank: String,
    print: String,
}

impl Wanted {
    fn pairs(&self) -> Vec<(&'static str, String)> {
        let (p, rank) = (self.period.clone(), self.rank.clone());
        vec![("year", p.year), ("term", p.term), ("from", p.from), ("to", p.to), ("rank", rank)]
    }
}

/// The period picker and the ranking's choice, as the form shows them.
pub struct Picker {
    pub years: Vec<Choice>,
    pub terms: Vec<Choice>,
    pub from: String,
    pub to: String,
    /// What was wrong with the period asked for, if anything.
    pub problem: String,
    pub ranks: Vec<Choice>,
    /// The print view's address; empty in the print view itself.
    pub print: String,
    /// For a unit: the query that downloads its CoP life for the period (`unit=…&from=…&to=…`).
    pub exports: String,
}

/// One place below, ranked: its cells, its page, and whether it is the lowest.
pub struct ChildRow {
    pub cells: Vec<String>,
    pub link: String,
    pub lowest: bool,
}

/// The span `wanted` names, or this term (else the year) with what was wrong.
async fn span_of(s: &AppState, t: Tr, wanted: &Wanted, terms: &[TermRef], today: chrono::NaiveDate) -> (Span, String) {
    let (asked, problem) = match wanted.period.span(&s.db, today, t).await {
        Ok(asked) => (asked, String::new()),
        Err(problem) => (None, problem),
    };
    if let Some(span) = asked {
        return (span, problem);
    }
    let fallback = match dashboard::this_term(terms, today) {
        Some(term) => Ok(term.span()),
        None => dashboard::period(&s.db, None, None, None, None, today).await,
    };
    (fallback.unwrap_or(Span { from: today, to: today }), problem)
}

/// A change in a share, in percentage points: "+5", "−3", "0"; a dash when either is unknown.
fn change(now: Option<f64>, before: Option<f64>) -> String {
    match (now, before) {
        (Some(a), Some(b)) => match (100.0 * (a - b)).round() as i64 {
            p if p > 0 => format!("+{p}"),
            p if p < 0 => format!("−{}", -p),
            _ => "0".to_owned(),
        },
        _ => "–".to_owned(),
    }
}

/// The lowest-ranked place is marked, when there are at least two to compare.
fn ranked_lowest(rank: Option<usize>, last: Option<usize>) -> bool {
    matches!((rank, last), (Some(r), Some(l)) if r == l && l > 1)
}

/// The place's KPIs for the period `wanted` names (this term by default), the change since the
/// period before, the places under it ranked by the chosen KPI (the lowest marked), and the
/// trend over the terms.
pub async fn view(s: &AppState, viewer: &Viewer, code: &str, terms: &[TermRef], wanted: &Wanted) -> Result<PlaceView, store::Error> {
    let t = viewer.t;
    let today = chrono::Utc::now().date_naive();
    let (span, problem) = span_of(s, t, wanted, terms, today).await;
    let d = dashboard::dashboard(&s.db, &viewer.access, code, span).await?;
    let years = dashboard::year_spans(&s.db).await?;
    let before = match dashboard::previous(terms, &years, span) {
        Some(prior) => Some(dashboard::dashboard(&s.db, &viewer.access, code, prior).await?),
        None => None,
    };
    let trend_terms = dashboard::recent_terms(terms, today, dashboard::TREND_TERMS);
    let spans: Vec<_> = trend_terms.iter().map(TermRef::span).collect();
    let trend = dashboard::trend(&s.db, &viewer.access, Kpi::MeetingsHeld, code, &spans).await?;
    let points: Vec<(String, Option<f64>)> = trend_terms
        .iter()
        .zip(&trend)
        .map(|(term, v)| (format!("{} T{}", term.year, term.number), v.parts.first().and_then(|p| p.value)))
        .collect();
    let mut figures = figures(t, &d.kpis);
    for (f, k) in figures.iter_mut().zip(&d.kpis) {
        let prior = before.as_ref().and_then(|b| b.kpis.iter().find(|p| p.kpi == k.kpi)).and_then(|p| p.parts.first()?.value);
        f.change = change(k.parts.first().and_then(|p| p.value), prior);
    }
    // Ranked by the KPI asked for (meetings held by default), shown first, then three others.
    let by = d.kpis.iter().position(|k| k.kpi.slug() == wanted.rank).unwrap_or(0);
    let shown: Vec<usize> = std::iter::once(by).chain((0..figures.len()).filter(|i| *i != by).take(3)).collect();
    let header = [t.s("col-rank"), t.s("col-place")].into_iter().chain(shown.iter().map(|i| figures[*i].title.clone())).collect();
    let ranks = kpi::rank(&d.children.iter().map(|c| &c.kpis[by]).collect::<Vec<_>>());
    let last = ranks.iter().flatten().max().copied();
    let mut ranked: Vec<_> = d.children.iter().zip(ranks).collect();
    ranked.sort_by_key(|(_, rank)| rank.unwrap_or(usize::MAX));
    let children = ranked
        .into_iter()
        .map(|(c, rank)| {
            let values = self::figures(t, &c.kpis);
            let cells = shown.iter().map(|i| values.get(*i).map(|f| f.value.clone()).unwrap_or_default());
            let lowest = ranked_lowest(rank, last);
            let rank = rank.map_or_else(|| "–".to_owned(), |r| t.num(r as u64));
            ChildRow {
                cells: [rank, c.place.name.clone()].into_iter().chain(cells).collect(),
                link: format!("/places/{}", c.place.code),
                lowest,
            }
        })
        .collect();
    let crumbs = dashboard::above(&s.db, &viewer.access, code)
        .await?
        .into_iter()
        .map(|(p, open)| (p.name, if open { format!("/places/{}", p.code) } else { String::new() }))
        .collect();
    let middle = if d.place.kind == "unit" { super::middle_tier::view(s, viewer, code, span).await? } else { None };
    Ok(PlaceView {
        middle,
        place: d.place.name.clone(),
        link: format!("/places/{}", d.place.code),
        period: period(t, d.from, d.to),
        since: before.map(|b| t.a1("change-since", "period", &period(t, b.from, b.to))).unwrap_or_default(),
        child_header: header,
        children,
        crumbs,
        picker: picker(t, &d, terms, span, wanted, problem),
        figures,
        trend: trend::svg(&t.s("trend-title"), &points),
    })
}

fn picker(t: Tr, d: &dashboard::Dashboard, terms: &[TermRef], span: Span, wanted: &Wanted, problem: String) -> Picker {
    let mut years: Vec<String> = terms.iter().map(|x| x.year.clone()).collect();
    years.dedup();
    let year_now = terms.iter().find(|x| x.starts_on <= span.from && span.from <= x.ends_on).map(|x| x.year.clone()).unwrap_or_default();
    let term_now = terms.iter().find(|x| x.span() == span).map(|x| x.number.to_string()).unwrap_or_default();
    let mut numbers: Vec<i64> = terms.iter().map(|x| x.number).collect();
    numbers.sort_unstable();
    numbers.dedup();
    let mut print = wanted.pairs();
    print.push(("print", "1".into()));
    let print: Vec<(&str, String)> = print.into_iter().filter(|(_, v)| !v.is_empty()).collect();
    let whole = std::iter::once((String::new(), t.s("period-whole-year")));
    Picker {
        years: Choice::list(years.into_iter().map(|y| (y.clone(), y)), &[year_now]),
        terms: Choice::list(whole.chain(numbers.iter().map(|n| (n.to_string(), t.a1("period-term", "n", &n.to_string())))), &[term_now]),
        from: wanted.period.from.clone(),
        to: wanted.period.to.clone(),
        problem,
        ranks: Choice::list(
            d.kpis.iter().zip(figures(t, &d.kpis)).map(|(k, f)| (k.kpi.slug().to_owned(), f.title)),
            &[d.kpis.iter().find(|k| k.kpi.slug() == wanted.rank).unwrap_or(&d.kpis[0]).kpi.slug().to_owned()],
        ),
        print: if wanted.print.is_empty() {
            format!("/places/{}?{}", d.place.code, serde_urlencoded::to_string(&print).unwrap_or_default())
        } else {
            String::new()
        },
        exports: if d.place.kind == "unit" {
            let (from, to) = (span.from.to_string(), span.to.to_string());
            serde_urlencoded::to_string([("unit", d.place.code.as_str()), ("from", &from), ("to", &to)]).unwrap_or_default()
        } else {
            String::new()
        },
    }
}

#[derive(Template)]
#[template(path = "place.html")]
struct Place {
    layout: Layout,
    view: PlaceView,
    is_home: bool,
}

pub async fn page(State(s): State<AppState>, viewer: Viewer, Path(code): Path<String>, Query(wanted): Query<Wanted>) -> Response {
    let t = viewer.t;
    let shown = async { view(&s, &viewer, &code, &dashboard::terms(&s.db).await?, &wanted).await };
    match shown.await {
        Ok(view) => {
            let mut layout = Layout::new(view.place.clone(), &viewer);
            layout.print = !wanted.print.is_empty();
            render(StatusCode::OK, &Place { layout, view, is_home: false })
        }
        Err(store::Error::OutOfScope { .. }) => message(t, StatusCode::FORBIDDEN, "place-forbidden"),
        Err(store::Error::NotFound { .. }) => message(t, StatusCode::NOT_FOUND, "place-missing"),
        Err(e) => failure(t, &e.to_string()),
    }
}
