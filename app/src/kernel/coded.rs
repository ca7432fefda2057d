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

        // Read straight off a row (`try_get`, `#[derive(FromRow)]`), stored as its code.
        #[cfg(feature = "ssr")]
        impl ::sqlx::Type<::sqlx::Any> for $name {
            fn type_info() -> ::sqlx::any::AnyTypeInfo {
                <String as ::sqlx::Type<::sqlx::Any>>::type_info()
            }

            fn compatible(ty: &::sqlx::any::AnyTypeInfo) -> bool {
                <String as ::sqlx::Type<::sqlx::Any>>::compatible(ty)
            }
        }

        #[cfg(feature = "ssr")]
        impl<'r> ::sqlx::Decode<'r, ::sqlx::Any> for $name {
            fn decode(
                value: ::sqlx::any::AnyValueRef<'r>,
            ) -> Result<Self, ::sqlx::error::BoxDynError> {
                let code = <String as ::sqlx::Decode<'r, ::sqlx::Any>>::decode(value)?;
                Self::from_code(&code).ok_or_else(|| {
                    format!("unknown {} code {code:?}", stringify!($name)).into()
                })
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
