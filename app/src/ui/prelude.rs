//! What nearly every feature page and component uses, in one import: `use crate::ui::prelude::*;`
//! (features only: the shared `ui/` modules import each other by name, so no cycle forms).

pub use crate::i18n::{tr, use_i18n, Texts};
pub use crate::kernel::error::AppError;
pub use crate::ui::{
    error_page::ErrorPage,
    form_error::FormError,
    loaded::Loaded,
    page_title::PageTitle,
    saved::{cleared_on_success, refusal, successes},
    table_scroll::TableScroll,
};
