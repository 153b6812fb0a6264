--
-- disclosure_cells: every cell with how it was read and where it came from.
--
-- A report scraped from a web page has its table cells joined: the row
-- '一、本年新收政府信息公开申请数量 690000069' is 69 0 0 0 0 0 69, and table four
-- '10 0 1 200 0 0 0 0 0 0 00' is 1 0 0 1 2 | 0 0 0 0 0 | 0 0 0 0 0.
--
\set joined `cat test/data/real/pingtan_ziranziyuan_shengtaihuanjingju_2024.txt`
\set columns `cat test/data/layouts/pdfcols_liaocheng_2022.txt`
\set seed004 `cat test/data/seeds/004_76d90fd474e57dbd.txt`

-- cells of each table and how they were read
SELECT tbl, how, count(*) AS cells, count(value) AS with_value
FROM disclosure_cells(:'joined')
GROUP BY tbl, how ORDER BY tbl, how;

-- the joined rows of table three, split by the row and column equations
SELECT row_name, column_name, value, how, line
FROM disclosure_cells(:'joined')
WHERE tbl = 'requests'
  AND row_name IN ('new_received', 'granted', 'partially_granted', 'unavailable_not_held', 'total')
  AND column_name IN ('natural_person', 'commercial', 'total')
ORDER BY row_name, column_name;

-- the evidence of one cell: the line of the document it was read from
SELECT value, how, line, source
FROM disclosure_cells(:'joined')
WHERE tbl = 'requests' AND row_name = 'new_received' AND column_name = 'total';

-- table four: fifteen numbers joined into eleven tokens
-- (columns upheld, corrected, other, pending, total)
SELECT row_name, string_agg(coalesce(value::text, '∅'), ' ' ORDER BY n) AS cells,
       min(how) AS how
FROM disclosure_cells(:'joined') WITH ORDINALITY AS c(report, tbl, row_name, column_name, value, how, line, source, n)
WHERE tbl = 'review'
GROUP BY row_name ORDER BY min(n);

-- a table-two run with several readings stays NULL (2433: 2 4 33, 2 43 3 ...)
SELECT row_name, column_name, value, how
FROM disclosure_cells(:'joined')
WHERE tbl = 'proactive' ORDER BY row_name, column_name;

-- a PDF page with wrapped labels: table three read by the template's order
SELECT how, count(*) FROM disclosure_cells(:'columns')
WHERE tbl = 'requests' GROUP BY how ORDER BY how;

-- every report of a document has its cells: 2019 template, 23 rows of table three
SELECT report, tbl, count(*) AS cells FROM disclosure_cells(:'seed004')
GROUP BY report, tbl ORDER BY report, tbl;

-- blanks appear with no value, and a document with no report gives no rows
SELECT count(*) FROM disclosure_cells('一份工作计划，不是年度报告。');
SELECT count(*) FROM disclosure_cells(NULL);
