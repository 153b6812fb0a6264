#!/usr/bin/env python3
"""gen_corpus.py -- a synthetic corpus of annual reports for the benchmark.

Every generated report is one of the seed reports in test/data/seeds/ with:

  * its agency swapped for a generated one ('某某市某某〇一七局': the number is
    written in Chinese numerals, because the parser does not take a name with
    ASCII digits in it for an agency);
  * its years shifted (every 20xx in the text moves by the same amount, so
    the report year, the statistics period and the publication date agree),
    staying within the years its template was used;
  * the counts of table three rewritten, when its rows can be found (the '|'
    rows and the one-cell-per-line rows; the PDF tab rows with OCR noise and
    the report with blank cells keep their numbers): either consistent (the
    balance, the 总计 row and the 总计 column all hold, and the prose's
    共收到…申请N件 follows) or broken (one cell altered afterwards);
  * its layout varied: '|' rows kept, or turned into tab rows, space-aligned
    columns, one cell per line, or full-width digits and brackets (the same
    transformations as sql/layouts.sql).

The seed units are the report documents 000 (its first copy), 001 (split into
its five reports; the 指南 before them is dropped), 003 and 004; 002 is not a
report.  No two generated reports differ in their layout only, so the parser,
which drops a report reading the same as one before it, never drops one.

Output: with --out DIR, one file per document (doc_000001.txt, ...);
otherwise COPY text format (one document per line, backslash, newline, tab
and carriage return escaped) on stdout or in --copy FILE, ready for
  \\copy t(raw) FROM 'FILE'
A summary line goes to stderr.

Standard library only.
"""

import argparse
import hashlib
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_SEEDS = os.path.join(HERE, '..', 'test', 'data', 'seeds')

CN_DIGITS = '〇一二三四五六七八九'
FULLWIDTH = str.maketrans('0123456789()|', '０１２３４５６７８９（）｜')
LAYOUTS = ('pipe', 'tab', 'spaces', 'cell_per_line', 'fullwidth')

YEAR_RE = re.compile(r'(?<![0-9])20([0-3][0-9])(?![0-9])')
NUM_CELL_RE = re.compile(r'^\s*\d+\s*$')
STATED_RE = re.compile(r'(共(?:收到|受理)(?:政府)?信息公开申请)(\d+)(件)')


# ---------------------------------------------------------------- seed units

def seed_path(seeds, prefix):
    for name in sorted(os.listdir(seeds)):
        if name.startswith(prefix) and name.endswith('.txt'):
            return os.path.join(seeds, name)
    sys.exit('gen_corpus: no seed %s*.txt in %s' % (prefix, seeds))


def read(path):
    with open(path, encoding='utf-8') as f:
        return f.read()


def load_units(seeds):
    """The single-report texts the corpus is made of, with what to vary."""
    units = []

    # 000: Songjiang 2021, one cell per line, on the 2019 template; the file
    # holds the report twice: keep the first copy (up to its 相关链接 line).
    t = read(seed_path(seeds, '000_'))
    cut = t.index('\n', t.index('相关链接'))
    units.append(dict(name='000', text=t[:cut + 1], year=2021,
                      years=(2019, 2020, 2021), title=False,
                      agencies=['上海市松江区机关事务管理局', '松江区机关事务管理局',
                                '松江区机管局', '区机管局']))

    # 001: a 指南, then Liaocheng's reports for 2023, 2022, 2021 (2021
    # template), 2020 and 2019 (2019 template), each after a '字号:' line.
    # Only the 2019 one has a title: give the others one, so that each
    # report names its own agency wherever it lands in a document.
    t = read(seed_path(seeds, '001_'))
    parts = re.split(r'^字号:\n', t, flags=re.M)[1:]
    if len(parts) != 5:
        sys.exit('gen_corpus: expected 5 reports in seed 001, found %d' % len(parts))
    for part, year in zip(parts, (2023, 2022, 2021, 2020, 2019)):
        years = (2021, 2022, 2023, 2024) if year >= 2021 else (2019, 2020)
        units.append(dict(name='001-%d' % year, text=part, year=year,
                          years=years, title=(year != 2019),
                          agencies=['聊城市机关事务管理局', '市机关事务管理局',
                                    '市机关事务局']))

    # 003: Jindong Xietang 2020, '|' rows, 2019 template.
    units.append(dict(name='003', text=read(seed_path(seeds, '003_')),
                      year=2020, years=(2019, 2020), title=False,
                      agencies=['金东区鞋塘办事处', '鞋塘办事处']))

    # 004: Wenzhou 2020, PDF tab rows with OCR noise, 2019 template.
    units.append(dict(name='004', text=read(seed_path(seeds, '004_')),
                      year=2020, years=(2019, 2020), title=False,
                      agencies=['温州市机关事务管理局']))

    for u in units:
        u['template'] = '2021' if '逾期未按收费通知' in u['text'] else '2019'
    return units


