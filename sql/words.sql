-- The word lists of src/data/words.tsv seen from SQL, and the helpers of
-- the commitments view that read them (one rule a statement).
\pset footer off

-- a unit counting things delivered one by one, and units that do not
SELECT u, luohuplan.is_count_unit(u) AS counts
  FROM (VALUES ('个'), ('所'), ('人次'), ('亿元'), ('%'), ('个百分点'), ('')) AS t(u);

-- a heading announcing tasks or deliverables, and headings that do not
SELECT h, luohuplan.is_task_section(h) AS tasks
  FROM (VALUES ('三、2024年重点工作'), ('（二）民生实事项目'), ('（一）主要举措'),
               ('一、2023年工作回顾'), ('二、2024年主要预期目标')) AS t(h);

-- word_in finds a word inside a text, is_word only the whole text
SELECT luohuplan.word_in('role_review', '一、2023年工作回顾') AS inside,
       luohuplan.is_word('role_review', '一、2023年工作回顾') AS whole,
       luohuplan.is_word('role_review', '工作回顾') AS exact;

-- a kind no row of words.tsv has is an error, not an empty list
SELECT luohuplan.word_in('no_such_kind', '工作回顾');
