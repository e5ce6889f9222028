//! The registry (`/registry?kind=schools|people&q=…`): schools or people within what the
//! viewer's posts cover, searched by name or code, a page of 50 at a time. A school leads to
//! its page.

use askama::Template;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use serde::Deserialize;
use store::list::Filter;
use store::registry::{people, schools};

use super::form::Choice;
use super::place::Row;
use super::{Layout, Viewer, failure, render};
use crate::AppState;

const SHOWN: u64 = 50;

#[derive(Deserialize)]
pub struct Search {
    #[serde(default)]
    kind: String,
    #[serde(default)]
    q: String,
}

#[derive(Template)]
#[template(path = "registry.html")]
struct Registry {
    layout: Layout,
    kinds: Vec<Choice>,
    q: String,
    header: Vec<String>,
    rows: Vec<Row>,
    more: bool,
}

pub async fn list(State(s): State<AppState>, viewer: Viewer, Query(search): Query<Search>) -> Response {
    let t = viewer.t;
    let filter = Filter { text: Some(search.q.clone()).filter(|q| !q.trim().is_empty()), page: 1, per_page: SHOWN, ..Filter::default() };
    let people = search.kind == "people";
    let found = async {
        Ok::<_, store::Error>(if people {
            let page = people::list(&s.db, &viewer.access, &filter).await?;
            let rows: Vec<Row> = page
                .items
                .into_iter()
                .map(|p| {
                    let edit = if viewer.access.write.covers(&p.place()) { format!("/registry/people/{}", p.code) } else { String::new() };
                    Row { cells: vec![p.code, p.name, p.school.unwrap_or(p.unit), p.phone.unwrap_or_default(), edit], link: String::new() }
                })
                .collect();
            (page.total, rows)
        } else {
            let page = schools::list(&s.db, &viewer.access, &filter).await?;
            let rows: Vec<Row> = page
                .items
                .into_iter()
                .map(|x| {
                    let edit = if viewer.access.write.covers(&x.place()) { format!("/registry/schools/{}", x.code) } else { String::new() };
                    Row { link: format!("/places/{}", x.code), cells: vec![x.code, x.name, x.unit, edit] }
                })
                .collect();
            (page.total, rows)
        })
    };
    let (total, rows) = match found.await {
        Ok(x) => x,
        Err(e) => return failure(t, &e.to_string()),
    };
    let mut header = vec![t.s("col-code"), t.s("col-name"), t.s("col-unit")];
    if people {
        header.push(t.s("col-phone"));
    }
    header.push(t.s("col-edit"));
    let kind = if people { "people" } else { "schools" };
    render(
        StatusCode::OK,
        &Registry {
            layout: Layout::new(t.s("registry-title"), &viewer),
            kinds: Choice::list(["schools", "people"].map(|k| (k.to_owned(), t.s(&format!("registry-kind-{k}")))), &[kind.to_owned()]),
            q: search.q,
            header,
            more: total > rows.len() as u64,
            rows,
        },
    )
}
