//! The study's report (the TLT analyses), built from the survey rounds in the caller's scope;
//! the command line (`pamoja analyze`) and the API (`/analyses/tlt`) both ask here.

use analysis::{Input, Instruments, Report};
use domain::Access;
use domain::survey::{Respondent, RoundKind};
use store::{Db, surveys};
use words::{FluentValue, Tr};

/// Whether `access` may read the study's report: those who run the research or monitor the
/// programme (a researcher, an M&E officer, a national admin), and those who write the registry
/// where the respondents are (a head teacher for their school). A teacher or a coach may not:
/// a report over a handful of colleagues' answers would all but name them (DESIGN.md §3).
pub fn may_read(access: &Access) -> bool {
    use domain::Role;
    access.roles.iter().any(|r| matches!(r, Role::Researcher | Role::MeOfficer | Role::NationalAdmin)) || !access.write.is_empty()
}

/// The instruments the analyses read, as compiled in.
pub fn instruments() -> Instruments {
    let get = |code: &str| formats::instrument::get(code).expect("compiled-in instrument");
    Instruments { cop: get("cop-survey"), tses: get("tses"), kap: get("kap") }
}

/// The country a school lies in: the first step of its unit path.
fn country(r: &Respondent) -> &str {
    r.unit_path.split('/').find(|s| !s.is_empty()).unwrap_or("")
}

/// Everyone who answered in rounds of `kind`, across programmes, in the caller's scope.
async fn respondents(
    db: &Db,
    access: &Access,
    rounds: &[surveys::Round],
    kind: RoundKind,
    country_code: Option<&str>,
) -> Result<(Vec<Respondent>, Vec<String>), store::Error> {
    let mut out = Vec::new();
    let mut codes = Vec::new();
    for round in rounds.iter().filter(|r| r.kind == kind.slug()) {
        let mut rs = surveys::respondents(db, access, &round.code).await?;
        rs.retain(|r| country_code.is_none_or(|c| country(r).eq_ignore_ascii_case(c)));
        if !rs.is_empty() {
            codes.push(round.code.clone());
            out.extend(rs);
        }
    }
    Ok((out, codes))
}

/// Builds the report for a round kind, as the page and the command both show it.
/// `Ok(None)` when nobody in the caller's scope answered in a round of that kind.
/// Its headings and sentences are in `t`'s language.
pub async fn tlt(db: &Db, access: &Access, kind: RoundKind, country_code: Option<&str>, t: Tr) -> Result<Option<Report>, store::Error> {
    let rounds = surveys::rounds(db).await?;
    // Each kind is read once, even when the analysed round is the baseline or the endline.
    let mut read = std::collections::BTreeMap::new();
    for k in [kind, RoundKind::Baseline, RoundKind::Endline] {
        if let std::collections::btree_map::Entry::Vacant(slot) = read.entry(k) {
            slot.insert(respondents(db, access, &rounds, k, country_code).await?);
        }
    }
    let (current, codes) = &read[&kind];
    if current.is_empty() {
        return Ok(None);
    }
    let (baseline, endline) = (&read[&RoundKind::Baseline].0, &read[&RoundKind::Endline].0);
    let instruments = instruments();
    let input = Input {
        round: kind,
        current,
        panel: (!baseline.is_empty() && !endline.is_empty()).then_some((&baseline[..], &endline[..])),
        instruments: &instruments,
        covers: covers(t, codes, current, country_code),
        t,
    };
    Ok(Some(analysis::tlt(&input)))
}

/// What the report covers, in `t`'s language: "Round KE-2026-B (63 teachers in 21 schools), country KE."
fn covers(t: Tr, codes: &[String], current: &[Respondent], country_code: Option<&str>) -> String {
    let schools = current.iter().map(|r| r.school.as_str()).collect::<std::collections::BTreeSet<_>>().len();
    let count = |n: usize| FluentValue::from(n);
    let shown = |n: usize| FluentValue::from(t.num(n as u64));
    let key = if country_code.is_some() { "tlt-covers-country" } else { "tlt-covers" };
    t.a(
        key,
        &[
            ("rounds", count(codes.len())),
            ("codes", FluentValue::from(codes.join(", "))),
            ("teachers", count(current.len())),
            ("teachers_shown", shown(current.len())),
            ("schools", count(schools)),
            ("schools_shown", shown(schools)),
            ("country", FluentValue::from(country_code.unwrap_or_default().to_uppercase())),
        ],
    )
}
