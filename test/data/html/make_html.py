#!/usr/bin/env python3
"""Render the seed reports as government sites publish them: Word-style HTML.

The prose of each seed is kept line for line (as <p>); the three tables are
rendered from the values the text parser read (reports.json, made with
to_jsonb(disclosure_parse_all(seed))), with the merged cells a Word export
has: rowspan/colspan on the applicant header, on 三、本年度办理结果 and on the
（三）（四）（五）（六） row groups, and &nbsp; in blank cells.  Variants add
real-world damage: unclosed tags, a stray </td>, table three split in two by
a page break.

    python3 make_html.py            # writes NNN.html and NNN_damaged.html

The fixtures are committed; sql/html.sql checks that each reads exactly like
its seed text.  Run this again only to change the fixtures.
"""
import html
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
SEEDS = os.path.join(HERE, '..', 'seeds')
FILES = {'000': '000_4f3bfc39153d33d4.txt', '001': '001_6174489a5f7162cb.txt',
         '003': '003_5c245e0f5975cf67.txt', '004': '004_76d90fd474e57dbd.txt'}

COLUMNS = ['natural_person', 'commercial', 'research', 'social_org',
           'legal_service', 'other_org', 'total']

TD = "<td style='border:solid windowtext 1.0pt;padding:0cm 5.4pt'{attrs}>" \
     "<p class=MsoNormal align=center style='text-align:center'>" \
     "<span style='font-size:10.5pt;font-family:宋体'>{text}</span></p></td>"


def td(text, colspan=1, rowspan=1):
    attrs = ''
    if colspan > 1:
        attrs += f' colspan={colspan}'
    if rowspan > 1:
        attrs += f' rowspan={rowspan}'
    shown = '&nbsp;' if text is None or text == '' else html.escape(str(text))
    return TD.format(attrs=attrs, text=shown)


def tr(cells):
    return "<tr style='height:21.0pt'>" + ''.join(cells) + '</tr>\n'


def table(rows):
    return ("<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 "
            "style='border-collapse:collapse;border:none'>\n<tbody>\n"
            + ''.join(rows) + '</tbody></table>\n')


def para(text):
    return ("<p class=MsoNormal style='text-indent:32.0pt'><span style="
            "'font-size:16.0pt;font-family:仿宋_GB2312'>"
            + html.escape(text) + '</span></p>\n')


def value(v):
    return None if v is None else v


def proactive_rows(report):
    """Table two, both templates, from the proactive items."""
    cells = {}
    for p in report['proactive'] or []:
        cells.setdefault(p['item'], []).append(p['value'])
    rows = []
    if report['template'] == '2021':
        groups = [('第二十条第（一）项', ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'],
                   [('regulations', '规章'), ('normative_documents', '行政规范性文件')]),
                  ('第二十条第（五）项', ['信息内容', '本年处理决定数量'], [('licensing', '行政许可')]),
                  ('第二十条第（六）项', ['信息内容', '本年处理决定数量'],
                   [('penalty', '行政处罚'), ('coercion', '行政强制')]),
                  ('第二十条第（八）项', ['信息内容', '本年收费金额（单位：万元）'], [('fees', '行政事业性收费')])]
    else:
        groups = [('第二十条第（一）项', ['信息内容', '本年新制作数量', '本年新公开数量', '对外公开总数量'],
                   [('regulations', '规章'), ('normative_documents', '规范性文件')]),
                  ('第二十条第（五）项', ['信息内容', '上一年项目数量', '本年增/减', '处理决定数量'],
                   [('licensing', '行政许可'), ('other_services', '其他对外管理服务事项')]),
                  ('第二十条第（六）项', ['信息内容', '上一年项目数量', '本年增/减', '处理决定数量'],
                   [('penalty', '行政处罚'), ('coercion', '行政强制')]),
                  ('第二十条第（八）项', ['信息内容', '上一年项目数量', '本年增/减'], [('fees', '行政事业性收费')])]
    for title, header, items in groups:
        rows.append(tr([td(title, colspan=4)]))
        rows.append(tr([td(h) for h in header[:-1]]
                       + [td(header[-1], colspan=5 - len(header))]))
        for key, label in items:
            vals = cells.get(key, [None] * (len(header) - 1))
            rows.append(tr([td(label)] + [td(v) for v in vals[:-1]]
                           + [td(vals[-1], colspan=5 - len(header))]))
    proc = report.get('procurement')
    if proc is not None:
        rows.append(tr([td('第二十条第（九）项', colspan=4)]))
        rows.append(tr([td('信息内容'), td('采购项目数量'), td('采购总金额', colspan=2)]))
        amount = None if proc['amount_yuan'] is None else f"{proc['amount_yuan']}元"
        rows.append(tr([td('政府集中采购'), td(proc['projects']), td(amount, colspan=2)]))
    return rows


