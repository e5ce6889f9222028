//! KPIs for a place and its children: the unit dashboards' figures. A place is a unit, a
//! school, a cluster or a CoP, named by its code (a CoP by its id); its children are the units
//! below it, or for the lowest unit its schools and clusters, or for a school its CoPs.

use super::kpis::{CopRow, Facts, facts};
use crate::{Db, Error, Result};
use chrono::NaiveDate;
use domain::kpi::{self, Kpi, KpiValue, Sums};
use domain::schedule::Span;
use domain::{Access, Place};
use sea_query::{Expr, ExprTrait, JoinType, Query};
use serde::Serialize;
use uuid::Uuid;

/// A place a dashboard is about.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct PlaceRef {
    /// `unit`, `school`, `cluster` or `cop`.
    pub kind: &'static str,
    /// The code (a CoP's id).
    pub code: String,
    pub name: String,
    /// For a unit, its level (`district`).
    pub level: Option<String>,
}

#[derive(Debug, Clone)]
enum Filter {
    Path(String),
    School(Uuid),
    Cluster(Uuid),
    Cop(Uuid),
}

impl Filter {
    fn matches(&self, row: &CopRow) -> bool {
        match self {
            Filter::Path(p) => row.unit_path.starts_with(p.as_str()),
            Filter::School(s) => row.school_id == Some(*s),
            Filter::Cluster(c) => row.cluster_id == Some(*c),
            Filter::Cop(id) => row.id == *id,
        }
    }
}

#[derive(sqlx::FromRow)]
struct Found {
    id: Uuid,
    code: String,
    name: String,
    path: String,
    level: Option<String>,
}

fn place_query(table: &'static str, level: bool) -> sea_query::SelectStatement {
    let mut q = Query::select();
    q.columns([("x", "id"), ("x", "code"), ("x", "name")]).from_as(table, "x");
    if table == "units" {
        q.expr_as(Expr::col(("x", "path")), "path").join_as(
            JoinType::InnerJoin,
            "unit_levels",
            "l",
            Expr::col(("l", "depth")).equals(("x", "depth")),
        );
    } else {
        q.expr_as(Expr::col(("u", "path")), "path").join_as(
            JoinType::InnerJoin,
            "units",
            "u",
            Expr::col(("u", "id")).equals(("x", "unit_id")),
        );
    }
    if level {
        q.expr_as(Expr::col(("l", "slug")), "level");
    } else {
        q.expr_as(Expr::val(Option::<String>::None), "level");
    }
    q
}

fn node(kind: &'static str, f: Found) -> (PlaceRef, Filter, Place) {
    let (filter, place) = match kind {
        "unit" => (Filter::Path(f.path.clone()), Place { unit_path: f.path, school: None, cluster: None }),
        "school" => (Filter::School(f.id), Place { unit_path: f.path, school: Some(f.id), cluster: None }),
        "cluster" => (Filter::Cluster(f.id), Place { unit_path: f.path, school: None, cluster: Some(f.id) }),
        _ => (Filter::Cop(f.id), Place { unit_path: f.path, school: None, cluster: None }),
    };
    (PlaceRef { kind, code: f.code, name: f.name, level: f.level }, filter, place)
}

fn visible(access: &Access, kind: &str, place: &Place) -> bool {
    if kind == "unit" { access.read.covers_unit(&place.unit_path) } else { access.read.covers(place) }
}

/// Finds the place a code names, checking the caller may see it.
async fn locate(db: &Db, access: &Access, code: &str) -> Result<(PlaceRef, Filter, Option<Uuid>)> {
    for (table, kind) in [("units", "unit"), ("schools", "school"), ("clusters", "cluster")] {
        let q = place_query(table, kind == "unit").and_where(Expr::col(("x", "code")).eq(code)).to_owned();
        if let Some(found) = db.optional::<Found>(&q).await? {
            let id = found.id;
            let (place_ref, filter, place) = node(kind, found);
            if !visible(access, kind, &place) {
                return Err(Error::out_of_scope(kind, code));
            }
            return Ok((place_ref, filter, Some(id)));
        }
    }
    if let Ok(id) = code.parse::<Uuid>() {
        let cop = crate::programmes::communities::get(db, access, id).await?;
        return Ok((PlaceRef { kind: "cop", code: code.to_owned(), name: cop.name, level: None }, Filter::Cop(id), None));
    }
    Err(Error::not_found("unit, school, cluster or CoP", code))
}

