//! A place's page (`/places/{code}`: the country, a province, district or sector, a school, a
//! cluster or a CoP): every KPI for this term with its numerator and denominator, the trend
//! of meetings held over the terms, and the places under it ranked on meetings held (bright
//! spots first, those needing support last), each a link one level down. Out of the viewer's
//! scope: 403; unknown: 404. The home page shows the same view for the viewer's own place.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use domain::kpi::{self, Kpi, KpiValue};
use store::life::dashboard::{self, TermRef};

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
}

/// A place's figures as the pages show them.
pub struct PlaceView {
    pub place: String,
    pub period: String,
    pub figures: Vec<Figure>,
    pub child_header: Vec<String>,
    pub children: Vec<Row>,
    /// An SVG chart, rendered here (no chart library in the browser).
    pub trend: String,
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
            })
        })
        .collect()
}

pub fn period(t: Tr, from: chrono::NaiveDate, to: chrono::NaiveDate) -> String {
    t.a("period", &[("from", t.date(from).into()), ("to", t.date(to).into())])
}

/// The place's KPIs for `term` (else the year), its children ranked, and the trend over `terms`.
pub async fn view(s: &AppState, viewer: &Viewer, code: &str, terms: &[TermRef]) -> Result<PlaceView, store::Error> {
    let t = viewer.t;
    let today = chrono::Utc::now().date_naive();
    let span = match dashboard::this_term(terms, today) {
        Some(term) => term.span(),
        None => dashboard::period(&s.db, None, None, None, None, today).await?,
    };
    let d = dashboard::dashboard(&s.db, &viewer.access, code, span).await?;
    let terms = dashboard::recent_terms(terms, today, dashboard::TREND_TERMS);
    let spans: Vec<_> = terms.iter().map(TermRef::span).collect();
    let trend = dashboard::trend(&s.db, &viewer.access, Kpi::MeetingsHeld, code, &spans).await?;
    let points: Vec<(String, Option<f64>)> = terms
        .iter()
        .zip(&trend)
        .map(|(term, v)| (format!("{} T{}", term.year, term.number), v.parts.first().and_then(|p| p.value)))
        .collect();
    let figures = figures(t, &d.kpis);
    let header = [t.s("col-rank"), t.s("col-place")].into_iter().chain(figures.iter().take(4).map(|f| f.title.clone())).collect();
    let ranks = kpi::rank(&d.children.iter().map(|c| &c.kpis[0]).collect::<Vec<_>>());
    let mut ranked: Vec<_> = d.children.iter().zip(ranks).collect();
    ranked.sort_by_key(|(_, rank)| rank.unwrap_or(usize::MAX));
    let children = ranked
        .into_iter()
        .map(|(c, rank)| {
            let values = self::figures(t, &c.kpis).into_iter().take(4).map(|f| f.value);
            let rank = rank.map_or_else(|| "–".to_owned(), |r| t.num(r as u64));
            Row { cells: [rank, c.place.name.clone()].into_iter().chain(values).collect(), link: format!("/places/{}", c.place.code) }
        })
        .collect();
    Ok(PlaceView {
        place: d.place.name.clone(),
        period: period(t, d.from, d.to),
        figures,
        child_header: header,
        children,
        trend: trend::svg(&t.s("trend-title"), &points),
    })
}

#[derive(Template)]
#[template(path = "place.html")]
struct Place {
    layout: Layout,
    view: PlaceView,
}

pub async fn page(State(s): State<AppState>, viewer: Viewer, Path(code): Path<String>) -> Response {
    let t = viewer.t;
    let shown = async { view(&s, &viewer, &code, &dashboard::terms(&s.db).await?).await };
    match shown.await {
        Ok(view) => render(StatusCode::OK, &Place { layout: Layout::new(view.place.clone(), &viewer), view }),
        Err(store::Error::OutOfScope { .. }) => message(t, StatusCode::FORBIDDEN, "place-forbidden"),
        Err(store::Error::NotFound { .. }) => message(t, StatusCode::NOT_FOUND, "place-missing"),
        Err(e) => failure(t, &e.to_string()),
    }
}
