//! Who may see and change what. The one rule, used by every read and write:
//! a person's rights come from their current posts, and a post covers its place and
//! everything below it (a DEO their district's sectors and schools; an HT their school;
//! a coach their clusters and the schools in them).
//!
//! The store turns a [`Scope`] into SQL for lists, and calls [`Scope::covers`] for single
//! records; both read the same fields, so the two cannot disagree.

use crate::Role;
use crate::role::PlaceKind;
use uuid::Uuid;

/// The places a set of posts covers.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Scope {
    /// Everything (a post at the country's root unit).
    pub all: bool,
    /// Materialised paths of covered units (`/RW/RW-K/`); everything below them is covered.
    pub unit_paths: Vec<String>,
    pub schools: Vec<Uuid>,
    pub clusters: Vec<Uuid>,
}

/// Where a record sits, for the scope check.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Place {
    /// The materialised path of the unit the record sits under.
    pub unit_path: String,
    pub school: Option<Uuid>,
    pub cluster: Option<Uuid>,
}

/// A post resolved to its place. `schools` lists the schools that place holds directly
/// (a school itself; a cluster's schools), `clusters` the clusters it touches.
#[derive(Debug, Clone)]
pub struct HeldPost {
    pub role: Role,
    pub unit_path: String,
    pub schools: Vec<Uuid>,
    pub clusters: Vec<Uuid>,
}

impl Scope {
    pub fn covers(&self, place: &Place) -> bool {
        self.all
            || self.unit_paths.iter().any(|p| place.unit_path.starts_with(p.as_str()))
            || place.school.is_some_and(|s| self.schools.contains(&s))
            || place.cluster.is_some_and(|c| self.clusters.contains(&c))
    }

    /// Whether the whole subtree under `unit_path` is covered (needed to act on a unit).
    pub fn covers_unit(&self, unit_path: &str) -> bool {
        self.all || self.unit_paths.iter().any(|p| unit_path.starts_with(p.as_str()))
    }

    pub fn is_empty(&self) -> bool {
        !self.all && self.unit_paths.is_empty() && self.schools.is_empty() && self.clusters.is_empty()
    }

    /// Adds what a post covers. `linked` also adds the clusters a school post's school is in
    /// (readable by its HT and teachers; never theirs to change).
    fn add(&mut self, post: &HeldPost, linked: bool) {
        match post.role.place_kind() {
            // A unit post at the root covers the whole country.
            PlaceKind::Unit if post.unit_path.matches('/').count() <= 2 => self.all = true,
            PlaceKind::Unit => self.unit_paths.push(post.unit_path.clone()),
            PlaceKind::School => {
                self.schools.extend(&post.schools);
                if linked {
                    self.clusters.extend(&post.clusters);
                }
            }
            PlaceKind::Cluster => {
                self.schools.extend(&post.schools);
                self.clusters.extend(&post.clusters);
            }
        }
        self.schools.sort();
        self.schools.dedup();
        self.clusters.sort();
        self.clusters.dedup();
    }
}

/// What one user may do: read one scope, write another (never larger), and whether they
/// configure programmes.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Access {
    pub read: Scope,
    pub write: Scope,
    /// Where the user records CoP meetings and follow-ups.
    pub record: Scope,
    /// The schools whose head (or deputy) the user is: their reports are the user's to acknowledge.
    pub heads: Vec<Uuid>,
    pub configures_programmes: bool,
    pub roles: Vec<Role>,
    /// The units above and at each post's place: readable by name so a head teacher can
    /// see which sector and district their school is in, but not what else is there.
    pub ancestor_paths: Vec<String>,
    /// The person acting, for the audit trail; `None` for the operator at the command line.
    pub actor: Option<uuid::Uuid>,
    /// Each registry-writing post's role with what that post alone covers: the roles it may
    /// grant ([`crate::grant::grantable_by`]) are granted only there.
    pub granting: Vec<(Role, Scope)>,
    /// The PLCs the user belongs to today, while a post of theirs makes them part of it: each
    /// is read whole, its meetings and action points too, without the rest of the place it
    /// sits at (a head teacher reads their sector PLC, not the sector).
    pub communities: Vec<uuid::Uuid>,
    /// Those of them the user facilitates: they record its meetings (an LLL their sector PLC).
    pub facilitates: Vec<uuid::Uuid>,
}

