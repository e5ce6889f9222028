//! Editing a registry record from its page, for those whose posts let them write there:
//! a school's name, ownership and locality (`/registry/schools/{code}`), a person's name and
//! phone (`/registry/people/{code}`). The write is the API's and the import's (`store`'s batch
//! of one, checked whole, audited with before and after); a problem shows beside its field.

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use domain::person::PersonFields;
use domain::{NewPerson, NewSchool, Place};
use store::batch::{Mode, Policy};
use store::registry::{people, schools};

use super::form::{Choice, Fields, Problems};
use super::{Layout, Viewer, refusal, refused, render};
use crate::AppState;

pub struct Input {
    pub name: String,
    pub label: String,
    pub value: String,
    /// For a select: its options; empty for a text input.
    pub options: Vec<Choice>,
    /// For a text input: the most characters it takes (the same limit the store refuses past).
    pub max: usize,
}

#[derive(Template)]
#[template(path = "registry_edit.html")]
struct Edit {
    layout: Layout,
    heading: String,
    action: String,
    inputs: Vec<Input>,
    problems: Problems,
    saved: bool,
    /// The fields on the form; problems with any other are listed in the alert.
    fields: Vec<String>,
    /// Pages about the same record: (address, words).
    links: Vec<(String, String)>,
}

impl Edit {
    fn with_fields(mut self) -> Self {
        self.fields = self.inputs.iter().map(|i| i.name.clone()).collect();
        self
    }
}

fn text(name: &str, label: String, value: &str) -> Input {
    // A phone number is at most 15 digits with its spaces and signs; a name is a name.
    let max = if name == "phone" { 40 } else { domain::text::NAME };
    Input { name: name.to_owned(), label, value: value.to_owned(), options: Vec::new(), max }
}

fn select(t: crate::i18n::Tr, name: &str, label: String, value: &str, options: &[&str]) -> Input {
    let options = Choice::list(options.iter().map(|o| (o.to_string(), t.word(name, o))), &[value.to_owned()]);
    Input { name: name.to_owned(), label, value: value.to_owned(), options, max: 0 }
}

/// A store error on saving: the record's problems beside their fields, else the refusal page.
fn unsaved(viewer: &Viewer, e: store::Error, page: impl FnOnce(Problems) -> Edit) -> Response {
    match super::form::field_problems(e) {
        Ok(errors) => render(StatusCode::UNPROCESSABLE_ENTITY, &page(Problems::from(viewer.t, &errors))),
        Err(e) => refusal(viewer.t, &e),
    }
}

fn school_page(viewer: &Viewer, s: &schools::School, name: &str, ownership: &str, locality: &str, problems: Problems, saved: bool) -> Edit {
    let t = viewer.t;
    let heading = t.a1("registry-edit-title", "name", &s.name);
    Edit {
        layout: Layout::new(heading.clone(), viewer),
        heading,
        action: format!("/registry/schools/{}", s.code),
        inputs: vec![
            text("name", t.s("field-name"), name),
            select(t, "ownership", t.s("field-ownership"), ownership, &["public", "private"]),
            select(t, "locality", t.s("field-locality"), locality, &["rural", "urban"]),
        ],
        problems,
        saved,
        fields: Vec::new(),
        links: Vec::new(),
    }
    .with_fields()
}

fn writable(viewer: &Viewer, place: &Place, what: &'static str, code: &str) -> Result<(), store::Error> {
    if viewer.access.write.covers(place) { Ok(()) } else { Err(store::Error::out_of_scope(what, code)) }
}

pub async fn school_form(
    State(s): State<AppState>,
    viewer: Viewer,
    Path(code): Path<String>,
    axum::extract::Query(q): axum::extract::Query<super::form::Saved>,
) -> Response {
    let found = async {
        let school = schools::get(&s.db, &viewer.access, &code).await?;
        writable(&viewer, &school.place(), "school", &code)?;
        Ok::<_, store::Error>(school)
    };
    match found.await {
        Ok(x) => render(StatusCode::OK, &school_page(&viewer, &x, &x.name, &x.ownership, &x.locality, Problems::default(), q.shown())),
        Err(e) => refusal(viewer.t, &e),
    }
}

