//! `pamoja survey`: rounds, responses from files, the instruments as XLSForm; and the demo's
//! survey samples.

use anyhow::{Context, anyhow};
use domain::Access;
use domain::survey::RoundKind;
use formats::{Problem, Table, instrument};
use std::collections::BTreeMap;
use store::Db;
use store::surveys::{self, NewResponse, NewRound};

use super::io::rejected;
use crate::cli::SurveyCommand;

pub async fn run(command: SurveyCommand) -> anyhow::Result<()> {
    match command {
        SurveyCommand::Rounds { db } => {
            let db = super::open(&db.db).await?;
            println!("{:<24} {:<10} {:<10} {:<12} NAME", "CODE", "PROGRAMME", "KIND", "HELD ON");
            for r in surveys::rounds(&db).await? {
                println!("{:<24} {:<10} {:<10} {:<12} {}", r.code, r.programme, r.kind, r.held_on, r.name);
            }
            Ok(())
        }
        SurveyCommand::AddRound { code, name, programme, kind, date, db } => {
            let kind: RoundKind = kind.parse().map_err(|e: domain::Why| anyhow!(e))?;
            let round = NewRound { code: code.clone(), name, programme, kind, held_on: date };
            surveys::add_round(&super::open(&db.db).await?, &Access::everything(), &round).await?;
            println!("survey round {code} saved");
            Ok(())
        }
        SurveyCommand::Import { round, instrument, file, db } => import(&super::open(&db.db).await?, &round, &instrument, &file).await,
        SurveyCommand::Export { round, file, db } => export(&super::open(&db.db).await?, &round, &file).await,
        SurveyCommand::Xlsform { instrument, file } => {
            instrument::write_xlsform(&instrument, &file).map_err(|e| anyhow!(e))?;
            println!("{} written: the XLSForm of {instrument}, ready for ODK Collect or KoboToolbox", file.display());
            Ok(())
        }
    }
}

/// The respondents of a round as a wide table: who and where, then every item of every
/// instrument, named as the item, or `{instrument}/{item}` for a name two instruments share
/// (`cop-survey/subject`, `kap/subject`), as `survey import` reads them.
/// `delivery_model` is the teacher's programme's (`school-based`, `cluster-based`), for every
/// teacher; `model` is the CoP survey's own item, the teacher's answer (`school_based`), empty
/// for a teacher who did not answer that survey, so the file imports back as it is. `held_on`
/// is the round's day and `wave_starts` the day the school's wave began, as the waves'
/// difference-in-differences reads them.
pub async fn export(db: &Db, round: &str, file: &std::path::Path) -> anyhow::Result<()> {
    let respondents = surveys::respondents(db, &Access::everything(), round).await?;
    let mut items: Vec<(String, String)> = Vec::new();
    for code in instrument::CODES {
        let ins = instrument::get(code).ok_or_else(|| anyhow!("no instrument {code}"))?;
        items.extend(ins.items.iter().map(|item| (code.to_owned(), item.name.clone())));
    }
    let fixed = ["teacher_code", "school_code", "programme", "delivery_model", "arm", "wave", "held_on", "wave_starts"];
    items.retain(|(_, name)| !fixed.contains(&name.as_str()));
    let shared = |name: &str| items.iter().filter(|(_, n)| n == name).count() > 1;
    let columns: Vec<String> =
        items.iter().map(|(code, name)| if shared(name) { format!("{code}/{name}") } else { name.clone() }).collect();
    let header: Vec<String> = fixed.iter().map(|s| (*s).to_owned()).chain(columns).collect();
    let rows = respondents
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let who = [
                r.teacher.clone(),
                r.school.clone(),
                r.programme.clone(),
                r.model.clone(),
                r.arm.clone().unwrap_or_default(),
                r.wave.map(|w| w.to_string()).unwrap_or_default(),
                r.held_on.to_string(),
                r.wave_starts.map(|d| d.to_string()).unwrap_or_default(),
            ];
            let answers = items.iter().map(|(code, name)| r.answer(code, name).unwrap_or_default().to_owned());
            (i + 2, who.into_iter().chain(answers).collect())
        })
        .collect();
    Table { file: file.display().to_string(), header, rows }.write(file).map_err(|e| anyhow!(e))?;
    println!("{}: {} respondents of round {round}", file.display(), respondents.len());
    Ok(())
}

pub async fn import(db: &Db, round: &str, code: &str, file: &std::path::Path) -> anyhow::Result<()> {
    let ins = instrument::get(code).ok_or_else(|| anyhow!("no instrument {code}"))?;
    let table = Table::read(file).map_err(|p| anyhow!("{p}"))?;
    let parsed = instrument::responses(&table, &ins).map_err(|problems| rejected(file, problems))?;
    let responses: Vec<NewResponse> =
        parsed.iter().map(|r| NewResponse { teacher: r.teacher.clone(), school: r.school.clone(), answers: r.answers.clone() }).collect();
    match surveys::write(db, &Access::everything(), round, code, &responses).await {
        Ok(n) => {
            println!("{}: {n} responses to {} in round {round}", file.display(), ins.title);
            Ok(())
        }
        Err(store::Error::Rows(rows)) => {
            let problems = rows
                .iter()
                .flat_map(|(i, errors)| {
                    errors.0.iter().map(|e| {
                        let column = formats::data::position(&table, &e.field).map_or(1, |c| c + 1);
                        Problem::in_field(&table.file, parsed[*i].line, column, e)
                    })
                })
                .collect();
            Err(rejected(file, problems))
        }
        Err(other) => Err(other.into()),
    }
}

/// Writes the demo's survey rounds: each answer checked against its instrument, as an import is.
pub async fn write_demo(db: &Db, data: &sim::Dataset, seed: u64) -> anyhow::Result<usize> {
    let all = Access::everything();
    let instruments: BTreeMap<&str, domain::survey::Instrument> =
        instrument::CODES.iter().map(|c| (*c, instrument::get(c).expect("compiled-in instrument"))).collect();
    let mut written = 0;
    for round in sim::survey::rounds(data, seed) {
        let new = NewRound {
            code: round.code.clone(),
            name: round.name.clone(),
            programme: round.programme.clone(),
            kind: round.kind,
            held_on: round.held_on,
        };
        surveys::add_round(db, &all, &new).await?;
        let mut by_instrument: BTreeMap<&str, Vec<NewResponse>> = BTreeMap::new();
        for a in &round.answers {
            let ins = &instruments[a.instrument];
            let mut answers = Vec::new();
            for (name, raw) in &a.answers {
                let item = ins.item(name).with_context(|| format!("{} has no item {name}", ins.code))?;
                answers.push((name.clone(), ins.check(item, raw).map_err(|e| anyhow!("{}: {name}: {e}", ins.code))?));
            }
            by_instrument.entry(a.instrument).or_default().push(NewResponse {
                teacher: a.teacher.clone(),
                school: a.school.clone(),
                answers,
            });
        }
        for (code, responses) in by_instrument {
            written += surveys::write(db, &all, &round.code, code, &responses).await?;
        }
    }
    Ok(written)
}