impl Access {
    /// Everything, for the operator at the command line.
    pub fn everything() -> Self {
        let all = Scope { all: true, ..Scope::default() };
        Access {
            read: all.clone(),
            write: all.clone(),
            record: all.clone(),
            configures_programmes: true,
            granting: vec![(Role::NationalAdmin, all)],
            ..Access::default()
        }
    }

    /// Whether the caller reads the community `id` sitting at `place`: by scope or membership.
    pub fn reads_community(&self, id: uuid::Uuid, place: &Place) -> bool {
        self.read.covers(place) || self.communities.contains(&id)
    }

    /// Whether the caller records the meetings of the community `id` at `place`: by a post
    /// that records there, or as its facilitator.
    pub fn records_community(&self, id: uuid::Uuid, place: &Place) -> bool {
        self.record.covers(place) || self.facilitates.contains(&id)
    }

    /// Whether this caller may create, change or end a post of `role` held at `place`: one of
    /// their posts must both grant that role and cover that place for writing. (The store adds
    /// that the person is not the caller and is in their write scope.)
    pub fn may_grant(&self, role: Role, place: &Place) -> Result<(), crate::grant::Refusal> {
        use crate::grant::{Refusal, may_grant};
        let mut granters = self.granting.iter().filter(|(granter, _)| may_grant(*granter, role)).peekable();
        if granters.peek().is_none() {
            return Err(Refusal::Role(role));
        }
        let granting: Vec<&Scope> = granters.filter(|(_, scope)| scope.covers(place)).map(|(_, scope)| scope).collect();
        if granting.is_empty() {
            return Err(Refusal::Place(role));
        }
        // A unit role is granted below the granter's own unit: a DEO makes a sector's SEI, not a
        // second officer over the whole district. (A post at the root grants anywhere.)
        let below =
            |scope: &&Scope| scope.all || scope.unit_paths.iter().any(|p| place.unit_path.starts_with(p.as_str()) && place.unit_path != *p);
        if role.place_kind() == PlaceKind::Unit && !granting.iter().any(below) {
            return Err(Refusal::Level(role));
        }
        Ok(())
    }

