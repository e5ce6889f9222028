//! The study's survey samples and their answers (seed 000, Table 2), with the relationships the
//! seeds report planted in them, so the analyses have something real to find:
//! - facilitation and CoP impact correlate (Table 6: ρ = .600 in Rwanda, .518 in Kenya);
//! - head-teacher engagement and impact, at school level (Table 7: ρ ≈ .23–.30);
//! - mature (wave-1) CoPs perform better and have more distributed head teachers and more
//!   directive subject leaders (Tables 8–9);
//! - satisfaction with the coach and impact (Table 10: ρ = .618);
//! - at endline, teachers who kept using WhatsApp in the closures improved more (seed 001:
//!   χ² = 5.32), and those who improved found their CoP experience more helpful (seed 001's U test);
//! - teaching improves with treatment (Kenya's control design; Rwanda's waves).
//!
//! Samples: Rwanda 278 teachers in 97 schools; Kenya 435 teachers in 99 schools, 185 of them in
//! control schools (fewer when a country is too small to hold them).

use chrono::NaiveDate;
use domain::survey::RoundKind;
use domain::{DeliveryModel, Gender, PlaceRef, Role};
use std::collections::BTreeMap;

use crate::builder::{Dataset, date};
use crate::rng::Rng;

/// One teacher's answers to one instrument.
#[derive(Debug, Clone)]
pub struct Answers {
    pub instrument: &'static str,
    pub teacher: String,
    pub school: String,
    pub answers: Vec<(String, String)>,
}

#[derive(Debug, Clone)]
pub struct Round {
    pub code: String,
    pub name: String,
    pub programme: String,
    pub kind: RoundKind,
    pub held_on: NaiveDate,
    pub answers: Vec<Answers>,
}

/// (schools, teachers) to sample in treatment and in control schools, by delivery model.
fn targets(model: DeliveryModel) -> [(usize, usize); 2] {
    match model {
        DeliveryModel::SchoolBased => [(97, 278), (0, 0)],
        DeliveryModel::ClusterBased => [(63, 250), (36, 185)],
    }
}

/// A school in the sample and what drives its answers.
struct School {
    code: String,
    treated: bool,
    /// Starts of the school's wave (None for a control school).
    wave_starts: Option<NaiveDate>,
    quality: f64,
    ht: f64,
    ssl: f64,
    coach: f64,
    teachers: Vec<Teacher>,
}

struct Teacher {
    code: String,
    gender: Gender,
    age: i32,
    experience: i32,
    latent: f64,
    /// Teaching quality before any CoP effect.
    teaching: f64,
    whatsapp: bool,
}

pub fn rounds(data: &Dataset, seed: u64) -> Vec<Round> {
    let mut rng = Rng::new(seed ^ 0x5u64.rotate_left(40));
    let mut out = Vec::new();
    for setup in &data.programmes {
        let p = &setup.programme;
        let (baseline, endline) = match p.model {
            DeliveryModel::SchoolBased => (date(2025, 11, 17), date(2026, 6, 29)),
            DeliveryModel::ClusterBased => (date(2025, 11, 17), date(2026, 7, 6)),
        };
        let moved = |d| crate::calendar::years_later(d, data.years_moved);
        let (baseline, endline) = (moved(baseline), moved(endline));
        let schools = sample(data, setup, &mut rng);
        if schools.is_empty() {
            continue;
        }
        // A round is answered once it has been held.
        let held = |day: &chrono::NaiveDate| data.now.is_none_or(|now| *day <= now);
        for (kind, held_on) in [(RoundKind::Baseline, baseline), (RoundKind::Endline, endline)].into_iter().filter(|(_, d)| held(d)) {
            let mut answers = Vec::new();
            for s in &schools {
                for t in &s.teachers {
                    answers.extend(teacher_answers(&mut rng, p.model, s, t, kind, held_on));
                }
            }
            out.push(Round {
                code: format!("{}-{}", p.code.as_str(), kind.slug()),
                name: format!("{} {} survey", p.name, kind.slug()),
                programme: p.code.as_str().to_owned(),
                kind,
                held_on,
                answers,
            });
        }
    }
    out
}

