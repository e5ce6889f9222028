//! The pages over HTTP: signing in with a session cookie, CSRF on every form, rate-limited
//! failures, cached and compressed assets. (The browser tests in tests/browser drive the same
//! pages in Chromium.)

use crate::helpers::{TestApp, spawn_app};
use reqwest::StatusCode;
use reqwest::header::{ACCEPT_ENCODING, CACHE_CONTROL, CONTENT_ENCODING, COOKIE, LOCATION, SET_COOKIE};

use crate::helpers::pages_client as client;

pub(crate) fn cookie_value(response: &reqwest::Response, name: &str) -> Option<String> {
    response.headers().get_all(SET_COOKIE).iter().filter_map(|v| v.to_str().ok()).find_map(|v| {
        let (pair, _) = v.split_once(';').unwrap_or((v, ""));
        let (k, val) = pair.split_once('=')?;
        (k == name).then(|| val.to_owned())
    })
}

fn hidden_csrf(html: &str) -> String {
    let at = html.find("name=\"csrf\" value=\"").expect("a CSRF field") + "name=\"csrf\" value=\"".len();
    html[at..].split('"').next().unwrap().to_owned()
}

/// Signs in through the form and returns the session cookie.
pub(crate) async fn sign_in(app: &TestApp, username: &str, password: &str) -> reqwest::Response {
    let c = client();
    let form = c.get(app.url("/sign-in")).send().await.unwrap();
    let pre = cookie_value(&form, "pamoja_csrf").expect("a pre-session CSRF cookie");
    let csrf = hidden_csrf(&form.text().await.unwrap());
    c.post(app.url("/sign-in"))
        .header(COOKIE, format!("pamoja_csrf={pre}"))
        .form(&[("username", username), ("password", password), ("csrf", csrf.as_str())])
        .send()
        .await
        .unwrap()
}

