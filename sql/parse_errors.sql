--
-- Bad input: a clear error, or a NULL cell with a note, never a crash or a
-- wrong number.
--
\set d001 `cat test/data/seeds/001_6174489a5f7162cb.txt`
\set d002 `cat test/data/seeds/002_1ca1bc342bc23096.txt`
\set d003 `cat test/data/seeds/003_5c245e0f5975cf67.txt`


-- no report at all
SELECT disclosure_parse('');
SELECT disclosure_parse(:'d002');
SELECT disclosure_parse('政府信息公开工作年度报告 just a title');
SELECT count(*) AS rows_from_empty FROM disclosure_parse_all('');
SELECT count(*) AS rows_from_work_plan FROM disclosure_parse_all(:'d002');

-- several distinct reports where one was expected
SELECT disclosure_parse(:'d001');

-- a report with only its headings
SELECT disclosure_parse(E'二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况\n四、政府信息公开行政复议、行政诉讼情况\n五、存在的主要问题及改进情况');


-- a table three with its labels and no numbers is blank, not zero
SELECT ((r).requests).new_received AS new_received, ((r).requests).total AS total,
       (r).review, n AS note
FROM disclosure_parse_all(
  regexp_replace(:'d003', '([^0-9 |]) \| 0 \| 0 \| 0 \| 0 \| 0 \| 0 \| 0 \|',
                 '\1 | | | | | | | |', 'g')) AS r,
     unnest((r).notes) AS n;

-- a number too large for int: that cell NULL, with a note
SELECT ((r).requests).new_received, n AS note
FROM disclosure_parse_all(replace(:'d003',
       '一、本年新收政府信息公开申请数量 | 0 |', '一、本年新收政府信息公开申请数量 | 99999999999 |')) AS r,
     unnest((r).notes) AS n
WHERE n LIKE '%new_received%';

-- a negative count is kept as written, with a note (the checks flag it)
SELECT ((r).requests).granted, n AS note
FROM disclosure_parse_all(replace(:'d003',
       '(一)予以公开 | 0 |', '(一)予以公开 | -3 |')) AS r,
     unnest((r).notes) AS n
WHERE n LIKE '%granted%';

-- garbage characters between cells do not move or change numbers
SELECT ((r).requests).total, (r).procurement, (r).review
FROM disclosure_parse_all(replace(replace(:'d003', ' | 0 | ', ' |' || chr(1) || '0' || chr(127) || ' | '),
                          '21次', chr(27) || '21次')) AS r;

-- a fraction where a count belongs
SELECT ((r).requests).carried_over, n AS note
FROM disclosure_parse_all(replace(:'d003',
       '二、上年结转政府信息公开申请数量 | 0 |', '二、上年结转政府信息公开申请数量 | 1.5 |')) AS r,
     unnest((r).notes) AS n
WHERE n LIKE '%carried_over%';

-- a procurement amount with no unit is read as yuan, and says so
SELECT (r).procurement, n AS note
FROM disclosure_parse_all(replace(:'d003', '127014元', '127014')) AS r,
     unnest((r).notes) AS n
WHERE n LIKE 'procurement%';

-- a very long line and many numbers outside any table do not matter
SELECT count(*) AS reports
FROM disclosure_parse_all(repeat('1 2 3 4 5 ', 100000) || E'\n' || :'d003'
                          || E'\n' || repeat('x', 1000000));

-- a blank cell inside a row keeps its column; one missing from a short row is
-- not guessed
SELECT ((r).requests).new_received
FROM disclosure_parse_all(replace(:'d003',
       '一、本年新收政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |',
       '一、本年新收政府信息公开申请数量 | 1 | 0 |  | 0 | 0 | 0 | 1 |')) AS r;
SELECT ((r).requests).new_received, n AS note
FROM disclosure_parse_all(replace(:'d003',
       '一、本年新收政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |',
       '一、本年新收政府信息公开申请数量 | 2 | 1 | 3 |')) AS r,
     unnest((r).notes) AS n
WHERE n LIKE '%new_received%';

-- the core reads UTF-8: a database in another encoding is told so plainly
\set regress_db :DBNAME
CREATE DATABASE regress_disclosure_latin1 TEMPLATE template0 ENCODING 'LATIN1' LOCALE 'C';
\c regress_disclosure_latin1
CREATE EXTENSION disclosure;
SELECT count(*) FROM disclosure_parse_all('report');
\c :regress_db
DROP DATABASE regress_disclosure_latin1;