/// The places above `code`, the widest first (the country, its province, …; for a CoP also its
/// school or cluster), each with whether the caller may open it: a breadcrumb.
pub async fn above(db: &Db, access: &Access, code: &str) -> Result<Vec<(PlaceRef, bool)>> {
    let (place, _, _) = locate(db, access, code).await?;
    let mut path = None;
    let mut site: Option<(&'static str, &'static str, String)> = None;
    match place.kind {
        "cop" => {
            let cop = crate::programmes::communities::get(db, access, code.parse().map_err(|_| Error::not_found("CoP", code))?).await?;
            path = Some(cop.at.unit_path.clone());
            site = match (cop.school, cop.cluster) {
                (Some(school), _) => Some(("schools", "school", school)),
                (_, Some(cluster)) => Some(("clusters", "cluster", cluster)),
                _ => None,
            };
        }
        kind => {
            let table = match kind {
                "unit" => "units",
                "school" => "schools",
                _ => "clusters",
            };
            let q = place_query(table, kind == "unit").and_where(Expr::col(("x", "code")).eq(code)).to_owned();
            if let Some(found) = db.optional::<Found>(&q).await? {
                // A unit's own path is itself, not above it.
                let own = format!("{}/", found.code);
                path = Some(if kind == "unit" { found.path.strip_suffix(&own).unwrap_or(&found.path).to_owned() } else { found.path });
            }
        }
    }
    let Some(path) = path else { return Ok(Vec::new()) };
    let mut prefixes = Vec::new();
    let mut prefix = String::from("/");
    for step in path.split('/').filter(|s| !s.is_empty()) {
        prefix = format!("{prefix}{step}/");
        prefixes.push(prefix.clone());
    }
    let q = place_query("units", true)
        .and_where(Expr::col(("x", "path")).is_in(prefixes))
        .order_by(("x", "depth"), sea_query::Order::Asc)
        .to_owned();
    let mut crumbs: Vec<(PlaceRef, bool)> = Vec::new();
    for found in db.all::<Found>(&q).await? {
        let open = access.read.covers_unit(&found.path);
        crumbs.push((node("unit", found).0, open));
    }
    if let Some((table, kind, code)) = site {
        let q = place_query(table, false).and_where(Expr::col(("x", "code")).eq(code)).to_owned();
        if let Some(found) = db.optional::<Found>(&q).await? {
            let (place_ref, _, place) = node(kind, found);
            crumbs.push((place_ref, visible(access, kind, &place)));
        }
    }
    Ok(crumbs)
}

/// The period just before `span`, to compare with: for a term, the term before it; for a school
/// year (`years`, as [`year_spans`] lists them), the year before; otherwise as many days ending
/// the day before. `None` when there is none (the first term or year, or dates at the edge of
/// the calendar).
pub fn previous(terms: &[TermRef], years: &[Span], span: Span) -> Option<Span> {
    if let Some(i) = terms.iter().position(|t| t.span() == span) {
        return i.checked_sub(1).map(|i| terms[i].span());
    }
    if let Some(i) = years.iter().position(|y| *y == span) {
        return i.checked_sub(1).map(|i| years[i]);
    }
    let days = u64::try_from((span.to - span.from).num_days()).ok()?;
    let to = span.from.pred_opt()?;
    Some(Span { from: to.checked_sub_days(chrono::Days::new(days))?, to })
}

