#!/usr/bin/env python3
"""Score the parser against every hand-labelled document.

Runs `disclosure check --json` on each labelled document and compares every
labelled cell with what the parser read.  See bench/SCORE.md.
"""

import argparse
import glob
import json
import os
import re
import subprocess
import sys
from decimal import Decimal, InvalidOperation

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, "test", "data")

CORPORA = ("seeds", "real", "pdf", "layouts")

REQUEST_ROWS = (
    "new_received", "carried_over", "granted", "partially_granted",
    "refused_state_secret", "refused_other_law", "refused_security",
    "refused_third_party", "refused_internal", "refused_process",
    "refused_enforcement_file", "refused_inquiry", "unavailable_not_held",
    "unavailable_needs_creation", "unavailable_unclear", "declined_complaint",
    "declined_repeat", "declined_publication", "declined_excessive",
    "declined_confirmation", "other_no_correction", "other_no_fee", "other",
    "total", "carried_forward",
)
ROWS_2021_ONLY = ("other_no_correction", "other_no_fee")
# golden.json spells the 三（四） rows unable_*
ROW_ALIASES = {
    "unable_not_held": "unavailable_not_held",
    "unable_needs_creation": "unavailable_needs_creation",
    "unable_unclear": "unavailable_unclear",
}
ROW_ALIASES_REVERSE = {new: old for old, new in ROW_ALIASES.items()}
REQUEST_COLUMNS = ("natural_person", "commercial", "research", "social_org",
                   "legal_service", "other_org", "total")
LITIGATION_TABLES = ("review", "suit_direct", "suit_after_review")
LITIGATION_COLUMNS = ("upheld", "corrected", "other", "pending", "total")

PROACTIVE_2019 = {
    "regulations": ("new_made", "new_published", "total_published"),
    "normative_documents": ("new_made", "new_published", "total_published"),
    "licensing": ("previous_count", "change", "decisions"),
    "other_services": ("previous_count", "change", "decisions"),
    "penalty": ("previous_count", "change", "decisions"),
    "coercion": ("previous_count", "change", "decisions"),
    "fees": ("previous_count", "change"),
}
PROACTIVE_2021 = {
    "regulations": ("made", "repealed", "in_force"),
    "normative_documents": ("made", "repealed", "in_force"),
    "licensing": ("decisions",),
    "penalty": ("decisions",),
    "coercion": ("decisions",),
}
# label key -> (item, measure), a single number rather than a list
PROACTIVE_SCALAR = {"fees_wan_yuan": ("fees", "amount_wan_yuan")}

NARRATIVE = (("requests_received", "stated_requests"),
             ("proactive_items", "stated_proactive"))


class UsageError(Exception):
    pass


class SetupError(Exception):
    pass


# ---------------------------------------------------------------- labels

def read_json(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f, parse_float=Decimal)


def label_documents(corpus):
    """Yield (label path, document name, document path, label dict,
    rows-default-to-zero) for every label of the corpus."""
    if corpus == "seeds":
        path = os.path.join(DATA, "golden.json")
        if not os.path.exists(path):
            return
        try:
            golden = read_json(path)
        except (OSError, ValueError) as e:
            raise SetupError("%s: %s" % (rel(path), e))
        for doc in golden.get("documents", []):
            name = doc.get("file")
            yield (path, name, os.path.join(DATA, "seeds", name), doc, True)
        return
    folder = os.path.join(DATA, corpus)
    for path in sorted(glob.glob(os.path.join(folder, "labels", "*.json"))):
        if os.path.basename(path).startswith("."):
            continue
        try:
            label = read_json(path)
        except (OSError, ValueError) as e:
            raise SetupError("%s: %s" % (rel(path), e))
        if not isinstance(label, dict):
            raise SetupError("%s: not a JSON object" % rel(path))
        name = os.path.basename(path)[:-len(".json")]
        doc = os.path.join(folder, name)
        if corpus == "real" and not os.path.exists(doc):
            # LABELS.md: a label here may be for a document of ../pdf/
            alt = os.path.join(DATA, "pdf", name)
            if os.path.exists(alt):
                doc = alt
        yield (path, name, doc, label, False)


def rel(path):
    try:
        r = os.path.relpath(path, os.getcwd())
    except ValueError:
        return path
    return path if r.startswith("../..") else r


# ---------------------------------------------------------------- values

def as_number(v):
    if isinstance(v, bool):
        return None
    if isinstance(v, (int, Decimal)):
        return Decimal(v)
    if isinstance(v, float):
        return Decimal(repr(v))
    if isinstance(v, str) and re.fullmatch(r"\s*-?\d+(\.\d+)?\s*", v):
        try:
            return Decimal(v.strip())
        except InvalidOperation:
            return None
    return None


