//! The roles people hold in posts, named by the slugs used on the command line and in the API.

use serde::{Deserialize, Serialize};

/// Where a post of this role is held.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlaceKind {
    School,
    Cluster,
    Unit,
}

macro_rules! roles {
    ($($variant:ident = $slug:literal, $title:literal, $kind:ident, $writes:literal;)*) => {
        /// A role held in a post. The seeds' actors, from teacher to ministry.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        pub enum Role {
            $(#[serde(rename = $slug)] $variant,)*
        }

        // By hand, as for the vocabularies: utoipa's derive misses a `rename` made by a macro.
        impl utoipa::PartialSchema for Role {
            fn schema() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
                utoipa::openapi::schema::ObjectBuilder::new()
                    .schema_type(utoipa::openapi::schema::Type::String)
                    .description(Some("A role held in a post, from teacher to ministry."))
                    .enum_values(Some([$($slug),*]))
                    .into()
            }
        }

        impl utoipa::ToSchema for Role {}

        impl Role {
            pub const ALL: &'static [Role] = &[$(Role::$variant,)*];

            /// The slug used on the command line, in the API and in files.
            pub fn slug(self) -> &'static str {
                match self { $(Role::$variant => $slug,)* }
            }

            /// The seeds' name for the role.
            pub fn title(self) -> &'static str {
                match self { $(Role::$variant => $title,)* }
            }

            /// Whether the post is held at a school, over a cluster, or at an administrative unit.
            pub fn place_kind(self) -> PlaceKind {
                match self { $(Role::$variant => PlaceKind::$kind,)* }
            }

            /// Whether holders may create and change registry records (schools, people,
            /// posts, clusters, CoPs) within their scope. Everyone may read their scope.
            pub fn writes_registry(self) -> bool {
                match self { $(Role::$variant => $writes,)* }
            }
        }
    };
}

roles! {
    Teacher = "teacher", "teacher", School, false;
    HeadTeacher = "head-teacher", "head teacher", School, true;
    DeputyHeadTeacher = "deputy-head-teacher", "deputy head teacher", School, true;
    SubjectLeader = "subject-leader", "school subject leader", School, false;
    Coach = "coach", "instructional coach", Cluster, false;
    SeniorCoach = "senior-coach", "senior coach", Unit, false;
    RegionalCoordinator = "regional-coordinator", "regional coordinator", Unit, false;
    Slf = "slf", "sector learning facilitator", Unit, false;
    Sei = "sei", "sector education inspector", Unit, true;
    Deo = "deo", "district education officer", Unit, true;
    Lll = "lll", "local leader of learning", Unit, false;
    Nll = "nll", "national leader of learning", Unit, false;
    MeOfficer = "me-officer", "M&E officer", Unit, true;
    NationalAdmin = "national-admin", "national admin", Unit, true;
    Researcher = "researcher", "researcher", Unit, false;
}

impl Role {
    /// A school subject leader leads one subject; no other role carries one.
    pub fn needs_subject(self) -> bool {
        self == Role::SubjectLeader
    }

    /// Whether holders record CoP meetings and follow-up visits within their scope: the
    /// people who facilitate or are accountable for CoPs (SSL, HT, coach, SLF) and national
    /// M&E. Teachers' meetings are recorded by their facilitator or head teacher.
    pub fn records_meetings(self) -> bool {
        matches!(
            self,
            Role::HeadTeacher
                | Role::DeputyHeadTeacher
                | Role::SubjectLeader
                | Role::Coach
                | Role::Slf
                | Role::MeOfficer
                | Role::NationalAdmin
        )
    }

    /// Whether holders receive and acknowledge their school's CoP reports.
    pub fn heads_school(self) -> bool {
        matches!(self, Role::HeadTeacher | Role::DeputyHeadTeacher)
    }

    /// Whether holders configure programmes and years (national roles only).
    pub fn configures_programmes(self) -> bool {
        matches!(self, Role::NationalAdmin | Role::MeOfficer)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownRole(pub String);

impl From<UnknownRole> for crate::Why {
    fn from(UnknownRole(raw): UnknownRole) -> crate::Why {
        let roles: Vec<&str> = Role::ALL.iter().map(|r| r.slug()).collect();
        crate::why("why-unknown-role").arg("value", format!("{raw:?}")).arg("allowed", roles.join(", "))
    }
}

impl std::fmt::Display for UnknownRole {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        crate::Why::from(self.clone()).fmt(f)
    }
}

impl std::error::Error for UnknownRole {}

impl std::str::FromStr for Role {
    type Err = UnknownRole;
    fn from_str(raw: &str) -> Result<Self, Self::Err> {
        let wanted = raw.trim();
        Role::ALL.iter().copied().find(|r| r.slug() == wanted).ok_or_else(|| UnknownRole(raw.to_owned()))
    }
}

impl std::fmt::Display for Role {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.slug())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_slug_the_issue_names_parses_back_to_its_role() {
        let slugs = "teacher head-teacher deputy-head-teacher subject-leader coach senior-coach \
                     regional-coordinator slf sei deo lll nll me-officer national-admin researcher";
        let parsed: Vec<Role> = slugs.split_whitespace().map(|s| s.parse().unwrap()).collect();
        assert_eq!(parsed, Role::ALL);
        assert!(parsed.iter().zip(slugs.split_whitespace()).all(|(r, s)| r.slug() == s));
    }

    #[test]
    fn an_unknown_role_lists_the_valid_ones() {
        let error = "headteacher".parse::<Role>().unwrap_err().to_string();
        assert!(error.starts_with("\"headteacher\" is not a role; the roles are: teacher, head-teacher"), "{error}");
    }

    #[test]
    fn a_coach_works_over_clusters_and_a_teacher_at_a_school() {
        assert_eq!(Role::Coach.place_kind(), PlaceKind::Cluster);
        assert_eq!(Role::Teacher.place_kind(), PlaceKind::School);
        assert_eq!(Role::Deo.place_kind(), PlaceKind::Unit);
    }
}
