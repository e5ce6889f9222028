//! The closed vocabularies of CoP life (seed 000, Tables 3-5 and section 2.1): modalities,
//! discussion formats, roles, who decides, topics, findings. Each is a slug on the wire.

/// Declares an enum whose variants are written as slugs in the API and in files.
macro_rules! vocab {
    ($(#[$meta:meta])* $name:ident, $what:literal { $($(#[$vmeta:meta])* $variant:ident = $slug:literal),* $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
        pub enum $name {
            $($(#[$vmeta])* #[serde(rename = $slug)] $variant,)*
        }

        // Written by hand: utoipa's derive does not see a `rename` whose value comes through a
        // macro, and documented the Rust names (`MeetingsHeld`) where the wire has the slugs.
        impl utoipa::PartialSchema for $name {
            fn schema() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
                utoipa::openapi::schema::ObjectBuilder::new()
                    .schema_type(utoipa::openapi::schema::Type::String)
                    .description(Some(concat!("A ", $what, ": one of the slugs listed.")))
                    .enum_values(Some([$($slug),*]))
                    .into()
            }
        }

        impl utoipa::ToSchema for $name {}

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant,)*];

            pub fn slug(self) -> &'static str {
                match self { $($name::$variant => $slug,)* }
            }
        }

        impl std::str::FromStr for $name {
            type Err = crate::Why;
            fn from_str(raw: &str) -> Result<Self, crate::Why> {
                let wanted = raw.trim().to_ascii_lowercase();
                $name::ALL.iter().copied().find(|v| v.slug() == wanted).ok_or_else(|| {
                    let all: Vec<&str> = $name::ALL.iter().map(|v| v.slug()).collect();
                    crate::why("why-not-one-of").arg("value", format!("{raw:?}")).arg("allowed", all.join(", "))
                })
            }
        }

        impl crate::vocab::Listed for $name {
            const ALL: &'static [$name] = $name::ALL;
            fn index(self) -> usize {
                self as usize
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.slug())
            }
        }
    };
}
pub(crate) use vocab;

/// A vocabulary: its values in order, each knowing its place in that order.
pub trait Listed: Copy + 'static {
    const ALL: &'static [Self];
    /// The value's position in `ALL`.
    fn index(self) -> usize;
}

/// The most values a vocabulary counted in [`Counts`] has.
pub const COUNTED: usize = 8;

/// How many of each value of a vocabulary of at most [`COUNTED`] values, held in the
/// vocabulary's order without allocating (a CoP's facts hold four, for every CoP and period).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Counts<K> {
    n: [u32; COUNTED],
    of: std::marker::PhantomData<K>,
}

impl<K: Listed> Default for Counts<K> {
    fn default() -> Self {
        const { assert!(K::ALL.len() <= COUNTED, "a vocabulary counted in Counts has at most COUNTED values") };
        Counts { n: [0; COUNTED], of: std::marker::PhantomData }
    }
}

impl<K: Listed> Counts<K> {
    pub fn add(&mut self, value: K, n: u32) {
        self.n[value.index()] += n;
    }

    pub fn get(&self, value: K) -> u32 {
        self.n[value.index()]
    }

    /// Each value with its count, in the vocabulary's order (zeros included).
    pub fn iter(&self) -> impl Iterator<Item = (K, u32)> + '_ {
        K::ALL.iter().map(|k| (*k, self.get(*k)))
    }
}

impl<K: Listed> FromIterator<(K, u32)> for Counts<K> {
    fn from_iter<I: IntoIterator<Item = (K, u32)>>(pairs: I) -> Self {
        let mut counts = Counts::default();
        for (k, n) in pairs {
            counts.add(k, n);
        }
        counts
    }
}

vocab!(
    /// How a meeting was held. Seed 001 tells how closures moved CoPs to WhatsApp and phone.
    Modality, "modality" { InPerson = "in-person", WhatsApp = "whatsapp", Phone = "phone", Hybrid = "hybrid" }
);

vocab!(
    /// How the discussion was organised (seed 000, Table 4).
    Format, "discussion format" {
        WholeGroup = "whole-group",
        SmallGroups = "small-groups",
        LessonModelling = "lesson-modelling",
        MockLesson = "mock-lesson",
        PracticalWorkshop = "practical-workshop",
        InstructionalMaterial = "instructional-material",
    }
);

