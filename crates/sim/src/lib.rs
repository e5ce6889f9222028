//! Synthetic national datasets shaped like the seeds: Rwanda's school-based BLF programme,
//! Kenya's cluster-based GEC-T programme, and a small country for tests. Pure and
//! deterministic: a seed always gives the same data. The binary writes the dataset through
//! the same store functions as an import.

mod builder;
pub mod calendar;
mod kenya;
mod names;
mod rng;
mod rwanda;
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
}

impl std::str::FromStr for Scale {
    type Err = String;
    fn from_str(raw: &str) -> Result<Self, String> {
        match raw {
            "small" => Ok(Scale::Small),
            "rwanda" => Ok(Scale::Rwanda),
            "kenya" => Ok(Scale::Kenya),
            _ => Err(format!("unknown scale {raw:?}; use small, rwanda or kenya")),
        }
    }
}

/// The country of `scale` for `seed`, its school calendar around `today` (see [`calendar`]).
pub fn generate(scale: Scale, seed: u64, today: chrono::NaiveDate) -> Dataset {
    let mut data = match scale {
        Scale::Small => rwanda::small(seed),
        Scale::Rwanda => rwanda::full(seed),
        Scale::Kenya => kenya::full(seed),
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
