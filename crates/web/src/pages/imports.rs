//! Imports and exports from the pages (`/imports`). A registry file (CSV or XLSX, the export's
//! columns) is uploaded, then read, checked and written in the background while
//! `/imports/{id}` shows how far it has got (the page refreshes itself, no script needed) and,
//! at the end, what was written or every problem by line and column (nothing is written then).
//! Imports write as the viewer: rows outside their posts are refused, as in the API.
//! Exports are [`super::exports`].

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use askama::Template;
use axum::extract::{Multipart, Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use formats::Problem;
use formats::registry::Kind;
use uuid::Uuid;

use super::form::Choice;
use super::place::Row;
use super::{Layout, Viewer, failure, message, refused, render};
use crate::AppState;
use crate::i18n::Tr;
use service::registry_files::{self, Outcome, Step};

/// The largest file the page takes: a national people file (200,000 teachers) is about 23 MB
/// as CSV; Kenya's 330,000 would be about 38 MB.
pub const MAX_BYTES: usize = 64 * 1024 * 1024;
/// Finished imports kept for their report, per server; the oldest go first.
const KEPT: usize = 200;
/// Imports running at once on the server (each holds a chunk of rows in memory, and the
/// registry's write turn while it runs).
const RUNNING: usize = 2;

#[derive(Debug, Clone)]
pub enum JobState {
    Reading,
    Running(Step),
    Done(Outcome),
    Failed(String),
}

#[derive(Debug, Clone)]
pub struct Job {
    owner: Uuid,
    file: String,
    state: JobState,
}

pub type Jobs = Arc<Mutex<HashMap<Uuid, Job>>>;

/// What the page imports: the registry's records a district office keeps up, and schools'
/// exam results (units and clusters are set up once, from the command line).
const KINDS: [Kind; 4] = [Kind::Schools, Kind::People, Kind::Posts, Kind::Results];

fn kinds(t: Tr, chosen: &str) -> Vec<Choice> {
    Choice::list(KINDS.map(|k| (k.slug().to_owned(), t.s(&format!("import-kind-{}", k.slug())))), &[chosen.to_owned()])
}

#[derive(Template)]
#[template(path = "imports.html")]
struct Imports {
    layout: Layout,
    kinds: Vec<Choice>,
    error: String,
}

pub async fn page(viewer: Viewer) -> Response {
    let t = viewer.t;
    render(
        StatusCode::OK,
        &Imports { layout: Layout::new(t.s("imports-title"), &viewer), kinds: kinds(t, "schools"), error: String::new() },
    )
}

/// What the upload form sent. The file goes straight to a temporary file as it arrives, so
/// the server holds a piece of it at a time, never the whole upload.
#[derive(Default)]
struct Upload {
    csrf: String,
    kind: String,
    name: String,
    /// Where the file was saved, and its size; removed when the upload is dropped.
    saved: Option<Saved>,
}

struct Saved {
    path: std::path::PathBuf,
    bytes: usize,
}

impl Drop for Saved {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.path);
    }
}

/// The start of an upload's temporary file's name.
const UPLOAD_PREFIX: &str = "pamoja-upload-";

