//! Group commit for meetings recorded through the API. Each request queues its meeting; whoever
//! gets the writer's turn writes everything queued, in one transaction, and answers every
//! request it carried. A meeting is acknowledged only after the transaction holding it has
//! committed, so durability is unchanged, while 32 clients cost one commit and one set of
//! multi-row inserts instead of 32.

use super::record::{already_recorded, context, held_on, insert, prepare};
use crate::{Db, Error, Result};
use domain::Access;
use domain::meeting::NewMeeting;
use tokio::sync::oneshot;
use uuid::Uuid;

struct Job {
    access: Access,
    recorder: Uuid,
    cop: Uuid,
    meeting: NewMeeting,
    reply: oneshot::Sender<Result<Uuid>>,
}

/// Meetings waiting to be written, and the writer's turn.
#[derive(Default)]
pub(crate) struct Pending {
    queue: std::sync::Mutex<Vec<Job>>,
    turn: tokio::sync::Mutex<()>,
}

impl std::fmt::Debug for Pending {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Pending")
    }
}

/// Records one meeting, checked as `record::record` checks it, committed with any others
/// queued at the same time. Returns its id once it is durable.
#[tracing::instrument(skip_all)]
pub async fn record_one(db: &Db, access: &Access, recorder: Uuid, cop: Uuid, meeting: NewMeeting) -> Result<Uuid> {
    let (reply, mut answer) = oneshot::channel();
    db.pending.queue.lock().expect("the meeting queue lock is never poisoned").push(Job {
        access: access.clone(),
        recorder,
        cop,
        meeting,
        reply,
    });
    let failed = || Err(Error::Failed("the meeting was not written; try again".into()));
    let turn = db.pending.turn.lock().await;
    // A writer before us may already have written this meeting.
    match answer.try_recv() {
        Ok(result) => return result,
        Err(oneshot::error::TryRecvError::Closed) => return failed(),
        Err(oneshot::error::TryRecvError::Empty) => {}
    }
    let jobs = std::mem::take(&mut *db.pending.queue.lock().expect("the meeting queue lock is never poisoned"));
    if !jobs.is_empty() {
        // In its own task, so the group is written and answered even if this request is
        // cancelled half-way; the turn is held until it is done.
        let _ = tokio::spawn(commit(db.clone(), jobs)).await;
    }
    drop(turn);
    // Ours was in this group, or in one a writer before us is still committing.
    answer.await.unwrap_or_else(|_| failed())
}

/// Writes a group: each job gets its own answer (its own 403, 404 or 422), the valid ones land
/// together.
#[tracing::instrument(skip_all, fields(meetings = jobs.len()))]
async fn commit(db: Db, jobs: Vec<Job>) {
    crate::metrics::GROUP_COMMIT.observe(jobs.len() as f64);
    let db = &db;
    let batch: Vec<(Uuid, NewMeeting)> = jobs.iter().map(|j| (j.cop, j.meeting.clone())).collect();
    let mut ctx = match context(db, &batch).await {
        Ok(ctx) => ctx,
        Err(error) => {
            let message = error.to_string();
            for job in jobs {
                let _ = job.reply.send(Err(Error::Failed(message.clone())));
            }
            return;
        }
    };
    let mut good = Vec::new();
    let mut waiting = Vec::new();
    // The same CoP and day twice in this group: the second is answered once the first's write
    // is known, so no one is told "already saved" of a meeting that did not land.
    let mut repeats = Vec::new();
    for (job, (cop, meeting)) in jobs.into_iter().zip(&batch) {
        let checked = match ctx.cops.get(cop) {
            None => Err(Error::not_found("CoP", cop)),
            Some(found) if !job.access.records_community(*cop, &found.place()) => Err(Error::out_of_scope("CoP", cop)),
            Some(_) => prepare(&mut ctx, *cop, meeting, Some(job.recorder)),
        };
        match checked {
            Ok(prepared) => {
                waiting.push((job.reply, prepared.id()));
                good.push(prepared);
            }
            Err(Error::Duplicate { why, id }) if waiting.iter().any(|(_, w)| *w == id) => repeats.push((job.reply, why, id)),
            Err(error) => {
                let _ = job.reply.send(Err(error));
            }
        }
    }
    let mut written = std::collections::HashSet::new();
    if insert(db, &good).await.is_ok() {
        for (reply, id) in waiting {
            written.insert(id);
            let _ = reply.send(Ok(id));
        }
    } else {
        // One meeting's failure must not fail the others: write them one by one. A meeting another
        // process wrote for the same CoP and day meanwhile (the unique index) is answered as a repeat.
        for ((reply, id), prepared) in waiting.into_iter().zip(&good) {
            let answer = match insert(db, std::slice::from_ref(prepared)).await {
                Ok(()) => {
                    written.insert(id);
                    Ok(id)
                }
                Err(e) => match held_on(db, prepared.community_id, prepared.meeting.held_on).await {
                    Ok(Some(existing)) => Err(already_recorded(prepared.meeting.held_on, existing)),
                    _ => Err(Error::Failed(e.to_string())),
                },
            };
            let _ = reply.send(answer);
        }
    }
    for (reply, why, id) in repeats {
        let answer = if written.contains(&id) {
            Error::Duplicate { why, id }
        } else {
            Error::Failed("the meeting was not written; try again".into())
        };
        let _ = reply.send(Err(answer));
    }
}
