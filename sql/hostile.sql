--
-- Hostile input in the server: whatever the document, a result or a clear
-- error, never a backend crash, never a runaway statement, and never a loss
-- of data already stored.  (The parser core is also fuzzed on its own:
-- fuzz/, run by test/run.sh.)
--
\set d000 `cat test/data/seeds/000_4f3bfc39153d33d4.txt`
\set d001 `cat test/data/seeds/001_6174489a5f7162cb.txt`
\set d002 `cat test/data/seeds/002_1ca1bc342bc23096.txt`
\set d003 `cat test/data/seeds/003_5c245e0f5975cf67.txt`
\set d004 `cat test/data/seeds/004_76d90fd474e57dbd.txt`
\set h003 `cat test/data/html/003_damaged.html`
\set h004 `cat test/data/html/004.html`
\set p003 `cat test/data/html/003.html`

SELECT pg_backend_pid() AS pid \gset

-- ---- stored data, to be found intact at the end ----

SELECT reports, already_loaded
FROM disclosure_load('hostile/003_before.txt', '（hostile.sql）' || E'\n' || :'d003');

CREATE TEMP VIEW stored AS
SELECT (SELECT count(*) FROM disclosure_documents) AS documents,
       (SELECT count(*) FROM disclosure_reports) AS reports,
       (SELECT md5(string_agg(concat_ws('|', id, source, sha256, md5(raw), note), ',' ORDER BY id))
        FROM disclosure_documents) AS documents_md5,
       (SELECT md5(string_agg(concat_ws('|', id, document_id, ordinal, report::text), ',' ORDER BY id))
        FROM disclosure_reports) AS reports_md5;
SELECT documents AS documents_before, reports AS reports_before,
       documents_md5 AS documents_md5_before, reports_md5 AS reports_md5_before
FROM stored \gset

-- ---- 100,000 mutated documents in one session ----

-- The seeds: the tables of two reports with their title (eight documents
-- in ten), two pages stripped of Word's styling (one in ten), and one in a
-- hundred a whole document.
CREATE TEMP TABLE hostile_seeds (k int PRIMARY KEY, doc text NOT NULL);
INSERT INTO hostile_seeds VALUES
  (0, '金东区鞋塘办事处2020年政府信息公开工作年度报告' || E'\n'
      || substring(:'d003' FROM '二、主动公开政府信息情况.*?五、存在的主要问题')),
  (1, substring(:'d004' FROM '^.*?年度报告') || E'\n'
      || substring(:'d004' FROM '二、主动公开政府信息情况.*?五、存在的主要问题')),
  (2, regexp_replace(regexp_replace(substring(:'h003' FROM '<body.*$'),
      ' (style|class|lang|align)=(''[^'']*''|[^ >]*)', '', 'g'), '<span>|</span>|<p>|</p>', '', 'g')),
  (3, '<html>' || regexp_replace(regexp_replace(substring(:'h004' FROM '二、主动公开政府信息情况.*$'),
      ' (style|class|lang|align)=(''[^'']*''|[^ >]*)', '', 'g'), '<span>|</span>|<p>|</p>', '', 'g')),
  (4, :'d003'), (5, :'d004'), (6, :'d000'), (7, :'d001'), (8, :'d002');
SELECT k, (SELECT count(*) FROM disclosure_parse_all(doc)) AS reports
FROM hostile_seeds ORDER BY k;

-- What the mutations insert: separators, numbers that overflow, full-width
-- digits, units, the template's labels and headings, dates that do not
-- exist, combining marks without a base, U+FFFD, private use, byte-order
-- marks, zero-width and bidi controls, noncharacters, the last code point,
-- control characters, and HTML.
CREATE TEMP TABLE hostile_tokens AS
SELECT array_agg(convert_to(t, 'UTF8') ORDER BY n) AS toks
FROM unnest(ARRAY[
    ' | ', E'\t', E'\n', '   ', '|', '||', '0', '1', '-1', '—', '/', '-',
    '99999999999', '2147483647', '2147483648', '-2147483649',
    '9223372036854775808', repeat('9', 400), '１２', '０', '1,234', '1.5',
    '7.63182亿元', '万元', '亿元', '元', '21次', '（七）总计', '(七)总计',
    E'\n三、收到和处理政府信息公开申请情况\n', E'\n四、政府信息公开行政复议、行政诉讼情况\n',
    E'\n二、主动公开政府信息情况\n', E'\n五、存在的主要问题及改进情况\n',
    '一、本年新收政府信息公开申请数量', '结转下年度继续办理', '第二十条第(九)项',
    E'\n2099年政府信息公开工作年度报告\n', '2021年', '2024年2月30日', '2022-01-26',
    U&'\0301', U&'\FFFD', U&'\E000', U&'\FEFF', U&'\200B', U&'\202E', U&'\3000',
    U&'\0085', U&'\2028', U&'\+01F600', U&'\+10FFFF', U&'\FFFE', chr(1), chr(8),
    chr(27), chr(127), E'\r', E'\f', E'\v',
    '<td rowspan="999999">', '<td colspan="3">', '</td>', '<tr>', '</tr>',
    '<table>', '</table>', '&nbsp;', '<br>', '<p>', '<!--', '<![CDATA[', '<script>'])
  WITH ORDINALITY AS u(t, n);

