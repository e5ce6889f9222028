//! Scope in SQL: the list half of the one access rule in `domain::scope`.
//! Every list query adds [`condition`] for the columns that place its rows.

use domain::{Place, Scope};
use sea_query::{Condition, Expr, ExprTrait, LikeExpr};
use uuid::Uuid;

/// The columns that place a row: the path of the unit it sits under, and its school and
/// cluster when it has them.
pub struct PlaceCols {
    pub unit_path: (&'static str, &'static str),
    pub school: Option<(&'static str, &'static str)>,
    pub cluster: Option<(&'static str, &'static str)>,
}

/// Escapes `%`, `_` and `\` so a text matches only itself inside a LIKE pattern (with `ESCAPE '\'`).
pub fn like_escape(text: &str) -> String {
    text.chars().flat_map(|c| if "%_\\".contains(c) { vec!['\\', c] } else { vec![c] }).collect()
}

/// `LIKE 'prefix%'` with the prefix's own `%`, `_` and `\` escaped (codes may contain `_`).
pub fn starts_with(col: (&'static str, &'static str), prefix: &str) -> Expr {
    Expr::col(col).like(LikeExpr::new(format!("{}%", like_escape(prefix))).escape('\\'))
}

fn ids_in(col: (&'static str, &'static str), ids: &[Uuid]) -> Expr {
    Expr::col(col).is_in(ids.iter().copied())
}

/// The rows of a list that `scope` covers. Mirrors `Scope::covers` field by field.
pub fn condition(scope: &Scope, cols: &PlaceCols) -> Condition {
    if scope.all {
        return Condition::all();
    }
    let mut any = Condition::any().add(Expr::val(1).eq(0));
    for path in &scope.unit_paths {
        any = any.add(starts_with(cols.unit_path, path));
    }
    if let (Some(col), false) = (cols.school, scope.schools.is_empty()) {
        any = any.add(ids_in(col, &scope.schools));
    }
    if let (Some(col), false) = (cols.cluster, scope.clusters.is_empty()) {
        any = any.add(ids_in(col, &scope.clusters));
    }
    any
}

/// The rows of a list of communities (or of what belongs to them: meetings, action points)
/// that `access` reads: by its read scope, or because the caller belongs to the community
/// whose id is in `community` (`Access::reads_community`).
pub fn community_condition(access: &domain::Access, cols: &PlaceCols, community: (&'static str, &'static str)) -> Condition {
    let by_scope = condition(&access.read, cols);
    if access.communities.is_empty() {
        return by_scope;
    }
    Condition::any().add(by_scope).add(ids_in(community, &access.communities))
}

/// Where a row sits, read with it so a single record can be checked with `Scope::covers`.
#[derive(Debug, Clone, Default, PartialEq, Eq, sqlx::FromRow)]
pub struct Located {
    pub unit_path: String,
    pub school_id: Option<Uuid>,
    pub cluster_id: Option<Uuid>,
}

impl Located {
    pub fn place(&self) -> Place {
        Place { unit_path: self.unit_path.clone(), school: self.school_id, cluster: self.cluster_id }
    }
}