/// Every school year's span, oldest first.
pub async fn year_spans(db: &Db) -> Result<Vec<Span>> {
    #[derive(sqlx::FromRow)]
    struct Y {
        starts_on: NaiveDate,
        ends_on: NaiveDate,
    }
    let q =
        Query::select().columns(["starts_on", "ends_on"]).from("academic_years").order_by("starts_on", sea_query::Order::Asc).to_owned();
    Ok(db.all::<Y>(&q).await?.into_iter().map(|y| Span { from: y.starts_on, to: y.ends_on }).collect())
}

async fn children(db: &Db, access: &Access, parent: &PlaceRef, id: Option<Uuid>) -> Result<Vec<(PlaceRef, Filter)>> {
    let mut found = Vec::new();
    let mut add = |kind: &'static str, rows: Vec<Found>| {
        for row in rows {
            let (place_ref, filter, place) = node(kind, row);
            if visible(access, kind, &place) {
                found.push((place_ref, filter));
            }
        }
    };
    match (parent.kind, id) {
        ("unit", Some(id)) => {
            let units = db
                .all(
                    &place_query("units", true)
                        .and_where(Expr::col(("x", "parent_id")).eq(id))
                        .order_by(("x", "code"), sea_query::Order::Asc)
                        .to_owned(),
                )
                .await?;
            if units.is_empty() {
                add(
                    "school",
                    db.all(
                        &place_query("schools", false)
                            .and_where(Expr::col(("x", "unit_id")).eq(id))
                            .order_by(("x", "code"), sea_query::Order::Asc)
                            .to_owned(),
                    )
                    .await?,
                );
                add(
                    "cluster",
                    db.all(
                        &place_query("clusters", false)
                            .and_where(Expr::col(("x", "unit_id")).eq(id))
                            .order_by(("x", "code"), sea_query::Order::Asc)
                            .to_owned(),
                    )
                    .await?,
                );
            } else {
                add("unit", units);
            }
        }
        ("school" | "cluster", Some(id)) => {
            let col = if parent.kind == "school" { "school_id" } else { "cluster_id" };
            let q = Query::select()
                .columns([("m", "id"), ("m", "name")])
                .from_as("communities", "m")
                .and_where(Expr::col(("m", col)).eq(id))
                .order_by(("m", "name"), sea_query::Order::Asc)
                .to_owned();
            #[derive(sqlx::FromRow)]
            struct CopFound {
                id: Uuid,
                name: String,
            }
            for c in db.all::<CopFound>(&q).await? {
                found.push((PlaceRef { kind: "cop", code: c.id.to_string(), name: c.name, level: None }, Filter::Cop(c.id)));
            }
        }
        _ => {}
    }
    Ok(found)
}

/// A place's KPIs and each child's.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct Dashboard {
    pub place: PlaceRef,
    pub from: NaiveDate,
    pub to: NaiveDate,
    /// CoPs counted (those the caller may see).
    pub cops: usize,
    pub kpis: Vec<KpiValue>,
    pub children: Vec<ChildKpis>,
}

#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct ChildKpis {
    pub place: PlaceRef,
    pub cops: usize,
    pub kpis: Vec<KpiValue>,
}

/// One KPI for a place, and its children ranked best first.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct Drilldown {
    pub place: PlaceRef,
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub value: KpiValue,
    pub children: Vec<RankedChild>,
}

#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct RankedChild {
    pub place: PlaceRef,
    /// 1 for the bright spot; absent when there is nothing to rank (no denominator).
    pub rank: Option<usize>,
    pub value: KpiValue,
}

/// The sums of the CoPs `filter` names that the caller may read. A unit the caller reads
/// whole is the sums of the units under it added (`Facts::under`); otherwise its CoPs, one
/// run of the rows in path order found by binary search, are summed one by one.
fn covered(facts: &Facts, access: &Access, filter: &Filter) -> Sums {
    let rows = &facts.rows;
    debug_assert!(rows.is_sorted_by(|a, b| a.unit_path <= b.unit_path), "KPI facts come in path order");
    let rows = match filter {
        Filter::Path(p) if access.read.covers_unit(p) => return facts.under(p),
        Filter::Path(p) => {
            let start = rows.partition_point(|r| r.unit_path.as_str() < p.as_str());
            let end = start + rows[start..].partition_point(|r| r.unit_path.starts_with(p.as_str()));
            &rows[start..end]
        }
        _ => rows,
    };
    Sums::of(rows.iter().filter(|r| filter.matches(r) && (access.read.all || access.read.covers(&r.place()))).map(|r| &r.facts))
}

