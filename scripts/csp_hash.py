#!/usr/bin/env python3
"""Trunk post_build hook, in two steps (hooks of one stage run at the same
time, so both are here, in order):

1. Put the SHA-256 hashes of the inline scripts of the built index.html into
   its Content-Security-Policy, in place of the __CSP_SCRIPT_HASHES__
   placeholder. Fails the build if the placeholder is missing, so a page
   without a policy can never be produced.
2. Under scripts/serve.sh (ENROLLREADY_SERVE set), switch the service
   worker off in index.html, so that a development server never installs one.
3. Write the service worker's precache list (every built file, and "./") and
   its version (the SHA-256 of every file's name and content) into sw.js, in
   place of __PRECACHE__ and __VERSION__. Fails if they are missing."""
import base64
import hashlib
import json
import os
import re
import sys

staging = os.environ.get("TRUNK_STAGING_DIR")
if not staging:
    sys.exit("csp_hash.py: TRUNK_STAGING_DIR is not set (run it as a Trunk hook)")
path = os.path.join(staging, "index.html")
with open(path, encoding="utf-8") as f:
    html = f.read()

if "__CSP_SCRIPT_HASHES__" not in html:
    sys.exit("csp_hash.py: no __CSP_SCRIPT_HASHES__ placeholder in index.html")

hashes = []
for m in re.finditer(r"<script\b([^>]*)>(.*?)</script>", html, re.S | re.I):
    attrs, body = m.group(1), m.group(2)
    if re.search(r"\bsrc\s*=", attrs):
        continue
    digest = base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode()
    hashes.append(f"'sha256-{digest}'")

html = html.replace("__CSP_SCRIPT_HASHES__", " ".join(sorted(set(hashes))))
# Under scripts/serve.sh the page does not register its service worker.
if os.environ.get("ENROLLREADY_SERVE"):
    marker = '<meta name="enrollready-service-worker" content="on" />'
    if marker not in html:
        sys.exit("csp_hash.py: no service-worker marker in index.html")
    html = html.replace(marker, marker.replace('"on"', '"off"'))
with open(path, "w", encoding="utf-8") as f:
    f.write(html)
print(f"csp_hash.py: {len(hashes)} inline script(s) hashed into the policy")

sw_path = os.path.join(staging, "sw.js")
with open(sw_path, encoding="utf-8") as f:
    sw = f.read()
if "__PRECACHE__" not in sw or "__VERSION__" not in sw:
    sys.exit("csp_hash.py: no __PRECACHE__ / __VERSION__ placeholder in sw.js")
files = []
for root, _dirs, names in os.walk(staging):
    for name in names:
        full = os.path.join(root, name)
        rel = os.path.relpath(full, staging).replace(os.sep, "/")
        if rel != "sw.js":
            files.append(rel)
files.sort()
version = hashlib.sha256()
for rel in files:
    version.update(rel.encode("utf-8") + b"\0")
    with open(os.path.join(staging, rel), "rb") as f:
        version.update(f.read())
precache = ["./"] + ["./" + rel for rel in files if rel != "index.html"]
sw = sw.replace("__PRECACHE__", json.dumps(precache)).replace(
    "__VERSION__", version.hexdigest()[:16]
)
with open(sw_path, "w", encoding="utf-8") as f:
    f.write(sw)
print(f"csp_hash.py: sw.js precaches {len(precache)} files, version {version.hexdigest()[:16]}")