def equal(a, b):
    na, nb = as_number(a), as_number(b)
    if na is not None and nb is not None:
        return na == nb
    return a == b


def judge(label, output, undetermined):
    if undetermined:
        return "right" if output is None or equal(label, output) else "wrong"
    if label is None:
        return "right" if output is None else "wrong"
    if output is None:
        return "missing"
    return "right" if equal(label, output) else "wrong"


def plain(v):
    """A value for printing and for --json."""
    if isinstance(v, Decimal):
        return int(v) if v == v.to_integral_value() else float(v)
    return v


def show(v):
    v = plain(v)
    if v is None:
        return "NULL"
    if isinstance(v, str):
        return json.dumps(v, ensure_ascii=False)
    return str(v)


# ---------------------------------------------------------------- cells

def label_cells(rep, zero_default, warn):
    """The cells a label report gives: list of (path, alternate names, value)."""
    cells = []

    def add(path, value, alts=()):
        cells.append((path, tuple(alts), value))

    for key in ("agency", "year", "published", "template"):
        if key in rep:
            add(key, rep[key])
    template = str(rep.get("template"))

    pro = rep.get("proactive")
    if isinstance(pro, dict):
        first, second = ((PROACTIVE_2021, PROACTIVE_2019) if template == "2021"
                         else (PROACTIVE_2019, PROACTIVE_2021))
        for key, value in pro.items():
            if key in PROACTIVE_SCALAR:
                if isinstance(value, list):
                    warn("proactive.%s should be a number" % key)
                    value = value[0] if len(value) == 1 else None
                add("proactive." + key, value)
                continue
            measures = first.get(key) or second.get(key)
            if measures is None:
                warn("proactive.%s: unknown item, not scored" % key)
                continue
            if not isinstance(value, list):
                value = [value] if len(measures) == 1 else None
                if value is None:
                    warn("proactive.%s: not a list, not scored" % key)
                    continue
            if len(value) != len(measures):
                if key in second and len(second[key]) == len(value):
                    measures = second[key]
                else:
                    warn("proactive.%s has %d values for %d measures"
                         % (key, len(value), len(measures)))
            for i, (m, v) in enumerate(zip(measures, value)):
                add("proactive.%s.%s" % (key, m), v,
                    ("proactive.%s[%d]" % (key, i), "proactive.%s.%d" % (key, i)))

    proc = rep.get("procurement")
    if isinstance(proc, dict):
        for key in ("projects", "amount_yuan"):
            if key in proc:
                add("procurement." + key, proc[key])

    rows = None
    if isinstance(rep.get("requests"), dict):
        given = {}
        for name, value in rep["requests"].items():
            canon = ROW_ALIASES.get(name, name)
            if canon not in REQUEST_ROWS:
                warn("requests.%s: unknown row, not scored" % name)
                continue
            if canon in given:
                warn("requests.%s given twice" % canon)
            given[canon] = value
        if zero_default:
            rows = [(r, given.get(r, [0] * 7)) for r in REQUEST_ROWS
                    if r in given or template == "2021" or r not in ROWS_2021_ONLY]
        else:
            rows = [(r, given[r]) for r in REQUEST_ROWS if r in given]
            absent = [r for r in REQUEST_ROWS
                      if r not in given and r not in ROWS_2021_ONLY]
            if absent:
                warn("requests: rows not given, not scored: " + ", ".join(absent))
    elif "requests_source_cells" in rep:
        # golden.json describes what the page prints there ('| 1 | 1 |'
        # under seven columns) instead of giving values: not scored, as in
        # sql/golden.sql
        warn("requests: the label describes the printed cells without values; table three not scored")
    for row, value in rows or ():
        if value is None:
            value = [None] * 7
        if not isinstance(value, list) or len(value) != 7:
            warn("requests.%s: not a list of 7 cells" % row)
            if not isinstance(value, list):
                continue
        for i, (c, v) in enumerate(zip(REQUEST_COLUMNS, value)):
            add("requests.%s.%s" % (row, c), v,
                ("requests.%s[%d]" % (row, i), "requests.%s.%d" % (row, i)))

    for table in LITIGATION_TABLES:
        value = rep.get(table)
        if table not in rep:
            continue
        if value is None:
            value = [None] * 5
        if not isinstance(value, list) or len(value) != 5:
            warn("%s: not a list of 5 cells" % table)
            if not isinstance(value, list):
                continue
        for i, (c, v) in enumerate(zip(LITIGATION_COLUMNS, value)):
            add("%s.%s" % (table, c), v, ("%s[%d]" % (table, i), "%s.%d" % (table, i)))

    narr = rep.get("narrative")
    if isinstance(narr, dict):
        # a key the prose does not state is left out: the truth is NULL
        for key, _ in NARRATIVE:
            add("narrative." + key, narr.get(key))
    return cells