-- Mutation i of a document, the same on every run: one to six edits at
-- character boundaries (delete a run, insert a token, replace a run with a
-- token, copy a slice from elsewhere, insert a token repeated), the
-- positions and choices from md5(i); one document in ten is then cut short.
CREATE FUNCTION pg_temp.mutate(doc text, i int, toks bytea[]) RETURNS text
LANGUAGE plpgsql IMMUTABLE STRICT AS $$
DECLARE
  h bytea := decode(md5(i::text) || md5((-i)::text), 'hex');
  b bytea := convert_to(doc, 'UTF8');
  len int;
  pos int;
  stop int;
  src int;
  r int;
  tok bytea;
BEGIN
  FOR e IN 1..1 + get_byte(h, 0) % 6 LOOP
    len := length(b);
    EXIT WHEN len < 2;
    pos := ((get_byte(h, 3 * e) * 256 + get_byte(h, 3 * e + 1))::bigint * len / 65536)::int;
    WHILE pos > 0 AND get_byte(b, pos) BETWEEN 128 AND 191 LOOP pos := pos - 1; END LOOP;
    r := get_byte(h, 3 * e + 2);
    tok := toks[1 + r % array_length(toks, 1)];
    stop := least(len, pos + 1 + r % 61);
    WHILE stop < len AND get_byte(b, stop) BETWEEN 128 AND 191 LOOP stop := stop + 1; END LOOP;
    CASE r % 5
      WHEN 0 THEN b := overlay(b PLACING ''::bytea FROM pos + 1 FOR stop - pos);
      WHEN 1 THEN b := overlay(b PLACING tok FROM pos + 1 FOR 0);
      WHEN 2 THEN b := overlay(b PLACING tok FROM pos + 1 FOR stop - pos);
      WHEN 3 THEN
        src := (pos * 7919) % len;
        WHILE src > 0 AND get_byte(b, src) BETWEEN 128 AND 191 LOOP src := src - 1; END LOOP;
        stop := least(len, src + 40 * (1 + r % 61));
        WHILE stop < len AND get_byte(b, stop) BETWEEN 128 AND 191 LOOP stop := stop + 1; END LOOP;
        b := overlay(b PLACING substring(b FROM src + 1 FOR stop - src) FROM pos + 1 FOR 0);
      ELSE b := overlay(b PLACING decode(repeat(encode(tok, 'hex'), 1 + r % 61), 'hex') FROM pos + 1 FOR 0);
    END CASE;
  END LOOP;
  IF get_byte(h, 30) % 10 = 0 THEN
    pos := (get_byte(h, 31)::bigint * length(b) / 256)::int;
    WHILE pos > 0 AND get_byte(b, pos) BETWEEN 128 AND 191 LOOP pos := pos - 1; END LOOP;
    b := substring(b FROM 1 FOR pos);
  END IF;
  RETURN convert_from(b, 'UTF8');
END $$;

-- Parse one document and check every report, and each pair of consecutive
-- reports that are consecutive years of one body, as disclosure_findings
-- does; an error is caught and returned.
CREATE FUNCTION pg_temp.parse_and_check(doc text, OUT reports int, OUT findings int,
                                        OUT error text)
