//! The study's report (the TLT analyses), built from the survey rounds in the caller's scope;
//! the command line (`pamoja analyze`) and the API (`/analyses/tlt`) both ask here.

use analysis::{Input, Instruments, Report};
use domain::Access;
use domain::survey::{Respondent, RoundKind};
use store::{Db, surveys};

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
pub async fn tlt(db: &Db, access: &Access, kind: RoundKind, country_code: Option<&str>) -> Result<Option<Report>, store::Error> {
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
        covers: format!(
            "{} {} ({} in {}){}.",
            if codes.len() == 1 { "Round" } else { "Rounds" },
            codes.join(", "),
            counted(current.len(), "teacher"),
            counted(current.iter().map(|r| r.school.as_str()).collect::<std::collections::BTreeSet<_>>().len(), "school"),
            country_code.map(|c| format!(", country {}", c.to_uppercase())).unwrap_or_default()
        ),
    };
    Ok(Some(analysis::tlt(&input)))
}

/// "1 school", "63 schools".
fn counted(n: usize, noun: &str) -> String {
    if n == 1 { format!("1 {noun}") } else { format!("{n} {noun}s") }
}