pub async fn dashboard(db: &Db, access: &Access, code: &str, period: Span) -> Result<Dashboard> {
    let (place, filter, id) = locate(db, access, code).await?;
    let rows = facts(db, period).await?;
    let mine = covered(&rows, access, &filter);
    let children = children(db, access, &place, id).await?;
    let children = children
        .into_iter()
        .map(|(place, filter)| {
            let sums = covered(&rows, access, &filter);
            ChildKpis { place, cops: sums.cops() as usize, kpis: sums.kpis() }
        })
        .collect();
    Ok(Dashboard { place, from: period.from, to: period.to, cops: mine.cops() as usize, kpis: mine.kpis(), children })
}

pub async fn drilldown(db: &Db, access: &Access, which: Kpi, code: &str, period: Span) -> Result<Drilldown> {
    let (place, filter, id) = locate(db, access, code).await?;
    let rows = facts(db, period).await?;
    let value = covered(&rows, access, &filter).kpi(which);
    let children: Vec<(PlaceRef, KpiValue)> =
        children(db, access, &place, id).await?.into_iter().map(|(p, f)| (p, covered(&rows, access, &f).kpi(which))).collect();
    let ranks = kpi::rank(&children.iter().map(|(_, v)| v).collect::<Vec<_>>());
    let mut ranked: Vec<RankedChild> =
        children.into_iter().zip(ranks).map(|((place, value), rank)| RankedChild { place, rank, value }).collect();
    ranked.sort_by_key(|c| c.rank.unwrap_or(usize::MAX));
    Ok(Drilldown { place, from: period.from, to: period.to, value, children: ranked })
}

/// The period a request names: `from`/`to` if given, else a term of a year, else a year;
/// the year defaults to the one containing `today` (or the latest).
pub async fn period(
    db: &Db,
    year: Option<&str>,
    term: Option<i64>,
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
    today: NaiveDate,
) -> Result<Span> {
    #[derive(sqlx::FromRow)]
    struct Year {
        id: Uuid,
        label: String,
        starts_on: NaiveDate,
        ends_on: NaiveDate,
    }
    let years: Vec<Year> = db
        .all(
            Query::select()
                .columns(["id", "label", "starts_on", "ends_on"])
                .from("academic_years")
                .order_by("starts_on", sea_query::Order::Asc),
        )
        .await?;
    let chosen = match year {
        Some(label) => Some(years.iter().find(|y| y.label == label).ok_or_else(|| Error::not_found("academic year", label))?),
        None => years.iter().find(|y| y.starts_on <= today && today <= y.ends_on).or(years.last()),
    };
    let mut span = chosen.map(|y| Span { from: y.starts_on, to: y.ends_on }).unwrap_or(Span { from: today, to: today });
    if let (Some(n), Some(y)) = (term, chosen) {
        #[derive(sqlx::FromRow)]
        struct T {
            starts_on: NaiveDate,
            ends_on: NaiveDate,
        }
        let q = Query::select()
            .columns(["starts_on", "ends_on"])
            .from("terms")
            .and_where(Expr::col("year_id").eq(y.id))
            .and_where(Expr::col("number").eq(n))
            .to_owned();
        let t: T =
            db.optional(&q).await?.ok_or_else(|| Error::invalid("term", domain::why("why-no-term").arg("year", &y.label).num("n", n)))?;
        span = Span { from: t.starts_on, to: t.ends_on };
    }
    span.from = from.unwrap_or(span.from);
    span.to = to.unwrap_or(span.to);
    if span.to < span.from {
        return Err(Error::invalid("to", domain::why("why-ends-before-start").arg("to", span.to).arg("from", span.from)));
    }
    Ok(span)
}