LANGUAGE plpgsql AS $$
BEGIN
  SELECT count(*), coalesce(sum(f.n), 0) INTO reports, findings
  FROM (SELECT r, lag(r) OVER () AS prev FROM disclosure_parse_all(doc) AS r) AS p,
       LATERAL (SELECT (SELECT count(*) FROM disclosure_check(p.r))
                       + (SELECT count(*) FROM disclosure_check_continuity(p.prev, p.r)
                          WHERE (p.prev).agency = (p.r).agency
                            AND (p.r).year = (p.prev).year + 1)
                       + disclosure_is_consistent(p.r)::int AS n) AS f;
EXCEPTION WHEN OTHERS THEN
  error := SQLERRM;
END $$;

CREATE TEMP TABLE hostile_results AS
SELECT i, p.*
FROM hostile_tokens t, generate_series(1, 100000) AS i
JOIN hostile_seeds s ON s.k = CASE WHEN i % 100 = 0 THEN 4 + i / 100 % 5
                                   WHEN i % 10 < 8 THEN i % 2 ELSE i % 10 - 6 END,
     LATERAL pg_temp.parse_and_check(pg_temp.mutate(s.doc, i, t.toks)) AS p;

-- every document parsed, in this backend; most still hold a report
SELECT count(*) AS documents,
       count(*) FILTER (WHERE error IS NULL) AS parsed,
       count(*) FILTER (WHERE reports > 0) > 50000 AS most_hold_a_report,
       sum(findings) > 0 AS findings_made,
       pg_backend_pid() = :pid AS same_backend
FROM hostile_results;
-- the errors, if any: only pages libxml2 cannot read whole
SELECT error, count(*) FROM hostile_results WHERE error IS NOT NULL
GROUP BY error ORDER BY error;

-- ---- documents past disclosure.max_document_bytes (64MB) are refused ----

SHOW disclosure.max_document_bytes;
-- refused before it is parsed, by either function, and inside disclosure_load
SELECT count(*) FROM disclosure_parse_all(repeat(:'d003', 8000));
SELECT disclosure_parse(repeat(:'d003', 8000));
-- (terse: the context would quote the install script)
\set VERBOSITY terse
SELECT * FROM disclosure_load('hostile/70MB.txt', repeat(:'d003', 8000));
\set VERBOSITY default
-- a superuser may raise it (the 200 MB documents below need it, and the
-- million rows of table three, 79 MB)
SET disclosure.max_document_bytes = '256MB';
SHOW disclosure.max_document_bytes;

-- ---- a 200 MB document is cancelled by statement_timeout ----

-- as text, as an HTML page (libxml2 reads it in chunks and stops for the
-- cancel), and on its way into the tables
-- (terse: where in disclosure_load the cancel lands is not the point)
\set VERBOSITY terse
SET statement_timeout = '1s';
SELECT count(*) FROM disclosure_parse_all(repeat(:'d003', 23000));
SELECT count(*) FROM disclosure_parse_all('<html><body>' || repeat('<p>' || :'d003' || '</p>', 23000));
SELECT * FROM disclosure_load('hostile/200MB.txt', repeat(:'d003', 23000));
RESET statement_timeout;
\set VERBOSITY default

-- and within a second of the timeout: the whole statement, building the
-- 200 MB included, takes under 2 s
CREATE TEMP TABLE cancel_seconds (what text, seconds numeric);
SET statement_timeout = '1s';
DO $$
DECLARE
  t0 timestamptz := clock_timestamp();
BEGIN
  PERFORM count(*) FROM disclosure_parse_all(repeat((SELECT doc FROM hostile_seeds WHERE k = 4), 23000));
EXCEPTION WHEN query_canceled THEN
  INSERT INTO cancel_seconds VALUES ('text', extract(epoch FROM clock_timestamp() - t0));
END $$;
DO $$
DECLARE
  t0 timestamptz := clock_timestamp();
BEGIN
  PERFORM count(*) FROM disclosure_parse_all('<html><body>'
    || repeat('<p>' || (SELECT doc FROM hostile_seeds WHERE k = 4) || '</p>', 23000));
EXCEPTION WHEN query_canceled THEN
  INSERT INTO cancel_seconds VALUES ('HTML', extract(epoch FROM clock_timestamp() - t0));
END $$;
RESET statement_timeout;
SELECT what, seconds >= 1 AS after_the_timeout, seconds < 2 AS within_a_second
FROM cancel_seconds ORDER BY what;

-- ---- integer overflow in cells ----

