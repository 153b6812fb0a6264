#!/bin/bash
# test/package/check_meta.sh -- the packaging metadata agrees with the
# extension: META.json (PGXN, meta-spec 1.0.0) is well-formed JSON with the
# fields PGXN requires, its version is disclosure.control's default_version
# written as semver (1.1 -> 1.1.0), its extension file is that version's
# install script, and debian/changelog's latest entry has the same version.
# Prints what disagrees and exits non-zero.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."

python3 -m json.tool META.json >/dev/null

python3 - <<'PY'
import json, os, re, sys

bad = []
meta = json.load(open("META.json", encoding="utf-8"))

control = open("disclosure.control", encoding="utf-8").read()
m = re.search(r"^default_version\s*=\s*'([^']+)'", control, re.M)
if not m:
    sys.exit("disclosure.control: no default_version")
default = m.group(1)
semver = default + ".0" * (2 - default.count("."))

for key in ("name", "abstract", "version", "maintainer", "license",
            "provides", "meta-spec"):
    if not meta.get(key):
        bad.append(f"META.json: no {key}")
if meta.get("meta-spec", {}).get("version") != "1.0.0":
    bad.append("META.json: meta-spec version is not 1.0.0")
if meta.get("name") != "disclosure":
    bad.append(f"META.json: name {meta.get('name')!r}, not 'disclosure'")
if meta.get("version") != semver:
    bad.append(f"META.json: version {meta.get('version')!r}, but "
               f"disclosure.control's default_version {default!r} is {semver!r}")
if meta.get("license") != "postgresql" or not os.path.isfile("LICENSE"):
    bad.append("META.json: license is not postgresql, or there is no LICENSE")

ext = meta.get("provides", {}).get("disclosure", {})
script = f"disclosure--{default}.sql"
if ext.get("file") != script:
    bad.append(f"META.json: provides.disclosure.file {ext.get('file')!r}, not {script!r}")
if ext.get("version") != semver:
    bad.append(f"META.json: provides.disclosure.version {ext.get('version')!r}, not {semver!r}")
for key in ("file", "docfile"):
    if key in ext and not os.path.isfile(ext[key]):
        bad.append(f"META.json: provides.disclosure.{key} {ext[key]!r} does not exist")

tags = meta.get("tags", [])
for tag in tags:
    if not re.fullmatch(r"[^/\\\x00-\x1f\x7f]{2,255}", tag):
        bad.append(f"META.json: tag {tag!r} is not a PGXN tag")

if os.path.isfile("debian/changelog"):
    first = open("debian/changelog", encoding="utf-8").readline()
    m = re.match(r"\S+ \(([^)]+)\)", first)
    if not m or m.group(1) != semver:
        bad.append(f"debian/changelog: latest version {m and m.group(1)!r}, not {semver!r}")

for line in bad:
    print(line, file=sys.stderr)
if bad:
    sys.exit(1)
print(f"META.json (and debian/changelog): version {semver}, as disclosure.control's {default}")
PY
