//! Issue 10: "Tokens cannot be listed, revoked or expired, and a password change leaves them
//! working." Tokens now expire (90 days unless asked), are listed and revoked from the command
//! line and from the owner's page, and a password change revokes them and ends other sessions.

use crate::helpers::{pamoja, spawn_app};
use chrono::{Duration, Utc};
use reqwest::StatusCode;

#[tokio::test]
async fn a_token_works_for_90_days_unless_asked_otherwise_and_never_after() {
    let app = spawn_app().await;
    let token = app.token("deo").await;
    let now = Utc::now();
    assert!(store::auth::token_user_at(&app.db, &token, now + Duration::days(89)).await.unwrap().is_some());
    assert!(store::auth::token_user_at(&app.db, &token, now + Duration::days(91)).await.unwrap().is_none());
    let week = store::auth::create_token_for(&app.db, "deo", 7).await.unwrap();
    assert!(store::auth::token_user_at(&app.db, &week, now + Duration::days(8)).await.unwrap().is_none());
    for days in [0, -1, 367] {
        let refused = store::auth::create_token_for(&app.db, "deo", days).await.unwrap_err().to_string();
        assert_eq!(refused, format!("days: a token lasts 1 to 366 days, not {days}"));
    }
}

#[tokio::test]
async fn a_token_made_before_tokens_expired_ends_90_days_after_it_was_made() {
    let app = spawn_app().await;
    let token = app.token("deo").await;
    // As migration 8 leaves a token made before it: no expiry of its own.
    app.db.script("UPDATE api_tokens SET expires_at = NULL").await.unwrap();
    let now = Utc::now();
    assert!(store::auth::token_user_at(&app.db, &token, now + Duration::days(89)).await.unwrap().is_some());
    assert!(store::auth::token_user_at(&app.db, &token, now + Duration::days(91)).await.unwrap().is_none());
    let listed = store::auth::list_tokens(&app.db, Some("deo")).await.unwrap();
    assert!(listed[0].expires_at.is_none() && listed[0].works(now) && !listed[0].works(now + Duration::days(91)));
}

#[tokio::test]
async fn the_operator_lists_and_revokes_a_token_and_it_stops_at_once() {
    let app = spawn_app().await;
    let token = app.token("deo").await;
    assert_eq!(app.get(&token, "/api/v1/units/RW").await.0, StatusCode::OK);
    let listed = pamoja(&app.url, &["token", "list", "--user", "deo"]);
    let out = String::from_utf8(listed.stdout).unwrap();
    assert!(listed.status.success(), "{out}");
    let line = out.lines().find(|l| l.contains(" deo ")).expect("the DEO's token is listed");
    assert!(line.ends_with("works") && !out.contains(&token), "{out}");
    let id = line.split_whitespace().next().unwrap();
    let revoked = pamoja(&app.url, &["token", "revoke", id]);
    assert!(revoked.status.success(), "{}", String::from_utf8_lossy(&revoked.stderr));
    assert_eq!(app.get(&token, "/api/v1/units/RW").await.0, StatusCode::UNAUTHORIZED);
    let out = String::from_utf8(pamoja(&app.url, &["token", "list", "--user", "deo"]).stdout).unwrap();
    assert!(out.lines().any(|l| l.starts_with(id) && l.contains("revoked")), "{out}");
}

#[tokio::test]
async fn a_password_change_revokes_the_users_tokens_and_ends_their_other_sessions() {
    let app = spawn_app().await;
    let token = app.token("ht").await;
    let user = store::auth::user(&app.db, "ht").await.unwrap();
    let (kept, _) = store::sessions::create(&app.db, &user).await.unwrap();
    let (other, _) = store::sessions::create(&app.db, &user).await.unwrap();
    let neighbour = app.token("deo").await;
    store::sessions::set_password(&app.db, &user, "brick ladder sunrise quiet", &kept).await.unwrap();
    assert_eq!(app.get(&token, "/api/v1/units/RW").await.0, StatusCode::UNAUTHORIZED, "the HT's token is revoked");
    assert_eq!(app.get(&neighbour, "/api/v1/units/RW").await.0, StatusCode::OK, "another user's token is not");
    assert!(store::sessions::get(&app.db, &kept).await.unwrap().is_some(), "the session that changed it stays");
    assert!(store::sessions::get(&app.db, &other).await.unwrap().is_none());
}

#[tokio::test]
async fn a_user_sees_and_revokes_their_own_tokens_on_their_page_and_no_one_elses() {
    let app = spawn_app().await;
    let mine = app.token("ht").await;
    let theirs = app.token("deo").await;
    let user = store::auth::user(&app.db, "ht").await.unwrap();
    let (session, csrf) = store::sessions::create(&app.db, &user).await.unwrap();
    let c = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().unwrap();
    let cookie = format!("pamoja_session={session}");
    let page = c.get(app.url("/account/tokens")).header("cookie", &cookie).send().await.unwrap().text().await.unwrap();
    assert_eq!(page.matches("/revoke\"").count(), 1, "one token of the HT's: {page}");
    assert!(!page.contains(&mine), "a token is never shown again");
    let ids = |who: &'static str| {
        let db = app.db.clone();
        async move { store::auth::list_tokens(&db, Some(who)).await.unwrap()[0].id }
    };
    let (my_id, their_id) = (ids("ht").await, ids("deo").await);
    // Another user's token is answered as missing, and keeps working.
    let refused = c
        .post(app.url(&format!("/account/tokens/{their_id}/revoke")))
        .header("cookie", &cookie)
        .form(&[("csrf", &csrf)])
        .send()
        .await
        .unwrap();
    assert_eq!(refused.status(), StatusCode::NOT_FOUND);
    assert_eq!(app.get(&theirs, "/api/v1/units/RW").await.0, StatusCode::OK);
    // Without the form's token, nothing happens.
    let forged =
        c.post(app.url(&format!("/account/tokens/{my_id}/revoke"))).header("cookie", &cookie).form(&[("csrf", "x")]).send().await.unwrap();
    assert_eq!(forged.status(), StatusCode::FORBIDDEN);
    let done = c
        .post(app.url(&format!("/account/tokens/{my_id}/revoke")))
        .header("cookie", &cookie)
        .form(&[("csrf", &csrf)])
        .send()
        .await
        .unwrap();
    assert_eq!(done.status(), StatusCode::SEE_OTHER);
    assert_eq!(app.get(&mine, "/api/v1/units/RW").await.0, StatusCode::UNAUTHORIZED);
}
