-- luohuplan 0.3.0 -> 0.4.0.  The reference rows the extension ships are
-- refreshed at the end of the script (build/reference_refresh.sql).
\echo Use "ALTER EXTENSION luohuplan UPDATE TO '0.4.0'" to load this file. \quit
