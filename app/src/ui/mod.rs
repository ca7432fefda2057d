//! Shared UI pieces every page uses: the shell (header, menus, footer), the route guard,
//! error and loading states, form parts.

pub mod coming_soon;
pub mod connection;
pub mod error_page;
pub mod file_bytes;
pub mod footer;
pub mod form_error;
pub mod form_parts;
pub mod guard;
pub mod header;
pub mod language_switch;
pub mod lazy_pages;
pub mod loaded;
pub mod local_store;
pub mod nav_menu;
pub mod not_found;
pub mod page_title;
pub mod prelude;
pub mod print_button;
pub mod request_key;
pub mod saved;
pub mod sheet_import;
pub mod table_scroll;
pub mod user_menu;
