use leptos::{prelude::*, server_fn::ServerFn};

/// Counts the successful completions of an action. A resource keyed on it reloads after a
/// save (showing the stored state and its new version) but keeps what the user typed after a
/// refused one.
pub fn successes<S>(action: ServerAction<S>) -> ReadSignal<u32>
where
    S: ServerFn + Send + Sync + Clone + 'static,
    S::Output: Send + Sync + 'static,
    S::Error: Send + Sync + 'static,
{
    let count = RwSignal::new(0u32);
    Effect::new(move |_| {
        if action.value().with(|v| matches!(v, Some(Ok(_)))) {
            count.update(|n| *n += 1);
        }
    });
    count.read_only()
}