/// Removes uploads left in the temporary directory by a server that stopped mid-import (a day
/// old or more, so another server's upload under way is left alone).
pub fn sweep_uploads() {
    let Ok(entries) = std::fs::read_dir(std::env::temp_dir()) else { return };
    let day = std::time::Duration::from_secs(24 * 3600);
    for entry in entries.flatten() {
        let old = entry.metadata().and_then(|m| m.modified()).is_ok_and(|t| t.elapsed().is_ok_and(|age| age > day));
        if old && entry.file_name().to_string_lossy().starts_with(UPLOAD_PREFIX) {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

/// Only the name's last part, and only .csv or .xlsx: it names the temporary file.
fn extension(name: &str) -> Option<&'static str> {
    match formats::table::Format::of(std::path::Path::new(name)) {
        Ok(formats::table::Format::Csv) => Some("csv"),
        Ok(formats::table::Format::Xlsx) => Some("xlsx"),
        Err(_) => None,
    }
}

async fn upload(mut form: Multipart) -> Result<Upload, String> {
    use std::io::Write;
    let mut up = Upload::default();
    while let Some(mut field) = form.next_field().await.map_err(|e| e.to_string())? {
        match field.name().unwrap_or("") {
            "csrf" => up.csrf = field.text().await.map_err(|e| e.to_string())?,
            "kind" => up.kind = field.text().await.map_err(|e| e.to_string())?,
            // One file per upload: any further file field is ignored.
            "file" if up.name.is_empty() => {
                up.name = field.file_name().unwrap_or("").rsplit(['/', '\\']).next().unwrap_or("").to_owned();
                let Some(ext) = extension(&up.name) else { continue };
                let path = std::env::temp_dir().join(format!("{UPLOAD_PREFIX}{}.{ext}", Uuid::now_v7()));
                let mut file = std::fs::File::create(&path).map_err(|e| e.to_string())?;
                let mut saved = Saved { path, bytes: 0 };
                // Pieces of a few kilobytes: each write lands in the page cache at once.
                while let Some(piece) = field.chunk().await.map_err(|e| e.to_string())? {
                    file.write_all(&piece).map_err(|e| e.to_string())?;
                    saved.bytes += piece.len();
                }
                file.flush().map_err(|e| e.to_string())?;
                up.saved = Some(saved);
            }
            _ => {}
        }
    }
    Ok(up)
}

pub async fn submit(State(s): State<AppState>, viewer: Viewer, form: Multipart) -> Response {
    let t = viewer.t;
    let again = |kind: &str, error: String| {
        render(
            StatusCode::UNPROCESSABLE_ENTITY,
            &Imports { layout: Layout::new(t.s("imports-title"), &viewer), kinds: kinds(t, kind), error },
        )
    };
    let mut up = match upload(form).await {
        Ok(up) => up,
        Err(e) => return again("schools", t.a1("import-unreadable", "reason", &e)),
    };
    if !viewer.sent_back(&up.csrf) {
        return refused(t);
    }
    let Some(kind) = up.kind.parse::<Kind>().ok().filter(|k| KINDS.contains(k)) else {
        return again("schools", t.s("import-choose-kind"));
    };
    let name = up.name.clone();
    let Some(saved) = up.saved.take() else { return again(&up.kind, t.a1("import-not-a-table", "file", &name)) };
    if saved.bytes == 0 {
        return again(&up.kind, t.a1("import-empty", "file", &name));
    }
    let id = Uuid::now_v7();
    {
        let mut jobs = s.imports.lock().expect("the imports lock is never poisoned");
        let running = |j: &Job| matches!(j.state, JobState::Reading | JobState::Running(_));
        if jobs.values().any(|j| j.owner == viewer.user.id && running(j)) {
            return again(&up.kind, t.s("import-one-at-a-time"));
        }
        if jobs.values().filter(|j| running(j)).count() >= RUNNING {
            return again(&up.kind, t.s("import-busy"));
        }
        // Forget the oldest finished imports (ids are time-ordered) beyond those kept.
        let mut finished: Vec<Uuid> = jobs.iter().filter(|(_, j)| !running(j)).map(|(id, _)| *id).collect();
        finished.sort();
        for old in finished.iter().take((finished.len() + 1).saturating_sub(KEPT)) {
            jobs.remove(old);
        }
        jobs.insert(id, Job { owner: viewer.user.id, file: name.clone(), state: JobState::Reading });
    }
    let (db, jobs, access) = (s.db.clone(), s.imports.clone(), viewer.access.clone());
    tokio::spawn(async move {
        let set = |state: JobState| {
            if let Some(job) = jobs.lock().expect("the imports lock is never poisoned").get_mut(&id) {
                job.state = state;
            }
        };
        let outcome = registry_files::import(&db, &access, kind, &saved.path, &name, false, |step| set(JobState::Running(step))).await;
        drop(saved);
        match outcome {
            Ok(outcome) => set(JobState::Done(outcome)),
            Err(e @ (store::Error::OutOfScope { .. } | store::Error::NotFound { .. } | store::Error::Invalid(_))) => {
                set(JobState::Failed(e.to_string()))
            }
            Err(e) => {
                tracing::error!(error = %e, "an import failed");
                set(JobState::Failed(String::new()))
            }
        }
    });
    Redirect::to(&format!("/imports/{id}")).into_response()
}

#[derive(Template)]
#[template(path = "import.html")]
struct Progress {
    layout: Layout,
    running: bool,
    /// Which of the three steps (reading, checking, writing) is under way, and its words.
    step: u8,
    step_text: String,
    status: String,
    rejected: bool,
    problems: Vec<Row>,
}

pub async fn progress(State(s): State<AppState>, viewer: Viewer, Path(id): Path<Uuid>) -> Response {
    let t = viewer.t;
    let job = s.imports.lock().expect("the imports lock is never poisoned").get(&id).cloned();
    let Some(job) = job.filter(|j| j.owner == viewer.user.id) else { return message(t, StatusCode::NOT_FOUND, "record-missing") };
    let file = job.file.as_str();
    let rows = |n: usize| t.num(n as u64);
    // A count as a number, for a message to choose its plural form by ("1 row", "2 rows").
    let count = |n: usize| words::FluentValue::from(n);
    let step = match &job.state {
        JobState::Reading => 1,
        JobState::Running(Step::Checking { .. }) => 2,
        _ => 3,
    };
    let (running, status, rejected, problems) = match &job.state {
        JobState::Reading => (true, t.a1("import-reading", "file", file), false, Vec::new()),
        JobState::Running(Step::Checking { rows: n }) => (
            true,
            t.a("import-checking", &[("file", file.to_owned().into()), ("rows", rows(*n).into()), ("count", count(*n))]),
            false,
            Vec::new(),
        ),
        JobState::Running(Step::Writing { rows: n }) => (
            true,
            t.a("import-writing", &[("file", file.to_owned().into()), ("rows", rows(*n).into()), ("count", count(*n))]),
            false,
            Vec::new(),
        ),
        JobState::Failed(reason) if reason.is_empty() => return failure(t, "an import failed (logged above)"),
        JobState::Failed(reason) => {
            (false, t.a("import-failed", &[("file", file.to_owned().into()), ("reason", reason.clone().into())]), true, Vec::new())
        }
        JobState::Done(o) if o.rejected => (
            false,
            t.a("import-rejected", &[("file", file.to_owned().into()), ("lines", rows(o.lines()).into()), ("count", count(o.lines()))]),
            true,
            lines(t, &o.problems),
        ),
        JobState::Done(o) => (
            false,
            t.a(
                "import-done",
                &[
                    ("file", file.to_owned().into()),
                    ("inserted", rows(o.inserted).into()),
                    ("updated", rows(o.updated).into()),
                    ("inserted_n", count(o.inserted)),
                    ("updated_n", count(o.updated)),
                ],
            ),
            false,
            lines(t, &o.problems),
        ),
    };
    let layout = Layout::new(t.s("imports-title"), &viewer);
    let step_text = t.a1("import-step", "step", &t.num(u64::from(step)));
    render(StatusCode::OK, &Progress { layout, running, step, step_text, status, rejected, problems })
}

fn lines(t: Tr, problems: &[Problem]) -> Vec<Row> {
    problems.iter().map(|p| Row { cells: vec![p.line.to_string(), p.column.to_string(), p.reason.say(t)], link: String::new() }).collect()
}