fn sample(data: &Dataset, setup: &crate::ProgrammeSetup, rng: &mut Rng) -> Vec<School> {
    let mut teachers: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for post in data.posts.iter().filter(|p| p.role == Role::Teacher) {
        if let PlaceRef::School(s) = &post.place {
            teachers.entry(s.as_str()).or_default().push(post.person.as_str());
        }
    }
    let people: BTreeMap<&str, &domain::NewPerson> = data.people.iter().map(|p| (p.code.as_str(), p)).collect();
    let this_year = data.today.map_or(2026, |d| chrono::Datelike::year(&d));
    let mut out = Vec::new();
    for (arm, (want_schools, want_teachers)) in targets(setup.programme.model).into_iter().enumerate() {
        let treated = arm == 0;
        let pool: Vec<&(String, Option<i64>)> =
            setup.rollout.schools.iter().filter(|(s, w)| w.is_some() == treated && teachers.contains_key(s.as_str())).collect();
        if want_schools == 0 || pool.is_empty() {
            continue;
        }
        // Every k-th school, so the sample spreads over regions and waves.
        let step = (pool.len() / want_schools).max(1);
        let chosen: Vec<_> = pool.iter().step_by(step).take(want_schools).collect();
        let base = want_teachers / chosen.len();
        let extra = want_teachers % chosen.len();
        let mature_wave = 1;
        for (i, (code, wave)) in chosen.iter().map(|s| (&s.0, s.1)).enumerate() {
            let mature = if wave == Some(mature_wave) { 1.0 } else { 0.0 };
            let quality = rng.normal();
            let mut school = School {
                code: code.clone(),
                treated,
                wave_starts: wave.and_then(|w| setup.rollout.waves.get(w as usize - 1).copied()),
                quality: quality + 0.9 * mature,
                ht: rng.normal() - 1.2 * mature + 0.2 * quality,
                ssl: rng.normal() + 0.8 * mature,
                coach: rng.normal(),
                teachers: Vec::new(),
            };
            let n = base + usize::from(i < extra);
            for person in teachers[code.as_str()].iter().take(n) {
                let p = people[person];
                let birth = p.birth_year.unwrap_or(this_year - 35);
                let latent = 0.6 * school.quality + 0.8 * rng.normal();
                school.teachers.push(Teacher {
                    code: (*person).to_owned(),
                    gender: p.gender,
                    age: this_year - birth,
                    experience: this_year - p.started_teaching.unwrap_or(birth + 23),
                    latent,
                    teaching: 2.4 + 0.4 * latent + 0.4 * rng.normal(),
                    whatsapp: rng.chance(if latent > 0.0 { 0.7 } else { 0.45 }),
                });
            }
            out.push(school);
        }
    }
    out
}

/// A 1..=max ordinal answer around `centre` + `latent`, with item noise.
fn ordinal(rng: &mut Rng, centre: f64, latent: f64, max: i64) -> String {
    let v = (centre + latent + 0.7 * rng.normal()).round() as i64;
    v.clamp(1, max).to_string()
}

fn yes(rng: &mut Rng, p: f64) -> String {
    if rng.chance(p) { "yes" } else { "no" }.to_owned()
}

/// Choices with the probability a teacher picks each.
type Options = &'static [(&'static str, f64)];

/// Options picked each with its probability; the likeliest is always picked.
fn several(rng: &mut Rng, options: &[(&str, f64)]) -> String {
    let mut picked: Vec<&str> = options.iter().filter(|(_, p)| rng.chance(*p)).map(|(o, _)| *o).collect();
    if picked.is_empty() {
        picked.push(options[0].0);
    }
    picked.join(" ")
}