def counts(report, row):
    c = (report['requests'] or {}).get(row)
    return [None if c is None else c[k] for k in COLUMNS]


def requests_rows(report, split=False):
    """Table three with the merged header and row groups; two tables if split."""
    r2021 = report['template'] == '2021'
    header = [
        tr([td('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', colspan=3, rowspan=3),
            td('申请人情况', colspan=7)]),
        tr([td('自然人', rowspan=2), td('法人或其他组织', colspan=5), td('总计', rowspan=2)]),
        tr([td(x) for x in ['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他']]),
    ]

    def row(label_cells, key):
        return tr(label_cells + [td(v) for v in counts(report, key)])

    groups = [
        ('（三）不予公开', [('1.属于国家秘密', 'refused_state_secret'),
                      ('2.其他法律行政法规禁止公开', 'refused_other_law'),
                      ('3.危及“三安全一稳定”', 'refused_security'),
                      ('4.保护第三方合法权益', 'refused_third_party'),
                      ('5.属于三类内部事务信息', 'refused_internal'),
                      ('6.属于四类过程性信息', 'refused_process'),
                      ('7.属于行政执法案卷', 'refused_enforcement_file'),
                      ('8.属于行政查询事项', 'refused_inquiry')]),
        ('（四）无法提供', [('1.本机关不掌握相关政府信息', 'unavailable_not_held'),
                      ('2.没有现成信息需要另行制作', 'unavailable_needs_creation'),
                      ('3.补正后申请内容仍不明确', 'unavailable_unclear')]),
        ('（五）不予处理', [('1.信访举报投诉类申请', 'declined_complaint'),
                      ('2.重复申请', 'declined_repeat'),
                      ('3.要求提供公开出版物', 'declined_publication'),
                      ('4.无正当理由大量反复申请', 'declined_excessive'),
                      ('5.要求行政机关确认或重新出具已获取信息', 'declined_confirmation')]),
    ]
    if r2021:
        groups.append(('（六）其他处理', [
            ('1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', 'other_no_correction'),
            ('2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', 'other_no_fee'),
            ('3.其他', 'other')]))
    outcome_rows = 2 + sum(len(g[1]) for g in groups) + (0 if r2021 else 1) + 1
    first = [row([td('一、本年新收政府信息公开申请数量', colspan=3)], 'new_received'),
             row([td('二、上年结转政府信息公开申请数量', colspan=3)], 'carried_over')]
    body = [row([td('三、本年度办理结果', rowspan=outcome_rows), td('（一）予以公开', colspan=2)], 'granted'),
            row([td('（二）部分公开（区分处理的，只计这一情形，不计其他情形）', colspan=2)],
                'partially_granted')]
    for name, members in groups:
        for i, (label, key) in enumerate(members):
            cells = [td(name, rowspan=len(members))] if i == 0 else []
            body.append(row(cells + [td(label)], key))
    if not r2021:
        body.append(row([td('（六）其他处理', colspan=2)], 'other'))
    body.append(row([td('（七）总计', colspan=2)], 'total'))
    last = [row([td('四、结转下年度继续办理', colspan=3)], 'carried_forward')]
    if not split:
        return [table(header + first + body + last)]
    # a page break after the （三） group: Word closes the table and opens
    # another, and the 三、本年度办理结果 label only spans the rows above it
    cut = 2 + 8
    kept = len(body[:cut])
    body[0] = body[0].replace(f'rowspan={outcome_rows}', f'rowspan={kept}')
    return [table(header + first + body[:cut]),
            "<p class=MsoNormal style='page-break-before:always'><span>&nbsp;</span></p>\n",
            table(body[cut:] + last)]


