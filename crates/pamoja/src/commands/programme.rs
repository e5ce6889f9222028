//! `pamoja programme`.

use domain::Access;
use store::Db;
use store::list::Filter;
use store::programmes::{self, forming};

pub async fn list(db: &Db) -> anyhow::Result<()> {
    for p in programmes::list(db, &Filter::all()).await?.items {
        println!(
            "{}  {}  {} ({} meetings a term; subjects {})",
            p.code,
            p.name,
            p.model,
            p.meetings_per_term,
            p.subjects.replace(';', ", ")
        );
        for (arm, wave, n) in programmes::rollout_counts(db, &p.code).await? {
            let wave = wave.map_or(String::new(), |w| format!(" wave {w}"));
            println!("    {arm}{wave}: {n} schools");
        }
    }
    Ok(())
}

pub async fn form(db: &Db, programme: &str) -> anyhow::Result<()> {
    let formed = forming::form(db, &Access::everything(), programme, chrono::Utc::now().date_naive()).await?;
    println!(
        "{programme}: {} CoPs created, {} members added; {} CoPs in all",
        formed.cops_created, formed.members_added, formed.cops_total
    );
    Ok(())
}

pub async fn form_plcs(db: &Db, programme: &str) -> anyhow::Result<()> {
    let formed = store::programmes::plcs::form(db, &Access::everything(), programme, chrono::Utc::now().date_naive()).await?;
    println!(
        "{programme}: {} PLCs created, {} people joined, {} left, {} changed part; {} PLCs in all",
        formed.plcs_created, formed.members_added, formed.members_left, formed.parts_changed, formed.plcs_total
    );
    Ok(())
}