fn teacher_answers(rng: &mut Rng, model: DeliveryModel, s: &School, t: &Teacher, kind: RoundKind, on: NaiveDate) -> Vec<Answers> {
    let school_based = model == DeliveryModel::SchoolBased;
    let treated_now = s.treated && s.wave_starts.is_some_and(|d| d <= on);
    let endline = kind == RoundKind::Endline;
    // Teaching quality (TEACH, 0–5): treatment adds 0.35 once a school's wave has started;
    // keeping the WhatsApp group going through the closures adds 0.3 by endline.
    let teaching = t.teaching
        + if treated_now { 0.35 } else { 0.0 }
        + if endline { 0.1 + if t.whatsapp { 0.3 } else { 0.0 } } else { 0.0 }
        + 0.45 * rng.normal();
    let mut out = vec![
        Answers { instrument: "kap", teacher: t.code.clone(), school: s.code.clone(), answers: kap(rng, t, teaching) },
        Answers { instrument: "tses", teacher: t.code.clone(), school: s.code.clone(), answers: tses(rng, t, treated_now) },
    ];
    if s.treated {
        let mut a = cop_survey(rng, school_based, s, t, kind);
        if endline {
            let improved = teaching - t.teaching;
            a.push(("whatsapp_closure".into(), if t.whatsapp { "yes" } else { "no" }.into()));
            a.push(("whatsapp_emotional".into(), yes(rng, if t.whatsapp { 0.75 } else { 0.2 })));
            a.push(("prior_cop_helpful".into(), ordinal(rng, 3.4, 1.2 * (improved - 0.3), 5)));
        }
        out.push(Answers { instrument: "cop-survey", teacher: t.code.clone(), school: s.code.clone(), answers: a });
    }
    out
}

fn kap(rng: &mut Rng, t: &Teacher, teaching: f64) -> Vec<(String, String)> {
    let mut a: Vec<(String, String)> = vec![
        ("gender".into(), if t.gender == Gender::Female { "female" } else { "male" }.into()),
        ("age_years".into(), t.age.to_string()),
        ("experience_years".into(), t.experience.clamp(0, t.age - 18).to_string()),
        ("qualification".into(), rng.pick(&["certificate", "diploma", "diploma", "degree"]).to_string()),
        ("prior_training".into(), yes(rng, 0.6)),
    ];
    for item in [
        "kap_subject",
        "kap_development",
        "kap_planning",
        "kap_managing",
        "kap_questioning",
        "kap_resources",
        "kap_assessing",
        "kap_inclusion",
        "kap_ict",
        "kap_understanding",
        "kap_support",
    ] {
        a.push((item.into(), ordinal(rng, 3.5, 0.7 * t.latent, 5)));
    }
    a.push(("kap_unprepared".into(), ordinal(rng, 2.5, -0.7 * t.latent, 5)));
    a.push(("teach_score".into(), format!("{:.1}", teaching.clamp(0.0, 5.0))));
    a
}

fn tses(rng: &mut Rng, t: &Teacher, treated: bool) -> Vec<(String, String)> {
    let lift = if treated { 0.4 } else { 0.0 };
    (1..=12).map(|i| (format!("tses_{i}"), ordinal(rng, 6.0, 1.2 * t.latent + lift, 9))).collect()
}

