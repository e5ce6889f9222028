//! A PLC page's comparison of its places (seed 002: "What makes school A's pass rate 70 per
//! cent, and the other 30 per cent?"): each school (or, for a district PLC, each sector) with
//! its pass rate in the latest exam year, the change since the year before, and its teachers'
//! CoPs' meetings held and attendance this term; sortable by any column with plain links, in
//! one subject or all; the bright spots and those furthest behind marked in words.

use domain::Access;
use domain::results::{End, ends};
use domain::schedule::Span;
use store::life::side_by_side::{self, Compared};
use uuid::Uuid;
use words::Tr;

/// What the page's address asks of the comparison.
#[derive(Debug, Default, serde::Deserialize)]
pub struct Asked {
    #[serde(default)]
    pub sort: Option<String>,
    #[serde(default)]
    pub subject: Option<String>,
}

/// A column heading: its words, the link that sorts by it, and whether it is the sort.
pub struct Heading {
    pub label: String,
    pub href: String,
    pub on: bool,
}

pub struct Line {
    pub cells: Vec<String>,
    pub link: String,
    /// "bright spot" or "furthest behind", or empty.
    pub mark: String,
}

pub struct Comparison {
    pub title: String,
    pub note: String,
    pub subjects: Vec<Heading>,
    pub headings: Vec<Heading>,
    pub lines: Vec<Line>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Sort {
    Name,
    Rate,
    Change,
    Meetings,
    Attendance,
}

const SORTS: [(Sort, &str); 5] =
    [(Sort::Name, "name"), (Sort::Rate, "rate"), (Sort::Change, "change"), (Sort::Meetings, "meetings"), (Sort::Attendance, "attendance")];

fn key(c: &Compared, sort: Sort) -> Option<f64> {
    match sort {
        Sort::Name => None,
        Sort::Rate => c.latest.rate(),
        Sort::Change => c.change(),
        Sort::Meetings => c.meetings.value,
        Sort::Attendance => c.attendance.value,
    }
}

/// "+7 pts", "−5 pts": a change in percentage points.
fn points(t: Tr, change: Option<f64>) -> String {
    change.map_or_else(
        || "–".to_owned(),
        |c| {
            let n = (100.0 * c).round() as i64;
            let sign = match n.signum() {
                1 => "+",
                -1 => "−",
                _ => "",
            };
            t.a1("change-points", "value", &format!("{sign}{}", t.num(n.unsigned_abs())))
        },
    )
}

/// A subject's name, or its code where the catalogue has none.
fn subject_name(t: Tr, slug: &str) -> String {
    let key = format!("subject-{slug}");
    if t.has(&key) { t.s(&key) } else { slug.to_owned() }
}

pub async fn build(
    db: &store::Db,
    access: &Access,
    t: Tr,
    id: Uuid,
    kind: &str,
    asked: &Asked,
    term: Span,
) -> Result<Comparison, store::Error> {
    let mut subject = asked.subject.as_deref();
    let mut data = side_by_side::side_by_side(db, access, id, subject, term).await?;
    // A subject none of the schools has results in (an old link): all subjects instead.
    if subject.is_some_and(|s| !data.subjects.iter().any(|x| x == s)) {
        subject = None;
        data = side_by_side::side_by_side(db, access, id, None, term).await?;
    }
    let sort = SORTS.iter().find(|(_, slug)| asked.sort.as_deref() == Some(*slug)).map_or(Sort::Rate, |(s, _)| *s);
    let sort_slug = SORTS.iter().find(|(s, _)| *s == sort).map_or("rate", |(_, slug)| *slug);
    let href = |sort: &str, subject: Option<&str>| {
        let mut q = format!("/cops/{id}?sort={sort}");
        if let Some(s) = subject {
            q.push_str("&subject=");
            q.push_str(s);
        }
        q.push_str("#compare");
        q
    };
    let mut places = data.places;
    // Best first; a place without the figure last; the name breaks ties and sorts by itself.
    places.sort_by(|a, b| match (key(a, sort), key(b, sort)) {
        _ if sort == Sort::Name => a.name.cmp(&b.name),
        (Some(x), Some(y)) => y.total_cmp(&x).then_with(|| a.name.cmp(&b.name)),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => a.name.cmp(&b.name),
    });
    let marks = ends(&places.iter().map(|p| p.latest.rate()).collect::<Vec<_>>());
    let by_sector = kind == domain::community::CommunityKind::DistrictPlc.slug();
    let place_word = if by_sector { "plc-col-sector" } else { "plc-col-school" };
    let columns = [
        (Sort::Name, place_word),
        (Sort::Rate, "plc-col-pass-rate"),
        (Sort::Change, "plc-col-change"),
        (Sort::Meetings, "col-held-planned"),
        (Sort::Attendance, "plc-col-attendance"),
    ];
    let headings = columns
        .iter()
        .map(|(s, word)| {
            let slug = SORTS.iter().find(|(x, _)| x == s).map_or("rate", |(_, slug)| *slug);
            Heading { label: t.s(word), href: href(slug, subject), on: *s == sort }
        })
        .collect();
    let mut subjects = vec![Heading { label: t.s("plc-all-subjects"), href: href(sort_slug, None), on: subject.is_none() }];
    subjects.extend(data.subjects.iter().map(|s| Heading {
        label: subject_name(t, s),
        href: href(sort_slug, Some(s)),
        on: subject == Some(s.as_str()),
    }));
    let lines = places
        .iter()
        .zip(marks)
        .map(|(p, mark)| {
            let opens = if by_sector { access.read.covers_unit(&p.place.unit_path) } else { access.read.covers(&p.place) };
            Line {
                cells: vec![
                    p.name.clone(),
                    t.pct(p.latest.rate()),
                    points(t, p.change()),
                    t.pct(p.meetings.value),
                    t.pct(p.attendance.value),
                ],
                link: if opens { format!("/places/{}", p.code) } else { String::new() },
                mark: match mark {
                    Some(End::BrightSpot) => t.s("plc-bright-spot"),
                    Some(End::FurthestBehind) => t.s("plc-furthest-behind"),
                    None => String::new(),
                },
            }
        })
        .collect();
    let note = match data.year {
        Some(year) => t.a("plc-compare-note", &[("year", year.to_string().into()), ("before", (year - 1).to_string().into())]),
        None => t.s("plc-compare-no-results"),
    };
    Ok(Comparison { title: t.s(if by_sector { "plc-compare-sectors" } else { "plc-compare-schools" }), note, subjects, headings, lines })
}
