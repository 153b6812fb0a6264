--
-- disclosure_check, disclosure_is_consistent, disclosure_check_continuity:
-- every rule fires on a seed report with one number altered, and stays
-- silent on the original.
--
\set d001 `cat test/data/seeds/001_6174489a5f7162cb.txt`
\set d003 `cat test/data/seeds/003_5c245e0f5975cf67.txt`

-- the consistent originals find nothing
SELECT count(*) AS findings_003 FROM disclosure_check(disclosure_parse(:'d003'));
SELECT disclosure_is_consistent(disclosure_parse(:'d003')) AS consistent_003;

-- one alteration per rule: (rule, what was changed, altered text)
CREATE TEMP TABLE alterations (rule text, change text, raw text);
INSERT INTO alterations VALUES
  ('negative_count', '(一)予以公开 natural persons 0 -> -3',
   replace(:'d003', '(一)予以公开 | 0 |', '(一)予以公开 | -3 |')),
  ('balance', '结转下年度 natural persons and total 0 -> 1',
   replace(:'d003', '四、结转下年度继续办理 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |',
                    '四、结转下年度继续办理 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |')),
  ('total_row', '(一)予以公开 natural persons and total 0 -> 1',
   replace(:'d003', '(一)予以公开 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |',
                    '(一)予以公开 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |')),
  ('total_column', '2.重复申请 total 0 -> 4',
   replace(:'d003', '2.重复申请 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |',
                    '2.重复申请 | 0 | 0 | 0 | 0 | 0 | 0 | 4 |')),
  ('review_total', '行政复议 结果维持 0 -> 2',
   regexp_replace(:'d003', E'\n0 \\| 0 \\| 0', E'\n2 | 0 | 0')),
  ('incomplete_table', '一、本年新收: natural persons 1, research blank, total 1',
   replace(:'d003', '一、本年新收政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |',
                    '一、本年新收政府信息公开申请数量 | 1 | 0 |  | 0 | 0 | 0 | 1 |')),
  -- the whole table: without its heading alone it is still found
  ('no_table_three', 'table three removed, heading and rows',
   regexp_replace(:'d003', '三、收到和处理政府信息公开申请情况.*?(四、政府信息公开行政复议)', '\1')),
  ('no_table_four', 'table four removed, heading and rows',
   regexp_replace(:'d003', '四、政府信息公开行政复议、行政诉讼情况.*?(五、存在的主要问题)', '\1')),
  ('stated_requests', 'prose: 未收到 -> 共收到…5件',
   replace(:'d003', '我处未收到政府信息公开申请', '我处共收到政府信息公开申请5件')),
  ('template_year', 'title year 2020 -> 2022 on the 2019 template',
   replace(:'d003', '《金东区鞋塘办事处2020年', '《金东区鞋塘办事处2022年')),
  ('identity', 'agency name removed from the title',
   replace(:'d003', '《金东区鞋塘办事处2020年', '《2020年'));

SELECT a.rule, a.change,
       (SELECT count(*) FROM disclosure_check(disclosure_parse(:'d003')) f
        WHERE f.rule = a.rule) AS on_original,
       (SELECT count(*) FROM disclosure_check(disclosure_parse(a.raw)) f
        WHERE f.rule = a.rule) AS on_altered,
       disclosure_is_consistent(disclosure_parse(a.raw)) AS consistent
FROM alterations a ORDER BY a.rule;

-- what the findings say, for every alteration
SELECT a.rule AS altered, f.rule, f.severity, f.location, f.expected, f.actual,
       f.message
FROM alterations a, disclosure_check(disclosure_parse(a.raw)) f
ORDER BY a.rule, f.rule, f.location;

-- continuity: 聊城 2019-2023 pass; altered 2023 reports do not
CREATE TEMP TABLE series AS
SELECT r, row_number() OVER () AS n FROM disclosure_parse_all(:'d001') r;
SELECT (p.r).year AS previous, (n.r).year AS next, count(f.rule) AS findings
FROM series p JOIN series n ON (n.r).year = (p.r).year + 1
LEFT JOIN LATERAL disclosure_check_continuity(p.r, n.r) f ON true
GROUP BY 1, 2 ORDER BY 1;

CREATE TEMP TABLE continuity_alterations (rule text, change text, raw text);
INSERT INTO continuity_alterations VALUES
  ('continuity_carried', '2023 上年结转 natural persons and total 0 -> 2',
   regexp_replace(:'d001', '二、上年结转政府信息公开申请数量 \| 0 \| 0 \| 0 \| 0 \| 0 \| 0 \| 0 \|',
                  '二、上年结转政府信息公开申请数量 | 2 | 0 | 0 | 0 | 0 | 0 | 2 |', 1, 1)),
  ('continuity_in_force', '2023 规范性文件 现行有效 1 -> 3',
   replace(:'d001', '行政规范性文件 | 1 | 1 | 1 |', '行政规范性文件 | 1 | 1 | 3 |')),
  ('continuity_unverifiable', '2023 上年结转 blank',
   regexp_replace(:'d001', '二、上年结转政府信息公开申请数量 \| 0 \| 0 \| 0 \| 0 \| 0 \| 0 \| 0 \|',
                  '二、上年结转政府信息公开申请数量 | | | | | | | |', 1, 1));

SELECT a.rule, a.change, f.severity, f.location, f.expected, f.actual, f.message
FROM continuity_alterations a
CROSS JOIN LATERAL (SELECT pr AS r FROM disclosure_parse_all(a.raw) pr WHERE pr.year = 2022) p
CROSS JOIN LATERAL (SELECT nr AS r FROM disclosure_parse_all(a.raw) nr WHERE nr.year = 2023) n
LEFT JOIN LATERAL disclosure_check_continuity(p.r, n.r) f ON f.rule = a.rule
ORDER BY a.rule;

-- reports that are not one body's consecutive years are refused

SELECT * FROM disclosure_check_continuity(
  (SELECT r FROM series WHERE (r).year = 2021), (SELECT r FROM series WHERE (r).year = 2023));
SELECT * FROM disclosure_check_continuity(
  (SELECT r FROM series WHERE (r).year = 2022), disclosure_parse(:'d003'));


-- a report edited in SQL is checked as it now stands
SELECT f.rule, f.location, f.expected, f.actual
FROM (SELECT disclosure_parse(:'d003') AS r) x,
     LATERAL (SELECT (x.r).requests AS q) y,
     LATERAL disclosure_check(ROW((x.r).agency, (x.r).year, (x.r).published, (x.r).template,
       (x.r).proactive, (x.r).procurement,
       ROW((q).new_received, (q).carried_over, ROW(2,0,0,0,0,0,2)::disclosure_counts,
           (q).partially_granted, (q).refused_state_secret, (q).refused_other_law,
           (q).refused_security, (q).refused_third_party, (q).refused_internal,
           (q).refused_process, (q).refused_enforcement_file, (q).refused_inquiry,
           (q).unavailable_not_held, (q).unavailable_needs_creation, (q).unavailable_unclear,
           (q).declined_complaint, (q).declined_repeat, (q).declined_publication,
           (q).declined_excessive, (q).declined_confirmation, (q).other_no_correction,
           (q).other_no_fee, (q).other, (q).total, (q).carried_forward)::disclosure_requests,
       (x.r).review, (x.r).suit_direct, (x.r).suit_after_review,
       (x.r).stated_requests, (x.r).stated_proactive, (x.r).notes,
       (x.r).narrative)::disclosure_report) f
ORDER BY 1, 2;
