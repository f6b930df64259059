#!/usr/bin/env python3
"""Attributes a wasm file with a name section (wasm-opt -Oz -g) by origin.

Prints, per origin (crate, or `enrollready::<module>`), the bytes of its
function bodies and the gzip -9 size of those bodies compressed together
(an estimate of what the origin costs the shipped, gzipped file), and the
data segments split into readable text and other bytes. Used by
scripts/attribution.sh; prints figures, judges nothing.
"""
import collections
import gzip
import re
import sys


def leb(b, i):
    r = s = 0
    while True:
        x = b[i]
        i += 1
        r |= (x & 0x7F) << s
        s += 7
        if x < 0x80:
            return r, i


def sections(data):
    i = 8
    while i < len(data):
        sid = data[i]
        size, j = leb(data, i + 1)
        yield sid, data[j : j + size]
        i = j + size


def parse(data):
    imported = 0
    bodies = []
    names = {}
    segments = []
    for sid, body in sections(data):
        if sid == 2:  # imports: count the imported functions
            n, i = leb(body, 0)
            for _ in range(n):
                for _ in range(2):
                    ln, i = leb(body, i)
                    i += ln
                kind = body[i]
                i += 1
                if kind == 0:
                    _, i = leb(body, i)
                    imported += 1
                elif kind == 1:
                    i += 1
                    flags, i = leb(body, i)
                    _, i = leb(body, i)
                    if flags & 1:
                        _, i = leb(body, i)
                elif kind == 2:
                    flags, i = leb(body, i)
                    _, i = leb(body, i)
                    if flags & 1:
                        _, i = leb(body, i)
                elif kind == 3:
                    i += 2
        elif sid == 10:
            n, i = leb(body, 0)
            for _ in range(n):
                ln, i = leb(body, i)
                bodies.append(body[i : i + ln])
                i += ln
        elif sid == 11:
            n, i = leb(body, 0)
            for _ in range(n):
                flag, i = leb(body, i)
                if flag == 2:
                    _, i = leb(body, i)
                if flag in (0, 2):
                    while body[i] != 0x0B:
                        i += 1
                    i += 1
                ln, i = leb(body, i)
                segments.append(body[i : i + ln])
                i += ln
        elif sid == 0:
            ln, i = leb(body, 0)
            if body[i : i + ln] != b"name":
                continue
            i += ln
            while i < len(body):
                sub = body[i]
                size, j = leb(body, i + 1)
                if sub == 1:
                    n, k = leb(body, j)
                    for _ in range(n):
                        idx, k = leb(body, k)
                        ln, k = leb(body, k)
                        names[idx] = body[k : k + ln].decode("utf-8", "replace")
                        k += ln
                i = j + size
    return [(names.get(imported + n, f"func{n}"), b) for n, b in enumerate(bodies)], segments


def origin(name):
    m = re.search(r"enrollready::([a-z_0-9]+)", name)
    if m:
        mod = m.group(1)
        if mod in ("ui", "domain", "i18n", "report", "format", "platform"):
            sub = re.search(r"enrollready::[a-z_0-9]+::([a-z_0-9]+)", name)
            if sub and sub.group(1)[0].islower():
                return f"enrollready::{mod}::{sub.group(1)}"
        return f"enrollready::{mod}"
    m = re.match(r"^<*&?(?:mut )?(?:dyn )?([a-z_0-9]+)(?:\[[0-9a-f]+\])?::", name)
    crate = m.group(1) if m else "(unnamed)"
    # A trait implemented by the page's types counts for the page.
    if crate in ("core", "alloc", "std") and " as " in name:
        m2 = re.search(r" as <*([a-z_0-9]+)", name)
        if m2 and m2.group(1) not in ("core", "alloc", "std"):
            crate = m2.group(1)
    return crate


def gz(b):
    return len(gzip.compress(b, 9, mtime=0))


def main():
    data = open(sys.argv[1], "rb").read()
    funcs, segments = parse(data)
    groups = collections.defaultdict(list)
    for name, body in funcs:
        groups[origin(name)].append(body)
    code = b"".join(b for _, b in funcs)
    rows = sorted(((sum(map(len, bs)), gz(b"".join(bs)), k) for k, bs in groups.items()), reverse=True)
    print(f"code: {len(code)} B in {len(funcs)} functions, {gz(code)} B gzip -9 together")
    print(f"{'origin':<44} {'raw':>9} {'gzip':>8}")
    top = int(sys.argv[2]) if len(sys.argv) > 2 else 40
    for raw, g, k in rows[:top]:
        print(f"{k:<44} {raw:>9} {g:>8}")
    rest = rows[top:]
    print(f"{'(' + str(len(rest)) + ' more origins)':<44} {sum(r[0] for r in rest):>9}")
    data_all = b"".join(segments)
    text = b"".join(re.findall(rb"[\x20-\x7e\xc2-\xf4\x80-\xbf\n]{8,}", data_all))
    print(f"data: {len(data_all)} B in {len(segments)} segments, {gz(data_all)} B gzip -9;"
          f" of it readable text {len(text)} B ({gz(text)} B gzip)")
    print(f"whole file: {len(data)} B with names; shipped file see scripts/size.sh")


main()
