//! Kenya: the cluster-based GEC-T programme (seed 000: "100 CoPs operating across 500
//! schools ... a network of 4-5 adjacent schools. Teachers meet once per term ... facilitated
//! by an instructional coach ... Monitoring of CoPs is realised by regional coordinators and
//! senior coaches"), and its 36 control schools ("This control group consists of 36 schools").

use crate::builder::{Builder, Dataset, PersonKind, ProgrammeSetup, code, date};
use crate::names::KENYA;
use domain::programme::{NewYear, Rollout};
use domain::{DeliveryModel, NewCluster, NewProgramme, PlaceRef, Role};

/// The counties the seed names, with some of their sub-counties.
const COUNTIES: [(&str, &[&str]); 8] = [
    ("Kilifi", &["Kilifi North", "Kilifi South", "Kaloleni", "Rabai", "Ganze", "Malindi", "Magarini"]),
    ("Kwale", &["Msambweni", "Lunga Lunga", "Matuga", "Kinango"]),
    ("Marsabit", &["Moyale", "North Horr", "Saku", "Laisamis"]),
    ("Mombasa", &["Changamwe", "Jomvu", "Kisauni", "Nyali", "Likoni", "Mvita"]),
    ("Nairobi", &["Westlands", "Dagoretti North", "Langata", "Kibra", "Kasarani", "Embakasi East", "Kamukunji", "Starehe"]),
    ("Samburu", &["Samburu West", "Samburu North", "Samburu East"]),
    ("Tana River", &["Garsen", "Galole", "Bura"]),
    ("Turkana", &["Turkana North", "Turkana West", "Turkana Central", "Loima", "Turkana South", "Turkana East"]),
];

const QUALIFICATIONS: &[&str] = &["P1 certificate", "P1 certificate", "Diploma in education", "Bachelor of education"];
const PHONE: &str = "+254 7";
const PLACES: &[&str] = &[
    "Mwangaza",
    "Tumaini",
    "Baraka",
    "Upendo",
    "Amani",
    "Neema",
    "Jitihada",
    "Umoja",
    "Faraja",
    "Mapambazuko",
    "Kilimo",
    "Bahari",
    "Mlimani",
    "Kisima",
    "Majengo",
    "Mnarani",
    "Kadzonzo",
    "Lodwar",
    "Kakuma",
    "Wamba",
    "Maralal",
    "Laisamis",
    "Hola",
    "Ngao",
];

pub fn full(seed: u64) -> Dataset {
    let mut b = Builder::new(seed, "Kenya", &KENYA, "TSC", 2026);
    b.data.levels = ["country", "county", "sub-county"].map(String::from).to_vec();
    b.data.today = Some(date(2026, 1, 5));
    b.unit("KE", "Kenya", "country", None);
    national_staff(&mut b, "KE");
    let clusters_per_county = [13, 13, 13, 13, 12, 12, 12, 12];
    let controls_per_county = [5, 5, 5, 5, 4, 4, 4, 4];
    let mut groups = Vec::new();
    let mut rollout = Vec::new();
    let mut school_no = 0;
    for (c, (county, subs)) in COUNTIES.iter().enumerate() {
        let county_code = format!("KE-{:03}", c + 1);
        b.unit(&county_code, county, "county", Some("KE"));
        for (s, sub) in subs.iter().enumerate() {
            b.unit(&format!("{county_code}-{:02}", s + 1), sub, "sub-county", Some(&county_code));
        }
        let officials = PersonKind { subjects: &[], qualifications: QUALIFICATIONS, female_share: 0.45, phone_prefix: PHONE };
        for (role, username) in [(Role::Deo, "deo"), (Role::SeniorCoach, "senior-coach"), (Role::RegionalCoordinator, "rc")] {
            let official = b.person(&officials, &county_code, None);
            let since = b.since(2017);
            b.post(&official, role, PlaceRef::Unit(code(&county_code)), None, since);
            if c == 0 {
                b.login(username, &official, role, &format!("{county} county"));
            }
        }
        let mut next_school = |b: &mut Builder, sub: usize, teachers: (u64, u64), first: bool| {
            school_no += 1;
            let unit = format!("{county_code}-{:02}", sub + 1);
            let school = format!("KE-{school_no:05}");
            let name = format!("{} Primary School", b.rng.pick(PLACES));
            b.school(&school, &name, &unit);
            staff_school(b, &unit, &school, &name, teachers, first);
            school
        };
        for k in 0..clusters_per_county[c] {
            let sub = k % subs.len();
            let schools: Vec<String> = (0..5).map(|i| next_school(&mut b, sub, (4, 7), c == 0 && k == 0 && i == 0)).collect();
            rollout.extend(schools.iter().map(|s| (s.clone(), Some(1))));
            let cluster_code = format!("KE-CL-{:03}", groups.len() + 1);
            let name = format!("{} {} cluster", subs[sub], k / subs.len() + 1);
            groups.push((cluster_code, name, format!("{county_code}-{:02}", sub + 1), schools, county_code.clone()));
        }
        for k in 0..controls_per_county[c] {
            let school = next_school(&mut b, k % subs.len(), (4, 6), false);
            rollout.push((school, None));
        }
    }
    let programme = NewProgramme {
        code: code("GEC-T"),
        name: "Girls' Education Challenge – Transition (Wasichana Wetu Wafaulu)".into(),
        model: DeliveryModel::ClusterBased,
        meetings_per_term: 1,
        subjects: vec!["maths".into(), "literacy".into()],
        toolkit: None,
        continues_remotely: true,
        plcs: Default::default(),
    };
    clusters_with_coaches(&mut b, programme, groups, rollout, 3);
    b.data.year = Some(year_2026());
    b.data
}