    pub fn from_posts(posts: &[HeldPost]) -> Self {
        let mut access = Access::default();
        for post in posts {
            access.read.add(post, true);
            if post.role.writes_registry() {
                access.write.add(post, false);
                let mut own = Scope::default();
                own.add(post, false);
                access.granting.push((post.role, own));
            }
            if post.role.records_meetings() {
                access.record.add(post, false);
            }
            if post.role.heads_school() {
                access.heads.extend(&post.schools);
            }
            access.configures_programmes |= post.role.configures_programmes() && post.unit_path.matches('/').count() <= 2;
            for (i, _) in post.unit_path.match_indices('/').skip(1) {
                let prefix = post.unit_path[..=i].to_owned();
                if !access.ancestor_paths.contains(&prefix) {
                    access.ancestor_paths.push(prefix);
                }
            }
            if !access.roles.contains(&post.role) {
                access.roles.push(post.role);
            }
        }
        access
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::grant::Refusal;

    #[test]
    fn a_head_teacher_grants_a_teacher_at_their_school_and_nowhere_else() {
        let ht = HeldPost { role: Role::HeadTeacher, unit_path: "/RW/RW-1/".into(), schools: vec![id(1)], clusters: vec![] };
        let access = Access::from_posts(&[ht]);
        assert_eq!(access.may_grant(Role::Teacher, &place("/RW/RW-1/", Some(1))), Ok(()));
        assert_eq!(access.may_grant(Role::Teacher, &place("/RW/RW-1/", Some(2))), Err(Refusal::Place(Role::Teacher)));
        assert_eq!(access.may_grant(Role::NationalAdmin, &place("/RW/", None)), Err(Refusal::Role(Role::NationalAdmin)));
        assert_eq!(access.may_grant(Role::HeadTeacher, &place("/RW/RW-1/", Some(1))), Err(Refusal::Role(Role::HeadTeacher)));
    }

    #[test]
    fn a_role_is_granted_only_where_the_post_that_grants_it_covers() {
        // A DEO of one district who is also head teacher of a school in another: they may
        // make an SEI in their district, not at their school's sector.
        let deo = HeldPost { role: Role::Deo, unit_path: "/RW/RW-1/RW-11/".into(), schools: vec![], clusters: vec![] };
        let ht = HeldPost { role: Role::HeadTeacher, unit_path: "/RW/RW-2/RW-21/RW-2101/".into(), schools: vec![id(5)], clusters: vec![] };
        let access = Access::from_posts(&[deo, ht]);
        assert_eq!(access.may_grant(Role::Sei, &place("/RW/RW-1/RW-11/RW-1101/", None)), Ok(()));
        assert_eq!(access.may_grant(Role::Sei, &place("/RW/RW-2/RW-21/RW-2101/", Some(5))), Err(Refusal::Place(Role::Sei)));
        assert_eq!(access.may_grant(Role::Teacher, &place("/RW/RW-2/RW-21/RW-2101/", Some(5))), Ok(()));
        // Not at the DEO's own district: that SEI would write the whole district.
        assert_eq!(access.may_grant(Role::Sei, &place("/RW/RW-1/RW-11/", None)), Err(Refusal::Level(Role::Sei)));
    }

    fn id(n: u128) -> Uuid {
        Uuid::from_u128(n)
    }

    fn place(path: &str, school: Option<u128>) -> Place {
        Place { unit_path: path.into(), school: school.map(id), cluster: None }
    }

    #[test]
    fn a_deo_covers_every_school_in_their_district_and_none_outside() {
        let deo = HeldPost { role: Role::Deo, unit_path: "/RW/RW-E/RW-E-01/".into(), schools: vec![], clusters: vec![] };
        let access = Access::from_posts(&[deo]);
        assert!(access.read.covers(&place("/RW/RW-E/RW-E-01/RW-E-01-03/", Some(7))));
        assert!(!access.read.covers(&place("/RW/RW-E/RW-E-02/RW-E-02-01/", Some(8))));
        assert!(access.write.covers(&place("/RW/RW-E/RW-E-01/", None)));
    }

    #[test]
    fn a_head_teacher_covers_their_school_only() {
        let ht = HeldPost { role: Role::HeadTeacher, unit_path: "/RW/RW-E/".into(), schools: vec![id(1)], clusters: vec![] };
        let access = Access::from_posts(&[ht]);
        assert!(access.read.covers(&place("/RW/RW-E/", Some(1))));
        assert!(!access.read.covers(&place("/RW/RW-E/", Some(2))));
        assert!(!access.read.covers_unit("/RW/RW-E/"));
        assert_eq!(access.ancestor_paths, ["/RW/", "/RW/RW-E/"]);
    }

    #[test]
    fn a_head_teacher_reads_their_schools_cluster_but_cannot_change_or_record_for_it() {
        let ht = HeldPost { role: Role::HeadTeacher, unit_path: "/KE/".into(), schools: vec![id(1)], clusters: vec![id(9)] };
        let access = Access::from_posts(&[ht]);
        let cluster = Place { unit_path: "/KE/KE-001/".into(), school: None, cluster: Some(id(9)) };
        assert!(access.read.covers(&cluster));
        assert!(!access.write.covers(&cluster) && !access.record.covers(&cluster));
    }

    #[test]
    fn a_teacher_reads_their_school_but_writes_nothing() {
        let teacher = HeldPost { role: Role::Teacher, unit_path: "/RW/".into(), schools: vec![id(1)], clusters: vec![] };
        let access = Access::from_posts(&[teacher]);
        assert!(access.read.covers(&place("/RW/", Some(1))));
        assert!(access.write.is_empty());
        assert!(access.record.is_empty(), "a teacher's meetings are recorded by their facilitator or HT");
    }

    #[test]
    fn a_national_admin_at_the_root_covers_everything_and_configures_programmes() {
        let admin = HeldPost { role: Role::NationalAdmin, unit_path: "/RW/".into(), schools: vec![], clusters: vec![] };
        let access = Access::from_posts(&[admin]);
        assert!(access.read.all && access.write.all && access.configures_programmes);
    }
}
