-- Provenance: spans of a fact.
-- (one rule a statement: a failing diff names the rule by the comment above it)
\pset footer off

-- spans point at the mention in its line
SELECT line, span_start, span_end, evidence
  FROM luohuplan.extract(E'标题\n全年新增学位4290个，增长10%。');