fn cop_survey(rng: &mut Rng, school_based: bool, s: &School, t: &Teacher, kind: RoundKind) -> Vec<(String, String)> {
    let mut a: Vec<(String, String)> = Vec::new();
    let mut put = |k: &str, v: String| a.push((k.to_owned(), v));
    put("model", if school_based { "school_based" } else { "cluster_based" }.into());
    put("survey_round", kind.slug().into());
    put("subject", rng.pick(&["english", "mathematics"]).to_string());
    put(
        "meet_frequency",
        rng.pick(if school_based { &["weekly", "fortnightly", "fortnightly"][..] } else { &["monthly", "monthly", "termly"][..] })
            .to_string(),
    );
    put("meeting_minutes", rng.between(45, 150).to_string());
    put("meetings_attended", rng.between(2, 8).to_string());
    for item in [
        "time_protected",
        "venue_suitable",
        "trust_colleagues",
        "share_openly",
        "safe_to_fail",
        "observe_each_other",
        "common_problems",
        "new_ideas",
    ] {
        put(item, ordinal(rng, 3.6, 0.6 * t.latent, 5));
    }
    put("feel_isolated", ordinal(rng, 2.2, -0.6 * t.latent, 5));
    // Tables 3–5: who leads and facilitates, how the discussion runs, who decides.
    let (leaders, facilitators, formats, decide): (Options, Options, Options, [f64; 4]) = if school_based {
        (
            &[("ssl", 0.85), ("ht", 0.45), ("teacher", 0.35), ("deputy_ht", 0.2), ("slf", 0.1)],
            &[("ssl", 0.8), ("teacher", 0.5), ("ht", 0.3), ("slf", 0.08)],
            &[
                ("whole_group", 0.85),
                ("instructional_material", 0.7),
                ("practical_activity", 0.45),
                ("small_groups", 0.35),
                ("pairs", 0.3),
                ("workshop", 0.3),
                ("lesson_modelling", 0.2),
                ("mock_lesson", 0.15),
            ],
            [0.7, 0.65, 0.55, 0.6],
        )
    } else {
        (
            &[("coach", 0.95), ("teacher", 0.15), ("ht", 0.08)],
            &[("coach", 0.97), ("teacher", 0.25), ("ht", 0.05)],
            &[
                ("whole_group", 0.65),
                ("small_groups", 0.6),
                ("lesson_modelling", 0.55),
                ("mock_lesson", 0.5),
                ("pairs", 0.45),
                ("instructional_material", 0.4),
                ("practical_activity", 0.25),
                ("workshop", 0.15),
            ],
            [0.35, 0.3, 0.25, 0.3],
        )
    };
    put("leaders", several(rng, leaders));
    put("facilitators", several(rng, facilitators));
    put("leader_intervene", ordinal(rng, 3.0, 0.0, 5));
    put("ht_participation", ordinal(rng, 3.0, s.ht, 5));
    put("ht_feedback", ordinal(rng, 3.0, s.ht, 5));
    if school_based {
        put("ssl_participation", ordinal(rng, 3.2, s.ssl, 5));
        put("ssl_feedback", ordinal(rng, 3.2, s.ssl, 5));
    } else {
        put("coach_satisfaction", ordinal(rng, 3.6, 0.9 * s.coach, 5));
    }
    for (item, p) in ["decide_agenda", "decide_topics", "decide_duration", "decide_organisation"].into_iter().zip(decide) {
        put(item, yes(rng, p));
    }
    // Facilitation and impact: impact follows facilitation, the head teacher's engagement,
    // maturity (the school's quality) and, in clusters, the coach.
    let facilitation = 0.8 * t.latent + 0.4 * if school_based { s.ssl } else { s.coach } + 0.5 * rng.normal();
    for i in 1..=5 {
        put(&format!("fac_{i}"), ordinal(rng, 3.4, 0.8 * facilitation, 5));
    }
    put("formats", several(rng, formats));
    let whatsapp_group = rng.chance(if school_based { 0.5 } else { 0.8 });
    put("whatsapp_group", if whatsapp_group { "yes" } else { "no" }.into());
    if whatsapp_group {
        put("whatsapp_use", ordinal(rng, 3.0, 0.4 * t.latent, 5));
    }
    let coach = if school_based { 0.0 } else { 0.8 * s.coach };
    let impact = 0.55 * facilitation + 0.2 * s.ht + 0.3 * s.quality + coach + 0.5 * rng.normal();
    for i in 1..=10 {
        put(&format!("imp_{i}"), ordinal(rng, 3.5, 0.7 * impact, 5));
    }
    a
}
