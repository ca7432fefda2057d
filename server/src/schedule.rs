//! Work the server does on its own, on a timer.

use std::time::Duration;

use sqlx::AnyPool;

/// How often the server looks for reporting lines that began since it last looked.
const LINE_CHECK: Duration = Duration::from_secs(300);

/// Plans and appeals follow a reporting line from its first day, also when the HR office
/// recorded the line in advance (`app::people::repo::handover`): at start and every
/// [`LINE_CHECK`], until the server stops.
pub fn follow_reporting_lines(pool: AnyPool) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(LINE_CHECK);
        tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            tick.tick().await;
            if pool.is_closed() {
                return;
            }
            match app::people::repo::handover::follow_lines_now(&pool).await {
                Ok(done) if done.plans + done.appeals > 0 => {
                    tracing::info!(
                        plans = done.plans,
                        appeals = done.appeals,
                        "handed over to new reporting lines"
                    );
                }
                Ok(_) => {}
                Err(error) => {
                    tracing::warn!(%error, "following new reporting lines failed; trying again later")
                }
            }
        }
    })
}
