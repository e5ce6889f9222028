//! The audit trail: every change (to the registry, to programme set-up, to CoP life, to survey
//! answers and to sign-ins) with who made it, when, and the record before and after. Entries
//! are written in the change's own transaction, so there is no change without its entry, and
//! kept at the record's place, so they are read with the same scope as the record. National
//! set-up (unit levels, programmes, years, waves and phases, toolkits, survey rounds) is kept
//! at [`national`], which only a national scope reads.

use crate::batch::{BATCH, new_id};
use crate::db::Tx;
use crate::{Db, Result, scope};
use chrono::{DateTime, Utc};
use domain::{Access, Place};
use sea_query::{Expr, ExprTrait, JoinType, Query};
use serde::Serialize;
use uuid::Uuid;

/// Every kind of change the trail records (each page names it in the reader's language).
pub const WHAT: &[&str] = &[
    "meeting recorded",
    "report acknowledged",
    "action point followed up",
    "CoP renamed",
    "CoP membership written",
    "unit written",
    "school written",
    "cluster written",
    "person written",
    "post written",
    "unit levels set",
    "programme written",
    "academic year added",
    "rollout written",
    "toolkit written",
    "survey round written",
    "CoP formed",
    "PLC formed",
    "survey responses written",
    "sign-in created",
    "API token created",
    "API token revoked",
    "password changed",
    "password reset",
    "meeting edited",
    "CoP guest written",
    "closure added",
    "school result written",
    "selection rules set",
    "selection opened",
    "candidate nominated",
    "nomination assessed",
    "selection decided",
    "rubric version written",
];

/// The place of national set-up: no unit path starts with it, so only a scope that covers
/// everything reads its entries.
pub(crate) fn national() -> Place {
    Place { unit_path: "/".into(), school: None, cluster: None }
}

/// A record as the trail keeps it.
pub(crate) fn json<T: Serialize>(t: &T) -> serde_json::Value {
    serde_json::to_value(t).unwrap_or(serde_json::Value::Null)
}

/// One change, as written.
pub struct Change {
    /// Who made it; `None` for the operator at the command line (or the demo).
    pub actor: Option<Uuid>,
    /// What happened: one of [`WHAT`].
    pub what: &'static str,
    /// The record's key (an id or a code).
    pub record: String,
    pub place: Place,
    pub before: Option<serde_json::Value>,
    pub after: Option<serde_json::Value>,
}

/// Writes the changes' entries in the caller's transaction.
pub(crate) async fn log(tx: &mut Tx, changes: &[Change]) -> Result<()> {
    debug_assert!(changes.iter().all(|c| WHAT.contains(&c.what)), "every change is one of audit::WHAT, so the trail's page can name it");
    let now = Utc::now();
    let text = |v: &Option<serde_json::Value>| v.as_ref().map(serde_json::Value::to_string);
    for chunk in changes.chunks(BATCH) {
        let mut insert = Query::insert();
        insert.into_table("audit_log").columns([
            "id",
            "changed_at",
            "person_id",
            "what",
            "record",
            "unit_path",
            "school_id",
            "cluster_id",
            "before_value",
            "after_value",
        ]);
        for c in chunk {
            insert.values_panic([
                new_id().into(),
                now.into(),
                c.actor.into(),
                c.what.into(),
                c.record.clone().into(),
                c.place.unit_path.clone().into(),
                c.place.school.into(),
                c.place.cluster.into(),
                text(&c.before).into(),
                text(&c.after).into(),
            ]);
        }
        tx.run(&insert).await?;
    }
    Ok(())
}

/// One entry, as read.
#[derive(Debug, Serialize, sqlx::FromRow)]
pub struct Entry {
    pub changed_at: DateTime<Utc>,
    /// The person's name; `None` for the command line.
    pub who: Option<String>,
    pub what: String,
    pub record: String,
    pub before_value: Option<String>,
    pub after_value: Option<String>,
    #[serde(skip)]
    #[sqlx(flatten)]
    pub at: scope::Located,
}

const COLS: scope::PlaceCols =
    scope::PlaceCols { unit_path: ("a", "unit_path"), school: Some(("a", "school_id")), cluster: Some(("a", "cluster_id")) };

/// The newest changes within what `access` may read, newest first.
/// Which changes a page of the trail keeps: one kind (of [`WHAT`]), and a range of days.
#[derive(Debug, Clone, Default)]
pub struct Kept {
    pub what: Option<String>,
    pub from: Option<chrono::NaiveDate>,
    pub to: Option<chrono::NaiveDate>,
}

/// The trail's entries within the caller's scope, with who made each.
fn visible(access: &Access) -> sea_query::SelectStatement {
    Query::select()
        .columns([("a", "changed_at"), ("a", "what"), ("a", "record"), ("a", "before_value"), ("a", "after_value")])
        .columns([("a", "unit_path"), ("a", "school_id"), ("a", "cluster_id")])
        .expr_as(Expr::col(("p", "name")), "who")
        .from_as("audit_log", "a")
        .join_as(JoinType::LeftJoin, "people", "p", Expr::col(("p", "id")).equals(("a", "person_id")))
        .cond_where(scope::condition(&access.read, &COLS))
        .to_owned()
}