-- counts past int: NULL with a note, never wrapped (and a negative count at
-- the int limit too).  Text that is no number (1e10, a thousand digits)
-- leaves the row a cell short, and here the row's total of 0 makes each
-- cell 0.  The checks sum in bigint, so cells at the int limit give exact
-- findings.
SELECT CASE WHEN length(v) > 20 THEN left(v, 8) || '… (' || length(v) || ' digits)' ELSE v END AS written,
       ((r).requests).new_received.natural_person AS read,
       (SELECT count(*) FROM unnest((r).notes) n WHERE n LIKE '%new_received%') AS notes
FROM unnest(ARRAY['2147483647', '2147483648', '-2147483648', '-2147483649',
                  '9223372036854775808', repeat('9', 1000), '２１４７４８３６４８',
                  '1e10', '0x7fffffff', '2,147,483,648']) WITH ORDINALITY AS v(v, o),
     disclosure_parse_all(replace(:'d003', '一、本年新收政府信息公开申请数量 | 0 |',
                                  '一、本年新收政府信息公开申请数量 | ' || v || ' |')) AS r
ORDER BY o;
SELECT c.rule, c.location, c.expected, c.actual
FROM disclosure_parse_all(replace(replace(:'d003',
       '一、本年新收政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |',
       '一、本年新收政府信息公开申请数量 | 2147483647 | 2147483647 | 2147483647 | 2147483647 | 2147483647 | 2147483647 | 2147483647 |'),
       '(七)总计 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |',
       '(七)总计 | 2147483647 | 2147483647 | 2147483647 | 2147483647 | 2147483647 | 2147483647 | 2147483647 |')) AS r,
     disclosure_check(r) AS c
WHERE c.rule IN ('total_column', 'balance') ORDER BY c.rule, c.location;

-- amounts of any length: exact, or NULL past 64 characters (never an error
-- from numeric)
SELECT disclosure_amount_yuan(repeat('9', 30) || '亿元') AS thirty_nines_yi,
       disclosure_amount_yuan(repeat('9', 1000) || '亿元') AS thousand_digits,
       disclosure_amount_yuan(repeat('9', 200000) || '亿元') AS past_numeric,
       disclosure_amount_yuan('0.' || repeat('0', 20000) || '1万元') AS tiny_past_numeric;
SELECT (r).procurement
FROM disclosure_parse_all(replace(:'d003', '127014元', repeat('9', 200000) || '亿元')) AS r;

-- a year, a date and a stated count past int
SELECT (r).year, (r).published, (r).stated_requests
FROM disclosure_parse_all(replace(replace(replace(:'d003',
       '金东区鞋塘办事处2020年', '金东区鞋塘办事处99999999999年'),
       '2020-12-31', '2020-99999999999-31'),
       '未收到政府信息公开申请', '共收到政府信息公开申请99999999999件')) AS r;

-- ---- odd but valid sequences (the server refuses invalid UTF-8 and NUL
-- before the parser sees them) ----

-- each one inserted everywhere a cell separator is: into every label and
-- every cell of every table; a result, whatever it is
SELECT name, count(r.*) AS reports,
       count(*) FILTER (WHERE ((r).requests).total IS NOT NULL) AS with_table_three
FROM (VALUES ('combining acute, no base', U&'\0301'), ('U+FFFD', U&'\FFFD'),
             ('private use', U&'\E000\F8FF'), ('byte-order mark', U&'\FEFF'),
             ('zero width', U&'\200B\200D'), ('bidi override', U&'\202E\202D'),
             ('noncharacters', U&'\FFFE\FFFF'), ('last code point', U&'\+10FFFF'),
             ('emoji', U&'\+01F600'), ('control characters', chr(1) || chr(8) || chr(27) || chr(127)),
             ('line separators', U&'\0085\2028\2029' || E'\r\f\v'),
             ('ideographic space', U&'\3000'), ('no-break space', U&'\00A0'),
             ('surrogate-like text', '\uD800\uDFFF&#xD800;'),
             ('a thousand combining marks', repeat(U&'\0301', 1000))) AS v(name, s)