# ------------------------------------------------------------ table three

def table_three_span(lines):
    """(first, last) line indexes of table three, or None."""
    start = end = None
    for i, line in enumerate(lines):
        s = line.strip()
        if start is None and s.startswith('三、收到和处理'):
            start = i
        elif start is not None and (s.startswith('四、政府信息公开行政复议')
                                    or s.startswith('四、因政府信息公开')):
            end = i
            break
    return None if start is None or end is None else (start, end)


def find_rows(lines, span):
    """The count cells of table three, row by row.

    Each row is a list of 7 slots (line index, part index or None): a slot
    with a part index is a cell of a '|' or tab row (the last 7 numeric cells
    of a line holding at least 7), one without is a line of its own (a run
    of exactly 7 number lines, blank lines aside).
    """
    start, end = span
    rows = []
    for i in range(start, end):
        if '|' not in lines[i] and '\t' not in lines[i]:
            continue
        parts = re.split(r'(\||\t)', lines[i])
        nums = [p for p in range(0, len(parts), 2) if NUM_CELL_RE.match(parts[p])]
        if len(nums) >= 7:
            rows.append([(i, p) for p in nums[-7:]])
    if rows:
        return rows
    run = []
    for i in range(start, end + 1):
        s = lines[i].strip() if i < end else 'end'
        if s == '':
            continue
        if s.isdigit() and s.isascii():
            run.append((i, None))
            continue
        if len(run) == 7:
            rows.append(run)
        run = []
    return rows


def consistent_counts(rng, n_rows):
    """Table three (n_rows x 7) whose balance, total row and total column hold."""
    n_out = n_rows - 4                      # outcome rows between 二 and 总计
    # outcome weights: granted, partially granted, the refusal, unavailable,
    # declined and other reasons (a few of each)
    weights = [50, 10] + [1] * 8 + [15, 3, 3] + [2] * 5 + [2] * (n_out - 18)
    table = [[0] * 7 for _ in range(n_rows)]
    for c in range(6):
        mean = 20.0 if c == 0 else 2.0
        new = 0 if rng.random() < 0.3 else int(rng.expovariate(1.0 / mean))
        carried = 0 if rng.random() < 0.6 else rng.randint(0, 3)
        forward = rng.randint(0, min(new + carried, 3))
        handled = new + carried - forward
        table[0][c], table[1][c], table[n_rows - 1][c] = new, carried, forward
        for r in rng.choices(range(n_out), weights=weights, k=handled):
            table[2 + r][c] += 1
        table[n_rows - 2][c] = handled
    for row in table:
        row[6] = sum(row[:6])
    return table


def rewrite_table_three(rng, text, n_rows, broken):
    """Text with new counts in table three; None if its rows are not found."""
    lines = text.split('\n')
    span = table_three_span(lines)
    if span is None:
        return None
    rows = find_rows(lines, span)
    if len(rows) != n_rows:
        return None
    table = consistent_counts(rng, n_rows)
    stated = table[0][6]
    if broken:
        r, c = rng.randrange(n_rows), rng.randrange(7)
        table[r][c] += rng.randint(1, 9)
    split = {}
    for row, values in zip(rows, table):
        for (i, p), v in zip(row, values):
            if p is None:
                lines[i] = lines[i].replace(lines[i].strip(), str(v), 1)
            else:
                parts = split.setdefault(i, re.split(r'(\||\t)', lines[i]))
                old = parts[p]
                parts[p] = old.replace(old.strip(), str(v), 1)
    for i, parts in split.items():
        lines[i] = ''.join(parts)
    text = '\n'.join(lines)
    return STATED_RE.sub(lambda m: m.group(1) + str(stated) + m.group(3), text)


# ------------------------------------------------------------------ reports

def agency_name(n):
    return '某某市某某%s局' % ''.join(CN_DIGITS[int(d)] for d in '%04d' % n)


def make_layout(text, layout):
    if layout == 'tab':
        return text.replace(' | ', '\t')
    if layout == 'spaces':
        return text.replace(' | ', '    ')
    if layout == 'cell_per_line':
        return text.replace(' | ', '\n\n').replace('\t', '\n')
    if layout == 'fullwidth':
        return text.translate(FULLWIDTH)
    return text


