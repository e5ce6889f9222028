//! Accumulates a dataset, one record at a time, with codes that are valid by construction.

use crate::names::Names;
use crate::rng::Rng;
use chrono::NaiveDate;
use domain::programme::{NewYear, Rollout};
use domain::{Code, Gender, NewCluster, NewPerson, NewPost, NewProgramme, NewSchool, NewUnit, Period, PlaceRef, Role};

/// A demo sign-in: the person it belongs to and the role it shows.
#[derive(Debug, Clone)]
pub struct Login {
    pub username: String,
    pub person: String,
    pub role: Role,
    /// Where the post is, for the printout (e.g. "Gasabo district").
    pub place: String,
}

#[derive(Debug, Clone)]
pub struct ProgrammeSetup {
    pub programme: NewProgramme,
    pub rollout: Rollout,
    /// Whether its head teachers meet in PLCs led by leaders of learning (Rwanda's, seed 002).
    pub plcs: bool,
}

/// Everything a demo country holds, in the order it must be written.
#[derive(Debug, Clone, Default)]
pub struct Dataset {
    pub country: String,
    pub levels: Vec<String>,
    pub units: Vec<NewUnit>,
    pub schools: Vec<NewSchool>,
    pub programmes: Vec<ProgrammeSetup>,
    /// Toolkit activities: (programme, code, title).
    pub toolkit: Vec<(String, String, String)>,
    pub clusters: Vec<NewCluster>,
    pub people: Vec<NewPerson>,
    pub posts: Vec<NewPost>,
    /// Schools' exam results (Rwanda's primary leaving exam, four years).
    pub results: Vec<domain::results::NewResult>,
    /// Selections of leaders of learning decided before the demo's day (`selections`).
    pub selections: Vec<crate::selections::PastSelection>,
    pub year: Option<NewYear>,
    /// The academic year before `year`, calendar only (see `calendar::around`).
    pub previous_year: Option<NewYear>,
    pub logins: Vec<Login>,
    /// The day the demo's posts are read as current (CoPs are formed then).
    pub today: Option<NaiveDate>,
    /// The day the demo is generated on: nothing is held after it (see `calendar`).
    pub now: Option<NaiveDate>,
    /// How many years the generator's calendar was moved to hold `now`.
    pub years_moved: i32,
}

pub fn code(raw: &str) -> Code {
    Code::parse(raw).expect("generated codes are valid")
}

pub fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("generated dates are valid")
}

pub struct Builder {
    pub data: Dataset,
    pub rng: Rng,
    names: &'static Names,
    person_prefix: &'static str,
    next_person: usize,
    /// The year the demo is set in: birth and start years are bounded by it.
    pub this_year: i32,
}

/// What kind of person to make.
pub struct PersonKind<'a> {
    pub subjects: &'a [&'a str],
    pub qualifications: &'a [&'a str],
    pub female_share: f64,
    pub phone_prefix: &'a str,
}

/// Who staffs a school with two subject CoPs: the people's qualifications and phones, and the
/// two subjects (each with a school subject leader).
pub struct Staff {
    pub qualifications: &'static [&'static str],
    pub phone_prefix: &'static str,
    pub subjects: [&'static str; 2],
}

impl Builder {
    pub fn new(seed: u64, country: &str, names: &'static Names, person_prefix: &'static str, this_year: i32) -> Self {
        Builder {
            data: Dataset { country: country.into(), ..Dataset::default() },
            rng: Rng::new(seed),
            names,
            person_prefix,
            next_person: 0,
            this_year,
        }
    }

    pub fn unit(&mut self, code_: &str, name: &str, level: &str, parent: Option<&str>) {
        self.data.units.push(NewUnit { code: code(code_), name: name.into(), level: level.into(), parent: parent.map(code) });
    }

    pub fn school(&mut self, code_: &str, name: &str, unit: &str) {
        let ownership = if self.rng.chance(0.12) { domain::Ownership::Private } else { domain::Ownership::Public };
        let locality = if self.rng.chance(0.3) { domain::Locality::Urban } else { domain::Locality::Rural };
        self.data.schools.push(NewSchool { code: code(code_), name: name.into(), unit: code(unit), ownership, locality });
    }

