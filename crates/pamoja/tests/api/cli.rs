//! The user and token commands, run as a ministry's operator would run them.

use crate::helpers::{pamoja, spawn_app};
use reqwest::StatusCode;

#[tokio::test]
async fn token_create_prints_a_working_token_as_its_last_line() {
    let app = spawn_app().await;
    let output = pamoja(&app.url, &["token", "create", "--user", "deo"]);
    assert!(output.status.success());
    let stdout = String::from_utf8(output.stdout).unwrap();
    let token = stdout.lines().last().unwrap();
    assert!(token.starts_with("pmj_") && token.len() == 68, "{token}");
    assert_eq!(app.get(token, "/api/v1/schools").await.0, StatusCode::OK);
}

#[tokio::test]
async fn user_list_shows_each_role_and_scope_and_filters_by_role() {
    let app = spawn_app().await;
    let output = pamoja(&app.url, &["user", "list", "--role", "head-teacher"]);
    let stdout = String::from_utf8(output.stdout).unwrap();
    let lines: Vec<&str> = stdout.lines().collect();
    // LLLs and NLLs are experienced head teachers (seed 002), so they are listed too.
    let users: Vec<&str> = lines[1..].iter().map(|l| l.split_whitespace().next().unwrap()).collect();
    assert_eq!(users, ["ht", "lll", "nll"], "{stdout}");
    assert!(lines[0].starts_with("USERNAME") && lines[1..].iter().all(|l| l.contains(" head-teacher ")), "{stdout}");
    assert!(lines[1].contains(&app.school_of("ht")), "{stdout}");
    let all = String::from_utf8(pamoja(&app.url, &["user", "list"]).stdout).unwrap();
    for (user, role) in
        [("admin", "national-admin"), ("deo", "deo"), ("coach", "coach"), ("lll", "lll"), ("nll", "nll"), ("researcher", "researcher")]
    {
        assert!(all.lines().any(|l| l.starts_with(&format!("{user} ")) && l.contains(role)), "{user} as {role} in\n{all}");
    }
    let bad = pamoja(&app.url, &["user", "list", "--role", "headteacher"]);
    assert!(String::from_utf8_lossy(&bad.stderr).contains("\"headteacher\" is not a role; the roles are: teacher, head-teacher"));
}
