#!/usr/bin/env python3
"""What each lazily loaded feature costs on top of the first page: its own module, the chunks it
shares with others and the pack of small chunks, in brotli bytes (what travels) and requests.

    bundle_routes.py <build dir>
"""

import pathlib
import re
import sys


def route_files(build: pathlib.Path) -> dict:
    """Each lazily loaded feature's split name (`career_pages`) and the files it fetches beyond
    the main module: its own module, the chunks it shares and, when it needs one of the small
    chunks, the pack."""
    js = (build / "__wasm_split.js").read_text()

    def files(body: str) -> set:
        found = {f"{m}.wasm" for m in re.findall(r'"\./([^"]+)\.wasm"', body)}
        if "packPart(" in body:
            found.add("chunks.pack")
        return found

    chunks = {
        m.group(1): files(m.group(2))
        for m in re.finditer(r"const (__chunk_\d+) = makeLoad\((.*?)\n, \[\]\);", js, re.S)
    }
    exports = re.finditer(
        r"export const __wasm_split_load_(\w+?)_\d+ = wrapAsyncCb\(makeLoad\((.*?)\n, \[(.*?)\]\)\)",
        js,
        re.S,
    )
    routes = {}
    for m in exports:
        needed = files(m.group(2))
        for dep in filter(None, (d.strip() for d in m.group(3).split(","))):
            needed |= chunks.get(dep, set())
        routes[m.group(1).lstrip("_")] = needed
    return routes


def main() -> int:
    build = pathlib.Path(sys.argv[1])
    for name, needed in sorted(route_files(build).items()):
        total = sum((build / f"{f}.br").stat().st_size for f in needed)
        print(f"route {name:34} {total:8d} B brotli in {len(needed):2d} requests")
    return 0


if __name__ == "__main__":
    sys.exit(main())
