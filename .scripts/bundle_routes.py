#!/usr/bin/env python3
"""What each lazily loaded feature costs on top of the first page: its own module, the chunks it
shares with others and the pack of small chunks, in brotli bytes (what travels) and requests.

    bundle_routes.py <build dir>
"""

import pathlib
import re
import sys


def main() -> int:
    build = pathlib.Path(sys.argv[1])
    js = (build / "__wasm_split.js").read_text()

    def brotli(name: str) -> int:
        return (build / f"{name}.br").stat().st_size

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
    for m in sorted(exports, key=lambda m: m.group(1)):
        needed = files(m.group(2))
        for dep in filter(None, (d.strip() for d in m.group(3).split(","))):
            needed |= chunks.get(dep, set())
        total = sum(brotli(f) for f in needed)
        print(f"route {m.group(1).lstrip('_'):34} {total:8d} B brotli in {len(needed):2d} requests")
    return 0


if __name__ == "__main__":
    sys.exit(main())