def make_report(rng, unit, n_agencies, broken_fraction):
    """(text, key, (numbers kind, layout)): key identifies what it reads as."""
    agency = agency_name(rng.randrange(n_agencies))
    year = rng.choice(unit['years'])
    delta = year - unit['year']
    text = unit['text']
    if delta:
        text = YEAR_RE.sub(lambda m: str(2000 + int(m.group(1)) + delta), text)
    for old in unit['agencies']:
        text = text.replace(old, agency)
    if unit['title']:
        text = '%s%d年政府信息公开工作年度报告\n\n%s' % (agency, year, text)

    broken = rng.random() < broken_fraction
    n_rows = 25 if unit['template'] == '2021' else 23
    rewritten = rewrite_table_three(rng, text, n_rows, broken)
    if rewritten is None:
        kind = 'numbers_kept'
    else:
        text = rewritten
        kind = 'broken' if broken else 'consistent'

    # the parser drops a report that reads the same as one before it in the
    # document, whatever its layout: the caller keeps the texts distinct
    key = hashlib.blake2b(text.encode('utf-8'), digest_size=16).digest()
    layout = rng.choice(LAYOUTS)
    return make_layout(text, layout), key, (kind, layout)


def copy_escape(s):
    return (s.replace('\\', '\\\\').replace('\n', '\\n')
             .replace('\r', '\\r').replace('\t', '\\t'))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    ap.add_argument('--docs', type=int, default=100, help='documents (100)')
    ap.add_argument('--reports-per-doc', type=int, default=1,
                    help='reports concatenated into each document (1)')
    ap.add_argument('--doc-bytes', type=int, default=0,
                    help='instead: add reports to each document until it '
                         'holds at least this many bytes')
    ap.add_argument('--broken-fraction', type=float, default=0.2,
                    help='share of rewritten tables with one cell altered (0.2)')
    ap.add_argument('--seed', type=int, default=1, help='random seed (1)')
    ap.add_argument('--seeds-dir', default=DEFAULT_SEEDS,
                    help='the seed documents (test/data/seeds)')
    ap.add_argument('--out', help='write one .txt file per document here')
    ap.add_argument('--copy', help='write COPY text format here (default stdout)')
    args = ap.parse_args()
    if args.docs < 1 or args.reports_per_doc < 1:
        ap.error('--docs and --reports-per-doc must be at least 1')

    rng = random.Random(args.seed)
    units = load_units(args.seeds_dir)
    expected = args.docs * args.reports_per_doc
    # agencies recur (one body, several years), but there are many of them
    n_agencies = max(1000, min(10000, expected // 3))
    stats = dict(consistent=0, broken=0, numbers_kept=0,
                 **{layout: 0 for layout in LAYOUTS})
    seen = set()

    if args.out:
        os.makedirs(args.out, exist_ok=True)
        sink = None
    elif args.copy and args.copy != '-':
        sink = open(args.copy, 'w', encoding='utf-8', newline='')
    else:
        sink = sys.stdout

    n_reports = n_bytes = 0
    for d in range(1, args.docs + 1):
        reports, size = [], 0
        while (size < args.doc_bytes if args.doc_bytes
               else len(reports) < args.reports_per_doc):
            for _attempt in range(1000):    # no two reports the same text
                r, key, tags = make_report(rng, rng.choice(units), n_agencies,
                                           args.broken_fraction)
                if key not in seen:
                    break
            else:
                sys.exit('gen_corpus: cannot make a new distinct report')
            seen.add(key)
            for tag in tags:
                stats[tag] += 1
            reports.append(r)
            size += len(r.encode('utf-8')) + 2
        doc = '\n\n'.join(reports)
        n_reports += len(reports)
        n_bytes += len(doc.encode('utf-8'))
        if args.out:
            with open(os.path.join(args.out, 'doc_%06d.txt' % d), 'w',
                      encoding='utf-8', newline='') as f:
                f.write(doc)
        else:
            sink.write(copy_escape(doc) + '\n')
    if sink is not None and sink is not sys.stdout:
        sink.close()
    else:
        sys.stdout.flush()

    print('gen_corpus: docs=%d reports=%d bytes=%d %s' % (
        args.docs, n_reports, n_bytes,
        ' '.join('%s=%d' % kv for kv in stats.items())), file=sys.stderr)


if __name__ == '__main__':
    main()
