use leptos::prelude::*;

/// A wide table's sideways-scrolling frame. On a phone it really scrolls, so it is a named
/// region keyboard users can focus and scroll with the arrow keys (WCAG 2.1.1; axe
/// `scrollable-region-focusable`); `label` says what the table holds.
#[component]
pub fn TableScroll(
    label: impl Fn() -> &'static str + Send + Sync + 'static,
    children: Children,
) -> impl IntoView {
    view! {
        <div class="table-scroll" tabindex="0" role="region" aria-label=label>
            {children()}
        </div>
    }
}
