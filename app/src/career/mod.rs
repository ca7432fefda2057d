//! Career planning: the predikat simulator today, the career simulator next.

pub mod ui;