def output_value(report, path):
    """The parser's value for a label cell path (None when it has none)."""
    if report is None:
        return None
    parts = path.split(".")
    head = parts[0]
    if head in ("agency", "year", "published", "template"):
        return report.get(head)
    if head == "narrative":
        return report.get(dict(NARRATIVE)[parts[1]])
    if head == "proactive":
        if parts[1] in PROACTIVE_SCALAR:
            item, measure = PROACTIVE_SCALAR[parts[1]]
        else:
            item, measure = parts[1], parts[2]
        value = None
        for p in report.get("proactive") or ():
            if p.get("item") == item and p.get("measure") == measure:
                value = p.get("value")
        return value
    if head == "procurement":
        return (report.get("procurement") or {}).get(parts[1])
    if head == "requests":
        return (((report.get("requests") or {}).get(parts[1])) or {}).get(parts[2])
    if head in LITIGATION_TABLES:
        return (report.get(head) or {}).get(parts[1])
    return None


def forced_zero(label, path, output):
    """A blank table-three cell that the parser filled with 0 because its
    row's printed total is 0: counts are never negative, so the arithmetic
    forces it (README: where the parser fills a blank)."""
    parts = path.split(".")
    if len(parts) != 3 or parts[0] != "requests" or as_number(output) != 0:
        return False
    row = ((label.get("requests") or {}).get(parts[1])
           or (label.get("requests") or {}).get(ROW_ALIASES_REVERSE.get(parts[1], "")))
    return isinstance(row, list) and len(row) == 7 and row[6] is not None \
        and as_number(row[6]) == 0


def undetermined_match(entries, path, alts):
    for e in entries:
        e = ROW_ALIASES_PATH(e)
        for name in (path,) + alts:
            if name == e or name.startswith(e + "."):
                return e
    return None


def ROW_ALIASES_PATH(entry):
    for old, new in ROW_ALIASES.items():
        entry = entry.replace("requests.%s" % old, "requests.%s" % new)
    return entry


def match_reports(labels, outputs):
    """Pair label reports with output reports: same year and agency, then
    same year, then (for an output without a year) the same agency."""
    pairs = [None] * len(labels)
    used = set()
    passes = (
        lambda l, o: o.get("year") is not None and equal(l.get("year"), o.get("year"))
        and l.get("agency") == o.get("agency"),
        lambda l, o: o.get("year") is not None and equal(l.get("year"), o.get("year")),
        lambda l, o: o.get("year") is None and l.get("agency") == o.get("agency"),
    )
    for ok in passes:
        for i, lab in enumerate(labels):
            if pairs[i] is not None:
                continue
            for j, out in enumerate(outputs):
                if j not in used and ok(lab, out):
                    pairs[i] = j
                    used.add(j)
                    break
    extra = [j for j in range(len(outputs)) if j not in used]
    return pairs, extra


def report_name(rep):
    return "%s %s" % (rep.get("agency") or "?", plain(rep.get("year")) or "?")


# ---------------------------------------------------------------- running

def run_cli(cli, path):
    """(output reports, None, the CLI's no_report reason) or
    (None, error message, None)."""
    try:
        proc = subprocess.run([cli, "check", "--json", path], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, timeout=300)
    except subprocess.TimeoutExpired:
        return None, "the CLI took more than 300 s", None
    except OSError as e:
        raise SetupError("cannot run %s: %s" % (cli, e))
    try:
        out = json.loads(proc.stdout.decode("utf-8"), parse_float=Decimal)
        entry = out[0]
    except (ValueError, IndexError, KeyError, TypeError, UnicodeDecodeError):
        err = proc.stderr.decode("utf-8", "replace").strip().splitlines()
        return None, "the CLI exited with status %d and no JSON%s" % (
            proc.returncode, (": " + err[-1]) if err else ""), None
    if entry.get("error"):
        return None, entry["error"], None
    reports = [r.get("report") or {} for r in entry.get("reports") or ()]
    return reports, None, entry.get("no_report")


