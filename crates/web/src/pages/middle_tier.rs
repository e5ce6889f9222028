//! A unit's middle tier on its page (and its holder's home): the five KPIs of leaders of
//! learning and their PLCs for the period, each with its numerator and denominator, and the
//! units under it side by side, each a link one level down (`store::leaders::kpis`).

use domain::plc_kpi::{PlcKpi, PlcKpiValue};
use domain::schedule::Span;

use super::Viewer;
use super::place::{ChildRow, Figure};
use crate::AppState;
use crate::i18n::Tr;

pub struct MiddleView {
    pub figures: Vec<Figure>,
    pub header: Vec<String>,
    pub children: Vec<ChildRow>,
}

fn shown(t: Tr, v: &PlcKpiValue) -> String {
    match (v.kpi.is_share(), v.value) {
        (true, value) => t.pct(value),
        (false, Some(days)) => t.a1("plc-kpi-days", "days", &t.num(days.round() as u64)),
        (false, None) => "–".to_owned(),
    }
}

/// The middle tier of the unit `code`, when it has PLCs or leaders' seats under it.
pub async fn view(s: &AppState, viewer: &Viewer, code: &str, span: Span) -> Result<Option<MiddleView>, store::Error> {
    let t = viewer.t;
    let tier = store::leaders::kpis::middle_tier(&s.db, &viewer.access, code, span).await?;
    let has = |k: PlcKpi| tier.kpis.iter().any(|v| v.kpi == k && v.denominator > 0);
    if !has(PlcKpi::MeetingsHeld) && !has(PlcKpi::SectorsWithLll) {
        return Ok(None);
    }
    let figures = tier
        .kpis
        .iter()
        .map(|v| Figure {
            title: t.word("plc-kpi", v.kpi.slug()),
            numerator: t.num(v.numerator),
            denominator: t.num(v.denominator),
            value: shown(t, v),
            change: String::new(),
        })
        .collect();
    let header = std::iter::once(t.s("col-place")).chain(PlcKpi::ALL.iter().map(|k| t.word("plc-kpi", k.slug()))).collect();
    let children = tier
        .children
        .iter()
        .map(|c| ChildRow {
            cells: std::iter::once(c.place.name.clone()).chain(c.kpis.iter().map(|v| shown(t, v))).collect(),
            link: format!("/places/{}", c.place.code),
            lowest: false,
        })
        .collect();
    Ok(Some(MiddleView { figures, header, children }))
}
