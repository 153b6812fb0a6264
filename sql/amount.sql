--
-- disclosure_amount_yuan: amounts as written in reports, in yuan.
--
SELECT a AS written, disclosure_amount_yuan(a) AS yuan
FROM unnest(ARRAY[
  '7.63182亿元', '3749.71 万元', '127014元', '177.1万元', '0', '3.5',
  '１２万元', '0.0001亿元', '1,234.5元', '-5万元', '  42 元 ',
  '123456789012345678901234567890亿元',
  '21次', 'abc', '', '万元', '1.2.3元', '12万元整', NULL]) AS a;
