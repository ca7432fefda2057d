//! Enums stored and sent as stable text codes (`draft`, `login_failed` …), written once: the
//! enum, `ALL`, `code()`, `from_code()`, serde by code, and (server) decoding a stored code.

/// `coded_enum! { /// doc \n Name { Variant = "code", … } }`.
macro_rules! coded_enum {
    ($(#[$meta:meta])* $name:ident { $($variant:ident = $code:literal),* $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, ::serde::Serialize, ::serde::Deserialize)]
        pub enum $name { $(#[serde(rename = $code)] $variant),* }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),*];

            /// The stored code (stable: never rename one).
            pub fn code(self) -> &'static str {
                match self { $($name::$variant => $code),* }
            }

            pub fn from_code(code: &str) -> Option<$name> {
                Self::ALL.iter().copied().find(|v| v.code() == code)
            }

            /// A stored code back to the enum; an unknown code is a decoding error, not a
            /// silent default.
            #[cfg(feature = "ssr")]
            pub fn decode(code: &str) -> Result<$name, sqlx::Error> {
                <Self as $crate::kernel::db::StoredCode>::decode(code)
            }
        }

        #[cfg(feature = "ssr")]
        impl $crate::kernel::db::StoredCode for $name {
            fn from_stored(code: &str) -> Option<Self> {
                Self::from_code(code)
            }
        }
    };
}

pub(crate) use coded_enum;
