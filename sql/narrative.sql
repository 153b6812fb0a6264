--
-- The narrative rules of disclosure_check: each fires on a doctored copy of
-- a real report or a seed, and the originals say nothing.
--
\set office `cat test/data/real/pingtan_guanweihui_bangongshi_2022.txt`
\set finance `cat test/data/real/pingtan_caizhengjinrongju_2023.txt`
\set d003 `cat test/data/seeds/003_5c245e0f5975cf67.txt`
\set md2023 `cat test/data/layouts/markdown_liaocheng_2023.txt`

-- what the checks read of the prose
SELECT (r.narrative).problems, (r.narrative).other_matters,
       array_length((r.narrative).statements, 1) AS statements
FROM disclosure_parse(:'office') r;
SELECT s FROM disclosure_parse(:'office') r, unnest((r.narrative).statements) s;

-- the originals: no narrative finding (财政金融局 charges 5949.09 万元 of
-- 行政事业性收费 and no 信息处理费, which is no contradiction)
SELECT count(*) AS narrative_findings
FROM (VALUES (:'office'), (:'finance'), (:'d003')) d(doc),
     disclosure_check(disclosure_parse(d.doc)) c
WHERE c.rule IN ('problems_empty', 'fees_stated', 'statement_year', 'all_completed');

CREATE TEMP TABLE doctored (rule text, change text, raw text);
INSERT INTO doctored VALUES
  ('problems_empty', '五 says only 无',
   regexp_replace(:'office', '(五、存在的主要问题及改进情况).*?(六、其他需要报告的事项)', '\1无。\2')),
  ('fees_stated', '六: 无行政事业性收费, table two 5949.09 万元',
   replace(:'finance', '2023年，无收取信息处理费情况', '2023年，本局无行政事业性收费')),
  ('fees_stated', '六: 行政事业性收费12.5万元, table two 0',
   replace(:'office', '2022年度本机关未收取信息处理费', '2022年度本机关收取行政事业性收费12.5万元')),
  ('fees_stated', '六: 不收取费用, table three closes 1 for a fee notice unpaid',
   replace(:'md2023', '2023年度本机关未收取信息处理费', '本机关依申请提供政府信息，不收取费用')),
  ('statement_year', 'the 16 requests of 2022 said of 2021',
   replace(:'office', '2022年共收到政府信息公开申请16件', '2021年共收到政府信息公开申请16件')),
  ('all_completed', '1 request, 已全部办结, 1 carried forward',
   replace(replace(replace(:'d003',
     '我处未收到政府信息公开申请', '我处共收到政府信息公开申请1件，已全部办结'),
     '一、本年新收政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |',
     '一、本年新收政府信息公开申请数量 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |'),
     '四、结转下年度继续办理 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |',
     '四、结转下年度继续办理 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |'));

-- each doctored copy: the rule it should fire, and every narrative finding
SELECT d.rule AS doctored_for, d.change, c.rule, c.severity, c.location,
       c.expected, c.actual, c.message
FROM doctored d,
     disclosure_check(disclosure_parse(d.raw)) c
WHERE c.rule IN ('problems_empty', 'fees_stated', 'statement_year', 'all_completed')
ORDER BY d.rule, d.change;

-- 未收取 (none collected) is no contradiction with a fee notice unpaid
SELECT count(*) AS fees_stated_on_uncollected
FROM disclosure_check(disclosure_parse(:'md2023')) c
WHERE c.rule = 'fees_stated';

-- a comparison with another year states nothing of it
SELECT count(*) AS statement_year_on_comparison
FROM disclosure_check(disclosure_parse(replace(:'office',
       '2022年共收到政府信息公开申请16件',
       '2022年共收到政府信息公开申请16件，比2021年收到申请16件持平'))) c
WHERE c.rule = 'statement_year';

-- a report stored without its narrative (as 1.0 stored them): the
-- narrative rules say nothing, the others still run
SELECT count(*) FILTER (WHERE c.rule = 'all_completed') AS all_completed,
       count(*) AS findings
FROM doctored d, disclosure_parse(d.raw) r,
     disclosure_check(ROW(r.agency, r.year, r.published, r.template, r.proactive,
                          r.procurement, r.requests, r.review, r.suit_direct,
                          r.suit_after_review, r.stated_requests,
                          r.stated_proactive, r.notes, NULL)::disclosure_report) c
WHERE d.rule = 'all_completed';