LEFT JOIN LATERAL disclosure_parse_all(replace(:'d003', ' | ', ' |' || v.s || ' ')) AS r ON true
GROUP BY name ORDER BY name;
-- after every sentence of the prose: the report reads as before (but for
-- its narrative, which keeps the prose as printed); at the start of every
-- line (files pasted together): a result
SELECT name, count(p.*) AS reports,
       bool_and(to_jsonb(p) - 'narrative' = to_jsonb(disclosure_parse(:'d003')) - 'narrative') AS same_report,
       (SELECT count(*) FROM disclosure_parse_all(replace(:'d003', E'\n', E'\n' || v.s))) AS line_starts
FROM (VALUES ('U+FFFD', U&'\FFFD'), ('combining marks', U&'\0301\0302\0303'),
             ('control characters', chr(1) || chr(31)), ('noncharacter', U&'\FFFF'),
             ('byte-order mark', U&'\FEFF')) AS v(name, s)
LEFT JOIN LATERAL disclosure_parse_all(replace(:'d003', '。', '。' || v.s)) AS p ON true
GROUP BY name, v.s ORDER BY name;

-- ---- extremely long lines, millions of numbers ----

-- a 30 MB line with no line break, before and after the report
SELECT count(*) AS reports, min((r).agency) AS agency
FROM disclosure_parse_all(repeat('政务公开', 2500000) || :'d003' || repeat('公开', 5000000)) AS r;
-- 10 million cell separators on one line
SELECT count(*) AS reports FROM disclosure_parse_all(repeat(' | ', 10000000) || E'\n' || :'d003');
-- a single number 30 million digits long, in a cell and alone
SELECT ((r).requests).new_received.natural_person
FROM disclosure_parse_all(replace(:'d003', '一、本年新收政府信息公开申请数量 | 0 |',
                                  '一、本年新收政府信息公开申请数量 | ' || repeat('9', 30000000) || ' |')) AS r;
-- five million numbers on one line; two million lines of one number each;
-- a row of table three with a million cells
SELECT count(*) AS reports FROM disclosure_parse_all(repeat('1 2 3 4 5 ', 1000000) || :'d003');
SELECT count(*) AS reports FROM disclosure_parse_all(:'d003' || repeat(E'7\n', 2000000));
SELECT ((r).requests).new_received
FROM disclosure_parse_all(replace(:'d003', '一、本年新收政府信息公开申请数量 | 0 |',
                                  '一、本年新收政府信息公开申请数量 |' || repeat(' 1 |', 1000000))) AS r;
-- a million rows of table three
SELECT ((r).requests).new_received, ((r).requests).total
FROM disclosure_parse_all(replace(:'d003', '二、上年结转政府信息公开申请数量',
       repeat(E'一、本年新收政府信息公开申请数量 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |\n', 1000000)
       || '二、上年结转政府信息公开申请数量')) AS r;

-- ---- deeply nested and oversized HTML (sql/html.sql has 10,000-deep
-- elements and tables, huge spans and attributes, a 50 MB page) ----

-- the body of page 003, undamaged (the damaged one has a stray </td>)
SELECT regexp_replace(:'p003', '^.*<body[^>]*>', '') AS b003 \gset

-- a report 200 elements deep reads; 300 deep is refused, not read in part
SELECT count(*) AS reports FROM disclosure_parse_all(
  '<html><body>' || repeat('<div>', 200) || :'b003'
  || repeat('</div>', 200) || '</body></html>');
SELECT count(*) AS reports FROM disclosure_parse_all(
  '<html><body>' || repeat('<div>', 300) || :'b003'
  || repeat('</div>', 300) || '</body></html>');
-- inline markup 200 deep inside every cell of the tables, and 190
-- unclosed elements in a label
SELECT ((r).requests).new_received, ((r).requests).total
FROM disclosure_parse_all(replace(replace(:'p003', '>0</span>',
       '>' || repeat('<b><i>', 100) || '0' || repeat('</i></b>', 100) || '</span>'),
       '一、本年新收政府信息公开申请数量', '一、本年新收政府信息公开申请数量' || repeat('<font>', 190))) AS r;
-- the report's tables inside 50 layout tables (200 elements deep)
SELECT ((r).requests).new_received, (r).procurement
FROM disclosure_parse_all('<html><body>' || repeat('<table><tr><td>', 50)
       || :'b003'
       || repeat('</td></tr></table>', 50) || '</body></html>') AS r;