def review_rows(report):
    groups = [report['review'], report['suit_direct'], report['suit_after_review']]
    vals = []
    for g in groups:
        vals += [None if g is None else g[k] for k in ['upheld', 'corrected', 'other', 'pending', 'total']]
    labels = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计']
    return [table([
        tr([td('行政复议', colspan=5), td('行政诉讼', colspan=10)]),
        tr([td(x, rowspan=2) for x in labels]
           + [td('未经复议直接起诉', colspan=5), td('复议后起诉', colspan=5)]),
        tr([td(x) for x in labels * 2]),
        tr([td(v) for v in vals]),
    ])]


HEADINGS = {
    'proactive': re.compile(r'^\s*二、\s*主动公开政府信息情况'),
    'requests': re.compile(r'^\s*三、\s*收到和处理政府信息公开申请情况'),
    'review': re.compile(r'^\s*四、\s*政府信息公开行政复议'),
    'end': re.compile(r'^\s*五、'),
}


def render(key, reports, damaged):
    lines = open(os.path.join(SEEDS, FILES[key]), encoding='utf-8').read().split('\n')
    out = ["<!DOCTYPE html PUBLIC \"-//W3C//DTD HTML 4.01 Transitional//EN\">\n"
           "<html><head><meta http-equiv=Content-Type content='text/html; charset=utf-8'>"
           "<title>政府信息公开</title>"
           "<style>td{border:1px solid} .x{display:none}</style>"
           "<script>var decoy='<table><tr><td>一、本年新收政府信息公开申请数量</td><td>9</td></tr></table>';"
           "</script></head>\n<body lang=ZH-CN>\n"
           "<nav><a href='/'>首页</a> &gt; <a href='/zwgk'>政务公开</a> &gt; 年度报告</nav>\n"
           "<div class=WordSection1>\n"]
    region = 0
    in_tables = False
    for line in lines:
        if HEADINGS['proactive'].match(line) and not in_tables:
            in_tables = True
            report = reports[min(region, len(reports) - 1)]
            region += 1
            out.append(para(line.strip()))
            out.append(table(proactive_rows(report)))
            continue
        if in_tables:
            if HEADINGS['requests'].match(line):
                out.append(para(line.strip()))
                out += requests_rows(report, split=damaged)
            elif HEADINGS['review'].match(line):
                out.append(para(line.strip()))
                out += review_rows(report)
            elif HEADINGS['end'].match(line):
                in_tables = False
                out.append(para(line.strip()))
            continue
        if line.strip():
            out.append(para(line.strip()))
    out.append("<p style='display: none'>二、主动公开政府信息情况 hidden debris</p>\n"
               "</div>\n<div class=footer>主办单位：某某市人民政府办公室 | 网站标识码 1234</div>\n"
               "</body></html>\n")
    page = ''.join(out)
    if damaged:
        # unclosed cells and paragraphs, and a stray </td> outside any cell
        page = page.replace('</span></p></td>', '</span>', 40)
        page = page.replace('</tr>', '', 10)
        page = page.replace('<div class=WordSection1>', '<div class=WordSection1></td>', 1)
    return page


def main():
    reports = json.load(open(os.path.join(HERE, 'reports.json'), encoding='utf-8'))
    for key in FILES:
        for damaged in (False, True):
            name = f"{key}{'_damaged' if damaged else ''}.html"
            with open(os.path.join(HERE, name), 'w', encoding='utf-8') as f:
                f.write(render(key, reports[key], damaged))


if __name__ == '__main__':
    main()
