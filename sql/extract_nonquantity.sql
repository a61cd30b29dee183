-- What is not a quantity gives no fact.
-- (one rule a row: a failing diff names the rule in its first column)
\pset footer off

SELECT d.rule, (SELECT count(*) FROM luohuplan.extract(d.doc)) AS facts
  FROM (VALUES
   ('a date', '2023年4月18日，区政府召开全体会议。'),
   ('an ordinal of a session', '第十五届会议召开。'),
   ('a line number', '会议在11号线旁召开。'),
   ('5G in a name', '5G基站纳入规划。'),
   ('PM2.5 in a name', 'PM2.5监测纳入规划。'),
   ('a year in a document title', '印发《2023年工作计划》。'),
   ('a slogan code', '推进“1+5+10+N”体系。'),
   ('a plot code', '出让03-14地块。'),
   ('all of them in one sentence', '2023年4月18日，第十五届会议在11号线旁召开，5G基站和PM2.5监测纳入《2023年工作计划》，推进“1+5+10+N”体系和03-14地块。')
  ) AS d(rule, doc);

-- NULL in, nothing out; empty text, no facts
SELECT count(*) FROM luohuplan.extract(NULL);
SELECT count(*) FROM luohuplan.extract('');
