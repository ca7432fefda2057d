// `sqlx::migrate!` embeds the migration files at compile time; without this, adding a
// migration alone would not rebuild the server and the new schema would silently be missing.
fn main() {
    println!("cargo:rerun-if-changed=migrations");
}