/// A term of an academic year, for choosing "this term" and labelling a trend.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct TermRef {
    pub year: String,
    pub number: i64,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
}

impl TermRef {
    pub fn span(&self) -> Span {
        Span { from: self.starts_on, to: self.ends_on }
    }
}

/// Every term, oldest first.
pub async fn terms(db: &Db) -> Result<Vec<TermRef>> {
    let q = Query::select()
        .expr_as(Expr::col(("y", "label")), "year")
        .columns([("t", "number"), ("t", "starts_on"), ("t", "ends_on")])
        .from_as("terms", "t")
        .join_as(sea_query::JoinType::InnerJoin, "academic_years", "y", Expr::col(("y", "id")).equals(("t", "year_id")))
        .order_by(("t", "starts_on"), sea_query::Order::Asc)
        .to_owned();
    Ok(db.all(&q).await?)
}

/// "This term": the term `today` falls in; in a holiday, the term just ended; before any
/// term, the first. `None` when no academic year is set up.
pub fn this_term(terms: &[TermRef], today: NaiveDate) -> Option<&TermRef> {
    terms.iter().rev().find(|t| t.starts_on <= today).or(terms.first())
}

/// Where `today` stands in the calendar, as a page says it.
#[derive(Debug, PartialEq, Eq)]
pub enum Standing<'a> {
    /// Inside a term.
    In(&'a TermRef),
    /// After `last` ended, before `next` begins (`None`: no next term is set up).
    Between { last: &'a TermRef, next: Option<&'a TermRef> },
    /// Before the first term, or with no year set up.
    Before(Option<&'a TermRef>),
}

pub fn standing(terms: &[TermRef], today: NaiveDate) -> Standing<'_> {
    match terms.iter().rev().find(|t| t.starts_on <= today) {
        Some(t) if today <= t.ends_on => Standing::In(t),
        Some(last) => Standing::Between { last, next: terms.iter().find(|t| t.starts_on > today) },
        None => Standing::Before(terms.first()),
    }
}

/// The terms a trend shows: two years of a three-term calendar, within the KPI cache's eight
/// periods.
pub const TREND_TERMS: usize = 6;

/// The last `n` terms up to this term (none that has not begun), for a trend.
pub fn recent_terms(terms: &[TermRef], today: NaiveDate, n: usize) -> &[TermRef] {
    let end = this_term(terms, today).map_or(0, |this| terms.iter().position(|t| t.starts_on == this.starts_on).map_or(0, |i| i + 1));
    &terms[end.saturating_sub(n)..end]
}

/// Computes the KPI facts of the terms a trend shows, so the first official to open a
/// dashboard after a start does not wait for them (about two seconds at Rwanda scale).
pub async fn warm(db: &Db, today: NaiveDate) -> Result<()> {
    for term in recent_terms(&terms(db).await?, today, TREND_TERMS) {
        crate::life::kpis::facts(db, term.span()).await?;
    }
    Ok(())
}

/// One KPI for a place, period by period (a trend over terms).
pub async fn trend(db: &Db, access: &Access, which: Kpi, code: &str, periods: &[Span]) -> Result<Vec<KpiValue>> {
    let (_, filter, _) = locate(db, access, code).await?;
    let mut values = Vec::with_capacity(periods.len());
    for period in periods {
        let rows = facts(db, *period).await?;
        values.push(covered(&rows, access, &filter).kpi(which));
    }
    Ok(values)
}

#[cfg(test)]
mod this_term_tests {
    use super::*;