/// Kenya's school year 2026: three terms, and a closure in the second.
pub(crate) fn year_2026() -> NewYear {
    NewYear {
        label: "2026".into(),
        starts_on: date(2026, 1, 5),
        ends_on: date(2026, 10, 30),
        terms: vec![(date(2026, 1, 5), date(2026, 4, 2)), (date(2026, 4, 27), date(2026, 7, 31)), (date(2026, 8, 24), date(2026, 10, 30))],
        closures: vec![("School closure (drought and insecurity)".into(), date(2026, 5, 11), date(2026, 5, 29))],
    }
}

/// The national admin, M&E officer and researcher, with their logins.
pub(crate) fn national_staff(b: &mut Builder, root: &str) {
    let national = PersonKind { subjects: &[], qualifications: &[], female_share: 0.5, phone_prefix: PHONE };
    for (role, username) in [(Role::NationalAdmin, "admin"), (Role::MeOfficer, "me"), (Role::Researcher, "researcher")] {
        let person = b.person(&national, root, None);
        b.post(&person, role, PlaceRef::Unit(code(root)), None, 2021);
        b.login(username, &person, role, &b.data.country.clone());
    }
}

fn staff_school(b: &mut Builder, unit: &str, school: &str, name: &str, teachers: (u64, u64), logins: bool) {
    let place = || PlaceRef::School(code(school));
    let head = PersonKind { subjects: &[], qualifications: QUALIFICATIONS, female_share: 0.4, phone_prefix: PHONE };
    let ht = b.person(&head, unit, Some(school));
    let since = b.since(2008);
    b.post(&ht, Role::HeadTeacher, place(), None, since);
    let deputy = b.person(&head, unit, Some(school));
    let since = b.since(2012);
    b.post(&deputy, Role::DeputyHeadTeacher, place(), None, since);
    if logins {
        b.login("ht", &ht, Role::HeadTeacher, name);
    }
    for t in 0..b.rng.between(teachers.0, teachers.1) {
        let subjects: &[&str] = if t % 2 == 0 { &["maths"] } else { &["literacy"] };
        let kind = PersonKind { subjects, qualifications: QUALIFICATIONS, female_share: 0.6, phone_prefix: PHONE };
        let teacher = b.person(&kind, unit, Some(school));
        let since = b.since(2005);
        b.post(&teacher, Role::Teacher, place(), None, since);
        if logins && t == 0 {
            b.login("teacher", &teacher, Role::Teacher, name);
        }
    }
}

/// Adds a cluster-based programme: its clusters (code, name, unit, schools, coach's unit),
/// a coach over every `per_coach` clusters, and the rollout (controls have no wave).
fn clusters_with_coaches(
    b: &mut Builder,
    programme: NewProgramme,
    groups: Vec<(String, String, String, Vec<String>, String)>,
    rollout: Vec<(String, Option<i64>)>,
    per_coach: usize,
) {
    let coach_kind =
        PersonKind { subjects: &["maths", "literacy"], qualifications: QUALIFICATIONS, female_share: 0.5, phone_prefix: PHONE };
    let mut coach = String::new();
    for (i, (cluster_code, name, unit, schools, coach_unit)) in groups.into_iter().enumerate() {
        b.data.clusters.push(NewCluster {
            code: code(&cluster_code),
            name,
            programme: programme.code.clone(),
            unit: code(&unit),
            schools: schools.iter().map(|s| code(s)).collect(),
        });
        if i % per_coach == 0 {
            coach = b.person(&coach_kind, &coach_unit, None);
            if i == 0 {
                b.login("coach", &coach, Role::Coach, &format!("cluster {cluster_code} and others"));
            }
        }
        let since = b.since(2019);
        b.post(&coach.clone(), Role::Coach, PlaceRef::Cluster(code(&cluster_code)), None, since);
    }
    b.data.programmes.push(ProgrammeSetup {
        programme,
        rollout: Rollout { waves: vec![date(2026, 1, 5)], phases: vec![], schools: rollout },
        plcs: false,
    });
}

/// The small country's cluster-based pilot: clusters of 4 schools in one district, one coach.
pub fn cluster_pilot(b: &mut Builder, schools: &[(String, String)]) {
    let district = schools[0].1[..schools[0].1.len() - 2].to_owned();
    let groups: Vec<_> = schools
        .chunks(4)
        .enumerate()
        .map(|(i, chunk)| {
            let codes: Vec<String> = chunk.iter().map(|(s, _)| s.clone()).collect();
            (format!("RW-CL-{:02}", i + 1), format!("Pilot cluster {}", i + 1), district.clone(), codes, district.clone())
        })
        .collect();
    let rollout = schools.iter().map(|(s, _)| (s.clone(), Some(1))).collect();
    let programme = NewProgramme {
        code: code("PILOT-CL"),
        name: "Cluster CoP pilot".into(),
        model: DeliveryModel::ClusterBased,
        meetings_per_term: 1,
        subjects: vec!["maths".into(), "english".into()],
        toolkit: None,
        continues_remotely: false,
        plcs: Default::default(),
    };
    clusters_with_coaches(b, programme, groups, rollout, 10);
}
