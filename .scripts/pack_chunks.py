#!/usr/bin/env python3
"""Pack the bundle's small WebAssembly chunks into one file, fetched once.

wasm-split makes a chunk for every set of split points (lazily loaded features) that share
code: most are a few hundred bytes, and a feature's page needs dozens of them. Fetched one by
one, that is dozens of requests, each a round trip on a slow mobile link (six at a time over
HTTP/1.1). This moves every module under the threshold into `chunks.pack` and rewrites the
loader (`__wasm_split.js`) to cut each one out of the pack, which it fetches once (and the
browser caches, like every file of the build).

    pack_chunks.py <build dir> <threshold in bytes>

Prints how many modules went into the pack and its size.
"""

import pathlib
import re
import sys

FETCH = re.compile(
    r'const src = fetch\(new URL\("\./(?P<name>[^"]+)\.wasm", import\.meta\.url\)\);\n'
    r'\s*src\.catch\(\(\) => \{\}\);\n'
    r'\s*return async \(imports\) => \(WebAssembly\.instantiateStreaming\(src, imports\)\);'
)

HELPER = """
// Small chunks travel together in one file (see .scripts/pack_chunks.py): fetched once, each
// module cut out of it. A failed fetch is forgotten, so the next load tries again.
let packBytes = undefined;
function packPart(offset, length) {
    if (packBytes === undefined) {
        const load = fetch(new URL("./chunks.pack", import.meta.url)).then((response) => {
            if (!response.ok) throw new Error(`chunks.pack: ${response.status}`);
            return response.arrayBuffer();
        });
        load.catch(() => { if (packBytes === load) packBytes = undefined; });
        packBytes = load;
    }
    return packBytes.then((bytes) => new Uint8Array(bytes, offset, length));
}
"""


def main() -> int:
    build = pathlib.Path(sys.argv[1])
    threshold = int(sys.argv[2])
    loader = build / "__wasm_split.js"
    js = loader.read_text()
    pack = bytearray()
    packed = []

    def replace(match: re.Match) -> str:
        name = match.group("name")
        module = build / f"{name}.wasm"
        data = module.read_bytes()
        if len(data) >= threshold:
            return match.group(0)
        offset = len(pack)
        pack.extend(data)
        packed.append(module)
        return (
            f"const part = packPart({offset}, {len(data)});\n"
            "    return async (imports) => (WebAssembly.instantiate(await part, imports));"
        )

    js = FETCH.sub(replace, js)
    if not packed:
        print("chunks.pack: no module under the threshold")
        return 0
    # After the imports (a module's imports must come first).
    lines = js.split("\n")
    at = max(i for i, line in enumerate(lines) if line.startswith("import ")) + 1
    js = "\n".join(lines[:at] + HELPER.split("\n") + lines[at:])
    (build / "chunks.pack").write_bytes(bytes(pack))
    loader.write_text(js)
    for module in packed:
        module.unlink()
    print(f"chunks.pack: {len(packed)} modules, {len(pack)} B raw")
    return 0


if __name__ == "__main__":
    sys.exit(main())
