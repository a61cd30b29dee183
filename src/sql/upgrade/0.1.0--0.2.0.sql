-- luohuplan 0.1.0 -> 0.2.0.  The SQL objects are unchanged; the shared
-- library is new (faster extraction, smaller facts in memory, Chinese-digit
-- years, inline target lists, year ranges for 年均 rates).  The reference
-- rows the extension ships are refreshed at the end of the script.
\echo Use "ALTER EXTENSION luohuplan UPDATE TO '0.2.0'" to load this file. \quit

