//! Who may grant which role (DESIGN.md §3, "granting rights is itself scoped"): "a head teacher
//! grants teacher, deputy and subject leader at their school; a DEO the school and sector roles
//! of their district; national roles only a national admin", never for themselves, and only
//! for people inside their write scope.
//!
//! The ladder is written here once. [`Access::may_grant`](crate::Access::may_grant) applies it
//! to a caller's posts and the place a post would be held at; the store adds the two checks
//! that need records (the person is in the caller's write scope, and is not the caller).

use crate::Role;

/// The roles a holder of `granter` may grant, within that post's write scope.
pub fn grantable_by(granter: Role) -> &'static [Role] {
    use Role::*;
    match granter {
        NationalAdmin => Role::ALL,
        // Every role but the national ones, which only a national admin grants.
        MeOfficer => {
            &[Teacher, HeadTeacher, DeputyHeadTeacher, SubjectLeader, Coach, SeniorCoach, RegionalCoordinator, Slf, Sei, Deo, Lll, Nll]
        }
        // The school, cluster and sector roles of their district.
        Deo => &[Teacher, HeadTeacher, DeputyHeadTeacher, SubjectLeader, Coach, Slf, Sei, Lll],
        // The school roles of their sector.
        Sei => &[Teacher, HeadTeacher, DeputyHeadTeacher, SubjectLeader],
        HeadTeacher => &[Teacher, DeputyHeadTeacher, SubjectLeader],
        // A deputy staffs the school but does not make deputies.
        DeputyHeadTeacher => &[Teacher, SubjectLeader],
        Teacher | SubjectLeader | Coach | SeniorCoach | RegionalCoordinator | Slf | Lll | Nll | Researcher => &[],
    }
}

/// Whether a holder of `granter` may grant `role`.
pub fn may_grant(granter: Role, role: Role) -> bool {
    grantable_by(granter).contains(&role)
}

/// Why a post may not be created, changed or ended by this caller: the rule it broke.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    Role(Role),
    Place(Role),
    Yourself,
    Level(Role),
}

impl From<Refusal> for crate::Why {
    fn from(refusal: Refusal) -> crate::Why {
        use crate::why;
        match refusal {
            Refusal::Role(role) => why("why-grant-role").word("role", "post", role.slug()),
            Refusal::Place(role) => why("why-grant-place").word("role", "post", role.slug()),
            Refusal::Yourself => why("why-grant-yourself"),
            Refusal::Level(role) => why("why-grant-level").word("role", "post", role.slug()),
        }
    }
}

impl std::fmt::Display for Refusal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        crate::Why::from(self.clone()).fmt(f)
    }
}

impl std::error::Error for Refusal {}

#[cfg(test)]
mod tests {
    use super::*;
    use Role::*;

    /// Every (granter, role) pair, checked against the ladder written out by hand from
    /// DESIGN.md §3: 15 × 15 = 225 answers, so a change to the ladder shows here.
    #[test]
    fn every_role_grants_exactly_the_roles_of_the_ladder() {
        let school = [Teacher, HeadTeacher, DeputyHeadTeacher, SubjectLeader];
        let sector = [Slf, Sei, Lll];
        let national = [MeOfficer, NationalAdmin, Researcher];
        for &granter in Role::ALL {
            for &role in Role::ALL {
                let expected = match granter {
                    NationalAdmin => true,
                    MeOfficer => !national.contains(&role),
                    Deo => school.contains(&role) || sector.contains(&role) || role == Coach,
                    Sei => school.contains(&role),
                    HeadTeacher => matches!(role, Teacher | DeputyHeadTeacher | SubjectLeader),
                    DeputyHeadTeacher => matches!(role, Teacher | SubjectLeader),
                    _ => false,
                };
                assert_eq!(may_grant(granter, role), expected, "{granter} granting {role}");
            }
        }
    }

    #[test]
    fn only_a_national_admin_grants_national_roles() {
        for &role in &[NationalAdmin, MeOfficer, Researcher] {
            let granters: Vec<Role> = Role::ALL.iter().copied().filter(|g| may_grant(*g, role)).collect();
            assert_eq!(granters, [NationalAdmin], "{role}");
        }
    }

    #[test]
    fn a_head_teacher_cannot_make_a_head_teacher_nor_a_deo_a_deo() {
        assert!(!may_grant(HeadTeacher, HeadTeacher));
        assert!(!may_grant(Deo, Deo));
        assert!(!may_grant(Deo, Nll));
    }

    #[test]
    fn roles_that_do_not_write_the_registry_grant_nothing() {
        for &granter in Role::ALL.iter().filter(|r| !r.writes_registry()) {
            assert!(grantable_by(granter).is_empty(), "{granter}");
        }
    }
}
