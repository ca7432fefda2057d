//! The tim evaluasi reviews an employee's annual performance summary: a note on the rated
//! plan, optionally flagging it as an outlier. Only the agency's tim evaluasi may write; the
//! notes show on the plan to everyone who may read it.

use leptos::prelude::*;

/// `outlier` is `"yes"` when the checkbox is ticked (a form sends nothing otherwise).
#[server(prefix = "/api", endpoint = "skp/annual-review/note")]
pub async fn add_review_note(
    plan_id: i64,
    text: String,
    outlier: Option<String>,
) -> Result<i64, ServerFnError> {
    use crate::{
        api::{caller, not_found, plan_head, write_error},
        auth::Role,
        db::{records::Actor, review_notes},
    };
    let (pool, user) = caller()?;
    let plan = plan_head(&pool, plan_id).await?;
    if !(user.agency_id == Some(plan.agency_id) && user.has(Role::TimEvaluasi)) {
        return Err(not_found());
    }
    let actor = Actor { agency_id: plan.agency_id, user_id: user.user_id };
    review_notes::add(&pool, actor, &plan, &text, outlier.as_deref() == Some("yes"))
        .await
        .map_err(write_error)
}
