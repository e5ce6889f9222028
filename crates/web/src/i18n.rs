//! The reader's language: the `pamoja_lang` cookie (set from the footer), else the browser's
//! `Accept-Language`, else English. The words themselves are the `words` crate's.

use axum::http::HeaderMap;
pub use words::{Lang, Tr};

pub const COOKIE: &str = "pamoja_lang";

/// The cookie's choice, else the first supported language the browser asks for.
pub fn lang_of(headers: &HeaderMap) -> Lang {
    if let Some(lang) = crate::pages::session::cookie(headers, COOKIE).and_then(|c| Lang::parse(&c)) {
        return lang;
    }
    let asked = headers.get(axum::http::header::ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok()).unwrap_or("");
    // Highest q first (a stable sort keeps the browser's order among equals); q=0 means "not this".
    let mut wanted: Vec<(f32, &str)> = asked
        .split(',')
        .map(|part| {
            let (tag, q) = part.split_once(";q=").unwrap_or((part, "1"));
            (q.trim().parse().unwrap_or(0.0), tag)
        })
        .filter(|(q, _)| *q > 0.0)
        .collect();
    wanted.sort_by(|a, b| b.0.total_cmp(&a.0));
    wanted.into_iter().find_map(|(_, tag)| Lang::parse(tag)).unwrap_or(Lang::En)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_role_and_vocabulary_word_has_an_english_message() {
        let english = Tr(Lang::En);
        let mut missing = Vec::new();
        let mut need = |kind: &str, slugs: Vec<&str>| {
            for slug in slugs {
                let key = format!("{kind}-{slug}");
                if !english.has(&key) {
                    missing.push(key);
                }
            }
        };
        use domain::vocab::*;
        need("post", domain::Role::ALL.iter().map(|r| r.slug()).collect());
        need("modality", Modality::ALL.iter().map(|v| v.slug()).collect());
        need("format", Format::ALL.iter().map(|v| v.slug()).collect());
        need("role", MeetingRole::ALL.iter().map(|v| v.slug()).collect());
        need("decider", Decider::ALL.iter().map(|v| v.slug()).collect());
        need("aspect", DecisionAspect::ALL.iter().map(|v| v.slug()).collect());
        need("topic", Topic::ALL.iter().map(|v| v.slug()).collect());
        need("finding", Finding::ALL.iter().map(|v| v.slug()).collect());
        need("facilitator", FacilitatorKind::ALL.iter().map(|v| v.slug()).collect());
        need("status", AttendanceStatus::ALL.iter().map(|v| v.slug()).collect());
        need("guest", GuestRole::ALL.iter().map(|v| v.slug()).collect());
        need("community", domain::community::CommunityKind::ALL.iter().map(|v| v.slug()).collect());
        need("stage", domain::maturity::Stage::ALL.iter().map(|v| v.slug()).collect());
        need("kpi", domain::kpi::Kpi::ALL.iter().map(|v| v.slug()).collect());
        need("criterion", domain::selection::Criterion::ALL.iter().map(|v| v.slug()).collect());
        need("plc-kpi", domain::plc_kpi::PlcKpi::ALL.iter().map(|v| v.slug()).collect());
        need("committee", domain::selection::CommitteePart::ALL.iter().map(|v| v.slug()).collect());
        need(
            "audit",
            store::audit::WHAT.iter().map(|w| w.replace(' ', "-").to_lowercase()).collect::<Vec<_>>().iter().map(String::as_str).collect(),
        );
        assert!(missing.is_empty(), "locales/en.ftl lacks {missing:?}");
    }

    #[test]
    fn the_language_comes_from_the_cookie_then_the_browser() {
        let mut h = HeaderMap::new();
        assert_eq!(lang_of(&h), Lang::En);
        h.insert("accept-language", "de-DE, fr-FR;q=0.8, en;q=0.5".parse().unwrap());
        assert_eq!(lang_of(&h), Lang::Fr);
        h.insert("accept-language", "en;q=0.1, sw".parse().unwrap());
        assert_eq!(lang_of(&h), Lang::Sw, "the higher q wins, whatever the order");
        h.insert("accept-language", "fr;q=0, de".parse().unwrap());
        assert_eq!(lang_of(&h), Lang::En, "q=0 refuses a language");
        h.insert("cookie", "pamoja_lang=rw".parse().unwrap());
        assert_eq!(lang_of(&h), Lang::Rw);
    }
}
