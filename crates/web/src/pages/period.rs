//! The period a page's address asks for (`?year=&term=` or `?from=&to=`, dates as YYYY-MM-DD),
//! read the same way by the dashboards and the downloads, with what is wrong with it said in
//! the reader's language.

use chrono::NaiveDate;
use domain::schedule::Span;
use domain::{Why, why};
use serde::Deserialize;
use store::Db;
use store::life::dashboard;

use crate::i18n::Tr;

#[derive(Deserialize, Default, Clone, Debug)]
#[serde(default)]
pub struct Asked {
    pub year: String,
    pub term: String,
    pub from: String,
    pub to: String,
}

impl Asked {
    /// The span asked for; `None` when the address asks for none (no year and no dates); else
    /// why it cannot be read.
    pub async fn span(&self, db: &Db, today: NaiveDate, t: Tr) -> Result<Option<Span>, String> {
        let field = |name: &str, reason: Why| field_of(name, &reason, t);
        let date = |name: &'static str, text: &str| match text.trim() {
            "" => Ok(None),
            d => domain::post::parse_date(d).map(Some).map_err(|e| field(name, e)),
        };
        let (from, to) = (date("from", &self.from)?, date("to", &self.to)?);
        let term = match self.term.trim() {
            "" => None,
            n => Some(n.parse::<i64>().map_err(|_| field("term", why("why-not-a-term").arg("value", n)))?),
        };
        let year = Some(self.year.trim()).filter(|y| !y.is_empty());
        if year.is_none() && from.is_none() && to.is_none() {
            return Ok(None);
        }
        dashboard::period(db, year, term, from, to, today).await.map(Some).map_err(|e| match e {
            store::Error::Invalid(errors) => errors.0.iter().map(|e| field_of(&e.field, &e.why, t)).collect::<Vec<_>>().join("; "),
            store::Error::NotFound { key, .. } => field("year", why("why-no-year").arg("year", key)),
            other => other.to_string(),
        })
    }
}

/// "from: 2026-13-01 is not a date", in the reader's language.
fn field_of(name: &str, reason: &Why, t: Tr) -> String {
    why("why-in-field").arg("field", name).because("reason", reason.clone()).say(t)
}
