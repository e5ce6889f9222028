//! `/api/v1/`: a module per resource. Each handler takes a [`Caller`](crate::caller::Caller)
//! and hands its [`Access`](domain::Access) to the store, which scopes every read and write.

mod analyses;
mod clusters;
mod cops;
mod life;
mod meetings;
mod people;
mod posts;
mod programmes;
mod schools;
mod units;

use crate::AppState;
use serde::Deserialize;
use store::registry::Filter;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(units::list, units::create))
        .routes(routes!(units::get, units::update))
        .routes(routes!(schools::list, schools::create))
        .routes(routes!(schools::get, schools::update))
        .routes(routes!(clusters::list, clusters::create))
        .routes(routes!(clusters::get, clusters::update))
        .routes(routes!(people::list, people::create))
        .routes(routes!(people::get, people::update))
        .routes(routes!(posts::list, posts::create))
        .routes(routes!(posts::get, posts::update))
        .routes(routes!(programmes::list, programmes::create))
        .routes(routes!(programmes::get, programmes::update))
        .routes(routes!(programmes::form_cops))
        .routes(routes!(cops::list, cops::create))
        .routes(routes!(cops::get, cops::update))
        .routes(routes!(cops::members, cops::add_member))
        .routes(routes!(cops::update_member))
        .routes(routes!(meetings::record_meeting))
        .routes(routes!(meetings::list))
        .routes(routes!(meetings::get))
        .routes(routes!(meetings::acknowledge))
        .routes(routes!(meetings::pending))
        .routes(routes!(meetings::open_points))
        .routes(routes!(meetings::follow_up))
        .routes(routes!(life::kpis))
        .routes(routes!(life::drilldown))
        .routes(routes!(life::schedule))
        .routes(routes!(life::rotation))
        .routes(routes!(life::maturity))
        .routes(routes!(analyses::tlt))
}

/// The filters every list takes.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ListParams {
    /// Only records under this unit (its code), e.g. a district.
    pub unit: Option<String>,
    /// Case-insensitive text to find in the name or code.
    pub q: Option<String>,
    /// Page number, from 1 (default 1).
    pub page: Option<u64>,
    /// Records per page, 1 to 1000 (default 50).
    pub per_page: Option<u64>,
}

impl ListParams {
    pub fn filter(&self) -> Filter {
        Filter {
            unit: self.unit.clone(),
            text: self.q.clone(),
            page: self.page.unwrap_or(1),
            per_page: self.per_page.unwrap_or(50).clamp(1, 1000),
        }
    }
}

/// The year against which people's birth and start years are checked.
pub fn this_year() -> i32 {
    use chrono::Datelike;
    chrono::Utc::now().year()
}
