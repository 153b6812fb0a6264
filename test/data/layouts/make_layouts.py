#!/usr/bin/env python3
"""Render reports whose truth is known into the layouts real sites produce.

The truth comes from truth.json (the seed reports of ../golden.json and the
hand label of ../pdf/huaian_hongzequ_2024.pdf, copied there).  Most reports
are rendered with altered numbers: a deterministic random draw (seeded by the
report's name) gives many non-zero, multi-digit cells while every equation of
the template still holds (balance per column, 总计 row, 总计 column, table
four's totals, one body's consecutive years).  The altered truth is what the
label says.

    python3 make_layouts.py          # writes <name>.txt / <name>.html and labels/<name>.json

Every label lists under "undetermined" the cells the rendered document alone
does not fix: for the page-text layout with joined cells, every split of each
digit run is enumerated and the cells that differ between the splits that
satisfy every equation (and the prose's applicant counts, when the prose
states them) are listed.  The other layouts keep a separator between cells,
so their lists are empty.

Python 3 standard library only; the output is byte-for-byte the same on every
run.  The fixtures are committed; run this again only to change them.
"""
import html
import itertools
import json
import os
import random
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
LABELS = os.path.join(HERE, 'labels')

COLS = ['natural_person', 'commercial', 'research', 'social_org', 'legal_service', 'other_org', 'total']
COL_NAMES = ['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计']
PARTS = ['upheld', 'corrected', 'other', 'pending', 'total']
PART_NAMES = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计']

# table three: (key, group label, sub-group label, row label)
G3 = '三、本年度办理结果'
REFUSED = [('refused_state_secret', '1.属于国家秘密'),
           ('refused_other_law', '2.其他法律行政法规禁止公开'),
           ('refused_security', '3.危及“三安全一稳定”'),
           ('refused_third_party', '4.保护第三方合法权益'),
           ('refused_internal', '5.属于三类内部事务信息'),
           ('refused_process', '6.属于四类过程性信息'),
           ('refused_enforcement_file', '7.属于行政执法案卷'),
           ('refused_inquiry', '8.属于行政查询事项')]
UNAVAILABLE = [('unavailable_not_held', '1.本机关不掌握相关政府信息'),
               ('unavailable_needs_creation', '2.没有现成信息需要另行制作'),
               ('unavailable_unclear', '3.补正后申请内容仍不明确')]
DECLINED = [('declined_complaint', '1.信访举报投诉类申请'),
            ('declined_repeat', '2.重复申请'),
            ('declined_publication', '3.要求提供公开出版物'),
            ('declined_excessive', '4.无正当理由大量反复申请'),
            ('declined_confirmation', '5.要求行政机关确认或重新出具已获取信息')]
