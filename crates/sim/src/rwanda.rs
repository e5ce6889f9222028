//! Rwanda: the school-based BLF programme (seed 000: "a mathematics and an English CoP in
//! each of the 2,500+ schools ... roll out in Rwanda is designed to happen in 3 waves"),
//! and its middle tier (seed 002: "Two NLLs are also selected for each district ... NLLs and
//! LLLs are both recruited from existing experienced head teachers").

use crate::builder::{Builder, Dataset, PersonKind, ProgrammeSetup, Staff, date};
use crate::names::{RWANDA, rwandan_place};
use domain::programme::{NewYear, Rollout};
use domain::{DeliveryModel, NewProgramme, PlaceRef, Role};

const PROVINCES: [(&str, &[&str]); 5] = [
    ("Kigali City", &["Gasabo", "Kicukiro", "Nyarugenge"]),
    ("Northern Province", &["Burera", "Gakenke", "Gicumbi", "Musanze", "Rulindo"]),
    ("Southern Province", &["Gisagara", "Huye", "Kamonyi", "Muhanga", "Nyamagabe", "Nyanza", "Nyaruguru", "Ruhango"]),
    ("Eastern Province", &["Bugesera", "Gatsibo", "Kayonza", "Kirehe", "Ngoma", "Nyagatare", "Rwamagana"]),
    ("Western Province", &["Karongi", "Ngororero", "Nyabihu", "Nyamasheke", "Rubavu", "Rusizi", "Rutsiro"]),
];

const QUALIFICATIONS: &[&str] =
    &["A2 (TTC certificate)", "A2 (TTC certificate)", "A1 (diploma in education)", "A0 (bachelor's in education)"];
const PHONE: &str = "+250 78";

struct Shape {
    provinces: usize,
    districts_per_province: usize,
    sectors: usize,
    schools: usize,
    teachers: (u64, u64),
    cluster_pilot: bool,
}

pub fn full(seed: u64) -> Dataset {
    build(seed, &Shape { provinces: 5, districts_per_province: 8, sectors: 416, schools: 3200, teachers: (9, 17), cluster_pilot: false })
}

/// A small Rwanda-shaped country for tests: 2 districts of 2 sectors of 4 schools under BLF,
/// plus a cluster-based pilot in a third district so every role has someone to sign in as.
pub fn small(seed: u64) -> Dataset {
    build(seed, &Shape { provinces: 1, districts_per_province: 3, sectors: 6, schools: 24, teachers: (4, 6), cluster_pilot: true })
}

/// Spreads `total` over `parts` as evenly as whole numbers allow.
fn spread(total: usize, parts: usize) -> Vec<usize> {
    (0..parts).map(|i| total / parts + usize::from(i < total % parts)).collect()
}

