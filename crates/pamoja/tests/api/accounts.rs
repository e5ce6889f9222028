//! Sign-ins made and passwords reset from the web app (issue 11): by a head teacher for their
//! school's staff, a DEO for their district, within the grant rules; the password is shown once
//! and must be changed at the first sign-in.

use crate::helpers::spawn_app;
use crate::pages::{cookie_value, sign_in};
use reqwest::StatusCode;
use reqwest::header::LOCATION;

/// The handed password on the answer page.
fn handed(html: &str) -> String {
    html.split(r#"<code class="handed">"#).nth(1).expect("a handed password").split("</code>").next().unwrap().to_owned()
}

#[tokio::test]
async fn a_head_teacher_resets_a_teachers_password_which_is_changed_at_the_first_sign_in() {
    let app = spawn_app().await;
    let teacher = app.data.logins.iter().find(|l| l.username == "teacher").unwrap().person.clone();
    let old_token = app.token("teacher").await;
    let (ht, csrf) = app.session("ht").await;
    let path = format!("/registry/people/{teacher}/sign-in");
    let (status, page) = app.page(&ht, &path).await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("Signs in as teacher.") && page.contains("Reset the password"), "{page}");
    let answer = app.submit(&ht, &path, &[("csrf", &csrf)]).await;
    assert_eq!(answer.status(), StatusCode::OK);
    let password = handed(&answer.text().await.unwrap());
    assert_eq!(password.len(), 19, "four groups of four: {password}");
    // The old token and the old password no longer work.
    assert_eq!(app.get(&old_token, "/api/v1/cops").await.0, StatusCode::UNAUTHORIZED);
    assert_eq!(sign_in(&app, "teacher", pamoja::commands::demo::DEMO_PASSWORD).await.status(), StatusCode::UNAUTHORIZED);
    // Signed in with the handed one, every page leads to choosing one's own.
    let signed = sign_in(&app, "teacher", &password).await;
    assert_eq!(signed.status(), StatusCode::SEE_OTHER);
    let cookie = format!("pamoja_session={}", cookie_value(&signed, "pamoja_session").unwrap());
    let home = app.page(&cookie, "/").await;
    assert_eq!(home.0, StatusCode::SEE_OTHER);
    let (status, form) = app.page(&cookie, "/account/password").await;
    assert_eq!(status, StatusCode::OK);
    assert!(form.contains("You were given this password by someone else."), "{form}");
    let csrf = form.split(r#"name="csrf" value=""#).nth(1).unwrap().split('"').next().unwrap().to_owned();
    let own = "lantern orchard violet monsoon";
    let same = app
        .submit(&cookie, "/account/password", &[("csrf", &csrf), ("current", &password), ("new", &password), ("repeat", &password)])
        .await;
    assert_eq!(same.status(), StatusCode::UNPROCESSABLE_ENTITY, "the handed password is not kept");
    let changed = app.submit(&cookie, "/account/password", &[("csrf", &csrf), ("current", &password), ("new", own), ("repeat", own)]).await;
    assert_eq!(changed.status(), StatusCode::OK);
    assert_eq!(app.page(&cookie, "/").await.0, StatusCode::OK, "home, now");
    // The trail names who reset it.
    let trail = store::audit::recent(&app.db, &domain::Access::everything(), 1000).await.unwrap();
    let reset = trail.iter().find(|e| e.what == "password reset").expect("audited");
    assert_eq!((reset.record.as_str(), reset.who.is_some()), ("teacher", true));
}

#[tokio::test]
async fn sign_ins_are_made_within_the_grant_rules_and_never_for_oneself() {
    let app = spawn_app().await;
    let school = app.school_of("ht");
    let with_login: Vec<&str> = app.data.logins.iter().map(|l| l.person.as_str()).collect();
    let newcomer = app
        .data
        .people
        .iter()
        .find(|p| p.school.as_ref().is_some_and(|s| s.as_str() == school) && !with_login.contains(&p.code.as_str()))
        .expect("a teacher at the HT's school without a sign-in");
    let (ht, csrf) = app.session("ht").await;
    let path = format!("/registry/people/{}/sign-in", newcomer.code);
    let (_, page) = app.page(&ht, &path).await;
    assert!(page.contains("Has no sign-in yet.") && page.contains("Make the sign-in"), "{page}");
    let taken = app.submit(&ht, &path, &[("csrf", &csrf), ("username", "deo")]).await;
    assert_eq!(taken.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(taken.text().await.unwrap().contains("deo is taken; choose another"));
    let made = app.submit(&ht, &path, &[("csrf", &csrf), ("username", "newcomer")]).await;
    assert_eq!(made.status(), StatusCode::OK);
    let password = handed(&made.text().await.unwrap());
    let signed = sign_in(&app, "newcomer", &password).await;
    assert_eq!((signed.status(), signed.headers()[LOCATION].to_str().unwrap()), (StatusCode::SEE_OTHER, "/"));

    // Not for oneself, nor for someone whose post the HT may not grant, nor outside the school.
    let ht_person = app.data.logins.iter().find(|l| l.username == "ht").unwrap().person.clone();
    let (_, own) = app.page(&ht, &format!("/registry/people/{ht_person}/sign-in")).await;
    assert!(own.contains("Your own password is changed on your account page.") && !own.contains("Reset the password"), "{own}");
    let outside = app.data.people.iter().find(|p| p.school.as_ref().is_some_and(|s| s.as_str() != school)).unwrap();
    assert_eq!(app.page(&ht, &format!("/registry/people/{}/sign-in", outside.code)).await.0, StatusCode::FORBIDDEN);
    // The HT may not reset the DEO's (outside the school), and a teacher no one's.
    let deo_person = app.data.logins.iter().find(|l| l.username == "deo").unwrap().person.clone();
    assert_eq!(
        app.submit(&ht, &format!("/registry/people/{deo_person}/sign-in"), &[("csrf", &csrf)]).await.status(),
        StatusCode::FORBIDDEN
    );
    // A DEO resets the head teacher's (a post a DEO grants in their district): the HT's
    // sessions end with it.
    let (deo, deo_csrf) = app.session("deo").await;
    let (_, page) = app.page(&deo, &format!("/registry/people/{ht_person}/sign-in")).await;
    assert!(page.contains("Reset the password"), "{page}");
    assert_eq!(app.submit(&deo, &format!("/registry/people/{ht_person}/sign-in"), &[("csrf", &deo_csrf)]).await.status(), StatusCode::OK);
    assert_eq!(app.page(&ht, "/").await.0, StatusCode::SEE_OTHER, "signed out by the reset");
    let (teacher, teacher_csrf) = app.session("teacher").await;
    let refused = app.submit(&teacher, &path, &[("csrf", &teacher_csrf)]).await;
    assert_eq!(refused.status(), StatusCode::FORBIDDEN);
}