#[tokio::test]
async fn a_head_teacher_signs_in_sees_their_school_and_signs_out() {
    let app = spawn_app().await;
    let c = client();
    let anonymous = c.get(app.url("/")).send().await.unwrap();
    assert_eq!((anonymous.status(), anonymous.headers()[LOCATION].to_str().unwrap()), (StatusCode::SEE_OTHER, "/sign-in"));

    let signed = sign_in(&app, "ht", pamoja::commands::demo::DEMO_PASSWORD).await;
    assert_eq!(signed.status(), StatusCode::SEE_OTHER);
    let set = signed
        .headers()
        .get_all(SET_COOKIE)
        .iter()
        .map(|v| v.to_str().unwrap().to_owned())
        .find(|v| v.starts_with("pamoja_session="))
        .unwrap();
    assert!(set.contains("HttpOnly") && set.contains("SameSite=Lax") && !set.contains("Secure"), "{set}");
    let session = cookie_value(&signed, "pamoja_session").unwrap();
    let home = c.get(app.url("/")).header(COOKIE, format!("pamoja_session={session}")).send().await.unwrap();
    assert_eq!(home.status(), StatusCode::OK);
    let html = home.text().await.unwrap();
    let school = app.data.schools.iter().find(|s| s.code.as_str() == app.school_of("ht")).unwrap();
    assert!(html.contains("Welcome,") && html.contains(&school.name), "{html}");
    assert!(!html.contains("<script"), "pages need no script");
    // The tests' calendar is the year 2025-26 as written (helpers pin the demo's day); the
    // clock is past it, so the page says it is between terms, and that no next term is set up.
    assert!(html.contains("Between terms. The last term ran 20 Apr 2026 to 17 Jul 2026; no next term is set up yet."), "{html}");

    // Signing out without the form's token is refused, with it the session ends.
    let forged =
        c.post(app.url("/sign-out")).header(COOKIE, format!("pamoja_session={session}")).form(&[("csrf", "nope")]).send().await.unwrap();
    assert_eq!(forged.status(), StatusCode::FORBIDDEN);
    let csrf = hidden_csrf(&html);
    let out = c
        .post(app.url("/sign-out"))
        .header(COOKIE, format!("pamoja_session={session}"))
        .form(&[("csrf", csrf.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(out.status(), StatusCode::SEE_OTHER);
    let after = c.get(app.url("/")).header(COOKIE, format!("pamoja_session={session}")).send().await.unwrap();
    assert_eq!(after.status(), StatusCode::SEE_OTHER, "the session is gone");
}

#[tokio::test]
async fn a_sign_in_without_its_csrf_cookie_is_refused_and_failures_are_rate_limited() {
    let app = spawn_app().await;
    let c = client();
    let forged = c
        .post(app.url("/sign-in"))
        .form(&[("username", "ht"), ("password", pamoja::commands::demo::DEMO_PASSWORD), ("csrf", "x")])
        .send()
        .await
        .unwrap();
    assert_eq!(forged.status(), StatusCode::FORBIDDEN);
    for _ in 0..5 {
        assert_eq!(sign_in(&app, "deo", "wrong-password").await.status(), StatusCode::UNAUTHORIZED);
    }
    // From this address, the next attempt for deo waits 30 seconds: a growing delay, not a lock.
    let blocked = sign_in(&app, "deo", pamoja::commands::demo::DEMO_PASSWORD).await;
    assert_eq!(blocked.status(), StatusCode::TOO_MANY_REQUESTS);
    let retry: i64 = blocked.headers()["retry-after"].to_str().unwrap().parse().unwrap();
    assert!((1..=30).contains(&retry), "{retry}");
    assert!(blocked.text().await.unwrap().contains("Too many failed attempts. Wait a minute, then try again."));
    assert_eq!(
        sign_in(&app, "ht", pamoja::commands::demo::DEMO_PASSWORD).await.status(),
        StatusCode::SEE_OTHER,
        "other users are not held up"
    );
    // The same username from another address is not held up: no one can lock anyone out.
    let now = chrono::Utc::now();
    assert!(store::sessions::wait(&app.db, "deo", "127.0.0.1", now).await.unwrap().is_some());
    assert_eq!(store::sessions::wait(&app.db, "deo", "10.0.0.9", now).await.unwrap(), None);
}

#[tokio::test]
async fn one_address_guessing_many_usernames_waits_and_a_huge_username_is_counted_cut() {
    let app = spawn_app().await;
    for n in 0..store::sessions::FREE_FOR_CLIENT {
        store::sessions::record_failure(&app.db, &format!("user{n}"), "10.0.0.7").await.unwrap();
    }
    let now = chrono::Utc::now();
    let wait = store::sessions::wait(&app.db, "anyone-at-all", "10.0.0.7", now).await.unwrap().expect("the address waits");
    assert!(wait.num_seconds() <= 30, "{wait}");
    assert_eq!(store::sessions::wait(&app.db, "anyone-at-all", "10.0.0.8", now).await.unwrap(), None);
    // A 1 MB username is counted as its first 64 characters: five of them spend the free tries.
    let huge = "a".repeat(1 << 20);
    for _ in 0..5 {
        assert_eq!(sign_in(&app, &huge, "wrong-password").await.status(), StatusCode::UNAUTHORIZED);
    }
    let cut = "a".repeat(store::auth::MAX_USERNAME);
    assert!(store::sessions::wait(&app.db, &cut, "127.0.0.1", chrono::Utc::now()).await.unwrap().is_some());
}

#[tokio::test]
async fn assets_have_hashed_names_a_year_of_cache_and_compression() {
    let app = spawn_app().await;
    let html = client().get(app.url("/sign-in")).send().await.unwrap().text().await.unwrap();
    let at = html.find("/static/pico.").unwrap();
    let url = html[at..].split('"').next().unwrap().to_owned();
    assert!(url.len() == "/static/pico.0123456789.css".len(), "{url}");
    let css = client().get(app.url(&url)).header(ACCEPT_ENCODING, "gzip").send().await.unwrap();
    assert_eq!(css.status(), StatusCode::OK);
    assert_eq!(css.headers()[CACHE_CONTROL], "public, max-age=31536000, immutable");
    assert_eq!(css.headers()[CONTENT_ENCODING], "gzip");
    assert_eq!(client().get(app.url("/static/pico.0000000000.css")).send().await.unwrap().status(), StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn an_unknown_address_shows_a_page_with_a_way_home_and_under_the_api_a_json_error() {
    let app = spawn_app().await;
    let c = client();
    let page = c.get(app.url("/no-such-page")).header("accept-language", "fr").send().await.unwrap();
    assert_eq!(page.status(), StatusCode::NOT_FOUND);
    let html = page.text().await.unwrap();
    assert!(html.contains("<h1>Cette page n&#39;existe pas</h1>"), "{html}");
    assert!(html.contains("href=\"/\""), "a way home: {html}");
    let api = c.get(app.url("/api/v1/no-such-route")).send().await.unwrap();
    assert_eq!(api.status(), StatusCode::NOT_FOUND);
    let body: serde_json::Value = api.json().await.unwrap();
    assert_eq!(body["error"], "no route /api/v1/no-such-route");
    // Every page names its icon, served from the server itself.
    let icon = html.split("rel=\"icon\" href=\"").nth(1).and_then(|r| r.split('"').next()).expect("an icon link").to_owned();
    let served = c.get(app.url(&icon)).send().await.unwrap();
    assert_eq!((served.status(), served.headers()["content-type"].to_str().unwrap()), (StatusCode::OK, "image/svg+xml"));
}

/// Issue 11: a national admin adds a closure to a year already set up; sent twice, it is added
/// once; outside the year it is refused with the year's dates; no one else may.
#[tokio::test]
async fn a_closure_is_added_to_a_year_already_set_up_once_and_inside_it() {
    let app = spawn_app().await;
    let closures = app.count("closures").await;
    let (admin, csrf) = app.session("admin").await;
    let rains = [("csrf", csrf.as_str()), ("year", "2025-26"), ("name", "Heavy rains"), ("from", "2026-04-27"), ("to", "2026-04-30")];
    for _ in 0..2 {
        let sent = app.submit(&admin, "/calendar/closures", &rains).await;
        assert_eq!((sent.status(), sent.headers()[LOCATION].to_str().unwrap()), (StatusCode::SEE_OTHER, "/calendar?added=closure"));
    }
    assert_eq!(app.count("closures").await, closures + 1, "a retry adds nothing");
    let (_, page) = app.page(&admin, "/calendar?added=closure").await;
    assert!(page.contains("The closure is added") && page.contains("Heavy rains"), "listed under its year");
    let outside = [("csrf", csrf.as_str()), ("year", "2025-26"), ("name", "Elections"), ("from", "2026-08-03"), ("to", "2026-08-07")];
    let refused = app.submit(&admin, "/calendar/closures", &outside).await;
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.text().await.unwrap().contains("the closure must lie inside 2025-26 (2025-09-08 to 2026-07-17)"));
    let (deo, deo_csrf) = app.session("deo").await;
    let mut theirs = rains;
    theirs[0] = ("csrf", deo_csrf.as_str());
    assert_eq!(app.submit(&deo, "/calendar/closures", &theirs).await.status(), StatusCode::FORBIDDEN);
    assert_eq!(app.count("closures").await, closures + 1);
}