pub async fn school_submit(
    State(s): State<AppState>,
    viewer: Viewer,
    Path(code): Path<String>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Response {
    let f = Fields(pairs);
    if !f.sent_by(&viewer) {
        return refused(viewer.t);
    }
    let school = match schools::get(&s.db, &viewer.access, &code).await {
        Ok(x) => x,
        Err(e) => return refusal(viewer.t, &e),
    };
    let (name, ownership, locality) = (f.one("name"), f.one("ownership"), f.one("locality"));
    let page = |problems| school_page(&viewer, &school, &name, &ownership, &locality, problems, false);
    let record = match NewSchool::parse(&school.code, &name, &school.unit, &ownership, &locality) {
        Ok(r) => r,
        Err(errors) => return render(StatusCode::UNPROCESSABLE_ENTITY, &page(Problems::from(viewer.t, &errors))),
    };
    match schools::write(&s.db, &viewer.access, &[record], Mode::Update, Policy::AllOrNothing).await {
        Ok(_) => Redirect::to(&format!("/registry/schools/{code}?saved=1")).into_response(),
        Err(e) => unsaved(&viewer, e, page),
    }
}

fn person_page(viewer: &Viewer, p: &people::Person, name: &str, phone: &str, problems: Problems, saved: bool) -> Edit {
    let t = viewer.t;
    let heading = t.a1("registry-edit-title", "name", &p.name);
    Edit {
        layout: Layout::new(heading.clone(), viewer),
        heading,
        action: format!("/registry/people/{}", p.code),
        inputs: vec![text("name", t.s("field-name"), name), text("phone", t.s("field-phone"), phone)],
        problems,
        saved,
        fields: Vec::new(),
        links: vec![(format!("/registry/people/{}/sign-in", p.code), t.s("account-link"))],
    }
    .with_fields()
}

pub async fn person_form(
    State(s): State<AppState>,
    viewer: Viewer,
    Path(code): Path<String>,
    axum::extract::Query(q): axum::extract::Query<super::form::Saved>,
) -> Response {
    let found = async {
        let person = people::get(&s.db, &viewer.access, &code).await?;
        writable(&viewer, &person.place(), "person", &code)?;
        Ok::<_, store::Error>(person)
    };
    match found.await {
        Ok(p) => {
            render(StatusCode::OK, &person_page(&viewer, &p, &p.name, p.phone.as_deref().unwrap_or(""), Problems::default(), q.shown()))
        }
        Err(e) => refusal(viewer.t, &e),
    }
}

pub async fn person_submit(
    State(s): State<AppState>,
    viewer: Viewer,
    Path(code): Path<String>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Response {
    let f = Fields(pairs);
    if !f.sent_by(&viewer) {
        return refused(viewer.t);
    }
    let p = match people::get(&s.db, &viewer.access, &code).await {
        Ok(x) => x,
        Err(e) => return refusal(viewer.t, &e),
    };
    let (name, phone) = (f.one("name"), f.one("phone"));
    let page = |problems| person_page(&viewer, &p, &name, &phone, problems, false);
    let text = |v: &Option<String>| v.clone().unwrap_or_default();
    let num = |v: Option<i64>| v.map(|n| n.to_string()).unwrap_or_default();
    let (birth_year, age_band, qualification, started, school) =
        (num(p.birth_year), text(&p.age_band), text(&p.qualification), num(p.started_teaching), text(&p.school));
    let fields = PersonFields {
        code: &p.code,
        name: &name,
        gender: &p.gender,
        birth_year: &birth_year,
        age_band: &age_band,
        subjects: &p.subjects,
        qualification: &qualification,
        started_teaching: &started,
        phone: &phone,
        unit: &p.unit,
        school: &school,
    };
    let record = match NewPerson::parse(&fields, chrono::Datelike::year(&chrono::Utc::now())) {
        Ok(r) => r,
        Err(errors) => return render(StatusCode::UNPROCESSABLE_ENTITY, &page(Problems::from(viewer.t, &errors))),
    };
    match people::write(&s.db, &viewer.access, &[record], Mode::Update, Policy::AllOrNothing).await {
        Ok(_) => Redirect::to(&format!("/registry/people/{code}?saved=1")).into_response(),
        Err(e) => unsaved(&viewer, e, page),
    }
}