    #[test]
    fn the_period_before_is_the_term_before_the_year_before_or_as_many_days_before() {
        let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
        let span = |a, b| Span { from: a, to: b };
        let terms = [term(1, (2025, 9, 8), (2025, 12, 19)), term(2, (2026, 1, 5), (2026, 4, 3))];
        let years = [span(d(2024, 9, 8), d(2025, 7, 17)), span(d(2025, 9, 8), d(2026, 7, 17))];
        // Term 2's period before is term 1; term 1 has none (the tests' calendar starts there).
        assert_eq!(previous(&terms, &years, terms[1].span()), Some(terms[0].span()));
        assert_eq!(previous(&terms, &years, terms[0].span()), None);
        // A school year's is the year before, holidays and all: not the 313 days before it.
        assert_eq!(previous(&terms, &years, years[1]), Some(years[0]));
        // October 2025 (31 days): the 31 days ending 30 September.
        assert_eq!(previous(&terms, &years, span(d(2025, 10, 1), d(2025, 10, 31))), Some(span(d(2025, 8, 31), d(2025, 9, 30))));
        // At the edge of the calendar there is nothing before, and no panic.
        assert_eq!(previous(&terms, &years, span(NaiveDate::MIN, d(2025, 1, 1))), None);
    }

    fn term(number: i64, from: (i32, u32, u32), to: (i32, u32, u32)) -> TermRef {
        let d = |(y, m, d)| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        TermRef { year: "2025/26".into(), number, starts_on: d(from), ends_on: d(to) }
    }

    #[test]
    fn this_term_is_the_one_today_falls_in_or_the_one_just_ended() {
        let terms = [term(1, (2025, 9, 8), (2025, 12, 19)), term(2, (2026, 1, 5), (2026, 4, 3)), term(3, (2026, 4, 20), (2026, 7, 17))];
        let on = |y, m, d| this_term(&terms, NaiveDate::from_ymd_opt(y, m, d).unwrap()).map(|t| t.number);
        assert_eq!(on(2026, 2, 1), Some(2));
        assert_eq!(on(2026, 4, 10), Some(2), "in the Easter holiday, term 2 just ended");
        assert_eq!(on(2026, 11, 22), Some(3), "after the year, its last term");
        assert_eq!(on(2025, 1, 1), Some(1), "before any term, the first");
        assert!(this_term(&[], NaiveDate::MIN).is_none());
    }

    #[test]
    fn between_terms_the_page_knows_the_last_and_the_next() {
        let terms = [term(1, (2025, 9, 8), (2025, 12, 19)), term(2, (2026, 1, 5), (2026, 4, 3))];
        let on = |y, m, d| standing(&terms, NaiveDate::from_ymd_opt(y, m, d).unwrap());
        assert_eq!(on(2026, 2, 1), Standing::In(&terms[1]));
        assert_eq!(on(2025, 12, 19), Standing::In(&terms[0]), "a term's last day is in it");
        assert_eq!(on(2025, 12, 25), Standing::Between { last: &terms[0], next: Some(&terms[1]) });
        assert_eq!(on(2026, 8, 1), Standing::Between { last: &terms[1], next: None }, "no next year set up");
        assert_eq!(on(2025, 1, 1), Standing::Before(Some(&terms[0])));
        assert_eq!(standing(&[], NaiveDate::MIN), Standing::Before(None));
    }

    #[test]
    fn a_trend_ends_at_this_term_and_shows_no_term_to_come() {
        let terms = [term(1, (2025, 9, 8), (2025, 12, 19)), term(2, (2026, 1, 5), (2026, 4, 3)), term(3, (2026, 4, 20), (2026, 7, 17))];
        let shown = |(y, m, d), n| -> Vec<i64> {
            recent_terms(&terms, NaiveDate::from_ymd_opt(y, m, d).unwrap(), n).iter().map(|t| t.number).collect()
        };
        assert_eq!(shown((2026, 2, 1), 6), [1, 2], "term 3 has not begun");
        assert_eq!(shown((2026, 11, 22), 2), [2, 3]);
        assert_eq!(shown((2025, 1, 1), 6), [1], "before any term, the first");
        assert!(recent_terms(&[], NaiveDate::MIN, 6).is_empty());
    }
}