/// A page of the changes within the caller's scope, the newest first; personal fields are
/// left out as in [`recent`].
pub async fn page(db: &Db, access: &Access, kept: &Kept, filter: &crate::list::Filter) -> Result<crate::list::Page<Entry>> {
    let mut q = visible(access);
    if let Some(what) = &kept.what {
        q.and_where(Expr::col(("a", "what")).eq(what.as_str()));
    }
    if let Some(from) = kept.from {
        q.and_where(Expr::col(("a", "changed_at")).gte(from.and_hms_opt(0, 0, 0).expect("midnight").and_utc()));
    }
    if let Some(to) = kept.to.and_then(|d| d.succ_opt()) {
        q.and_where(Expr::col(("a", "changed_at")).lt(to.and_hms_opt(0, 0, 0).expect("midnight").and_utc()));
    }
    let order = [(("a", "changed_at"), sea_query::Order::Desc), (("a", "id"), sea_query::Order::Desc)];
    let mut page: crate::list::Page<Entry> = crate::list::page_in(db, q, filter, &[], ("a", "unit_path"), &order).await?;
    hide_personal(access, &mut page.items);
    Ok(page)
}

pub async fn recent(db: &Db, access: &Access, limit: u64) -> Result<Vec<Entry>> {
    let q = visible(access)
        .order_by(("a", "changed_at"), sea_query::Order::Desc)
        .order_by(("a", "id"), sea_query::Order::Desc)
        .limit(limit)
        .to_owned();
    let mut entries: Vec<Entry> = db.all(&q).await?;
    hide_personal(access, &mut entries);
    Ok(entries)
}

/// Entries at places the caller does not write the registry for lose their personal fields.
fn hide_personal(access: &Access, entries: &mut [Entry]) {
    for entry in entries.iter_mut().filter(|e| !access.write.covers(&e.at.place())) {
        for value in [&mut entry.before_value, &mut entry.after_value].into_iter().flatten() {
            *value = without_personal(value);
        }
    }
}

/// The fields of a record that only those who write the registry where it is may read.
const PERSONAL: [&str; 2] = ["phone", "birth_year"];

/// A record as the trail keeps it, less its personal fields (a reader who does not write the
/// registry there sees that a person changed, not their phone number).
fn without_personal(value: &str) -> String {
    if !PERSONAL.iter().any(|k| value.contains(k)) {
        return value.to_owned();
    }
    match serde_json::from_str::<serde_json::Value>(value) {
        Ok(serde_json::Value::Object(mut record)) => {
            for key in PERSONAL {
                record.remove(key);
            }
            serde_json::Value::Object(record).to_string()
        }
        _ => value.to_owned(),
    }
}

/// The changes a bulk write made (the registry, a rollout, forming CoPs): each record as read
/// before and after it, by key. A record read the same before and after (a file imported
/// again) changed nothing and logs nothing.
pub(crate) fn diff<T: Serialize>(
    what: &'static str,
    actor: Option<Uuid>,
    before: Vec<T>,
    after: Vec<T>,
    key: impl Fn(&T) -> (String, Place),
) -> Vec<Change> {
    let mut old: std::collections::HashMap<String, (serde_json::Value, Place)> = before
        .iter()
        .map(|t| {
            let (record, place) = key(t);
            (record, (json(t), place))
        })
        .collect();
    let mut changes = Vec::new();
    for t in &after {
        let (record, place) = key(t);
        let now = json(t);
        let (was, from) = old.remove(&record).map_or((None, None), |(v, p)| (Some(v), Some(p)));
        if was.as_ref() == Some(&now) {
            continue;
        }
        // A record that moved (a teacher to another school) is logged where it was too, so the
        // place it left sees it go.
        if let Some(from) = from.filter(|from| *from != place) {
            changes.push(Change { actor, what, record: record.clone(), place: from, before: was.clone(), after: Some(now.clone()) });
        }
        changes.push(Change { actor, what, record, place, before: was, after: Some(now) });
    }
    changes
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Serialize)]
    struct School {
        code: &'static str,
        name: &'static str,
    }

    fn key(s: &School) -> (String, Place) {
        (s.code.to_owned(), Place { unit_path: "/RW/".into(), school: None, cluster: None })
    }

    #[test]
    fn a_write_logs_what_changed_with_before_and_after() {
        let before = vec![School { code: "S-1", name: "EP Kigarama" }, School { code: "S-2", name: "EP Bunzani" }];
        let after = vec![
            School { code: "S-1", name: "EP Kigarama" },
            School { code: "S-2", name: "GS Bunzani" },
            School { code: "S-3", name: "EP Nyamata" },
        ];
        let changes = diff("school written", None, before, after, key);
        let logged: Vec<(&str, Option<String>, Option<String>)> = changes
            .iter()
            .map(|c| (c.record.as_str(), c.before.as_ref().map(|v| v["name"].to_string()), c.after.as_ref().map(|v| v["name"].to_string())))
            .collect();
        assert_eq!(
            logged,
            [("S-2", Some("\"EP Bunzani\"".into()), Some("\"GS Bunzani\"".into())), ("S-3", None, Some("\"EP Nyamata\"".into()))],
            "S-1 is unchanged and not logged; S-3 is new"
        );
    }
}
