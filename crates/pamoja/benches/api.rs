//! The API under load, on a copy of the rwanda demo (see `scripts/bench`): KPI latency for the
//! nation, a district and a school (p50 and p99 over repeated calls), and meetings recorded per
//! second by 32 concurrent clients. Prints figures; asserts nothing about time.
//!
//! `PAMOJA_BENCH_DB` names the database (a SQLite file or a postgres:// URL) holding the demo.

use serde_json::{Value, json};
use std::time::{Duration, Instant};

const CALLS: usize = 200;
const CLIENTS: usize = 32;
const MEETINGS_PER_CLIENT: usize = 60;

fn percentile(sorted: &[Duration], p: f64) -> f64 {
    let index = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[index].as_secs_f64() * 1000.0
}

async fn time_calls(client: &reqwest::Client, url: &str, token: &str) -> (f64, f64) {
    let mut times = Vec::with_capacity(CALLS);
    for _ in 0..CALLS {
        let started = Instant::now();
        let response = client.get(url).bearer_auth(token).send().await.expect("the server answers");
        assert!(response.status().is_success(), "{url}: {}", response.status());
        response.bytes().await.expect("a body");
        times.push(started.elapsed());
    }
    times.sort();
    (percentile(&times, 0.5), percentile(&times, 0.99))
}

/// The days a CoP may still meet: in a term, on or after it starts, before today, and not a
/// day it met (one meeting a day); the latest `MEETINGS_PER_CLIENT` of them. The demo's
/// calendar is built around today, so these are this year's days.
fn free_days(schedule: &Value, cop: &Value) -> Vec<chrono::NaiveDate> {
    let day = |v: &Value| v.as_str().and_then(|d| d.parse::<chrono::NaiveDate>().ok());
    let today = chrono::Utc::now().date_naive();
    let starts = day(&cop["starts_on"]).unwrap_or(chrono::NaiveDate::MIN);
    let mut free = Vec::new();
    for term in schedule.as_array().expect("a CoP's schedule lists its terms") {
        let held: Vec<chrono::NaiveDate> = term["held"].as_array().unwrap().iter().filter_map(day).collect();
        let (from, to) = (day(&term["from"]).unwrap(), day(&term["to"]).unwrap());
        free.extend(from.iter_days().take_while(|d| *d <= to && *d < today).filter(|d| *d >= starts && !held.contains(d)));
    }
    free.sort();
    free.split_off(free.len().saturating_sub(MEETINGS_PER_CLIENT))
}

#[tokio::main]
async fn main() {
    let url = std::env::var("PAMOJA_BENCH_DB").expect("PAMOJA_BENCH_DB names the demo database (scripts/bench sets it)");
    let db = pamoja::commands::open(&url).await.expect("the database opens");
    let token = store::auth::create_token(&db, "admin").await.expect("the demo's admin login");
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let state = web::AppState::new(db.clone(), web::security::Config::default()).await.expect("the server's keys");
    tokio::spawn(web::serve(listener, state, std::future::pending()));
    let client = reqwest::Client::new();
    let get = |path: String| {
        let (client, token, base) = (client.clone(), token.clone(), base.clone());
        async move { client.get(format!("{base}{path}")).bearer_auth(token).send().await.unwrap().json::<Value>().await.unwrap() }
    };
    let schools = get("/api/v1/schools?unit=RW-11&per_page=1".into()).await;
    let school = schools["items"][0]["code"].as_str().unwrap().to_owned();

    println!("KPIs through the HTTP API ({CALLS} calls each, this year's figures warm in the cache):");
    for (label, unit) in [("national", "RW"), ("district", "RW-11"), ("school", school.as_str())] {
        let url = format!("{base}/api/v1/kpis?unit={unit}");
        let (p50, p99) = time_calls(&client, &url, &token).await;
        println!("  {label:<9} p50 {p50:7.2} ms   p99 {p99:7.2} ms");
    }

    // Meetings to record: for each client a CoP of the district, all members present.
    let cops = get("/api/v1/cops?unit=RW-11&per_page=32".into()).await;
    let mut bodies = Vec::new();
    for cop in cops["items"].as_array().unwrap().iter().take(CLIENTS) {
        let id = cop["id"].as_str().unwrap().to_owned();
        let members = get(format!("/api/v1/cops/{id}/members")).await;
        let codes: Vec<&str> = members.as_array().unwrap().iter().map(|m| m["person"].as_str().unwrap()).collect();
        let days = free_days(&get(format!("/api/v1/cops/{id}/schedule")).await, &get(format!("/api/v1/cops/{id}")).await);
        let body = json!({
            "held_on": "2026-09-08", "modality": "in-person", "facilitator": codes[0],
            "agenda": [{"toolkit": "BLF-03"}], "formats": ["whole-group", "small-groups"],
            "roles": [{"role": "chair", "person": codes[codes.len() - 1]}],
            "attendance": codes.iter().map(|c| json!({"person": c, "status": "present"})).collect::<Vec<_>>(),
            "decided_by": {"agenda": ["teachers"]}, "topics": ["learner-needs"],
            "action_points": [{"description": "Try it in class", "owner": codes[0], "due_on": "2026-12-18"}]
        });
        bodies.push((id, body, days));
    }
    let started = Instant::now();
    let mut tasks = Vec::new();
    for (id, body, days) in bodies.clone() {
        let (client, token, base) = (client.clone(), token.clone(), base.clone());
        tasks.push(tokio::spawn(async move {
            for day in days {
                let mut body = body.clone();
                body["held_on"] = json!(day.to_string());
                let response =
                    client.post(format!("{base}/api/v1/cops/{id}/meetings")).bearer_auth(&token).json(&body).send().await.unwrap();
                assert!(response.status().is_success(), "{}", response.text().await.unwrap());
            }
        }));
    }
    for task in tasks {
        task.await.unwrap();
    }
    let elapsed = started.elapsed().as_secs_f64();
    let total: usize = bodies.iter().map(|(_, _, days)| days.len()).sum();
    println!(
        "Recording meetings: {total} by {} concurrent clients in {elapsed:.2} s: {:.0} meetings/s",
        bodies.len(),
        total as f64 / elapsed
    );

    let started = Instant::now();
    get("/api/v1/kpis?unit=RW".into()).await;
    println!(
        "National KPIs right after those writes (facts patched for the {} CoPs written to): {:.0} ms",
        bodies.len(),
        started.elapsed().as_secs_f64() * 1000.0
    );
}
