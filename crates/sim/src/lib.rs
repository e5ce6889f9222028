//! Synthetic national datasets shaped like the seeds: Rwanda's school-based BLF programme,
//! Kenya's cluster-based GEC-T programme, and a small country for tests. Pure and
//! deterministic: a seed always gives the same data. The binary writes the dataset through
//! the same store functions as an import.

mod builder;
pub mod calendar;
mod kenya;
mod kenya_national;
mod names;
mod results;
mod rng;
mod rwanda;
pub mod selections;
pub mod survey;
pub mod year;

pub use builder::{Dataset, Login, ProgrammeSetup};

/// How big a country to generate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scale {
    /// A few hundred rows: both delivery models, every role. For tests.
    Small,
    /// 5 provinces, 30 districts, 416 sectors, about 3,200 schools and 42,000 teachers.
    Rwanda,
    /// 8 counties: 500 schools in 100 clusters with coaches, plus 36 control schools.
    Kenya,
    /// 47 counties, their sub-counties and zones, 32,000 schools and about 330,000 teachers
    /// in school-based subject CoPs: Pamoja at a country's size.
    KenyaNational,
}

impl std::str::FromStr for Scale {
    type Err = String;
    fn from_str(raw: &str) -> Result<Self, String> {
        match raw {
            "small" => Ok(Scale::Small),
            "rwanda" => Ok(Scale::Rwanda),
            "kenya" => Ok(Scale::Kenya),
            "kenya-national" => Ok(Scale::KenyaNational),
            _ => Err(format!("unknown scale {raw:?}; use small, rwanda, kenya or kenya-national")),
        }
    }
}

/// The country of `scale` for `seed`, its school calendar around `today` (see [`calendar`]).
pub fn generate(scale: Scale, seed: u64, today: chrono::NaiveDate) -> Dataset {
    let mut data = match scale {
        Scale::Small => rwanda::small(seed),
        Scale::Rwanda => rwanda::full(seed),
        Scale::Kenya => kenya::full(seed),
        Scale::KenyaNational => kenya_national::national(seed),
    };
    calendar::around(&mut data, today);
    data
}

#[cfg(test)]
mod tests {
    use super::*;
    use domain::Role;

    fn generate(scale: Scale, seed: u64) -> Dataset {
        super::generate(scale, seed, chrono::NaiveDate::from_ymd_opt(2026, 7, 17).unwrap())
    }

    fn count(d: &Dataset, role: Role) -> usize {
        d.posts.iter().filter(|p| p.role == role).count()
    }

    #[test]
    fn rwanda_has_the_shape_the_issue_names() {
        let d = generate(Scale::Rwanda, 1);
        let at = |level: &str| d.units.iter().filter(|u| u.level == level).count();
        assert_eq!((at("country"), at("province"), at("district"), at("sector")), (1, 5, 30, 416));
        assert_eq!(d.schools.len(), 3200);
        assert_eq!(count(&d, Role::HeadTeacher), 3200);
        assert_eq!(count(&d, Role::SubjectLeader), 6400);
        let teachers = count(&d, Role::Teacher);
        assert!((40_000..=44_000).contains(&teachers), "{teachers} teachers");
        assert_eq!((count(&d, Role::Slf), count(&d, Role::Sei), count(&d, Role::Lll)), (416, 416, 416));
        assert_eq!((count(&d, Role::Deo), count(&d, Role::Nll)), (90, 60));
    }

    #[test]
    fn kenya_has_500_schools_in_100_clusters_and_36_controls() {
        let d = generate(Scale::Kenya, 1);
        assert_eq!(d.units.iter().filter(|u| u.level == "county").count(), 8);
        assert_eq!(d.clusters.len(), 100);
        assert!(d.clusters.iter().all(|c| (4..=5).contains(&c.schools.len())));
        assert_eq!(d.clusters.iter().map(|c| c.schools.len()).sum::<usize>(), 500);
        let rollout = &d.programmes[0].rollout;
        assert_eq!(rollout.schools.iter().filter(|(_, wave)| wave.is_none()).count(), 36);
        assert_eq!(d.schools.len(), 536);
    }

    #[test]
    fn kenya_national_has_47_counties_32000_schools_about_330000_teachers_and_two_subject_leaders_a_school() {
        let d = generate(Scale::KenyaNational, 1);
        let at = |level: &str| d.units.iter().filter(|u| u.level == level).count();
        assert_eq!((at("country"), at("county")), (1, 47));
        // 4 to 8 sub-counties a county, 4 to 6 zones a sub-county.
        assert!((4 * 47..=8 * 47).contains(&at("sub-county")), "{} sub-counties", at("sub-county"));
        assert!((4 * at("sub-county")..=6 * at("sub-county")).contains(&at("zone")), "{} zones", at("zone"));
        assert_eq!((d.schools.len(), count(&d, Role::HeadTeacher), count(&d, Role::SubjectLeader)), (32_000, 32_000, 64_000));
        // 6 to 15 teachers a school, 10.5 on average: 336,000 expected.
        let teachers = count(&d, Role::Teacher);
        assert!((330_000..=342_000).contains(&teachers), "{teachers} teachers");
        assert_eq!(d.programmes[0].programme.model, domain::DeliveryModel::SchoolBased);
        assert_eq!(d.programmes[0].programme.subjects, ["maths", "literacy"]);
        // Every zone has schools.
        let zoned: std::collections::BTreeSet<&str> = d.schools.iter().map(|s| s.unit.as_str()).collect();
        assert_eq!(zoned.len(), at("zone"));
    }

    #[test]
    fn the_same_seed_gives_the_same_country_and_another_seed_another() {
        let (a, b, c) = (generate(Scale::Small, 3), generate(Scale::Small, 3), generate(Scale::Small, 4));
        assert_eq!(a.people, b.people);
        assert_eq!(a.posts, b.posts);
        assert_ne!(a.people, c.people);
    }

    #[test]
    fn small_has_a_login_for_every_role_the_demo_prints() {
        let d = generate(Scale::Small, 1);
        for role in [
            Role::NationalAdmin,
            Role::Deo,
            Role::Sei,
            Role::Slf,
            Role::HeadTeacher,
            Role::SubjectLeader,
            Role::Teacher,
            Role::Coach,
            Role::Lll,
            Role::Nll,
            Role::Researcher,
        ] {
            assert!(d.logins.iter().any(|l| l.role == role), "no login for {role}");
        }
        assert!(d.people.len() + d.posts.len() < 1000);
    }
}