def score_document(cli, corpus, label_path, name, doc_path, label, zero_default):
    res = {"corpus": corpus, "document": name, "document_path": rel(doc_path),
           "label": rel(label_path), "status": "scored", "notes": [],
           "right": 0, "missing": 0, "wrong": 0, "cells": [],
           "reports_label": None, "reports_output": None}

    def note(msg):
        res["notes"].append(msg)

    if isinstance(label, dict) and label.get("file") not in (None, name):
        note("label names file %r" % label.get("file"))
    labels = label.get("reports") if isinstance(label, dict) else None
    if not isinstance(labels, list):
        note("label has no list of reports: nothing scored")
        labels = []
    res["reports_label"] = len(labels)

    outputs, error = None, None
    if not os.path.exists(doc_path):
        error = "document not found: " + rel(doc_path)
    else:
        outputs, error, no_report = run_cli(cli, doc_path)
        if no_report and labels:
            note("the CLI found no report: " + no_report)
        if error is not None and doc_path.lower().endswith(".pdf"):
            res["status"] = "skipped"
            note("skipped: the CLI does not accept this PDF (%s)" % error)
            return res
    if error is not None:
        note("no output, every cell counted missing: " + error)
    else:
        res["reports_output"] = len(outputs)

    def count(cell, report, lab, out, result):
        res[result] += 1
        if result != "right":
            res["cells"].append({"report": report, "cell": cell, "label": plain(lab),
                                 "output": plain(out), "result": result})

    # the number of reports in the document: too few is missing (those
    # reports' cells are counted missing below), too many is wrong
    n_out = None if outputs is None else len(outputs)
    count("reports", "(document)", len(labels), n_out,
          "missing" if n_out is None or n_out < len(labels)
          else "right" if n_out == len(labels) else "wrong")

    pairs, extra = match_reports(labels, outputs or [])
    for j in extra:
        note("extra output report: %s" % report_name(outputs[j]))
    for i, lab in enumerate(labels):
        if not isinstance(lab, dict):
            note("report %d of the label is not an object" % (i + 1))
            continue
        rname = report_name(lab)
        warns = []
        cells = label_cells(lab, zero_default, warns.append)
        for w in warns:
            note("label %s: %s" % (rname, w))
        entries = [e for e in lab.get("undetermined") or () if isinstance(e, str)]
        used_entries = set()
        out = outputs[pairs[i]] if pairs[i] is not None else None
        if out is None and outputs is not None:
            note("no output report for %s: its cells counted missing" % rname)
        for path, alts, value in cells:
            und = undetermined_match(entries, path, alts)
            if und:
                used_entries.add(und)
            if out is None:
                count(path, rname, value, None, "missing")
                continue
            ov = output_value(out, path)
            verdict = judge(value, ov, und is not None)
            if verdict == "wrong" and value is None and forced_zero(lab, path, ov):
                verdict = "right"
            count(path, rname, value, ov, verdict)
        for e in entries:
            if ROW_ALIASES_PATH(e) not in used_entries:
                note("label %s: undetermined %r names no cell" % (rname, e))
    return res


def totals(docs):
    t = {"documents": 0, "skipped": 0, "right": 0, "missing": 0, "wrong": 0}
    for d in docs:
        if d["status"] == "skipped":
            t["skipped"] += 1
            continue
        t["documents"] += 1
        for k in ("right", "missing", "wrong"):
            t[k] += d[k]
    n = t["right"] + t["missing"] + t["wrong"]
    t["cells"] = n
    t["percent_right"] = round(100.0 * t["right"] / n, 1) if n else None
    return t


def pct(t):
    return "-" if t.get("percent_right") is None else "%.1f" % t["percent_right"]


