#!/usr/bin/env python3
"""Trunk post_build hook: put the SHA-256 hashes of the inline scripts of the
built index.html into its Content-Security-Policy, in place of the
__CSP_SCRIPT_HASHES__ placeholder. Fails the build if the placeholder or the
policy is missing, so a page without a policy can never be produced."""
import base64
import hashlib
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
with open(path, "w", encoding="utf-8") as f:
    f.write(html)
print(f"csp_hash.py: {len(hashes)} inline script(s) hashed into the policy")
