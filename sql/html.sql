--
-- HTML input: the seed reports as government sites publish them (Word-style
-- markup, rowspan/colspan, &nbsp; blanks; test/data/html/make_html.py), and
-- the same pages damaged (unclosed tags, a stray </td>, table three split by
-- a page break), read exactly like the seed text.  Then hostile pages.
--
\set t000 `cat test/data/seeds/000_4f3bfc39153d33d4.txt`
\set t001 `cat test/data/seeds/001_6174489a5f7162cb.txt`
\set t003 `cat test/data/seeds/003_5c245e0f5975cf67.txt`
\set t004 `cat test/data/seeds/004_76d90fd474e57dbd.txt`
\set h000 `cat test/data/html/000.html`
\set h001 `cat test/data/html/001.html`
\set h003 `cat test/data/html/003.html`
\set h004 `cat test/data/html/004.html`
\set x000 `cat test/data/html/000_damaged.html`
\set x001 `cat test/data/html/001_damaged.html`
\set x003 `cat test/data/html/003_damaged.html`
\set x004 `cat test/data/html/004_damaged.html`

CREATE TEMP TABLE pages (file text, kind text, seed text, page text);
INSERT INTO pages VALUES
  ('000', 'Word HTML', :'t000', :'h000'), ('000', 'damaged HTML', :'t000', :'x000'),
  ('001', 'Word HTML', :'t001', :'h001'), ('001', 'damaged HTML', :'t001', :'x001'),
  ('003', 'Word HTML', :'t003', :'h003'), ('003', 'damaged HTML', :'t003', :'x003'),
  ('004', 'Word HTML', :'t004', :'h004'), ('004', 'damaged HTML', :'t004', :'x004');

-- every report of every page equals the one read from the seed text
-- (notes aside: they name text lines and cells)
SELECT p.file, p.kind, count(*) AS reports,
       count(*) FILTER (WHERE
         (h.r).agency IS NOT DISTINCT FROM (t.r).agency AND
         (h.r).year IS NOT DISTINCT FROM (t.r).year AND
         (h.r).published IS NOT DISTINCT FROM (t.r).published AND
         (h.r).template IS NOT DISTINCT FROM (t.r).template AND
         (h.r).proactive IS NOT DISTINCT FROM (t.r).proactive AND
         (h.r).procurement IS NOT DISTINCT FROM (t.r).procurement AND
         (h.r).requests IS NOT DISTINCT FROM (t.r).requests AND
         (h.r).review IS NOT DISTINCT FROM (t.r).review AND
         (h.r).suit_direct IS NOT DISTINCT FROM (t.r).suit_direct AND
         (h.r).suit_after_review IS NOT DISTINCT FROM (t.r).suit_after_review AND
         (h.r).stated_requests IS NOT DISTINCT FROM (t.r).stated_requests AND
         (h.r).stated_proactive IS NOT DISTINCT FROM (t.r).stated_proactive)
       AS same_as_text
FROM pages p
CROSS JOIN LATERAL (SELECT hr AS r, row_number() OVER () AS n
                    FROM disclosure_parse_all(p.page) AS hr) h
LEFT JOIN LATERAL (SELECT tr AS r, row_number() OVER () AS n
                   FROM disclosure_parse_all(p.seed) AS tr) t ON t.n = h.n
GROUP BY p.file, p.kind ORDER BY p.file, p.kind;

-- the blank 2019 table stays blank through &nbsp; cells
SELECT (r).year, ((r).requests).new_received, ((r).requests).total
FROM disclosure_parse_all(:'h001') AS r WHERE (r).year = 2019;

-- script, style, navigation and hidden elements are not read
SELECT count(*) AS reports FROM disclosure_parse_all(
  '<html><head><script>var t="<table><tr><td>三、收到和处理政府信息公开申请情况</td></tr></table>";</script>'
  || '<style>p{}</style></head><body><nav>二、主动公开政府信息情况</nav>'
  || '<p style="display:none">三、收到和处理政府信息公开申请情况</p>'
  || '<p>四、政府信息公开行政复议、行政诉讼情况</p></body></html>');

-- a page whose table was pasted as text still parses
SELECT (r).agency, ((r).requests).new_received, (r).procurement
FROM disclosure_parse_all('<html><body><pre>' || replace(replace(replace(:'t003',
       '&', '&amp;'), '<', '&lt;'), '>', '&gt;') || '</pre></body></html>') AS r;

-- ---- hostile pages: a clear error or a result, never a crash ----

-- entity expansion and an external entity: nothing is expanded or fetched
SELECT count(*) AS reports FROM disclosure_parse_all(
  '<!DOCTYPE html [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
  || '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
  || '<html><body><p>&c;&c;&c;&c;&xxe;</p><table><tr><td>&xxe;</td></tr></table></body></html>');
SELECT count(*) AS reports, bool_or(to_jsonb(r)::text LIKE '%root:%') AS passwd_read
FROM disclosure_parse_all(
  '<!DOCTYPE html [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
  || replace(replace(:'h003', '<html>', ''), '金东区鞋塘办事处2020年', '&xxe;金东区鞋塘办事处2020年')) AS r;

-- 10,000-deep nesting, of elements and of tables
SELECT count(*) AS reports FROM disclosure_parse_all(
  repeat('<div><span>', 10000) || :'t003' || repeat('</span></div>', 10000));
SELECT count(*) AS reports FROM disclosure_parse_all(
  '<html><body>' || repeat('<table><tr><td>', 10000) || 'x' || repeat('</td></tr></table>', 10000));

-- huge attribute values and spans, and a table of a million cells
SELECT count(*) AS reports FROM disclosure_parse_all(
  '<html><body><table><tr><td colspan="999999999" rowspan="-5" title="' || repeat('x', 5000000)
  || '">0</td></tr></table></body></html>');
SELECT count(*) AS reports FROM disclosure_parse_all(
  '<html><body><table>' || repeat('<tr>' || repeat('<td>1</td>', 1000) || '</tr>', 1000)
  || '</table></body></html>');

-- a 50 MB page
SELECT count(*) AS reports, (SELECT (r).agency FROM disclosure_parse_all(page) AS r LIMIT 1)
FROM (SELECT '<html><body>' || repeat('<p>' || repeat('政务公开', 100) || '</p>', 40000)
             || replace(:'h003', '<html>', '') || '</body></html>' AS page) AS big,
     LATERAL disclosure_parse_all(big.page) AS r
GROUP BY page;
