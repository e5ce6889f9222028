//! Kenya at national scale: its 47 counties, their sub-counties and zones, about 32,000 public
//! primary schools and 330,000 teachers, each school with a maths and a literacy CoP. Seed 001:
//! after schools reopened, Kenya's CoPs moved from clusters to school-based subject panels.
//! For measuring Pamoja at a country's size (issue 12), not for the study.

use crate::builder::{Builder, Dataset, PersonKind, ProgrammeSetup, Staff, code, date};
use crate::names::KENYA;
use domain::programme::Rollout;
use domain::{DeliveryModel, NewProgramme, PlaceRef, Role};

/// The 47 counties, in the order of their codes (First Schedule of the Constitution).
const COUNTIES: [&str; 47] = [
    "Mombasa",
    "Kwale",
    "Kilifi",
    "Tana River",
    "Lamu",
    "Taita-Taveta",
    "Garissa",
    "Wajir",
    "Mandera",
    "Marsabit",
    "Isiolo",
    "Meru",
    "Tharaka-Nithi",
    "Embu",
    "Kitui",
    "Machakos",
    "Makueni",
    "Nyandarua",
    "Nyeri",
    "Kirinyaga",
    "Murang'a",
    "Kiambu",
    "Turkana",
    "West Pokot",
    "Samburu",
    "Trans-Nzoia",
    "Uasin Gishu",
    "Elgeyo-Marakwet",
    "Nandi",
    "Baringo",
    "Laikipia",
    "Nakuru",
    "Narok",
    "Kajiado",
    "Kericho",
    "Bomet",
    "Kakamega",
    "Vihiga",
    "Bungoma",
    "Busia",
    "Siaya",
    "Kisumu",
    "Homa Bay",
    "Migori",
    "Kisii",
    "Nyamira",
    "Nairobi",
];

/// Sub-county names are made from the county's: "Kitui Central", "Kitui East".
const PARTS: [&str; 8] = ["Central", "East", "West", "North", "South", "North East", "South West", "Rural"];
const ZONES: [&str; 12] =
    ["Mwangaza", "Tumaini", "Baraka", "Upendo", "Amani", "Neema", "Jitihada", "Umoja", "Faraja", "Kisima", "Majengo", "Mlimani"];
const QUALIFICATIONS: &[&str] = &["P1 certificate", "P1 certificate", "Diploma in education", "Bachelor of education"];
const PHONE: &str = "+254 7";
const STAFF: Staff = Staff { qualifications: QUALIFICATIONS, phone_prefix: PHONE, subjects: ["maths", "literacy"] };
const SCHOOLS: usize = 32_000;

pub fn national(seed: u64) -> Dataset {
    let mut b = Builder::new(seed, "Kenya", &KENYA, "TSC", 2026);
    b.data.levels = ["country", "county", "sub-county", "zone"].map(String::from).to_vec();
    b.data.today = Some(date(2026, 1, 5));
    b.unit("KE", "Kenya", "country", None);
    crate::kenya::national_staff(&mut b, "KE");
    let officials = PersonKind { subjects: &[], qualifications: QUALIFICATIONS, female_share: 0.45, phone_prefix: PHONE };
    // Counties, 4 to 8 sub-counties each, 4 to 6 zones each: the zones' codes, in order.
    let mut zones = Vec::new();
    for (c, county) in COUNTIES.iter().enumerate() {
        let county_code = format!("KE-{:02}", c + 1);
        b.unit(&county_code, &format!("{county} county"), "county", Some("KE"));
        let director = b.person(&officials, &county_code, None);
        let since = b.since(2015);
        b.post(&director, Role::Deo, PlaceRef::Unit(code(&county_code)), None, since);
        if c == 0 {
            b.login("deo", &director, Role::Deo, &format!("{county} county"));
        }
        for (s, part) in PARTS.iter().enumerate().take(b.rng.between(4, 8) as usize) {
            let sub_code = format!("{county_code}-{}", s + 1);
            b.unit(&sub_code, &format!("{county} {part}"), "sub-county", Some(&county_code));
            for z in 0..b.rng.between(4, 6) as usize {
                let zone_code = format!("{sub_code}-{}", z + 1);
                let name = format!("{} zone", b.rng.pick(&ZONES));
                b.unit(&zone_code, &name, "zone", Some(&sub_code));
                // The zone's curriculum support officer inspects its schools.
                let officer = b.person(&officials, &zone_code, None);
                let since = b.since(2016);
                b.post(&officer, Role::Sei, PlaceRef::Unit(code(&zone_code)), None, since);
                if zones.is_empty() {
                    b.login("sei", &officer, Role::Sei, &format!("{name}, {county}"));
                }
                zones.push(zone_code);
            }
        }
    }
    let mut schools = Vec::with_capacity(SCHOOLS);
    for i in 0..SCHOOLS {
        // Schools spread over the zones in turn, so every zone has its share.
        let zone = &zones[i * zones.len() / SCHOOLS];
        let school = format!("KE-S{:05}", i + 1);
        let name = format!("{} Primary School", b.rng.pick(&ZONES));
        b.school(&school, &name, zone);
        b.subject_school(&STAFF, zone, &school, &name, (6, 15), i == 0);
        schools.push((school, Some(1)));
    }
    b.data.programmes.push(ProgrammeSetup {
        programme: NewProgramme {
            code: code("KE-SBP"),
            name: "School-based subject panels".into(),
            model: DeliveryModel::SchoolBased,
            meetings_per_term: 2,
            subjects: vec!["maths".into(), "literacy".into()],
            toolkit: None,
            continues_remotely: true,
            plcs: Default::default(),
        },
        rollout: Rollout { waves: vec![date(2026, 1, 5)], phases: vec![], schools },
        plcs: false,
    });
    b.data.year = Some(crate::kenya::year_2026());
    b.data
}
