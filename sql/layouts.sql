--
-- The same reports laid out the other ways analysts receive them: tab rows,
-- space-aligned columns, one cell per line, full-width digits and brackets,
-- Windows line ends.  Every variant must read exactly like the original.
--
\set d001 `cat test/data/seeds/001_6174489a5f7162cb.txt`
\set d003 `cat test/data/seeds/003_5c245e0f5975cf67.txt`
\set d004 `cat test/data/seeds/004_76d90fd474e57dbd.txt`

CREATE TEMP TABLE originals (file text, raw text);
INSERT INTO originals VALUES ('001', :'d001'), ('003', :'d003'), ('004', :'d004');

CREATE TEMP TABLE variants AS
SELECT o.file, v.layout, v.raw
FROM originals o, LATERAL (VALUES
  ('tab rows', replace(o.raw, ' | ', E'\t')),
  ('space-aligned columns', replace(o.raw, ' | ', '    ')),
  ('one cell per line', replace(replace(o.raw, ' | ', E'\n\n'), E'\t', E'\n')),
  ('full-width digits and brackets',
   translate(o.raw, '0123456789()|', '０１２３４５６７８９（）｜')),
  ('ideographic spaces', replace(o.raw, ' ', '　')),
  ('CRLF line ends', replace(o.raw, E'\n', E'\r\n')),
  -- the tables stay, their section headings are gone
  ('table headings left out',
   replace(replace(replace(o.raw, '三、收到和处理政府信息公开申请情况', ''),
                   '四、政府信息公开行政复议、行政诉讼情况', ''),
           '二、主动公开政府信息情况', '')),
  -- the control: the comparison must see a changed number
  ('control: every 1 changed to 7', translate(o.raw, '1', '7'))
) AS v(layout, raw);

-- reports read from each variant, and how many equal the original's
-- (each FROM item names its row differently: a bare name would resolve to
-- an earlier LATERAL item's column)
SELECT v.file, v.layout, count(*) AS reports,
       count(*) FILTER (WHERE
         (o.r).agency IS NOT DISTINCT FROM (p.r).agency AND
         (o.r).year IS NOT DISTINCT FROM (p.r).year AND
         (o.r).published IS NOT DISTINCT FROM (p.r).published AND
         (o.r).template IS NOT DISTINCT FROM (p.r).template AND
         (o.r).proactive IS NOT DISTINCT FROM (p.r).proactive AND
         (o.r).procurement IS NOT DISTINCT FROM (p.r).procurement AND
         (o.r).requests IS NOT DISTINCT FROM (p.r).requests AND
         (o.r).review IS NOT DISTINCT FROM (p.r).review AND
         (o.r).suit_direct IS NOT DISTINCT FROM (p.r).suit_direct AND
         (o.r).suit_after_review IS NOT DISTINCT FROM (p.r).suit_after_review AND
         (o.r).stated_requests IS NOT DISTINCT FROM (p.r).stated_requests AND
         (o.r).stated_proactive IS NOT DISTINCT FROM (p.r).stated_proactive)
       AS same_as_original
FROM variants v
JOIN originals og USING (file)
CROSS JOIN LATERAL (SELECT vr AS r, row_number() OVER () AS n
                    FROM disclosure_parse_all(v.raw) AS vr) p
LEFT JOIN LATERAL (SELECT orr AS r, row_number() OVER () AS n
                   FROM disclosure_parse_all(og.raw) AS orr) o ON o.n = p.n
GROUP BY v.file, v.layout
ORDER BY v.file, v.layout;
