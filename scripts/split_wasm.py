#!/usr/bin/env python3
"""Trunk post_build step (before scripts/csp_hash.py, see Trunk.toml): splits the
page's wasm at its split points (src/ui/split.rs) into the main module and
chunks fetched on first use, then puts the result where Trunk's own output
was. Issue 15: the first load carries only what the first screen needs.

Why not Trunk alone: Trunk runs wasm-bindgen on the whole wasm; the splitter
must run between cargo and wasm-bindgen. So Trunk builds as usual (cargo,
wasm-bindgen; its wasm-opt is off in index.html) and this step redoes the
tail from cargo's output:

1. `wasm-split-cli` (crate wasm_split_cli_support, installed by
   scripts/setup.sh) cuts cargo's wasm, linked with `--emit-relocs`
   (.cargo/config.toml), into the main module, `split_*`/`chunk_*` modules
   and a JavaScript link module that fetches them;
2. `wasm-bindgen --keep-lld-exports` on the main module, under Trunk's name
   (the chunks import its function table);
3. `wasm-opt -Oz` on every module;
4. every chunk and the link module get a content hash in their names (the
   references are rewritten), so a host may cache them for ever;
5. the JavaScript it wrote (wasm-bindgen's glue and the link module) is
   minified by terser (npm, installed by the set-up): 3 KB gzip of the
   first load;
6. the subresource-integrity hashes of index.html are recomputed.

Fails the build on any error: a page whose modules do not fit is never
produced."""
import base64
import glob
import hashlib
import os
import re
import shutil
import subprocess
import sys
import tempfile

LINK = "__wasm_split.js"
WASM_OPT_FLAGS = ["-Oz", "--enable-bulk-memory", "--enable-nontrapping-float-to-int", "--enable-sign-ext"]
# ENROLLREADY_NAMES=1 keeps the function names (for a profile in the
# browser's developer tools); never for a release that is shipped.
NAMES = os.environ.get("ENROLLREADY_NAMES") == "1"
if NAMES:
    WASM_OPT_FLAGS.append("-g")


def fail(msg):
    sys.exit(f"split_wasm.py: {msg}")


def run(*cmd):
    r = subprocess.run(cmd, capture_output=True, text=True)
    if r.returncode != 0:
        fail(f"{' '.join(cmd)} failed:\n{r.stdout}{r.stderr}")


def minify(path):
    """Minifies an ES module in place with terser: names inside the module
    are shortened, its imports and exports keep theirs."""
    if NAMES:
        return
    terser = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "node_modules", ".bin", "terser")
    if not os.path.isfile(terser):
        fail(f"no {terser}: run scripts/setup.sh")
    run(terser, path, "--module", "--compress", "passes=2", "--mangle", "--output", path)


def short_hash(data):
    return hashlib.sha256(data).hexdigest()[:16]


def sri(data):
    return "sha384-" + base64.b64encode(hashlib.sha384(data).digest()).decode()


def main():
    staging = os.environ.get("TRUNK_STAGING_DIR") or fail("TRUNK_STAGING_DIR is not set")
    source = os.environ.get("TRUNK_SOURCE_DIR", os.getcwd())
    profile = os.environ.get("TRUNK_PROFILE", "release")
    target = os.environ.get("CARGO_TARGET_DIR") or os.path.join(source, "target")
    raw = os.path.join(target, "wasm32-unknown-unknown", profile, "enrollready.wasm")
    if not os.path.isfile(raw):
        fail(f"no {raw}")
    js = [p for p in glob.glob(os.path.join(staging, "enrollready-*.js"))]
    if len(js) != 1:
        fail(f"expected one enrollready-*.js in {staging}, found {js}")
    stem = os.path.basename(js[0])[: -len(".js")]
    bg = os.path.join(staging, stem + "_bg.wasm")
    if not os.path.isfile(bg):
        fail(f"no {bg}")

    with tempfile.TemporaryDirectory() as tmp:
        split_dir = os.path.join(tmp, "split")
        run("wasm-split-cli", raw, split_dir, "--out-name", stem, "--target", "web")
        bindgen_dir = os.path.join(tmp, "bindgen")
        run("wasm-bindgen", "--target=web", "--no-typescript", "--keep-lld-exports",
            *(["--keep-debug"] if NAMES else []),
            f"--out-dir={bindgen_dir}", f"--out-name={stem}", os.path.join(split_dir, stem + ".wasm"))
        run("wasm-opt", *WASM_OPT_FLAGS, os.path.join(bindgen_dir, stem + "_bg.wasm"), "-o", bg)
        shutil.copyfile(os.path.join(bindgen_dir, stem + ".js"), js[0])

        link_path = os.path.join(split_dir, LINK)
        if not os.path.isfile(link_path):
            fail(f"the splitter wrote no {LINK}")
        with open(link_path, encoding="utf-8") as f:
            link = f.read()
        chunks = sorted(glob.glob(os.path.join(split_dir, "split_*.wasm")) +
                        glob.glob(os.path.join(split_dir, "chunk_*.wasm")))
        if not chunks:
            fail("no split point found: is the `split` feature on (index.html)?")
        for chunk in chunks:
            name = os.path.basename(chunk)
            run("wasm-opt", *WASM_OPT_FLAGS, chunk, "-o", chunk)
            with open(chunk, "rb") as f:
                data = f.read()
            hashed = f"{name[:-len('.wasm')]}-{short_hash(data)}.wasm"
            if f'"./{name}"' not in link:
                fail(f"{LINK} does not name {name}")
            link = link.replace(f'"./{name}"', f'"./{hashed}"')
            with open(os.path.join(staging, hashed), "wb") as f:
                f.write(data)
        link_tmp = os.path.join(tmp, LINK)
        with open(link_tmp, "w", encoding="utf-8") as f:
            f.write(link)
        minify(link_tmp)
        with open(link_tmp, encoding="utf-8") as f:
            link = f.read()
        link_hashed = f"__wasm_split-{short_hash(link.encode())}.js"
        with open(os.path.join(staging, link_hashed), "w", encoding="utf-8") as f:
            f.write(link)

    with open(js[0], encoding="utf-8") as f:
        main_js = f.read()
    if f"./{LINK}" not in main_js:
        fail(f"{stem}.js does not import {LINK}")
    # Only the import statements: the imports object keeps the name the wasm
    # asks for.
    main_js, n = re.subn(r'(\bfrom\s*)(["\'])\./' + re.escape(LINK) + r'\2',
                         lambda m: f"{m.group(1)}{m.group(2)}./{link_hashed}{m.group(2)}", main_js)
    if n == 0:
        fail(f"{stem}.js has no import of {LINK}")
    with open(js[0], "w", encoding="utf-8") as f:
        f.write(main_js)
    minify(js[0])

    # Trunk hashed the files it wrote; they changed.
    index = os.path.join(staging, "index.html")
    with open(index, encoding="utf-8") as f:
        html = f.read()
    for path in (js[0], bg):
        name = os.path.basename(path)
        with open(path, "rb") as f:
            digest = sri(f.read())
        html, n = re.subn(r'(href="\.?/' + re.escape(name) + r'"[^>]*?integrity=")[^"]*(")',
                          lambda m: m.group(1) + digest + m.group(2), html)
        if n != 1:
            fail(f"index.html has {n} integrity attributes for {name}, expected 1")
    with open(index, "w", encoding="utf-8") as f:
        f.write(html)
    print(f"split_wasm.py: {stem}: main module and {len(chunks)} chunks, link module {link_hashed}")


if __name__ == "__main__":
    main()