fn build(seed: u64, shape: &Shape) -> Dataset {
    let mut b = Builder::new(seed, "Rwanda", &RWANDA, "RW-P", 2026);
    // Its own stream, so the rest of the country is the same with or without the selections.
    let mut selections = crate::rng::Rng::new(seed ^ 0x5E1E_C7ED);
    b.data.levels = ["country", "province", "district", "sector"].map(String::from).to_vec();
    b.data.today = Some(date(2026, 1, 5));
    b.unit("RW", "Rwanda", "country", None);
    let national = PersonKind { subjects: &[], qualifications: &[], female_share: 0.5, phone_prefix: PHONE };
    let admin = b.person(&national, "RW", None);
    b.post(&admin, Role::NationalAdmin, PlaceRef::Unit(crate::builder::code("RW")), None, 2020);
    b.login("admin", &admin, Role::NationalAdmin, "Rwanda");
    let me = b.person(&national, "RW", None);
    b.post(&me, Role::MeOfficer, PlaceRef::Unit(crate::builder::code("RW")), None, 2021);
    b.login("me", &me, Role::MeOfficer, "Rwanda");
    let researcher = b.person(&national, "RW", None);
    b.post(&researcher, Role::Researcher, PlaceRef::Unit(crate::builder::code("RW")), None, 2022);
    b.login("researcher", &researcher, Role::Researcher, "Rwanda");

    let mut districts = Vec::new();
    for (p, (province, names)) in PROVINCES.iter().enumerate().take(shape.provinces) {
        let province_code = format!("RW-{}", p + 1);
        b.unit(&province_code, province, "province", Some("RW"));
        for (d, name) in names.iter().enumerate().take(shape.districts_per_province) {
            let district_code = format!("{province_code}{}", d + 1);
            b.unit(&district_code, name, "district", Some(&province_code));
            districts.push((district_code, name.to_string()));
        }
    }
    let sectors_per_district = spread(shape.sectors, districts.len());
    let schools_per_sector = spread(shape.schools, shape.sectors);
    let pilot_district = shape.cluster_pilot.then(|| districts.len() - 1);
    let mut sector_index = 0;
    let mut blf_schools: Vec<(String, Option<i64>)> = Vec::new();
    let mut pilot_schools: Vec<(String, String)> = Vec::new();
    for (d, (district_code, district_name)) in districts.iter().enumerate() {
        let district_officials = PersonKind { subjects: &[], qualifications: QUALIFICATIONS, female_share: 0.4, phone_prefix: PHONE };
        for i in 0..3 {
            let deo = b.person(&district_officials, district_code, None);
            let since = b.since(2012);
            b.post(&deo, Role::Deo, PlaceRef::Unit(crate::builder::code(district_code)), None, since);
            if d == 0 && i == 0 {
                b.login("deo", &deo, Role::Deo, &format!("{district_name} district"));
            }
        }
        let mut district_hts = Vec::new();
        // Waves follow districts, interleaved so each province has schools in every wave.
        let wave = (d % 3) as i64 + 1;
        for s in 0..sectors_per_district[d] {
            let sector_code = format!("{district_code}{:02}", s + 1);
            let sector_name = rwandan_place(&mut b.rng);
            b.unit(&sector_code, &sector_name, "sector", Some(district_code));
            for (role, username) in [(Role::Slf, "slf"), (Role::Sei, "sei")] {
                let official = b.person(&district_officials, &sector_code, None);
                let since = b.since(2016);
                b.post(&official, role, PlaceRef::Unit(crate::builder::code(&sector_code)), None, since);
                if d == 0 && s == 0 {
                    b.login(username, &official, role, &format!("{sector_name} sector"));
                }
            }
            let mut sector_hts = Vec::new();
            for n in 0..schools_per_sector[sector_index] {
                let school_code = format!("{sector_code}{:02}", n + 1);
                let kind = if b.rng.chance(0.6) { "EP" } else { "GS" };
                let school_name = format!("{kind} {}", rwandan_place(&mut b.rng));
                b.school(&school_code, &school_name, &sector_code);
                let first = d == 0 && s == 0 && n == 0;
                let ht = staff_school(&mut b, &sector_code, &school_code, &school_name, shape.teachers, first);
                sector_hts.push((ht, school_name));
                if pilot_district == Some(d) {
                    pilot_schools.push((school_code, sector_code.clone()));
                } else {
                    blf_schools.push((school_code, Some(wave)));
                }
            }
            // The sector's LLL is one of its head teachers: in the first sector, not the one
            // whose login is printed as the HT (a person has one sign-in).
            let skip = usize::from(d == 0 && s == 0);
            let (lll, _) = sector_hts[skip + b.rng.next_u64() as usize % (sector_hts.len() - skip)].clone();
            let since = b.since(2019);
            b.post(&lll, Role::Lll, PlaceRef::Unit(crate::builder::code(&sector_code)), None, since);
            // In the printed logins' district, the second sector's LLL leaves at the end of March:
            // a seat for the District Selection Committee to fill (seed 003).
            if d == 0 && s == 1 {
                b.end_last_post(date(2026, 3, 31));
            }
            if d == 0 && s == 0 {
                b.login("lll", &lll, Role::Lll, &format!("{sector_name} sector"));
            }
            district_hts.extend(sector_hts.into_iter().skip(skip).filter(|(ht, _)| *ht != lll));
            sector_index += 1;
        }
        // Two NLLs per district, also experienced head teachers (not the sectors' LLLs). The
        // second left in mid-2025, and the district's committee chose the one who followed.
        for i in 0..2 {
            let (nll, _) = district_hts.remove(b.rng.next_u64() as usize % district_hts.len());
            let since = b.since(2019);
            b.post(&nll, Role::Nll, PlaceRef::Unit(crate::builder::code(district_code)), None, since);
            if i == 1 && pilot_district != Some(d) {
                let past = crate::selections::nll(&mut selections, district_code, &nll);
                b.end_last_post(past.vacated_on);
                b.data.selections.push(past);
            }
            if d == 0 && i == 0 {
                b.login("nll", &nll, Role::Nll, &format!("{district_name} district"));
            }
        }
    }
    b.data.programmes.push(ProgrammeSetup {
        programme: NewProgramme {
            code: crate::builder::code("BLF"),
            name: "Building Learning Foundations".into(),
            model: DeliveryModel::SchoolBased,
            meetings_per_term: 3,
            subjects: vec!["maths".into(), "english".into()],
            toolkit: Some("BLF CoP toolkit: guided activities for maths and English".into()),
            continues_remotely: true,
            plcs: Default::default(),
        },
        rollout: Rollout {
            waves: vec![date(2025, 9, 8), date(2026, 1, 5), date(2026, 4, 20)],
            phases: vec![
                ("Phase 1: structured, toolkit-guided CoPs".into(), date(2025, 9, 8), Some(date(2026, 7, 17))),
                ("Phase 2: reflective facilitation".into(), date(2026, 9, 7), None),
            ],
            schools: blf_schools,
        },
        plcs: true,
    });
    let activities = [
        "Finding out what learners already know",
        "Using learners' errors to plan the next lesson",
        "Group reading with levelled texts",
        "Teaching place value with concrete objects",
        "Questioning that makes learners think",
        "Supporting learners who are falling behind",
        "Making and using low-cost learning materials",
        "Assessing learning during the lesson",
        "Including learners with special needs",
        "Speaking and listening activities in English",
        "Fractions with paper strips",
        "Reflecting on a lesson with a colleague",
    ];
    for (i, title) in activities.iter().enumerate() {
        b.data.toolkit.push(("BLF".into(), format!("BLF-{:02}", i + 1), title.to_string()));
    }
    if !pilot_schools.is_empty() {
        crate::kenya::cluster_pilot(&mut b, &pilot_schools);
    }
    b.data.year = Some(NewYear {
        label: "2025-26".into(),
        starts_on: date(2025, 9, 8),
        ends_on: date(2026, 7, 17),
        terms: vec![(date(2025, 9, 8), date(2025, 12, 19)), (date(2026, 1, 5), date(2026, 4, 3)), (date(2026, 4, 20), date(2026, 7, 17))],
        closures: vec![("School closure (heavy rains)".into(), date(2026, 2, 9), date(2026, 2, 20))],
    });
    b.data.results = crate::results::four_years(&b.data, seed, 2026, EXAM_SUBJECTS);
    b.data
}

/// The primary leaving exam's subjects, each with how far its pass rate sits from a school's
/// usual one.
const EXAM_SUBJECTS: &[(&str, f64)] =
    &[("english", -0.04), ("maths", -0.08), ("kinyarwanda", 0.08), ("science", 0.0), ("social-studies", 0.03)];

/// Who staffs a Rwandan school.
const STAFF: Staff = Staff { qualifications: QUALIFICATIONS, phone_prefix: PHONE, subjects: ["maths", "english"] };

fn staff_school(b: &mut Builder, sector: &str, school: &str, name: &str, teachers: (u64, u64), logins: bool) -> String {
    b.subject_school(&STAFF, sector, school, name, teachers, logins)
}
