//! A feature's pages as lazily loaded routes that share **one** split point.
//!
//! Each `#[lazy]` function is a split point: wasm-split moves the code only it reaches into a
//! chunk of its own, and the code several split points share into a chunk per set of sharers.
//! One split point per page made over 400 modules (too many requests on a slow link); one per
//! feature keeps a feature's pages in one chunk, fetched the first time one of them is shown.
//!
//! A page's resources may be created in its body: the router loads the chunk (`preload`) before
//! it hydrates the route, so the view is built at once, in the same order as on the server, and
//! the server's answers hydrate in place. (Without the preload the view would still be pending
//! when hydrated, and the browser's markers would not match the server's HTML.)

/// `lazy_pages!(split_name { Route => (audience, PageComponent), … })` declares, for each
/// entry, a unit struct `Route` implementing [`leptos_router::LazyRoute`] whose view is the
/// page behind its [`Audience`](crate::kernel::policy::Audience) (see
/// [`guarded_page`](crate::ui::guard::guarded_page)), all loaded through the one lazy function
/// `split_name`.
macro_rules! lazy_pages {
    ($split:ident { $( $(#[$doc:meta])* $route:ident => ($audience:expr, $page:path) ),+ $(,)? }) => {
        ::paste::paste! {
            /// Which of the split point's pages a route shows (its argument; the variants are
            /// the routes' names).
            #[derive(Clone, Copy)]
            #[allow(clippy::enum_variant_names)]
            enum [<$split:camel>] {
                $( $route ),+
            }

            #[::leptos::lazy]
            fn $split(page: [<$split:camel>]) -> ::leptos::prelude::AnyView {
                match page {
                    $( [<$split:camel>]::$route => $crate::ui::guard::guarded_page($audience, $page), )+
                }
            }

            $(
                $(#[$doc])*
                pub struct $route;

                impl ::leptos_router::LazyRoute for $route {
                    fn data() -> Self {
                        $route
                    }

                    async fn view(_this: Self) -> ::leptos::prelude::AnyView {
                        $split([<$split:camel>]::$route).await
                    }

                    // The router awaits this before it hydrates the route: with the chunk
                    // already in, the view resolves at once, as it did on the server, and the
                    // two agree.
                    async fn preload() {
                        #[cfg(target_arch = "wasm32")]
                        [<__preload_ $split>]().await;
                    }
                }
            )+
        }
    };
}

pub(crate) use lazy_pages;