vocab!(
    /// Rotating roles in a meeting ("the teachers decide among themselves who will take up the
    /// key roles and this is done on rotation to ensure equity", seed 000).
    MeetingRole, "meeting role" { Chair = "chair", NoteTaker = "note-taker", Timekeeper = "timekeeper", Presenter = "presenter", Reporter = "reporter" }
);

vocab!(AttendanceStatus, "attendance status" { Present = "present", Absent = "absent", Excused = "excused" });

vocab!(
    /// Why a non-member attended.
    GuestRole, "guest role" {
        HeadTeacher = "head-teacher",
        SubjectLeader = "subject-leader",
        Slf = "slf",
        Coach = "coach",
        Parent = "parent",
        RemedialTeacher = "remedial-teacher",
        Sei = "sei",
        Deo = "deo",
        Lll = "lll",
        Nll = "nll",
        Other = "other",
    }
);

vocab!(
    /// What was decided (seed 000, Table 5: "selection of the agenda, topics of discussion,
    /// duration and the way the discussion is organised").
    DecisionAspect, "decision" { Agenda = "agenda", Topics = "topics", Duration = "duration", Organisation = "organisation" }
);

vocab!(
    /// Who took part in a decision (in a PLC, the head teachers or LLLs who are its members,
    /// its leader of learning, or an official).
    Decider, "decider" {
        Teachers = "teachers",
        SubjectLeader = "subject-leader",
        HeadTeacher = "head-teacher",
        Coach = "coach",
        Slf = "slf",
        Lll = "lll",
        Nll = "nll",
        Sei = "sei",
        Deo = "deo",
    }
);

vocab!(
    /// What was discussed: a teachers' CoP's topics, then a PLC's (seeds 002 and 003: head
    /// teachers discuss their schools' data and improvement priorities, how they lead their
    /// teachers' CoPs, learners at risk and getting them back to school, the use of English,
    /// library access, and using data).
    Topic, "topic" {
        LearnerNeeds = "learner-needs",
        Inclusion = "inclusion",
        StrugglingLearners = "struggling-learners",
        GirlsReturn = "girls-return",
        Wellbeing = "wellbeing",
        Remediation = "remediation",
        CovidMeasures = "covid-measures",
        SchoolData = "school-data",
        LeadingCops = "leading-cops",
        LearnersAtRisk = "learners-at-risk",
        UseOfEnglish = "use-of-english",
        LibraryAccess = "library-access",
        DataUse = "data-use",
        Other = "other",
    }
);

vocab!(
    /// What a follow-up classroom visit found.
    Finding, "finding" { Done = "done", InProgress = "in-progress", NotStarted = "not-started" }
);

vocab!(
    /// Who facilitated a meeting (seed 000, Table 3).
    FacilitatorKind, "facilitator" {
        Teacher = "teacher",
        SubjectLeader = "subject-leader",
        HeadTeacher = "head-teacher",
        Coach = "coach",
        Slf = "slf",
        Lll = "lll",
        Nll = "nll",
        Other = "other",
    }
);

impl GuestRole {
    /// The facilitator kind of a guest who facilitates.
    pub fn as_facilitator(self) -> FacilitatorKind {
        match self {
            GuestRole::HeadTeacher => FacilitatorKind::HeadTeacher,
            GuestRole::SubjectLeader => FacilitatorKind::SubjectLeader,
            GuestRole::Slf => FacilitatorKind::Slf,
            GuestRole::Coach => FacilitatorKind::Coach,
            GuestRole::Lll => FacilitatorKind::Lll,
            GuestRole::Nll => FacilitatorKind::Nll,
            _ => FacilitatorKind::Other,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_parse_back_and_unknown_ones_list_the_choices() {
        assert_eq!("WhatsApp".parse::<Modality>(), Ok(Modality::WhatsApp));
        assert_eq!("zoom".parse::<Modality>().unwrap_err().english(), "\"zoom\" is not one of: in-person, whatsapp, phone, hybrid");
        assert!(Format::ALL.iter().all(|f| f.slug().parse::<Format>() == Ok(*f)));
    }
}
