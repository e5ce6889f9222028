//! The demo's past selections (`sim::selections`), taken through the store as a District
//! Selection Committee would: the district's DEO opens the seat, nominates the two eligible
//! head teachers the rules rank first (not the sectors' LLLs, nor the demo's sign-ins, whose
//! posts the walkthroughs rely on), records the visits and the
//! interviews with their scores, and the national admin appoints the higher total (only
//! national staff grant an NLL's post). Each step is written on its own day, so the trail,
//! the days to fill and the selection's page are as they were.

use anyhow::Context;
use domain::Role;
use domain::selection::Criterion;
use sim::Dataset;
use sim::selections::PastSelection;
use store::Db;
use store::leaders::selections::{self, Assessment, Decision};

/// Writes the dataset's past selections decided by `today`; answers how many were decided
/// and how many appointed someone.
pub async fn write(db: &Db, data: &Dataset, today: chrono::NaiveDate) -> anyhow::Result<(usize, usize)> {
    let codes = |role: Role, unit: Option<&str>| -> Vec<String> {
        data.posts
            .iter()
            .filter(|p| p.role == role && unit.is_none_or(|u| p.place.code().as_str() == u))
            .map(|p| p.person.to_string())
            .collect()
    };
    let Some(admin) = codes(Role::NationalAdmin, None).into_iter().next() else { return Ok((0, 0)) };
    let llls = codes(Role::Lll, None);
    let signs_in = |person: &str| data.logins.iter().any(|l| l.person == person);
    let (mut decided, mut appointed) = (0, 0);
    for past in data.selections.iter().filter(|s| s.decided_on <= today) {
        let Some(deo) = codes(Role::Deo, Some(&past.unit)).into_iter().next() else { continue };
        let ids = store::registry::people::ids(db, vec![deo.clone(), admin.clone()]).await?;
        let deo_on = |day| store::auth::access(db, ids[&deo], day);
        let opened = selections::open(db, &deo_on(past.opened_on).await?, past.role, &past.unit, past.opened_on)
            .await
            .with_context(|| format!("opening the past {} selection in {}", past.role.slug(), past.unit))?;
        let id = opened.selection.id;
        let nominees: Vec<String> = opened
            .candidates
            .iter()
            .filter(|c| c.eligibility.eligible && !llls.contains(&c.person) && !signs_in(&c.person))
            .take(2)
            .map(|c| c.person.clone())
            .collect();
        for (person, scores) in nominees.iter().zip(past.scores) {
            selections::nominate(db, &deo_on(past.opened_on).await?, id, person, past.opened_on).await?;
            let assessment = assessment(past, scores);
            selections::assess(db, &deo_on(past.interviewed_on).await?, id, person, &assessment, past.interviewed_on).await?;
        }
        let total = |scores: &[i64; 4]| scores.iter().sum::<i64>();
        // The higher total; the first nominee on a tie.
        let best = nominees.iter().zip(past.scores).rev().max_by_key(|(_, s)| total(s)).map(|(p, _)| p.clone());
        let decision = match &best {
            Some(person) => Decision { appoint: Some((person.clone(), past.starts_on)), reason: past.reason.to_owned() },
            None => Decision { appoint: None, reason: sim::selections::NO_ONE.to_owned() },
        };
        let national = store::auth::access(db, ids[&admin], past.decided_on).await?;
        selections::decide(db, &national, id, &decision, past.decided_on).await?;
        decided += 1;
        appointed += usize::from(best.is_some());
    }
    Ok((decided, appointed))
}

fn assessment(past: &PastSelection, scores: [i64; 4]) -> Assessment {
    Assessment {
        visited_on: Some(past.visited_on),
        visit_notes: Some(past.visit_notes.to_owned()),
        interviewed_on: Some(past.interviewed_on),
        interview_notes: Some(past.interview_notes.to_owned()),
        scores: Criterion::ALL.iter().copied().zip(scores).collect(),
    }
}
