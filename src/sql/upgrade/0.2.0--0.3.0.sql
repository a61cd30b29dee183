-- luohuplan 0.2.0 -> 0.3.0.  The reference rows the extension ships are
-- refreshed at the end of the script (build/reference_refresh.sql).
\echo Use "ALTER EXTENSION luohuplan UPDATE TO '0.3.0'" to load this file. \quit

