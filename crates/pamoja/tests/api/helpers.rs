//! `spawn_app()`: a fresh database with the small demo country, and the server on port 0.

use reqwest::StatusCode;
use serde_json::Value;
use std::net::SocketAddr;
use store::Db;

pub struct TestApp {
    pub addr: SocketAddr,
    pub db: Db,
    /// The database URL, for running the binary against the same data.
    pub url: String,
    pub data: sim::Dataset,
    client: reqwest::Client,
    _shutdown: tokio::sync::oneshot::Sender<()>,
}

/// A fresh, migrated, empty database on the backend the environment selects.
pub async fn fresh_db() -> (Db, String) {
    let name = format!("pamoja_test_{}", uuid::Uuid::now_v7().simple());
    let url = match std::env::var("PAMOJA_TEST_DB") {
        Ok(base) if base.starts_with("postgres") => {
            let admin = Db::connect(&base).await.expect("the test PostgreSQL server is reachable");
            admin.script(&format!("CREATE DATABASE {name}")).await.expect("a test database can be created");
            admin.close().await;
            let (root, _) = base.rsplit_once('/').expect("a postgres URL ends with /DATABASE");
            format!("{root}/{name}")
        }
        _ => std::env::temp_dir().join(format!("{name}.sqlite")).display().to_string(),
    };
    let db = pamoja::commands::open(&url).await.expect("the test database opens and migrates");
    (db, url)
}

pub async fn spawn_app() -> TestApp {
    spawn_app_with(web::security::Config::default()).await
}

/// [`spawn_app`] with the server configured as `config` says (a public HTTPS URL, say).
pub async fn spawn_app_with(config: web::security::Config) -> TestApp {
    let (db, url) = fresh_db().await;
    // The day the small demo's year was written for: its calendar as written, the year's
    // meetings held up to the day before.
    let data = sim::generate(sim::Scale::Small, 7, chrono::NaiveDate::from_ymd_opt(2026, 7, 17).expect("a date"));
    pamoja::commands::demo::write(&db, &data).await.expect("the small demo country is written");
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("a free port");
    let addr = listener.local_addr().unwrap();
    let (tx, rx) = tokio::sync::oneshot::channel::<()>();
    let state = web::AppState::new(db.clone(), config).await.expect("the server's keys");
    tokio::spawn(async move {
        web::serve(listener, state, async {
            let _ = rx.await;
        })
        .await
        .expect("the server runs");
    });
    TestApp { addr, db, url, data, client: reqwest::Client::new(), _shutdown: tx }
}

impl TestApp {
    /// An API token for a demo login (`ht`, `deo`, `teacher`, `admin`, ...).
    pub async fn token(&self, username: &str) -> String {
        store::auth::create_token(&self.db, username).await.expect("the demo login exists")
    }

    /// A GET's body as text (for pages).
    pub async fn client_get(&self, token: &str, path: &str) -> String {
        let response = self.client.get(self.url(path)).bearer_auth(token).send().await.expect("the server answers");
        assert_eq!(response.status(), StatusCode::OK, "{path}");
        response.text().await.expect("a text body")
    }

    /// A signed-in session for a demo login: its cookie (`pamoja_session=…`) and CSRF token.
    pub async fn session(&self, username: &str) -> (String, String) {
        let user = store::auth::user(&self.db, username).await.expect("the demo login exists");
        let (token, csrf) = store::sessions::create(&self.db, &user).await.expect("a session");
        (format!("pamoja_session={token}"), csrf)
    }

    /// A page's status and HTML, with a session's cookie; redirects are not followed.
    pub async fn page(&self, cookie: &str, path: &str) -> (StatusCode, String) {
        let response = pages_client().get(self.url(path)).header(reqwest::header::COOKIE, cookie).send().await.expect("the server answers");
        (response.status(), response.text().await.expect("a text body"))
    }

    /// A form posted with a session's cookie (the CSRF token among `pairs`); redirects are not followed.
    pub async fn submit(&self, cookie: &str, path: &str, pairs: &[(&str, &str)]) -> reqwest::Response {
        pages_client().post(self.url(path)).header(reqwest::header::COOKIE, cookie).form(pairs).send().await.expect("the server answers")
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.addr)
    }

    pub async fn get(&self, token: &str, path: &str) -> (StatusCode, Value) {
        let response = self.client.get(self.url(path)).bearer_auth(token).send().await.expect("the server answers");
        let status = response.status();
        (status, response.json().await.unwrap_or(Value::Null))
    }

    pub async fn send(&self, method: reqwest::Method, token: &str, path: &str, body: Value) -> (StatusCode, Value) {
        let response = self.client.request(method, self.url(path)).bearer_auth(token).json(&body).send().await.expect("the server answers");
        let status = response.status();
        (status, response.json().await.unwrap_or(Value::Null))
    }

    pub async fn post(&self, token: &str, path: &str, body: Value) -> (StatusCode, Value) {
        self.send(reqwest::Method::POST, token, path, body).await
    }

    pub async fn put(&self, token: &str, path: &str, body: Value) -> (StatusCode, Value) {
        self.send(reqwest::Method::PUT, token, path, body).await
    }

    pub async fn raw_get(&self, path: &str) -> reqwest::Response {
        self.client.get(self.url(path)).send().await.expect("the server answers")
    }

    /// The school of a demo login's school post.
    pub fn school_of(&self, username: &str) -> String {
        let login = self.data.logins.iter().find(|l| l.username == username).expect("a demo login");
        let person = self.data.people.iter().find(|p| p.code.as_str() == login.person).expect("the login's person");
        person.school.as_ref().expect("a school person").to_string()
    }

    /// A school outside `unit` (by code prefix).
    pub fn school_outside(&self, prefix: &str) -> String {
        self.data.schools.iter().find(|s| !s.code.as_str().starts_with(prefix)).expect("another school").code.to_string()
    }

    pub async fn count(&self, table: &str) -> i64 {
        store::table_counts(&self.db).await.unwrap().into_iter().find(|(t, _)| *t == table).map(|(_, n)| n).expect("a counted table")
    }
}

/// A client for pages: it shows redirects rather than following them.
pub fn pages_client() -> reqwest::Client {
    reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().expect("a client")
}

/// The codes in a page of results.
pub fn codes(page: &Value) -> Vec<String> {
    page["items"].as_array().expect("a page").iter().map(|i| i["code"].as_str().unwrap().to_owned()).collect()
}

/// Runs the real binary against a database, as an operator would.
pub fn pamoja(db: &str, args: &[&str]) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_pamoja"))
        .args(args)
        .args(["--db", db])
        .env("PAMOJA_LOG", "error")
        .output()
        .expect("the binary runs")
}

/// Runs the binary with no database, as a researcher runs `pamoja stats`.
pub fn pamoja_offline(args: &[&str]) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_pamoja")).args(args).env("PAMOJA_LOG", "error").output().expect("the binary runs")
}