    /// Registers a person under `unit` (and `school`) and returns their code.
    pub fn person(&mut self, kind: &PersonKind<'_>, unit: &str, school: Option<&str>) -> String {
        self.next_person += 1;
        let person_code = format!("{}{:06}", self.person_prefix, self.next_person);
        let (name, gender): (String, Gender) = self.names.person(&mut self.rng, kind.female_share);
        let birth_year = self.this_year - self.rng.between(24, 58) as i32;
        let started = (birth_year + self.rng.between(20, 27) as i32).min(self.this_year - 1);
        let age_band_only = self.rng.chance(0.05);
        let phone =
            self.rng.chance(0.8).then(|| format!("{} {:03} {:03}", kind.phone_prefix, self.rng.between(0, 999), self.rng.between(0, 999)));
        let subjects = kind.subjects.iter().map(|s| s.to_string()).collect();
        let qualification = (!kind.qualifications.is_empty()).then(|| self.rng.pick(kind.qualifications).to_string());
        let age = self.this_year - birth_year;
        self.data.people.push(NewPerson {
            code: code(&person_code),
            name,
            gender,
            birth_year: (!age_band_only).then_some(birth_year),
            age_band: age_band_only.then(|| {
                let band = match age {
                    ..25 => "under-25",
                    25..35 => "25-34",
                    35..45 => "35-44",
                    45..55 => "45-54",
                    _ => "55-plus",
                };
                band.parse().expect("a listed band")
            }),
            subjects,
            qualification,
            started_teaching: Some(started),
            phone,
            unit: code(unit),
            school: school.map(code),
        });
        person_code
    }

    /// A post held since January of `since`, still open.
    pub fn post(&mut self, person: &str, role: Role, place: PlaceRef, subject: Option<&str>, since: i32) {
        let period = Period::new(date(since, 1, 7), None).expect("an open period is valid");
        self.data.posts.push(NewPost { person: code(person), role, place, subject: subject.map(str::to_owned), period });
    }

    /// Ends the post written last on `on` (a leader who leaves).
    pub fn end_last_post(&mut self, on: NaiveDate) {
        let post = self.data.posts.last_mut().expect("a post to end");
        post.period = Period::new(post.period.from(), Some(on)).expect("a post ends after it starts");
    }

    /// A year in which a person took up a post: some time in their career, not in the future.
    pub fn since(&mut self, earliest: i32) -> i32 {
        self.rng.between(earliest.min(self.this_year - 1) as u64, (self.this_year - 1) as u64) as i32
    }

    pub fn login(&mut self, username: &str, person: &str, role: Role, place: &str) {
        self.data.logins.push(Login { username: username.into(), person: person.into(), role, place: place.into() });
    }

    /// A head teacher, two school subject leaders (one per subject) who also teach, and
    /// teachers of one subject or both. Returns the head teacher's code.
    pub fn subject_school(&mut self, staff: &Staff, unit: &str, school: &str, name: &str, teachers: (u64, u64), logins: bool) -> String {
        let place = || PlaceRef::School(code(school));
        let head = PersonKind { subjects: &[], qualifications: staff.qualifications, female_share: 0.35, phone_prefix: staff.phone_prefix };
        let ht = self.person(&head, unit, Some(school));
        let since = self.since(2008);
        self.post(&ht, Role::HeadTeacher, place(), None, since);
        if logins {
            self.login("ht", &ht, Role::HeadTeacher, name);
        }
        let [first, second] = staff.subjects;
        let (one, other, both) = (&[first][..], &[second][..], &[first, second][..]);
        let count = self.rng.between(teachers.0, teachers.1);
        for t in 0..count {
            let subjects: &[&str] = match (t, self.rng.between(0, 9)) {
                (0, _) | (2.., 0..=3) => one,
                (1, _) | (2.., 4..=7) => other,
                _ => both,
            };
            let kind = PersonKind { subjects, qualifications: staff.qualifications, female_share: 0.55, phone_prefix: staff.phone_prefix };
            let teacher = self.person(&kind, unit, Some(school));
            let since = self.since(2005);
            self.post(&teacher, Role::Teacher, place(), None, since);
            if t < 2 {
                let since = self.since(2017);
                self.post(&teacher, Role::SubjectLeader, place(), Some(subjects[0]), since);
                if logins && t == 0 {
                    self.login("ssl", &teacher, Role::SubjectLeader, name);
                }
            } else if logins && t == 2 {
                self.login("teacher", &teacher, Role::Teacher, name);
            }
        }
        ht
    }
}
