#!/usr/bin/env python3
"""Documents of the worst shapes for the parser, of a given size (issue 11).

    python3 bench/gen_hostile.py SHAPE BYTES > doc

SHAPE:
  reports   many short distinct reports, every other one without an agency
            (the neighbour search for an agency, the copy check)
  titles    report titles naming a different agency each, one report after
  table     one report whose table three has millions of rows
  text      the seed report 003 repeated (a realistic document)
  html      the HTML page of report 003, its body repeated
  htmltable one HTML table of millions of rows
The same shapes are built in SQL by test/cancel.sh.
"""
import os
import sys

CN = "〇一二三四五六七八九"
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")


def seed(name):
    with open(os.path.join(ROOT, name), encoding="utf-8") as f:
        return f.read()


def short_report(i):
    head = ""
    if i % 2 == 0:
        head = "某某市某%s局2020年政府信息公开工作年度报告\n" % CN[i % 10]
    return (head + "二、主动公开政府信息情况\n"
            "三、收到和处理政府信息公开申请情况\n"
            "一、本年新收政府信息公开申请数量 | %d | 0 | 0 | 0 | 0 | 0 | %d\n"
            "四、政府信息公开行政复议、行政诉讼情况\n"
            "0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0\n") % (i, i)


def main():
    shape, size = sys.argv[1], int(sys.argv[2])
    out = sys.stdout
    n = 0
    if shape == "reports":
        i = 0
        while n < size:
            s = short_report(i)
            out.write(s)
            n += len(s.encode())
            i += 1
    elif shape == "titles":
        d = seed("test/data/seeds/003_5c245e0f5975cf67.txt")
        i = 0
        while n < size - len(d.encode()):
            s = "某某市%s局2020年政府信息公开工作年度报告\n" % "".join(CN[int(c)] for c in str(i))
            out.write(s)
            n += len(s.encode())
            i += 1
        out.write(d)
    elif shape == "table":
        d = seed("test/data/seeds/003_5c245e0f5975cf67.txt")
        row = "一、本年新收政府信息公开申请数量 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |\n"
        k = d.index("二、上年结转政府信息公开申请数量")
        reps = max(1, (size - len(d.encode())) // len(row.encode()))
        out.write(d[:k] + row * reps + d[k:])
    elif shape == "text":
        d = seed("test/data/seeds/003_5c245e0f5975cf67.txt")
        out.write(d * max(1, size // len(d.encode())))
    elif shape == "html":
        p = seed("test/data/html/003.html")
        k = p.index("<body")
        k = p.index(">", k) + 1
        e = p.rindex("</body>")
        body = p[k:e]
        out.write(p[:k] + body * max(1, size // len(body.encode())) + p[e:])
    elif shape == "htmltable":
        row = ("<tr><td>一、本年新收政府信息公开申请数量</td><td>1</td><td>0</td>"
               "<td>0</td><td>0</td><td>0</td><td>0</td><td>1</td></tr>\n")
        reps = max(1, size // len(row.encode()))
        out.write("<html><body><p>二、主动公开政府信息情况</p>"
                  "<p>三、收到和处理政府信息公开申请情况</p><table>"
                  + row * reps + "</table><p>四、政府信息公开行政复议、行政诉讼情况</p>"
                  "</body></html>\n")
    else:
        sys.exit("unknown shape " + shape)


main()
