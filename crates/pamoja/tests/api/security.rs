//! Issue 10: "Pages send no security headers. `Secure` on the cookie depends on an
//! `X-Forwarded-Proto` header any client can send. The sign-in double-submit CSRF accepts any
//! value the attacker chooses, and `Origin` is never checked."

use crate::helpers::{spawn_app, spawn_app_with};
use reqwest::StatusCode;
use reqwest::header::{CACHE_CONTROL, COOKIE, SET_COOKIE};

use crate::helpers::pages_client as client;

#[tokio::test]
async fn every_page_and_answer_carries_the_security_headers_and_personal_pages_are_not_stored() {
    let app = spawn_app().await;
    let (cookie, _) = app.session("deo").await;
    let person = &app.data.people[0].code;
    for path in ["/", "/sign-in", "/registry?q=ep", &format!("/registry/people/{person}"), "/audit", "/api/openapi.json", "/healthz"] {
        let response = client().get(app.url(path)).header(COOKIE, &cookie).send().await.unwrap();
        let h = response.headers();
        let csp = h["content-security-policy"].to_str().unwrap();
        assert!(
            csp.contains("default-src 'self'") && csp.contains("frame-ancestors 'none'") && !csp.contains("unsafe-inline"),
            "{path}: {csp}"
        );
        assert_eq!(h["x-content-type-options"], "nosniff", "{path}");
        assert_eq!(h["referrer-policy"], "same-origin", "{path}");
        assert_eq!(h[CACHE_CONTROL], "no-store", "{path}");
        assert!(!h.contains_key("strict-transport-security"), "no HSTS over plain HTTP");
    }
    // Swagger UI styles inline but runs no inline script.
    let docs = client().get(app.url("/api/docs/")).send().await.unwrap();
    let csp = docs.headers()["content-security-policy"].to_str().unwrap().to_owned();
    assert!(!csp.contains("script-src") && csp.contains("default-src 'self'"), "{csp}");
}

#[tokio::test]
async fn the_cookie_is_secure_by_configuration_and_never_by_a_request_header() {
    let app = spawn_app().await;
    let form = client().get(app.url("/sign-in")).header("x-forwarded-proto", "https").send().await.unwrap();
    let set = form.headers()[SET_COOKIE].to_str().unwrap().to_owned();
    assert!(!set.contains("Secure"), "a client's header does not make it Secure: {set}");

    let behind_tls = spawn_app_with(web::security::Config::with_public_url(Some("https://pamoja.example.org")).unwrap()).await;
    let form = client().get(behind_tls.url("/sign-in")).send().await.unwrap();
    assert!(form.headers()[SET_COOKIE].to_str().unwrap().contains("; Secure"));
    assert_eq!(form.headers()["strict-transport-security"], "max-age=31536000");
}

#[tokio::test]
async fn a_form_sent_from_another_site_is_refused_before_it_does_anything() {
    let app = spawn_app().await;
    let (cookie, csrf) = app.session("ht").await;
    let sign_out = |headers: &'static [(&'static str, &'static str)]| {
        let mut request = client().post(app.url("/sign-out")).header(COOKIE, &cookie).form(&[("csrf", csrf.as_str())]);
        for (k, v) in headers {
            request = request.header(*k, *v);
        }
        request.send()
    };
    for headers in
        [&[("sec-fetch-site", "cross-site")][..], &[("origin", "https://evil.example")][..], &[("sec-fetch-site", "same-site")][..]]
    {
        assert_eq!(sign_out(headers).await.unwrap().status(), StatusCode::FORBIDDEN, "{headers:?}");
    }
    let token = cookie.trim_start_matches("pamoja_session=");
    assert!(store::sessions::get(&app.db, token).await.unwrap().is_some(), "still signed in");
    assert_eq!(sign_out(&[("sec-fetch-site", "same-origin")]).await.unwrap().status(), StatusCode::SEE_OTHER);
    assert!(store::sessions::get(&app.db, token).await.unwrap().is_none());
}

#[tokio::test]
async fn the_sign_in_form_takes_only_a_csrf_token_the_server_made() {
    let app = spawn_app().await;
    let password = pamoja::commands::demo::DEMO_PASSWORD;
    // An attacker's own value, sent as both cookie and field: refused.
    let forged = client()
        .post(app.url("/sign-in"))
        .header(COOKIE, "pamoja_csrf=attacker")
        .form(&[("username", "ht"), ("password", password), ("csrf", "attacker")])
        .send()
        .await
        .unwrap();
    assert_eq!(forged.status(), StatusCode::FORBIDDEN);
    // The server's own token works.
    let form = client().get(app.url("/sign-in")).send().await.unwrap();
    let set = form.headers()[SET_COOKIE].to_str().unwrap().to_owned();
    let token = set.split(';').next().unwrap().trim_start_matches("pamoja_csrf=").to_owned();
    let signed = client()
        .post(app.url("/sign-in"))
        .header(COOKIE, format!("pamoja_csrf={token}"))
        .form(&[("username", "ht"), ("password", password), ("csrf", token.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(signed.status(), StatusCode::SEE_OTHER);
}