def print_table(docs, corpora_totals, overall, verbose, out):
    rows = []
    for corpus in corpora_totals:
        for d in (x for x in docs if x["corpus"] == corpus):
            if d["status"] == "skipped":
                rows.append(("doc", d, [corpus, d["document"], "-", "skipped", "", "", ""]))
                continue
            t = totals([d])
            reps = "%s/%s" % (d["reports_label"],
                              "-" if d["reports_output"] is None else d["reports_output"])
            rows.append(("doc", d, [corpus, d["document"], reps, str(d["right"]),
                                    str(d["missing"]), str(d["wrong"]), pct(t)]))
        t = corpora_totals[corpus]
        rows.append(("total", None, [corpus, "total (%d documents%s)" % (
            t["documents"], ", %d skipped" % t["skipped"] if t["skipped"] else ""),
            "", str(t["right"]), str(t["missing"]), str(t["wrong"]), pct(t)]))
    rows.append(("total", None, ["all", "total (%d documents%s)" % (
        overall["documents"], ", %d skipped" % overall["skipped"] if overall["skipped"] else ""),
        "", str(overall["right"]), str(overall["missing"]), str(overall["wrong"]),
        pct(overall)]))
    head = ["corpus", "document", "reports", "right", "missing", "wrong", "% right"]
    widths = [max(len(r[2][i]) for r in rows + [("", None, head)]) for i in range(7)]

    def line(cols):
        cells = []
        for i, c in enumerate(cols):
            cells.append(c.ljust(widths[i]) if i < 2 else c.rjust(widths[i]))
        return "  ".join(cells).rstrip()

    print(line(head), file=out)
    print("  ".join("-" * w for w in widths), file=out)
    for kind, d, cols in rows:
        if kind == "total":
            print(line(cols), file=out)
            continue
        print(line(cols), file=out)
        for n in d["notes"]:
            print("    ! " + n, file=out)
        if verbose:
            for c in d["cells"]:
                print("    %-7s %s: %s  label %s, output %s" % (
                    c["result"], c["report"], c["cell"], show(c["label"]),
                    show(c["output"])), file=out)


def parse_corpora(values, option):
    names = []
    for v in values or ():
        for n in v.split(","):
            n = n.strip()
            if not n:
                continue
            if n not in CORPORA:
                raise UsageError("%s: unknown corpus %r (one of %s)"
                                 % (option, n, ", ".join(CORPORA)))
            if n not in names:
                names.append(n)
    return names


def main(argv):
    ap = argparse.ArgumentParser(
        prog="bench/score.py",
        description="Score the parser against every hand-labelled document "
                    "(test/data/golden.json and test/data/*/labels/*.json).")
    ap.add_argument("--cli", metavar="PATH",
                    help="the disclosure program (default: src/cli/disclosure "
                         "of this repository)")
    ap.add_argument("--corpus", metavar="NAME", action="append",
                    help="score only this corpus (%s); may be repeated or "
                         "comma-separated" % ", ".join(CORPORA))
    ap.add_argument("--require-complete", metavar="CORPUS[,CORPUS]", action="append",
                    help="also fail (status 1) when one of these corpora has a "
                         "missing cell or a skipped document")
    ap.add_argument("--verbose", "-v", action="store_true",
                    help="list every missing and wrong cell, label against output")
    ap.add_argument("--json", action="store_true", help="machine-readable output")
    args = ap.parse_args(argv)

    try:
        selected = parse_corpora(args.corpus, "--corpus") or list(CORPORA)
        required = parse_corpora(args.require_complete, "--require-complete")
    except UsageError as e:
        ap.print_usage(sys.stderr)
        print("%s: error: %s" % (ap.prog, e), file=sys.stderr)
        return 2
    selected = [c for c in CORPORA if c in selected]

    cli = args.cli or os.path.join(ROOT, "src", "cli", "disclosure")
    try:
        jobs = [(c,) + job for c in selected for job in label_documents(c)]
        if jobs and not (os.path.isfile(cli) and os.access(cli, os.X_OK)):
            raise SetupError("%s is not an executable file (run `make cli` in %s, "
                             "or give --cli)" % (cli, ROOT))
        docs = [score_document(cli, *job) for job in jobs]
    except SetupError as e:
        print("%s: error: %s" % (ap.prog, e), file=sys.stderr)
        return 2

    corpora_totals = {c: totals([d for d in docs if d["corpus"] == c]) for c in selected}
    overall = totals(docs)
    incomplete = [c for c in required if c in corpora_totals and
                  (corpora_totals[c]["missing"] or corpora_totals[c]["skipped"])]
    status = 1 if overall["wrong"] or incomplete else 0
    closing = "score: %d passed, %d failed" % (overall["right"], overall["wrong"])

    if args.json:
        json.dump({"documents": docs, "corpora": corpora_totals, "overall": overall,
                   "incomplete": incomplete, "passed": overall["right"],
                   "failed": overall["wrong"], "status": status},
                  sys.stdout, ensure_ascii=False, indent=1, default=plain)
        print()
        print(closing, file=sys.stderr)
        return status

    if not docs:
        print("no labelled documents in: " + ", ".join(selected))
    else:
        print_table(docs, corpora_totals, overall, args.verbose, sys.stdout)
    for c in incomplete:
        t = corpora_totals[c]
        print("incomplete: %s has %d missing cell(s)%s" % (
            c, t["missing"], " and %d skipped document(s)" % t["skipped"]
            if t["skipped"] else ""))
    print(closing)
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
