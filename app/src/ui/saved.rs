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

/// The action's last refusal, if its last call was refused (cleared by the next success).
pub fn refusal<S>(action: ServerAction<S>) -> Signal<Option<S::Error>>
where
    S: ServerFn + Send + Sync + Clone + 'static,
    S::Output: Clone + Send + Sync + 'static,
    S::Error: Clone + Send + Sync + 'static,
{
    Signal::derive(move || action.value().get().and_then(Result::err))
}

/// A form that empties itself once its action succeeded, so that the text just added does not
/// sit there inviting a duplicate; after a refusal it keeps what was typed. Pass the returned
/// reference as the `ActionForm`'s `node_ref`.
pub fn cleared_on_success<S>(action: ServerAction<S>) -> NodeRef<leptos::html::Form>
where
    S: ServerFn + Send + Sync + Clone + 'static,
    S::Output: Send + Sync + 'static,
    S::Error: Send + Sync + 'static,
{
    let form = NodeRef::<leptos::html::Form>::new();
    Effect::new(move |_| {
        if action.value().with(|v| matches!(v, Some(Ok(_)))) {
            if let Some(form) = form.get_untracked() {
                form.reset();
            }
        }
    });
    form
}
