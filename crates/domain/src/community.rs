//! Learning communities at every level (DESIGN.md §2, "one idea, several levels"): a teacher
//! CoP at a school or cluster, a sector PLC of head teachers, a district PLC of leaders of
//! learning. One model; what differs by level is the data below: whose posts make the
//! members, the facilitators and the officials, and what a facilitator is called.
//!
//! Seed 002: "At the district level, NLLs and district officials facilitate a PLC termly that
//! discusses improvement priorities and potential issues for all LLLs in their district. At
//! the sector level, LLLs and sector officials facilitate a PLC for all head teachers in the
//! sector that focuses on school improvement practices."

use crate::Role;
use crate::vocab::{FacilitatorKind, vocab};

vocab!(
    /// The level a learning community serves.
    CommunityKind, "community kind" { Cop = "cop", SectorPlc = "sector-plc", DistrictPlc = "district-plc" }
);

/// How a person takes part in a learning community.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Part {
    /// Leads it and records its meetings (an SSL, a coach, an LLL, an NLL).
    Facilitator,
    /// Belongs to it: is expected at its meetings (teachers; head teachers; LLLs).
    Member,
    /// Takes part from the level's office (the SEI and SLF of a sector, the DEO of a
    /// district): reads it and is not counted in attendance.
    Official,
}

impl Part {
    /// The slug kept in `community_members.role`.
    pub fn slug(self) -> &'static str {
        match self {
            Part::Facilitator => "facilitator",
            Part::Member => "member",
            Part::Official => "official",
        }
    }
}

impl CommunityKind {
    /// Whether this kind is a PLC: it sits at a unit and its people come from unit posts.
    pub fn is_plc(self) -> bool {
        self != CommunityKind::Cop
    }

    /// How a holder of `role` takes part in a PLC of this kind, if at all. A sector PLC's
    /// people hold posts in the sector (its schools' head teachers, with their deputies when
    /// the programme says so); a district PLC's hold posts in the district (the LLLs of its
    /// sectors) or at it (NLLs, DEOs). A CoP's people follow its delivery model instead.
    pub fn part_of(self, role: Role, deputies: bool) -> Option<Part> {
        match (self, role) {
            (CommunityKind::SectorPlc, Role::Lll) => Some(Part::Facilitator),
            (CommunityKind::SectorPlc, Role::HeadTeacher) => Some(Part::Member),
            (CommunityKind::SectorPlc, Role::DeputyHeadTeacher) if deputies => Some(Part::Member),
            (CommunityKind::SectorPlc, Role::Sei | Role::Slf) => Some(Part::Official),
            (CommunityKind::DistrictPlc, Role::Nll) => Some(Part::Facilitator),
            (CommunityKind::DistrictPlc, Role::Lll) => Some(Part::Member),
            (CommunityKind::DistrictPlc, Role::Deo) => Some(Part::Official),
            _ => None,
        }
    }

    /// What a member who facilitates a meeting is counted as (a teacher in a CoP, a head
    /// teacher in a sector PLC, an LLL in a district PLC).
    pub fn member_facilitates(self) -> FacilitatorKind {
        match self {
            CommunityKind::Cop => FacilitatorKind::Teacher,
            CommunityKind::SectorPlc => FacilitatorKind::HeadTeacher,
            CommunityKind::DistrictPlc => FacilitatorKind::Lll,
        }
    }

    /// Who its members are as deciders of a meeting's agenda: the evidence that they lead it
    /// (teachers in a CoP, head teachers in a sector PLC, LLLs in a district PLC).
    pub fn members_decide(self) -> crate::vocab::Decider {
        match self {
            CommunityKind::Cop => crate::vocab::Decider::Teachers,
            CommunityKind::SectorPlc => crate::vocab::Decider::HeadTeacher,
            CommunityKind::DistrictPlc => crate::vocab::Decider::Lll,
        }
    }

    /// What the community's facilitator is counted as; a CoP's follows its delivery model.
    pub fn facilitator(self, cluster_based: bool) -> FacilitatorKind {
        match self {
            CommunityKind::Cop if cluster_based => FacilitatorKind::Coach,
            CommunityKind::Cop => FacilitatorKind::SubjectLeader,
            CommunityKind::SectorPlc => FacilitatorKind::Lll,
            CommunityKind::DistrictPlc => FacilitatorKind::Nll,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sector_plc_holds_head_teachers_led_by_the_lll_with_sector_officials() {
        let part = |role, deputies| CommunityKind::SectorPlc.part_of(role, deputies);
        assert_eq!(part(Role::HeadTeacher, false), Some(Part::Member));
        assert_eq!(part(Role::Lll, false), Some(Part::Facilitator));
        assert_eq!(part(Role::Sei, false), Some(Part::Official));
        assert_eq!(part(Role::Slf, false), Some(Part::Official));
        // Deputies join only where the programme says so.
        assert_eq!(part(Role::DeputyHeadTeacher, false), None);
        assert_eq!(part(Role::DeputyHeadTeacher, true), Some(Part::Member));
        assert_eq!(part(Role::Teacher, true), None);
        assert_eq!(part(Role::Nll, true), None);
    }

    #[test]
    fn a_district_plc_holds_the_llls_led_by_the_nlls_with_the_deo() {
        let part = |role| CommunityKind::DistrictPlc.part_of(role, true);
        assert_eq!(part(Role::Lll), Some(Part::Member));
        assert_eq!(part(Role::Nll), Some(Part::Facilitator));
        assert_eq!(part(Role::Deo), Some(Part::Official));
        assert_eq!(part(Role::HeadTeacher), None);
        assert_eq!(part(Role::Sei), None);
        // A CoP's people come from its delivery model, not from this table.
        assert!(Role::ALL.iter().all(|r| CommunityKind::Cop.part_of(*r, true).is_none()));
    }

    #[test]
    fn who_facilitated_is_named_in_the_words_of_the_level() {
        assert_eq!(CommunityKind::Cop.facilitator(false), FacilitatorKind::SubjectLeader);
        assert_eq!(CommunityKind::Cop.facilitator(true), FacilitatorKind::Coach);
        assert_eq!(CommunityKind::SectorPlc.facilitator(false), FacilitatorKind::Lll);
        assert_eq!(CommunityKind::DistrictPlc.facilitator(false), FacilitatorKind::Nll);
        assert_eq!(CommunityKind::SectorPlc.member_facilitates(), FacilitatorKind::HeadTeacher);
        assert_eq!(CommunityKind::DistrictPlc.member_facilitates(), FacilitatorKind::Lll);
    }
}
