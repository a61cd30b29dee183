-- luohuplan.cn_number: numerals as numbers
SELECT n, luohuplan.cn_number(n)
FROM (VALUES ('三万五'), ('一千零十七'), ('二千五百六十'), ('13万2'), ('3万4000'),
             ('25万6千'), ('4.4万'), ('1,100万'), ('百分之十三点五'), ('壹仟贰佰叁拾肆'),
             ('两'), ('1.2万亿'), ('0.123456789'), ('  42  '),
             ('三分之一'), ('五分之二'), ('3/4')) AS t(n);
SELECT luohuplan.cn_number(NULL) IS NULL AS strict;
-- not numerals: 22P02
SELECT luohuplan.cn_number('12个');
SELECT luohuplan.cn_number('十几');
SELECT luohuplan.cn_number('');
-- too many digits: 22003
SELECT luohuplan.cn_number(repeat('9', 60));
\set VERBOSITY sqlstate
SELECT luohuplan.cn_number('abc');
SELECT luohuplan.cn_number('12个');
SELECT luohuplan.cn_number(repeat('9', 60));
\set VERBOSITY default
-- immutable, strict, parallel safe
SELECT provolatile, proisstrict, proparallel FROM pg_proc
WHERE oid = 'luohuplan.cn_number(text)'::regprocedure;
