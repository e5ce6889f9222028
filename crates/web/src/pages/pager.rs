//! A list's page links: "Previous" and "Next" keep the list's filters, and a line says which
//! rows are shown of how many. Plain links, so paging works without script.

use crate::i18n::Tr;

pub struct Pager {
    /// "Showing 21–40 of 15,600".
    pub showing: String,
    /// The previous and next pages' addresses; empty where there is none.
    pub prev: String,
    pub next: String,
}

impl Pager {
    /// `base` is the list's address, `query` its filters (empty values left out), `page` from 1.
    pub fn new(t: Tr, base: &str, query: &[(&str, String)], page: u64, per_page: u64, total: u64) -> Self {
        let link = |page: u64| {
            let mut pairs: Vec<(&str, String)> = query.iter().filter(|(_, v)| !v.is_empty()).cloned().collect();
            if page > 1 {
                pairs.push(("page", page.to_string()));
            }
            match serde_urlencoded::to_string(&pairs) {
                Ok(q) if !q.is_empty() => format!("{base}?{q}"),
                _ => base.to_owned(),
            }
        };
        let first = (page - 1) * per_page + 1;
        let last = Ord::min(page * per_page, total);
        Pager {
            showing: if total == 0 || first > total {
                String::new()
            } else {
                t.a("showing-of", &[("first", t.num(first).into()), ("last", t.num(last).into()), ("total", t.num(total).into())])
            },
            prev: if page > 1 { link(page - 1) } else { String::new() },
            next: if page * per_page < total { link(page + 1) } else { String::new() },
        }
    }
}
