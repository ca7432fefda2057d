#!/usr/bin/env python3
"""Write the build into the service worker: its folder (BUILD) and what to fetch at install
(PRECACHE): the public files it needs offline, the shell (script, main module, loader, pack,
stylesheet) and the chunks of the features that work offline. Other features' chunks are kept
the first time they are used, so a first visit on slow data does not download every page.

    service_worker.py <site root> <build folder name>
"""

import json
import pathlib
import sys

from bundle_routes import route_files

OFFLINE_FEATURES = ["simulator_pages", "skp_pages", "rating_pages", "career_pages"]
PUBLIC = ["/offline.html", "/offline.css", "/favicon.svg", "/manifest.webmanifest",
          "/sw-register.js", "/icon-192.png"]
SHELL = ["prestasi.js", "prestasi.wasm", "__wasm_split.js", "chunks.pack", "prestasi.css"]


def main() -> int:
    site, build = pathlib.Path(sys.argv[1]), sys.argv[2]
    folder = site / "pkg" / build
    routes = route_files(folder)
    missing = [f for f in OFFLINE_FEATURES if f not in routes]
    if missing:
        sys.exit(f"service_worker.py: no split point for {missing}: rename OFFLINE_FEATURES")
    files = set(SHELL)
    for feature in OFFLINE_FEATURES:
        files |= routes[feature]
    files |= {str(p.relative_to(folder)) for p in folder.glob("snippets/**/*.js")}
    files = sorted(f for f in files if (folder / f).exists())
    precache = PUBLIC + [f"/pkg/{build}/{f}" for f in files]
    worker = site / "sw.js"
    text = worker.read_text()
    for old, new in (('const BUILD = "dev";', f"const BUILD = {json.dumps(build)};"),
                     ("const PRECACHE = [];", f"const PRECACHE = {json.dumps(precache)};")):
        if old not in text:
            sys.exit(f"service_worker.py: {old!r} not found in {worker}")
        text = text.replace(old, new)
    worker.write_text(text)
    size = sum((folder / f).with_name(f"{pathlib.Path(f).name}.br").stat().st_size
               for f in files if (folder / f"{f}.br").exists())
    print(f"service worker: {len(precache)} files precached, {size} B brotli of the bundle")
    return 0


if __name__ == "__main__":
    sys.exit(main())
