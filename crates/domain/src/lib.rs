//! Pamoja's domain: the entities the seeds describe, the invariants that keep them valid,
//! and the rules that decide who may see what. Pure: no SQL, no HTTP, no files, no clock.
//!
//! Values that cross the edge (a school code, a role slug, a period of office) are parsed
//! here into types that exist only when valid, so the layers above never re-check them.

pub mod code;
pub mod community;
pub mod error;
pub mod grant;
pub mod kpi;
pub mod maturity;
pub mod meeting;
pub mod observation;
pub mod person;
pub mod place;
pub mod plc_kpi;
pub mod post;
pub mod programme;
pub mod results;
pub mod role;
pub mod rotation;
pub mod rubric;
pub mod schedule;
pub mod scope;
pub mod selection;
pub mod survey;
pub mod text;
pub mod vocab;

pub use code::Code;
pub use error::{FieldError, FieldErrors, Why, why};
pub use person::{AgeBand, Gender, NewPerson};
pub use place::{Locality, NewCluster, NewSchool, NewUnit, Ownership};
pub use post::{NewPost, Period, PlaceRef};
pub use programme::{DeliveryModel, NewProgramme};
pub use role::Role;
pub use scope::{Access, Place, Scope};
