#!/usr/bin/env python3
"""Write the seed corpus of the fuzz targets from the real documents.

    python3 fuzz/make_corpus.py      # writes fuzz/seeds/{text,html,amount}/

text/: every document of test/data/seeds whole, each report and each section
(二, 三, 四 and what lies around them) on its own, and the tables in the other
layouts real extractions have (tab, runs of spaces, one cell per line,
full-width digits).  html/: the pages of test/data/html with Word's styling
stripped (which is most of their bytes), each table on its own.  amount/:
cells as written.  fuzz/run.sh merges these with fuzz/corpus/ (the minimised
corpus that earlier runs saved) and minimises the lot with -merge=1; only
fuzz/corpus/ is committed.
"""
import hashlib
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, '..')
SEEDS = os.path.join(ROOT, 'test', 'data', 'seeds')
PAGES = os.path.join(ROOT, 'test', 'data', 'html')
OUT = os.path.join(HERE, 'seeds')
MAX = 65536

HEADINGS = ['二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况',
            '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况']
FULLWIDTH = str.maketrans('0123456789', '０１２３４５６７８９')


def write(kind, data):
    if isinstance(data, str):
        data = data.encode('utf-8')
    if not data or len(data) > MAX:
        return
    d = os.path.join(OUT, kind)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, hashlib.sha1(data).hexdigest()), 'wb') as f:
        f.write(data)


def text_seeds():
    for name in sorted(os.listdir(SEEDS)):
        doc = open(os.path.join(SEEDS, name), encoding='utf-8').read()
        write('text', doc)
        # each report: from one title line to the next
        titles = [m.start() for m in re.finditer(r'^.*年度报告.*$', doc, re.M)]
        for a, b in zip(titles, titles[1:] + [len(doc)]):
            write('text', doc[a:b])
        # each section, and each section with its heading neighbours
        for h in HEADINGS[:3]:
            i = doc.find(h)
            while i >= 0:
                j = min([doc.find(x, i + 1) for x in HEADINGS if doc.find(x, i + 1) > i]
                        or [len(doc)])
                section = doc[i:j]
                write('text', section)
                for sep, new in ((' | ', '\t'), (' | ', '    '), (' | ', '\n')):
                    write('text', section.replace(sep, new))
                write('text', section.translate(FULLWIDTH))
                i = doc.find(h, i + 1)


def strip_word(page):
    page = re.sub(r'<(style|script)[^>]*>.*?</\1>', '', page, flags=re.S | re.I)
    page = re.sub(r"\s(style|class|lang|align|cellspacing|cellpadding|border)=('[^']*'|\"[^\"]*\"|\S+?)(?=[\s>])",
                  '', page)
    page = re.sub(r'<span>([^<]*)</span>', r'\1', page)
    page = re.sub(r'<p>([^<]*)</p>(?=</t[dh]>)', r'\1', page)
    return page


def html_seeds():
    for name in sorted(os.listdir(PAGES)):
        if not name.endswith('.html'):
            continue
        page = strip_word(open(os.path.join(PAGES, name), encoding='utf-8').read())
        write('html', page)
        for m in re.finditer(r'<table.*?</table>', page, re.S | re.I):
            write('html', '<html><body>' + m.group(0) + '</body></html>')
        # prose and tables of each report, cut at its headings
        body = page[page.find('<body'):]
        for h in HEADINGS[:3]:
            i = body.find(h)
            if i >= 0:
                write('html', '<html><body><p>' + body[i:i + 20000])


def amount_seeds():
    for s in ['7.63182亿元', '3749.71 万元', '127014元', '177.1万元', '0.00001万元',
              '０.５亿元', '100.50元', '007元', '21次', '1,234', '-3', '99999999999',
              '2.0', '1.5', '2024年1月18日', '2022-01-26', '2024-02-29', '一',
              '12件', '—', '2147483648', '-2147483649', '0.000000000000001亿']:
        write('amount', s)


if __name__ == '__main__':
    text_seeds()
    html_seeds()
    amount_seeds()
    for kind in ('text', 'html', 'amount'):
        d = os.path.join(OUT, kind)
        files = os.listdir(d)
        print(kind, len(files), 'files', sum(os.path.getsize(os.path.join(d, f)) for f in files), 'bytes')