-- 100,000 unclosed inline elements, paragraphs and list items
SELECT count(*) AS reports FROM disclosure_parse_all('<html><body>' || repeat('<font>x', 100000) || :'d003');
SELECT count(*) AS reports FROM disclosure_parse_all('<html><body>' || repeat('<p>x', 100000) || '<pre>' || :'d003');
SELECT count(*) AS reports FROM disclosure_parse_all('<html><body><ul>' || repeat('<li>x', 100000) || '</ul>');
-- a million empty tables (each once took a 64 kB grid: 64 GB), in bounded
-- time and memory
SELECT count(*) AS reports FROM disclosure_parse_all(
  '<html><body>' || repeat('<table></table>', 1000000) || '</body></html>');
-- 1,000 rows of 1,000 cells, each spanning 1,000 rows and 1,000 columns
SELECT count(*) AS reports FROM disclosure_parse_all('<html><body><table>'
  || repeat('<tr>' || repeat('<td rowspan=1000 colspan=1000>1</td>', 1000) || '</tr>', 1000)
  || '</table></body></html>');

RESET disclosure.max_document_bytes;

-- ---- after all this: the same backend, and the stored data intact ----

-- a load that fails inside a transaction leaves nothing behind
BEGIN;
SELECT reports FROM disclosure_load('hostile/rolled_back.txt', :'d004' || ' (rolled back)');
SELECT 1 / 0;
ROLLBACK;

SELECT pg_backend_pid() = :pid AS same_backend,
       documents = :documents_before AS documents_kept,
       reports = :reports_before AS reports_kept,
       documents_md5 = :'documents_md5_before' AS documents_unchanged,
       reports_md5 = :'reports_md5_before' AS reports_unchanged
FROM stored;
SELECT source, (SELECT count(*) FROM disclosure_reports r WHERE r.document_id = d.id) AS reports
FROM disclosure_documents d WHERE source LIKE 'hostile/%' ORDER BY source;

-- ---- invalid UTF-8: only a SQL_ASCII database lets it through ----

-- lone continuation bytes, cut sequences, overlong forms, encoded
-- surrogates, five- and six-byte forms, 0xFE and 0xFF: in labels, in cells,
-- in the prose, as a whole line, and in an HTML page; a result or a clear
-- error, in the same backend
\set regress_db :DBNAME
CREATE DATABASE regress_disclosure_sql_ascii TEMPLATE template0 ENCODING 'SQL_ASCII' LOCALE 'C';
\c regress_disclosure_sql_ascii
CREATE EXTENSION disclosure;
SELECT pg_backend_pid() AS ascii_pid \gset
CREATE TEMP TABLE bad_bytes (name text, b text);
INSERT INTO bad_bytes VALUES
  ('continuation byte', E'\x80'), ('cut 3-byte sequence', E'\xe4\xb8'),
  ('overlong slash', E'\xc0\xaf'), ('overlong NUL', E'\xc0\x80'),
  ('encoded surrogate', E'\xed\xa0\x80'), ('past U+10FFFF', E'\xf4\x90\x80\x80'),
  ('five-byte form', E'\xf8\x88\x80\x80\x80'), ('six-byte form', E'\xfc\x84\x80\x80\x80\x80'),
  ('FE FF', E'\xfe\xff'), ('a lead byte at the end', E'\xe4');
SELECT name,
       (SELECT count(*) FROM disclosure_parse_all(replace(:'d003', ' | ', ' |' || b || ' '))) AS in_cells,
       (SELECT count(*) FROM disclosure_parse_all(replace(:'d003', '申请', '申' || b || '请'))) AS in_labels,
       (SELECT count(*) FROM disclosure_parse_all(replace(:'d003', '。', '。' || b))) AS in_prose,
       (SELECT count(*) FROM disclosure_parse_all(repeat(b, 100000) || E'\n' || :'d003' || b)) AS whole_lines,
       disclosure_amount_yuan('12' || b || '万元') AS amount
FROM bad_bytes ORDER BY name;
-- an HTML page: libxml2 reads it as UTF-8 and recovers, or it is refused
\set VERBOSITY terse
SELECT count(*) AS reports FROM disclosure_parse_all(replace(:'p003', '<td', E'\xff\xfe<td'));
SELECT count(*) AS reports FROM disclosure_parse_all(replace(:'p003', '0</span>', E'0\xed\xa0\x80</span>'));
\set VERBOSITY default
SELECT pg_backend_pid() = :ascii_pid AS same_backend;
\c :regress_db
DROP DATABASE regress_disclosure_sql_ascii;
