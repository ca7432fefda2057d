# The two commands of the README. Both install what is missing first.
.PHONY: run test build fmt

run:   ## build in release and serve with demo data on http://127.0.0.1:3000
	@bash .scripts/run.sh

test:  ## every check: formatting, clippy, unit/integration (SQLite + PostgreSQL), wasm, browser
	@bash .scripts/test.sh

build: ## the bundle and a release server, without serving
	@bash .scripts/setup.sh && bash .scripts/build.sh release

fmt:   ## format Rust and view! macros
	@cargo fmt --all && leptosfmt app/src