OTHER3 = [('other_no_correction', '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请'),
          ('other_no_fee', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请'),
          ('other', '3.其他')]
FIRST_OF_SUB = ('refused_state_secret', 'unavailable_not_held', 'declined_complaint', 'other_no_correction')
LEDGER = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）'


def table3_rows(three_other):
    """[(key, group, subgroup, label)] in template order."""
    rows = [('new_received', None, None, '一、本年新收政府信息公开申请数量'),
            ('carried_over', None, None, '二、上年结转政府信息公开申请数量'),
            ('granted', G3, None, '（一）予以公开'),
            ('partially_granted', G3, None, '（二）部分公开（区分处理的，只计这一情形，不计其他情形）')]
    rows += [(k, G3, '（三）不予公开', l) for k, l in REFUSED]
    rows += [(k, G3, '（四）无法提供', l) for k, l in UNAVAILABLE]
    rows += [(k, G3, '（五）不予处理', l) for k, l in DECLINED]
    if three_other:
        rows += [(k, G3, '（六）其他处理', l) for k, l in OTHER3]
    else:
        rows.append(('other', G3, None, '（六）其他处理'))
    rows.append(('total', G3, None, '（七）总计'))
    rows.append(('carried_forward', None, None, '四、结转下年度继续办理'))
    return rows


def row_keys(rep):
    return [r[0] for r in table3_rows(three_other(rep))]


def three_other(rep):
    return 'other_no_correction' in rep['requests']


def outcome_keys(rep):
    return [k for k in row_keys(rep) if k not in ('new_received', 'carried_over', 'total', 'carried_forward')]


def table2_groups(rep):
    """[(title, header, [(key, label)])] of table two."""
    if rep['template'] == '2021':
        return [('第二十条第（一）项', ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'],
                 [('regulations', '规章'), ('normative_documents', '行政规范性文件')]),
                ('第二十条第（五）项', ['信息内容', '本年处理决定数量'], [('licensing', '行政许可')]),
                ('第二十条第（六）项', ['信息内容', '本年处理决定数量'],
                 [('penalty', '行政处罚'), ('coercion', '行政强制')]),
                ('第二十条第（八）项', ['信息内容', '本年收费金额（单位：万元）'],
                 [('fees_wan_yuan', '行政事业性收费')])]
    g = [('第二十条第（一）项', ['信息内容', '本年新制作数量', '本年新公开数量', '对外公开总数量'],
          [('regulations', '规章'), ('normative_documents', '规范性文件')]),
         ('第二十条第（五）项', ['信息内容', '上一年项目数量', '本年增/减', '处理决定数量'],
          [('licensing', '行政许可'), ('other_services', '其他对外管理服务事项')]),
         ('第二十条第（六）项', ['信息内容', '上一年项目数量', '本年增/减', '处理决定数量'],
          [('penalty', '行政处罚'), ('coercion', '行政强制')]),
         ('第二十条第（八）项', ['信息内容', '上一年项目数量', '本年增/减'], [('fees', '行政事业性收费')])]
    if 'procurement' in rep:
        g.append(('第二十条第（九）项', ['信息内容', '采购项目数量', '采购总金额'], [('procurement', '政府集中采购')]))
    return g


def fmt_num(v):
    if v is None:
        return ''
    if isinstance(v, float):
        s = ('%.6f' % v).rstrip('0').rstrip('.')
        return s
    return str(v)


def amount_text(rep):
    """the 采购总金额 cell as printed, with the unit the report's render asks for"""
    yuan = rep['procurement']['amount_yuan']
    unit = rep.get('_amount_unit', '元')
    if unit == '亿元':
        return fmt_num(yuan / 1e8) + '亿元'
    if unit == '万元':
        return fmt_num(yuan / 1e4) + '万元'
    return str(yuan) + '元'


def table2_values(rep, key):
    """printed cells of one table-two item"""
    p = rep['proactive']
    if key == 'procurement':
        return [str(rep['procurement']['projects']), amount_text(rep)]
    if key == 'fees_wan_yuan':
        return [fmt_num(p[key])]
    return [fmt_num(v) for v in p[key]]


def review_values(rep):
    return rep['review'] + rep['suit_direct'] + rep['suit_after_review']


# ---------------------------------------------------------------- truth

def load_truth():
    with open(os.path.join(HERE, 'truth.json'), encoding='utf-8') as f:
        reps = json.load(f)['reports']
    out = {}
    for name, r in reps.items():
        r = json.loads(json.dumps(r))
        req = r['requests']
        if 'unable_not_held' in req:
            req['unavailable_not_held'] = req.pop('unable_not_held')
        three = r['template'] == '2021' and name != 'huaian_2024'
        full = {}
        for k, _, _, _ in table3_rows(three):
            full[k] = req.get(k, [0] * 7)
        r['requests'] = full
        for k in ('source', 'undetermined'):
            r.pop(k, None)
        r.setdefault('findings', [])
        out[name] = r
    return out


def rng_for(name):
    return random.Random(zlib.crc32(name.encode('utf-8')))


COLUMN_SCALE = [1.0, 0.4, 0.08, 0.1, 0.2, 0.25]
ROW_MEAN = {'granted': 90, 'partially_granted': 14, 'unavailable_not_held': 25, 'declined_complaint': 9,
            'declined_repeat': 6, 'refused_process': 5, 'refused_third_party': 4, 'other': 4}


def draw_requests(rng, keys, outs, blank_cols=(), density=0.6):
    req = {k: [0] * 7 for k in keys}
    for c in range(6):
        if c in blank_cols:
            continue
        for k in outs:
            p = density if k in ROW_MEAN else density * 0.45
            if c > 0:
                p *= 0.6
            if rng.random() < p or (c == 0 and k == 'granted'):
                mean = ROW_MEAN.get(k, 3) * COLUMN_SCALE[c]
                req[k][c] = 1 + int(rng.expovariate(1 / max(mean, 0.6)))
        tot = sum(req[k][c] for k in outs)
        req['total'][c] = tot
        fwd = int(rng.expovariate(1 / (6 * COLUMN_SCALE[c]))) if rng.random() < 0.7 else 0
        co = int(rng.expovariate(1 / (5 * COLUMN_SCALE[c]))) if rng.random() < 0.7 else 0
        co = min(co, tot + fwd)
        req['carried_forward'][c] = fwd
        req['carried_over'][c] = co
        req['new_received'][c] = tot + fwd - co
    for k in keys:
        if blank_cols:
            for c in blank_cols:
                req[k][c] = None
        req[k][6] = sum(v for v in req[k][:6] if v is not None)
    return req


def draw_review(rng):
    out = []
    for scale in (6, 3, 2):
        g = [int(rng.expovariate(1 / scale)) if rng.random() < 0.7 else 0 for _ in range(4)]
        g[1] = min(g[1], 3)
        out.append(g + [sum(g)])
    return out


def alter(rep, name, prev=None, blank_cols=(), density=0.6):
    """the report with new numbers, every equation still holding"""
    rng = rng_for(name)
    r = json.loads(json.dumps(rep))
    keys = list(rep['requests'])
    outs = outcome_keys(rep)
    r['requests'] = draw_requests(rng, keys, outs, blank_cols, density)
    if prev is not None:
        # this year's 上年结转 is last year's 结转下年度继续办理
        co_new = prev['requests']['carried_forward']
        req = r['requests']
        for c in range(7):
            req['new_received'][c] = req['total'][c] + req['carried_forward'][c] - co_new[c]
            if req['new_received'][c] < 0:
                req['carried_forward'][c] -= req['new_received'][c]
                req['new_received'][c] = 0
            req['carried_over'][c] = co_new[c]
        for k in ('new_received', 'carried_forward', 'carried_over'):
            req[k][6] = sum(req[k][:6])
    p = r['proactive']
    if r['template'] == '2021':
        for key, base, made_hi, rep_hi in (('regulations', 12, 4, 2), ('normative_documents', 160, 60, 25)):
            made, repealed = rng.randint(0, made_hi), rng.randint(0, rep_hi)
            before = prev['proactive'][key][2] if prev else rng.randint(base // 3, base)
            repealed = min(repealed, before)
            p[key] = [made, repealed, before + made - repealed]
        p['licensing'] = [rng.randint(120, 30000)]
        p['penalty'] = [rng.randint(10, 4000)]
        p['coercion'] = [rng.randint(0, 260)]
        p['fees_wan_yuan'] = round(rng.uniform(5, 9000), 2)
    else:
        for key in ('regulations', 'normative_documents'):
            made = rng.randint(0, 30 if key == 'normative_documents' else 3)
            p[key] = [made, made, made + rng.randint(10, 400)]
        for key in ('licensing', 'other_services', 'penalty', 'coercion'):
            before = rng.randint(0, 90)
            p[key] = [before, rng.randint(0, 12), rng.randint(0, 5000)]
        p['fees'] = [rng.randint(0, 30), rng.randint(0, 6)]
        if 'procurement' in r:
            r['procurement'] = {'projects': rng.randint(2, 400),
                                'amount_yuan': rng.randint(1000, 9000000) * 100}
    r['review'], r['suit_direct'], r['suit_after_review'] = draw_review(rng)
    total_new = r['requests']['new_received'][6]
    r['narrative'] = {'requests_received': total_new, 'proactive_items': rng.randint(150, 9800)}
    r['findings'] = [f for f in rep['findings'] if 'template' in f]
    r['note'] = ('numbers altered from the seed report (make_layouts.py, drawn with every equation '
                 'holding); agency, year, date and template as in the seed')
    return r


def check(rep):
    """the template's equations on the truth (None is unknown)"""
    req = rep['requests']
    outs = outcome_keys(rep)
    for k, v in req.items():
        if None not in v:
            assert sum(v[:6]) == v[6], (k, v)
    for c in range(7):
        col = [req[k][c] for k in outs]
        if None in col:
            continue
        assert sum(col) == req['total'][c], (c, col)
        assert req['new_received'][c] + req['carried_over'][c] == req['total'][c] + req['carried_forward'][c]
    for g in ('review', 'suit_direct', 'suit_after_review'):
        assert sum(rep[g][:4]) == rep[g][4]


def label_report(rep, undetermined=()):
    out = {}
    for k in ('agency', 'year', 'published', 'template', 'proactive', 'procurement', 'requests',
              'review', 'suit_direct', 'suit_after_review', 'narrative'):
        if k in rep:
            out[k] = rep[k]
    out['undetermined'] = list(undetermined)
    out['findings'] = rep.get('findings', [])
    if rep.get('note'):
        out['note'] = rep['note']
    return out


# ---------------------------------------------------------------- json

def dumps(o, ind=0):
    p = '  ' * ind
    if isinstance(o, dict):
        if not o:
            return '{}'
        items = [f'{p}  {json.dumps(k, ensure_ascii=False)}: {dumps(v, ind + 1)}' for k, v in o.items()]
        return '{\n' + ',\n'.join(items) + '\n' + p + '}'
    if isinstance(o, list) and o and any(isinstance(x, (dict, list)) for x in o):
        return '[\n' + ',\n'.join(p + '  ' + dumps(x, ind + 1) for x in o) + '\n' + p + ']'
    return json.dumps(o, ensure_ascii=False)


def write(name, text, layout, reports):
    with open(os.path.join(HERE, name), 'w', encoding='utf-8', newline='\n') as f:
        f.write(text)
    doc = {'file': name, 'layout': layout, 'reports': reports}
    with open(os.path.join(LABELS, name + '.json'), 'w', encoding='utf-8', newline='\n') as f:
        f.write(dumps(doc) + '\n')


# ---------------------------------------------------------------- prose

def title(rep):
    return f"{rep['agency']}{rep['year']}年政府信息公开工作年度报告"


def intro(rep):
    return (f"本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）要求编制。报告中所列数据统计期限自"
            f"{rep['year']}年1月1日起至{rep['year']}年12月31日止。如对本报告有疑问，请与{rep['agency']}办公室联系。")


def overview(rep, breakdown=False):
    n = rep['narrative']
    s1 = f"（一）主动公开情况。{rep['year']}年，本机关严格落实《条例》要求，通过门户网站等平台"
    if 'proactive_items' in n:
        s1 += f"主动公开政府信息{n['proactive_items']}条，"
    s1 += "涵盖机构职能、政策文件、通知公告等内容。"
    s2 = "（二）依申请公开情况。"
    if 'requests_received' in n:
        if n['requests_received'] == 0:
            s2 += f"{rep['year']}年未收到政府信息公开申请。"
        else:
            s2 += f"{rep['year']}年共收到政府信息公开申请{n['requests_received']}件"
            if breakdown:
                nr = rep['requests']['new_received']
                s2 += f"，其中涉及自然人{nr[0]}件、商业企业{nr[1]}件"
                if any(nr[2:6]):
                    s2 += '、' + '、'.join(f'{COL_NAMES[c]}{nr[c]}件' for c in range(2, 6) if nr[c])
            s2 += "，均在法定期限内答复。"
    else:
        s2 += "依法规范办理依申请公开事项，答复及时。"
    s3 = "（三）政府信息管理情况。严格执行信息发布审核制度，坚持“先审后发”。"
    return [s1, s2, s3]


PROBLEMS = ["存在的问题：公开内容的深度有待加强，政策解读形式较为单一。改进措施：加强业务培训，丰富解读形式。"]


def other_matters(rep):
    return [f"{rep['year']}年度本机关未收取信息处理费。"]


def signature(rep):
    out = [rep['agency']]
    if rep.get('published'):
        y, m, d = rep['published'].split('-')
        out.append(f"{int(y)}年{int(m)}月{int(d)}日")
    return out


# ---------------------------------------------------------------- display width helpers

def dw(s):
    return sum(2 if ord(ch) > 0x2e7f else 1 for ch in s)


def pad(s, width):
    return s + ' ' * max(0, width - dw(s))


def rpad(s, width):
    return ' ' * max(0, width - dw(s)) + s


def wrap(s, chars):
    return [s[i:i + chars] for i in range(0, len(s), chars)] or ['']


# ---------------------------------------------------------------- layout 1: pdftotext -layout

def pdfcols(reps, wrap_chars, numw, seed, tables_first=False, bare_page_at=None):
    """bare_page_at: a bare page number ('7', no dashes) on a line of its own after that
    row of table three, as a PDF's footer reads in the text."""
    rng = random.Random(seed)
    lines = []
    for rep in reps:
        lines += ['', ' ' * 10 + rep['agency'], ' ' * 4 + f"{rep['year']}年政府信息公开工作年度报告", '']
        lines += ['  ' + intro(rep)[i:i + 28] for i in range(0, len(intro(rep)), 28)]
        prose = ['  一、总体情况']
        for para in overview(rep):
            prose += ['  ' + para[i:i + 28] for i in range(0, len(para), 28)]
        if not tables_first:
            lines += prose
        lines += ['', ' ' * 33 + '-1-', '', '     二、主动公开政府信息情况']
        for t, header, items in table2_groups(rep):
            lines += [' ' * 14 + t, '', '']
            lines.append(' ' * 7 + '   '.join(pad(h, 12) for h in header).rstrip())
            lines += ['', '']
            for key, label in items:
                vals = table2_values(rep, key)
                lab = wrap(label, 6)
                first = pad(lab[0], 18) + ''.join(rpad(v, 12) for v in vals)
                lines.append(first)
                lines += lab[1:]
                lines.append('')
        rows = table3_rows(three_other(rep))
        widest = max(max(wrap_chars, -(-len(r[3]) // 3)) for r in rows if r[2])
        numcol = max(44, 28 + 2 * widest + 2)
        sh = ' ' * (numcol - 44)
        lines += ['', ' ' * 18 + '三、收到和处理政府信息公开申请情况',
                  sh + ' ' * 65 + '申请人情况', '', sh + ' ' * 57 + '法人或其他组织']
        ledger = wrap(LEDGER, 22)
        lines.append(ledger[0])
        lines.append(ledger[1] if len(ledger) > 1 else '')
        lines += [sh + ' ' * 45 + '自然人' + ' ' * 9 + '社会 法律' + ' ' * 19 + '总计',
                  sh + ' ' * 51 + '商业 科研',
                  sh + ' ' * 57 + '公益 服务 其他',
                  sh + ' ' * 51 + '企业 机构',
                  sh + ' ' * 57 + '组织 机构', '']
        last_sub = None
        vertical_at = rng.randint(6, 10)
        for i, (key, group, sub, label) in enumerate(rows):
            if i == vertical_at:
                lines += [' 三 、本 年 度办 理 结果', '', '']
            indent = 0 if group is None else (18 if sub is None else 28)
            lab = wrap(label, max(wrap_chars, -(-len(label) // 3)) if indent else 26)
            nums = ''.join(rpad(fmt_num(v), numw) for v in rep['requests'][key])
            at = 0 if len(lab) < 3 else 1
            if len(lab) == 2 and rng.random() < 0.5:
                lab = lab + ['']          # the numbers on a line of their own below the label
                at = 2
            for j, part in enumerate(lab):
                line = ' ' * indent + part
                if j == at:
                    line = pad(line, numcol) + nums
                lines.append(line.rstrip())
            if sub and sub != last_sub and key.endswith(('_other_law', 'needs_creation', 'declined_publication')):
                lines.append(' ' * 18 + sub)
                last_sub = sub
            if i == bare_page_at:
                lines += ['', ' ' * 33 + '7', '\f']
        lines += ['', '     四、政府信息公开行政复议、行政诉讼情况',
                  ' ' * 10 + '行政复议' + ' ' * 30 + '行政诉讼', '',
                  ' ' * 30 + '未经复议直接起诉' + ' ' * 18 + '复议后起诉', '',
                  '结果   结果     其他   尚未',
                  ' ' * 20 + '总 计 结果 结果 其他 尚未     结果 结果 其他 尚未',
                  '维持   纠正     结果   审结' + ' ' * 47 + '总计',
                  ' ' * 36 + '总 计',
                  ' ' * 24 + '维持 纠正 结果 审结     维持 纠正 结果 审结', '', '']
        lines.append(' ' + ''.join(rpad(str(v), 5) for v in review_values(rep)))
        if tables_first:
            lines += [''] + prose
        lines += ['', '     五、存在的主要问题及改进情况'] + ['  ' + p for p in PROBLEMS]
        lines += ['  六、其他需要报告的事项'] + ['  ' + p for p in other_matters(rep)]
        lines += [' ' * 30 + s for s in signature(rep)]
        lines += ['', ' ' * 26 + '-5-', '\f']
    return '\n'.join(lines) + '\n'


# ---------------------------------------------------------------- layout 2: one number per line

def oneperline(reps, seed, unlabelled, labels_after=False, page_number_at=None):
    """labels_after: table three's labels printed after their numbers, as plain pdftotext
    does for some PDFs; page_number_at: a bare page number ('7') on a line of its own after
    that block of table three, as a PDF's footer reads in the text."""
    rng = random.Random(seed)
    out = []

    def num(v):
        out.append(fmt_num(v))
        if rng.random() < 0.35:
            out.append('')

    for rep in reps:
        out += [rep['agency'], f"{rep['year']}年政府信息公开工作年度报告", '', intro(rep), '一、总体情况']
        out += overview(rep)
        out += ['二、主动公开政府信息情况']
        for t, header, items in table2_groups(rep):
            out += [t, '']
            out += header
            # the labels of the block first, then all its numbers
            out += [label for _, label in items]
            out.append('')
            for key, _ in items:
                for v in table2_values(rep, key):
                    num(v)
        out += ['三、收到和处理政府信息公开申请情况', '申请人情况', '', LEDGER[:22], LEDGER[22:], '',
                '法人或其他组织', '自然人', '', '社会', '法律', '商业', '科研', '公益', '服务', '其他',
                '企业', '机构', '组织', '机构', '', '总计', '']
        rows = table3_rows(three_other(rep))
        blocks = []
        for key, group, sub, label in rows:
            bkey = sub or key
            if blocks and blocks[-1][0] == bkey and sub:
                blocks[-1][1].append((key, label))
            else:
                blocks.append((bkey, [(key, label)]))
        for b, (bkey, members) in enumerate(blocks):
            if bkey == 'granted':
                out.append(G3)
            if len(members) > 1:
                out.append(bkey)
            labels = [label for key, label in members if key not in unlabelled]
            if labels_after:
                for key, label in members:
                    for v in rep['requests'][key]:
                        num(v)
                    if key not in unlabelled:
                        out.append(label)
            else:
                out += labels
                out.append('')
                for key, _ in members:
                    for v in rep['requests'][key]:
                        num(v)
            if b == page_number_at:
                out += ['', '7', '']
        out += ['四、政府信息公开行政复议、行政诉讼情况', '行政复议', '', '行政诉讼', '未经复议直接起诉', '', '复议后起诉', '']
        out += ['结果', '维持', '', '结果', '纠正', '', '其他', '结果', '', '尚未', '审结', '总 计',
                '结果 结果 其他 尚未', '审结', '总 计', '维持 纠正 结果 审结', '维持 纠正 结果 审结', '']
        for v in review_values(rep):
            num(v)
        out += ['五、存在的主要问题及改进情况'] + PROBLEMS + ['六、其他需要报告的事项'] + other_matters(rep)
        out += signature(rep) + ['', '\f']
    return '\n'.join(out) + '\n'


# ---------------------------------------------------------------- layout 3: markdown from a PDF converter

def md_row(cells):
    return '| ' + ' | '.join(cells) + ' |'


def markdown(reps, seed):
    rng = random.Random(seed)
    out = []
    for rep in reps:
        out += [f"# {title(rep)}", '', intro(rep), '', '## 一、总体情况', '']
        for p in overview(rep):
            out += [p, '']
        out += ['## 二、主动公开政府信息情况', '']
        for t, header, items in table2_groups(rep):
            out += [md_row([t, '', '', '']), md_row(['---'] * 4)]
            out.append(md_row(header + [''] * (4 - len(header))))
            for key, label in items:
                vals = table2_values(rep, key)
                out.append(md_row([label] + vals + [''] * (3 - len(vals))))
            out.append('')
        out += ['## 三、收到和处理政府信息公开申请情况', '']
        # the converter saw five header cells and nine cells in every body row
        head = [md_row([LEDGER, '申请人情况', '', '', '']), md_row(['---'] * 5),
                md_row(['', '', '自然人', '法人或其他组织', '总计']),
                md_row(['', '', '', '商业企业 科研机构 社会公益组织 法律服务机构 其他', ''])]
        out += head
        rows = table3_rows(three_other(rep))
        cut = 2 + 2 + 8 + 1          # page break after （四）1.
        for i, (key, group, sub, label) in enumerate(rows):
            if i == cut:
                out += ['', '- 3 -', ''] + head
            if group is None:
                cells = [label, '']
            elif sub is None:
                cells = [(group + ' ' if i == 2 else '') + label, '']
            else:
                cells = [sub if key in FIRST_OF_SUB else '', label]
            nums = [fmt_num(v) for v in rep['requests'][key]]
            row = cells + nums
            if rng.random() < 0.2:
                row = row + ['']           # a stray empty cell at the end
            elif rng.random() < 0.1:
                row = [''] + row[:1] + row[1:]   # a stray empty cell before the label
            out.append(md_row(row))
        out += ['', '## 四、政府信息公开行政复议、行政诉讼情况', '',
                md_row(['行政复议', '行政诉讼', '']), md_row(['---'] * 3),
                md_row(PART_NAMES + ['未经复议直接起诉', '', '', '', '', '复议后起诉', '', '', '', '']),
                md_row([''] * 5 + PART_NAMES * 2),
                md_row([str(v) for v in review_values(rep)]), '']
        out += ['## 五、存在的主要问题及改进情况', ''] + PROBLEMS + ['', '## 六、其他需要报告的事项', '']
        out += other_matters(rep) + [''] + signature(rep) + ['']
    return '\n'.join(out) + '\n'


# ---------------------------------------------------------------- layout 4: Word-exported HTML

def spans(text, rng):
    """a label as Word exports it: split over several <span>s"""
    cuts = sorted(rng.sample(range(1, len(text)), min(2, len(text) - 1))) if len(text) > 3 else []
    parts, last = [], 0
    for c in cuts + [len(text)]:
        parts.append(text[last:c])
        last = c
    out = ''
    for p in parts:
        if p and p[0].isascii():
            out += f"<span lang=EN-US style='font-size:10.5pt;font-family:\"Times New Roman\"'>{html.escape(p)}</span>"
        else:
            out += f"<span style='font-size:10.5pt;font-family:宋体;mso-ascii-font-family:\"Times New Roman\"'>{html.escape(p)}</span>"
    return out


def wtd(content, rng, colspan=1, rowspan=1, is_label=True):
    attrs = ''
    if colspan > 1:
        attrs += f' colspan={colspan}'
    if rowspan > 1:
        attrs += f' rowspan={rowspan}'
    if content is None or content == '':
        inner = rng.choice(["<span lang=EN-US><o:p></o:p></span>", "<span lang=EN-US>&nbsp;</span>",
                            "<span lang=EN-US><o:p>&nbsp;</o:p></span>"])
    elif is_label:
        inner = spans(content, rng) + "<span lang=EN-US><o:p></o:p></span>"
    else:
        inner = f"<span lang=EN-US style='font-size:10.5pt'>{html.escape(content)}<o:p></o:p></span>"
    return (f"<td width=60 valign=middle style='border:solid windowtext 1.0pt;border-top:none;"
            f"padding:0cm 5.4pt 0cm 5.4pt'{attrs}><p class=MsoNormal align=center "
            f"style='text-align:center'>{inner}</p></td>")


def wtr(cells):
    return "<tr style='mso-yfti-irow:1;height:20.0pt'>\n" + '\n'.join(cells) + '\n</tr>\n'


def wtable(rows):
    return ("<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 width=600 "
            "style='border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt;"
            "mso-yfti-tbllook:1184;mso-padding-alt:0cm 5.4pt 0cm 5.4pt'>\n" + ''.join(rows) + '</table>\n')


def wpara(text, rng, heading=False):
    style = "font-size:16.0pt;font-family:黑体" if heading else "font-size:16.0pt;font-family:仿宋_GB2312"
    return (f"<p class=MsoNormal style='text-indent:32.0pt;line-height:28.0pt'><span style='{style}'>"
            + html.escape(text) + "</span><span lang=EN-US style='font-size:16.0pt'><o:p></o:p></span></p>\n")


def word(reps, seed):
    rng = random.Random(seed)
    out = ["<html xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
           "xmlns:w=\"urn:schemas-microsoft-com:office:word\" xmlns=\"http://www.w3.org/TR/REC-html40\">\n"
           "<head><meta http-equiv=Content-Type content=\"text/html; charset=utf-8\">\n"
           "<meta name=Generator content=\"Microsoft Word 15\">\n<style>\n<!--\n p.MsoNormal{margin:0cm;"
           "text-align:justify;font-size:10.5pt;font-family:等线;}\n table.MsoNormalTable{mso-style-name:普通表格;}\n"
           "-->\n</style></head>\n<body lang=ZH-CN style='tab-interval:21.0pt'>\n<div class=WordSection1>\n"]
    for rep in reps:
        out.append(f"<p class=MsoNormal align=center style='text-align:center'><b><span style='font-size:22.0pt;"
                   f"font-family:方正小标宋简体'>{html.escape(rep['agency'])}</span></b></p>\n")
        out.append(f"<p class=MsoNormal align=center style='text-align:center'><b><span lang=EN-US "
                   f"style='font-size:22.0pt'>{rep['year']}</span></b><b><span style='font-size:22.0pt;"
                   f"font-family:方正小标宋简体'>年政府信息公开工作年度报告</span></b></p>\n")
        out.append(wpara(intro(rep), rng))
        out.append(wpara('一、总体情况', rng, True))
        for p in overview(rep):
            out.append(wpara(p, rng))
        out.append(wpara('二、主动公开政府信息情况', rng, True))
        rows = []
        for t, header, items in table2_groups(rep):
            rows.append(wtr([wtd(t, rng, colspan=4)]))
            span = 5 - len(header)
            rows.append(wtr([wtd(h, rng) for h in header[:-1]] + [wtd(header[-1], rng, colspan=span)]))
            for key, label in items:
                vals = table2_values(rep, key)
                rows.append(wtr([wtd(label, rng)] + [wtd(v, rng, is_label=False) for v in vals[:-1]]
                                + [wtd(vals[-1], rng, colspan=span, is_label=False)]))
        out.append(wtable(rows))
        out.append(wpara('三、收到和处理政府信息公开申请情况', rng, True))
        req = rep['requests']
        head = [wtr([wtd(LEDGER, rng, colspan=3, rowspan=3), wtd('申请人情况', rng, colspan=7)]),
                wtr([wtd('自然人', rng, rowspan=2), wtd('法人或其他组织', rng, colspan=5), wtd('总计', rng, rowspan=2)]),
                wtr([wtd(x, rng) for x in COL_NAMES[1:6]])]
        body = []
        rows3 = table3_rows(three_other(rep))
        n_out = sum(1 for r in rows3 if r[1] == G3)
        seen_sub = {}
        for key, group, sub, label in rows3:
            cells = []
            nums = [wtd(fmt_num(v), rng, is_label=False) for v in req[key]]
            if group is None:
                cells.append(wtd(label, rng, colspan=3))
            else:
                if key == 'granted':
                    cells.append(wtd(G3, rng, rowspan=n_out))
                if sub is None:
                    cells.append(wtd(label, rng, colspan=2))
                else:
                    if sub not in seen_sub:
                        seen_sub[sub] = True
                        cells.append(wtd(sub, rng, rowspan=sum(1 for r in rows3 if r[2] == sub)))
                    cells.append(wtd(label, rng))
            body.append(wtr(cells + nums))
        out.append(wtable(head + body))
        out.append(wpara('四、政府信息公开行政复议、行政诉讼情况', rng, True))
        out.append(wtable([
            wtr([wtd('行政复议', rng, colspan=5), wtd('行政诉讼', rng, colspan=10)]),
            wtr([wtd(x, rng, rowspan=2) for x in PART_NAMES]
                + [wtd('未经复议直接起诉', rng, colspan=5), wtd('复议后起诉', rng, colspan=5)]),
            wtr([wtd(x, rng) for x in PART_NAMES * 2]),
            wtr([wtd(str(v), rng, is_label=False) for v in review_values(rep)])]))
        out.append(wpara('五、存在的主要问题及改进情况', rng, True))
        out += [wpara(p, rng) for p in PROBLEMS]
        out.append(wpara('六、其他需要报告的事项', rng, True))
        out += [wpara(p, rng) for p in other_matters(rep)]
        out += [f"<p class=MsoNormal align=right style='text-align:right'><span style='font-size:16.0pt'>"
                f"{html.escape(s)}</span></p>\n" for s in signature(rep)]
        out.append("<span lang=EN-US style='font-size:10.5pt;page-break-before:always'><br clear=all></span>\n")
    out.append('</div>\n</body>\n</html>\n')
    return ''.join(out)


# ---------------------------------------------------------------- layout 5: scraped page, cells joined

def splits(s, k):
    """every way to cut the digit string s into k printed numbers (no leading zeros)"""
    if k == 1:
        if s and (s == '0' or s[0] != '0'):
            yield [int(s)]
        return
    for i in range(1, len(s) - k + 2):
        head = s[:i]
        if len(head) > 1 and head[0] == '0':
            break
        for rest in splits(s[i:], k - 1):
            yield [int(head)] + rest


def amount_splits(s):
    """'21127014元' -> every (projects, amount text) cut; the amount may have a decimal point"""
    digits = s.rstrip('元万亿')
    unit = s[len(digits):]
    out = []
    for i in range(1, len(digits)):
        a, b = digits[:i], digits[i:]
        if not a.isdigit() or (len(a) > 1 and a[0] == '0'):
            continue
        if b[0] == '.' or b.endswith('.') or b.count('.') > 1:
            continue
        if len(b) > 1 and b[0] == '0' and b[1] != '.':
            continue
        out.append((int(a), b + unit))
    return out


def solve_requests(rep, prose_fixed):
    """the cells of table three that the joined runs and the equations do not fix"""
    keys = row_keys(rep)
    outs = outcome_keys(rep)
    cands = {}
    for k in keys:
        s = ''.join(fmt_num(v) for v in rep['requests'][k])
        cands[k] = [c for c in splits(s, 7) if sum(c[:6]) == c[6]]
        for (rk, col), v in prose_fixed.items():
            if rk == k:
                cands[k] = [c for c in cands[k] if c[col] == v]
        assert rep['requests'][k] in cands[k], k
    multi = [k for k in keys if len(cands[k]) > 1]
    fixed = {k: cands[k][0] for k in keys if len(cands[k]) == 1}
    sols = []
    size = 1
    for k in multi:
        size *= len(cands[k])
    assert size <= 200000, ('too many joined splits', size)
    for combo in itertools.product(*(cands[k] for k in multi)):
        t = dict(fixed)
        t.update(zip(multi, combo))
        ok = all(sum(t[k][c] for k in outs) == t['total'][c]
                 and t['new_received'][c] + t['carried_over'][c] == t['total'][c] + t['carried_forward'][c]
                 for c in range(7))
        if ok:
            sols.append(t)
    assert sols
    und = []
    for k in keys:
        for c in range(7):
            if len({s[k][c] for s in sols}) > 1:
                und.append(f'requests.{k}.{COLS[c]}')
    return und, len(sols)


def solve_review(rep):
    s = ''.join(str(v) for v in review_values(rep))
    sols = []
    for c in splits(s, 15):
        if all(sum(c[i:i + 4]) == c[i + 4] for i in (0, 5, 10)):
            sols.append(c)
    und = []
    for i in range(15):
        if len({x[i] for x in sols}) > 1:
            und.append(f"{['review', 'suit_direct', 'suit_after_review'][i // 5]}.{PARTS[i % 5]}")
    return und


def solve_table2(rep):
    und = []
    for _, _, items in table2_groups(rep):
        for key, _ in items:
            vals = table2_values(rep, key)
            run = ''.join(vals)
            if key == 'procurement':
                if len(amount_splits(run)) > 1:
                    und += ['procurement.projects', 'procurement.amount_yuan']
                continue
            if len(vals) == 1:
                continue
            if any(not v.isdigit() for v in vals):
                raise ValueError('joined signed or decimal values are not solved here')
            n = sum(1 for _ in splits(run, len(vals)))
            if n > 1:
                und.append(f'proactive.{key}')
    return und


def joined(rep, breakdown):
    """one line: the whole body, every table row's cells run together"""
    parts = [title(rep), intro(rep), '一、总体情况'] + overview(rep, breakdown) + ['二、主动公开政府信息情况']
    for t, header, items in table2_groups(rep):
        parts.append(t + ''.join(header))
        for key, label in items:
            parts.append(label + ''.join(table2_values(rep, key)))
    parts.append('三、收到和处理政府信息公开申请情况')
    parts.append(LEDGER + '申请人情况自然人法人或其他组织总计商业企业科研机构社会公益组织法律服务机构其他')
    last = None
    for key, group, sub, label in table3_rows(three_other(rep)):
        lab = ''
        if group and group != last:
            lab += group
        last = group
        if sub and key in FIRST_OF_SUB:
            lab += sub
        parts.append(lab + label + ''.join(fmt_num(v) for v in rep['requests'][key]))
    parts.append('四、政府信息公开行政复议、行政诉讼情况行政复议行政诉讼' + ''.join(PART_NAMES)
                 + '未经复议直接起诉复议后起诉' + ''.join(PART_NAMES) * 2)
    parts.append(''.join(str(v) for v in review_values(rep)))
    parts += ['五、存在的主要问题及改进情况'] + PROBLEMS + ['六、其他需要报告的事项'] + other_matters(rep) + signature(rep)
    return ''.join(parts)


def joined_page(reps_breakdown):
    lines = ['首页 > 政务公开 > 政府信息公开年报', '']
    for rep, breakdown in reps_breakdown:
        lines += [title(rep), f"发布时间：{rep['published'] or ''}  来源：{rep['agency']}  字号：大 中 小", '',
                  joined(rep, breakdown), '', '【打印本页】【关闭窗口】', '']
    lines.append('主办单位：' + reps_breakdown[0][0]['agency'] + '  网站标识码：0000000000')
    return '\n'.join(lines) + '\n'


def joined_label(rep, breakdown):
    fixed = {}
    if breakdown:
        nr = rep['requests']['new_received']
        fixed[('new_received', 0)] = nr[0]
        fixed[('new_received', 1)] = nr[1]
        for c in range(2, 6):
            if nr[c]:
                fixed[('new_received', c)] = nr[c]
    und, nsol = solve_requests(rep, fixed)
    und = solve_table2(rep) + und + solve_review(rep)
    return und, nsol


# ---------------------------------------------------------------- layout 6: renumbered sections, captions, typos

TYPOS = {'现行有效件数': '先行有效件数', '本年废止件数': '本年废纸件数', '勾稽': '钩稽', '行政复议、行政诉讼情况': '行政法复议、行政诉讼情况'}


def typo(s):
    for a, b in TYPOS.items():
        s = s.replace(a, b)
    return s


def renumbered(rep, style):
    """style 'tabs': own prose sections 一、二、, tables under 三、四、五、 with captions 表一…表三, tab cells;
       style 'md': markdown headings, own sections unnumbered, 一、主动公开… after them, pipe cells, typos"""
    md = style == 'md'
    out = []
    h = (lambda s: '### ' + s) if md else (lambda s: s)
    out += [('# ' if md else '') + title(rep), '', intro(rep), '']
    if md:
        out += [h('工作概述'), ''] + overview(rep) + ['', h('主要做法'), '',
                '健全工作机制，明确专人负责政府信息公开工作。', '']
        nums = ['一', '二', '三', '四', '五']
    else:
        out += [h('一、总体情况'), ''] + overview(rep) + ['', h('二、主要工作举措'), '',
                '（一）完善制度。修订政府信息公开审查制度。', '（二）强化培训。组织专题培训两次。', '']
        nums = ['三', '四', '五', '六', '七']
    sep = (lambda cells: '| ' + ' | '.join(cells) + ' |') if md else (lambda cells: '\t'.join(cells))
    out += [h(f'{nums[0]}、主动公开政府信息情况'), '']
    if not md:
        out.append('表一：主动公开政府信息情况')
    for t, header, items in table2_groups(rep):
        hdr = [typo(x) if md else x for x in header]
        out.append(sep([t]))
        if md:
            out.append(sep(['---'] * len(hdr)))
        out.append(sep(hdr))
        for key, label in items:
            out.append(sep([label] + table2_values(rep, key)))
    out += ['', h(f'{nums[1]}、收到和处理政府信息公开申请情况'), '']
    out.append('表三：收到和处理政府信息公开申请情况' if md else '表二：收到和处理政府信息公开申请情况')
    ledger = typo(LEDGER)
    out.append(sep([ledger, '', '', '申请人情况'] + [''] * 6))
    if md:
        out.append(sep(['---'] * 10))
    out.append(sep(['', '', '', '自然人', '法人或其他组织', '', '', '', '', '总计']))
    out.append(sep(['', '', '', ''] + COL_NAMES[1:6] + ['']))
    for key, group, sub, label in table3_rows(three_other(rep)):
        cells = [label, '', ''] if group is None else [group, sub or label, label if sub else '']
        out.append(sep(cells + [fmt_num(v) for v in rep['requests'][key]]))
    title4 = '政府信息公开行政复议、行政诉讼情况'
    out += ['', h(f'{nums[2]}、' + (typo(title4) if not md else title4)), '']
    out.append('表四：政府信息公开行政复议、行政诉讼情况' if md else '表三：政府信息公开行政复议、行政诉讼情况')
    out.append(sep(['行政复议', '', '', '', '', '行政诉讼'] + [''] * 9))
    if md:
        out.append(sep(['---'] * 15))
    out.append(sep([''] * 5 + ['未经复议直接起诉', '', '', '', '', '复议后起诉', '', '', '', '']))
    out.append(sep(PART_NAMES * 3))
    out.append(sep([str(v) for v in review_values(rep)]))
    out += ['', h(f'{nums[3]}、存在的主要问题及改进情况'), ''] + PROBLEMS
    out += ['', h(f'{nums[4]}、其他需要报告的事项'), ''] + other_matters(rep) + [''] + signature(rep)
    return '\n'.join(out) + '\n'


# ---------------------------------------------------------------- the fixtures

def main():
    os.makedirs(LABELS, exist_ok=True)
    T = load_truth()
    for r in T.values():
        check(r)

    # altered reports; 聊城 2022 -> 2023 keep the consecutive-year equations
    lc22 = alter(T['liaocheng_2022'], 'liaocheng_2022')
    lc23 = alter(T['liaocheng_2023'], 'liaocheng_2023', prev=lc22)
    sj21 = alter(T['songjiang_2021'], 'songjiang_2021')
    sj21['_amount_unit'] = '亿元'
    sj21['procurement'] = {'projects': 150, 'amount_yuan': 763182000}
    sj21['proactive']['penalty'][1] = -3           # 本年增/减 printed as a decrease
    sj21['note'] += '; 本年增/减 of 行政处罚 is a decrease, printed -3; the procurement cell keeps the seed\'s 7.63182亿元'
    wz20 = alter(T['wenzhou_2020'], 'wenzhou_2020')
    wz20['_amount_unit'] = '万元'
    wz20['procurement']['amount_yuan'] = 37497100
    wz20['note'] += '; the procurement amount keeps the seed\'s 3749.71万元'
    lc20 = alter(T['liaocheng_2020'], 'liaocheng_2020')
    lc20['_amount_unit'] = '万元'
    jd20 = alter(T['jindong_2020'], 'jindong_2020', blank_cols=(1, 2, 3, 4, 5), density=0.7)
    jd20['procurement'] = dict(T['jindong_2020']['procurement'])
    jd20['note'] += ('; the body left the five 法人或其他组织 columns of table three blank in every row '
                     '(blank, not 0: null), so the 总计 column equals the 自然人 column; procurement as in the seed (21, 127014元)')
    # 聊城 2021 on the 2021 template but with the single 2019-style （六）其他处理 row
    lc21s = json.loads(json.dumps(T['liaocheng_2021']))
    rq = lc21s['requests']
    lc21s['requests'] = {k: rq.get(k, [0] * 7) for k, _, _, _ in table3_rows(False)}
    lc21s = alter(lc21s, 'liaocheng_2021_single_other')
    lc21s['note'] += '; table three keeps the single 2019-style （六）其他处理 row (label: other) under a 2021-template table two'
    ha = dict(T['huaian_2024'])
    ha['findings'] = ['the prose says 17 requests were received, table three says 95 new requests']
    ha['note'] = ('the truth of ../pdf/huaian_hongzequ_2024.pdf (read by hand, ../pdf/labels/), its numbers unchanged; '
                  'the prose is the generator\'s, stating the PDF\'s 17 requests and 2428 items; table three keeps the '
                  'single （六）其他处理 row of the PDF')
    lc23_seed = T['liaocheng_2023']
    for r in (lc22, lc23, sj21, wz20, lc20, jd20, lc21s):
        check(r)

    def L(rep, und=()):
        return label_report({k: v for k, v in rep.items() if not k.startswith('_')}, und)

    # 1. pdftotext -layout
    write('pdfcols_liaocheng_2022.txt', pdfcols([lc22], 9, 7, 1),
          'pdftotext -layout style: space-aligned columns, table-three labels wrapped over 2-3 lines with the numbers on the '
          "label's first line, middle line or a line below it, the vertical 三 、本 年 度办 理 结果 label and sub-group labels "
          "((三)不予公开…) on lines of their own, table four's header over several lines, page numbers",
          [L(lc22)])
    write('pdfcols_songjiang_2021.txt', pdfcols([sj21], 7, 8, 2),
          'pdftotext -layout style, 2019 template with 其他对外管理服务事项 and 政府集中采购 (7.63182亿元) wrapped, '
          'table-three labels wrapped every 7 characters (3-line labels, numbers on the middle line), a negative 本年增/减',
          [L(sj21)])
    # the tables first, 一、总体情况 after table four, two reports in one file
    write('tablesfirst_wenzhou_2020_liaocheng_2020.txt', pdfcols([wz20, lc20], 8, 7, 9, tables_first=True),
          'pdftotext -layout style with the tables first: 二, 三 and 四 come before 一、总体情况, which states the '
          'counts of requests and items after table four; two reports of the 2019 template in one file',
          [L(wz20), L(lc20)])
    # 2. one number per line
    write('oneperline_wenzhou_2020.txt', oneperline([wz20], 3, {'refused_other_law', 'declined_excessive', 'total'}),
          'pdftotext (raw) style: one cell per line, blank lines between some; in every block the labels come first and then '
          'all its numbers row by row; the rows 2.其他法律行政法规禁止公开, 4.无正当理由大量反复申请 and （七）总计 have no label',
          [L(wz20)])
    write('oneperline_huaian_2024.txt', oneperline([ha], 4, {'refused_enforcement_file', 'unavailable_unclear', 'other'}),
          'pdftotext (raw) style of the huaian 2024 truth (its real numbers): one cell per line, labels of a block before its '
          'numbers; 7.属于行政执法案卷, 3.补正后申请内容仍不明确 and the single （六）其他处理 row have no label',
          [L(ha)])
    # a bare page number inside table three: the equations tell it from the cells
    write('oneperline_after_liaocheng_2022.txt',
          oneperline([lc22], 10, set(), labels_after=True, page_number_at=9),
          'pdftotext (raw) style: one cell per line, each row of table three printed with its label after its numbers '
          '(the header\'s 总计 right before the first row\'s numbers), and a bare page number 7 on a line of its own '
          'inside table three',
          [L(lc22)])
    write('pdfcols_pagenum_songjiang_2021.txt', pdfcols([sj21], 9, 7, 11, bare_page_at=9),
          'pdftotext -layout style, 2019 template, labels wrapped with the numbers on their first line, and a bare page '
          'number 7 and a form feed inside table three',
          [L(sj21)])
    # 3. markdown from a PDF converter
    write('markdown_liaocheng_2023.txt', markdown([lc23], 5),
          'markdown from a PDF converter: table three has a header of 5 cells over body rows of 9 (two label cells and seven '
          'numbers), is split in two after （四）1. with the header repeated after a page number, and some rows carry a '
          'stray empty cell at the end or before the label; table four has a 3-cell header over a row of 15',
          [L(lc23)])
    write('markdown_liaocheng_2020.txt', markdown([lc20], 6),
          'markdown from a PDF converter, 2019 template (procurement in 万元): header of 5 cells over rows of 9, table three '
          'split in two with the header repeated, stray empty cells',
          [L(lc20)])
    # 4. Word-exported HTML
    write('word_jindong_2020.html', word([jd20], 7),
          'Word-exported HTML (MsoNormalTable): labels split over <span>s, blank cells as <o:p></o:p>, &nbsp; or '
          '<o:p>&nbsp;</o:p>, rowspan/colspan headers; the five 法人或其他组织 columns of table three blank in every row',
          [L(jd20)])
    write('word_liaocheng_2022_2023.html', word([lc23, lc22], 8),
          'Word-exported HTML (MsoNormalTable), two years of one body on one page (2023 then 2022, consecutive years '
          'consistent): labels split over <span>s, <o:p></o:p> after every number, rowspan/colspan headers and row groups',
          [L(lc23), L(lc22)])
    # 5. scraped page, cells run together
    crafted = json.loads(json.dumps(T['wenzhou_2020']))
    z = [0] * 7
    crafted['requests'] = {k: list(z) for k in crafted['requests']}
    for k in ('new_received', 'granted', 'total'):
        crafted['requests'][k] = [10, 1, 0, 0, 0, 0, 11]
    crafted['requests']['declined_repeat'] = [0, 0, 0, 0, 0, 0, 0]
    crafted['proactive']['normative_documents'] = [2, 2, 31]
    crafted['proactive']['licensing'] = [4, 1, 523]
    crafted['review'] = [2, 1, 0, 0, 3]
    crafted['narrative'] = {'requests_received': 11, 'proactive_items': 31}
    crafted['_amount_unit'] = '万元'
    crafted['note'] = ('table three altered from the seed: 10 requests of natural persons and 1 of a commercial enterprise, all granted. '
                       "Each of the rows 一、本年新收, （一）予以公开 and （七）总计 prints '101000011', which is 10 1 0 0 0 0 11 or 1 0 10 0 0 0 11; "
                       'both readings satisfy every equation, and the prose (其中涉及自然人10件、商业企业1件) decides. '
                       "规范性文件 '2231' and 行政许可 '41523' have several splits and no equation: listed as undetermined "
                       "(values as generated). 政府集中采购 '33749.71万元' is the seed's 3 projects and 3749.71万元, "
                       'but 33 and 749.71万元 reads as well: undetermined')
    check(crafted)
    crafted2 = json.loads(json.dumps(T['jindong_2020']))
    crafted2['requests'] = {k: [0] * 7 for k in crafted2['requests']}
    for k in ('new_received', 'total'):
        crafted2['requests'][k] = [10, 1, 0, 0, 0, 0, 11]
    crafted2['requests']['granted'] = [10, 1, 0, 0, 0, 0, 11]
    crafted2['narrative'] = {'requests_received': 11}
    crafted2['note'] = ("table three altered from the seed as in the wenzhou page, but the prose only says 共收到11件: "
                        "'101000011' (10 1 0 0 0 0 11 or 1 0 10 0 0 0 11) is undecidable in the three rows; the value is "
                        "the generator's truth. 政府集中采购 '21127014元' (the seed's 21 projects, 127014元) splits several ways")
    check(crafted2)
    pages = []
    for name, rep, br, layout in (
            ('joined_wenzhou_2020.txt', crafted, True,
             'a scraped page: the whole report body on one line, every table row\'s cells run together without separators '
             "(table three's rows, table two's items, table four's 15 numbers as one run); the prose gives the applicant counts "
             '(涉及自然人10件、商业企业1件), which decides the split of table three'),
            ('joined_jindong_2020.txt', crafted2, False,
             "a scraped page: the whole report body on one line, every table row's cells run together without separators; "
             "the prose gives only the total (共收到政府信息公开申请11件), so table three's '101000011' rows keep two readings "
             "(10 1 0 … 11 and 1 0 10 … 11) that satisfy every equation; 政府集中采购 '21127014元' splits several ways"),
            ('joined_liaocheng_2023.txt', lc23, False,
             "a scraped page of an altered report with multi-digit counts in many cells: the whole body on one line, cells run "
             "together ('4813220410124' for 48 13 2 20 41 0 124); the prose gives only the total; several rows have more than one "
             "split that satisfies their own sum (予以公开 '24111430070', 总计 '4512220422123'), but the column equations leave "
             "one reading of table three; the 行政规范性文件 run has several splits and no equation"),
            ('joined_huaian_2024.txt', ha, False,
             "a scraped page of the huaian 2024 truth: the whole body on one line, cells run together ('95000095', table four "
             "'110021000120103'); every run has one split that satisfies the equations")):
        und, nsol = joined_label(rep, br)
        pages.append((name, nsol, und))
        write(name, joined_page([(rep, br)]), layout, [L(rep, und)])
    # 6. renumbered sections, captions, markdown headings, typos, single （六）
    write('renumbered_songjiang_2021.txt', renumbered(sj21, 'tabs'),
          "tab-separated cells; the report inserts its own section 二、主要工作举措, so the tables are under 三、四、五、 "
          '(主动公开 is section 三) with captions 表一：/表二：收到和处理政府信息公开申请情况/表三：; heading typos 钩稽 and '
          '行政法复议; 2019 template with procurement (7.63182亿元)',
          [L(sj21)])
    write('renumbered_liaocheng_2021.txt', renumbered(lc21s, 'md'),
          'markdown with ### headings: unnumbered prose sections (工作概述, 主要做法), then ### 一、主动公开政府信息情况, '
          '### 二、收到和处理…, ### 三、政府信息公开行政复议…; captions 表三：收到和处理政府信息公开申请情况 and 表四：…; '
          "header typos 先行有效件数, 本年废纸件数, 钩稽; a 2021-template report whose table three keeps the single "
          '（六）其他处理 row',
          [L(lc21s)])
    write('renumbered_liaocheng_2023_seed.txt', renumbered(lc23_seed, 'md'),
          'the 聊城 2023 seed report (its own numbers, golden.json) in the markdown-heading layout with renumbered sections '
          'and typos; its prose says 2 requests, table three 3',
          [L(lc23_seed)])
    for name, nsol, und in pages:
        print(f'{name}: {nsol} valid reading(s) of table three; undetermined: {und}')


if __name__ == '__main__':
    main()
