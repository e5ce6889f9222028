//! `/api/v1/`: a module per resource. Each handler takes a [`Caller`](crate::caller::Caller)
//! and hands its [`Access`](domain::Access) to the store, which scopes every read and write.

mod analyses;
mod clusters;
mod cops;
pub(crate) mod extract;
mod life;
mod meetings;
mod people;
mod posts;
mod programmes;
mod results;
mod rubrics;
mod schools;
mod selections;
mod units;

use crate::AppState;
use crate::error::ApiError;
use serde::Deserialize;
use store::list::Filter;
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
        .routes(routes!(results::list))
        .routes(routes!(results::put))
        .routes(routes!(selections::seats))
        .routes(routes!(selections::list, selections::open))
        .routes(routes!(selections::get))
        .routes(routes!(selections::nominate))
        .routes(routes!(selections::assess))
        .routes(routes!(selections::decide))
        .routes(routes!(selections::rules, selections::set_rules))
        .routes(routes!(rubrics::list))
        .routes(routes!(rubrics::get))
        .routes(routes!(programmes::list, programmes::create))
        .routes(routes!(programmes::get, programmes::update))
        .routes(routes!(programmes::form_cops))
        .routes(routes!(programmes::form_plcs))
        .routes(routes!(cops::list, cops::create))
        .routes(routes!(cops::get, cops::update))
        .routes(routes!(cops::members, cops::add_member))
        .routes(routes!(cops::update_member))
        .routes(routes!(meetings::record_meeting))
        .routes(routes!(meetings::list))
        .routes(routes!(meetings::get, meetings::edit))
        .routes(routes!(meetings::acknowledge))
        .routes(routes!(meetings::pending))
        .routes(routes!(meetings::open_points))
        .routes(routes!(meetings::follow_up))
        .routes(routes!(life::kpis))
        .routes(routes!(life::drilldown))
        .routes(routes!(life::middle_tier))
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
    #[param(max_length = 40)]
    pub unit: Option<String>,
    /// Case-insensitive text to find in the name or code.
    #[param(max_length = 200)]
    pub q: Option<String>,
    /// Page number, from 1 (default 1).
    #[param(minimum = 1, maximum = 1_000_000)]
    pub page: Option<u64>,
    /// Records per page, 1 to 1000 (default 50).
    #[param(minimum = 1, maximum = 1000)]
    pub per_page: Option<u64>,
}

/// The largest page number a list takes: a million pages of 1000 is past any country's registry,
/// and keeps every offset far inside what a database takes.
pub const MAX_PAGE: u64 = 1_000_000;
pub const MAX_PER_PAGE: u64 = 1000;

impl ListParams {
    /// The filter, or a 400 naming the parameter out of range.
    pub fn filter(&self) -> Result<Filter, ApiError> {
        let page = in_range("page", self.page.unwrap_or(1), 1, MAX_PAGE)?;
        let per_page = in_range("per_page", self.per_page.unwrap_or(50), 1, MAX_PER_PAGE)?;
        let text = bounded("q", self.q.as_deref(), 200)?;
        let unit = bounded("unit", self.unit.as_deref(), 40)?;
        Ok(Filter { unit, text, page, per_page })
    }
}

/// `value` when it lies in `min..=max`; else a 400 that names `name` and the range.
pub fn in_range<T: PartialOrd + std::fmt::Display>(name: &str, value: T, min: T, max: T) -> Result<T, ApiError> {
    if value < min || value > max {
        return Err(ApiError::BadRequest(domain::FieldErrors::single(
            name,
            domain::why("why-out-of-range").arg("value", value).arg("min", min).arg("max", max),
        )));
    }
    Ok(value)
}

/// On an update the address names the record: a key given in the body too must be the same.
pub fn same_key(field: &str, in_body: &str, in_path: &str) -> Result<(), ApiError> {
    if in_body.is_empty() || in_body == in_path {
        return Ok(());
    }
    let why = domain::why("why-not-this-record").arg("given", format!("{in_body:?}")).arg("record", in_path).arg("field", field);
    Err(ApiError::Invalid(domain::FieldErrors::single(field, why)))
}

/// A text parameter of at most `max` characters.
pub fn bounded(name: &str, value: Option<&str>, max: usize) -> Result<Option<String>, ApiError> {
    match value {
        Some(v) if v.chars().count() > max => {
            Err(ApiError::BadRequest(domain::FieldErrors::single(name, domain::why("why-at-most").num("max", max))))
        }
        other => Ok(other.map(str::to_owned)),
    }
}

/// The year against which people's birth and start years are checked.
pub fn this_year() -> i32 {
    use chrono::Datelike;
    chrono::Utc::now().year()
}
