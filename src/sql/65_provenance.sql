-- ---------------------------------------------------------------------
-- Provenance: where a fact stands in the text as received, and one page
-- that shows a report with every fact marked.
--
-- Facts' spans index reports.clean.  normalize keeps lines, so a fact's
-- line is the same in the decoded text, luohuplan.body(r), derived from the
-- bytes as received when asked for; inside the line, align_span (C,
-- src/core/lp_align.c) walks the body line and the clean line side by side
-- and maps the span back, so a journalist can quote the original
-- (traditional characters, full-width digits, the chrome around it).
-- ---------------------------------------------------------------------
CREATE FUNCTION @extschema@.align_span(body_line text, clean_line text,
                                       span_start integer, span_end integer,
                                       OUT body_start integer, OUT body_end integer,
                                       OUT exact boolean)
AS 'MODULE_PATHNAME', 'luohuplan_align_span'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.align_span(text, text, integer, integer) IS
'Where the characters [span_start, span_end) of clean_line (one line of normalize(body)) stand in body_line (the same line before normalize): 0-based character offsets into body_line. Exact where normalize folded characters one for one (traditional to simplified, full width, 〇) or removed text (markup, chrome, pinyin glosses, zero-width characters); exact is false when an end falls inside a rewritten run (mojibake), where it maps in proportion. 22023 when the span is not inside clean_line or a text holds more than one line.';

CREATE FUNCTION @extschema@.align_spans(body_line text, clean_line text,
                                        span_starts integer[], span_ends integer[])
RETURNS TABLE (n integer, body_start integer, body_end integer, exact boolean)
AS 'MODULE_PATHNAME', 'luohuplan_align_spans'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE
ROWS 10;
COMMENT ON FUNCTION @extschema@.align_spans(text, text, integer[], integer[]) IS
'align_span for many spans of one line in one walk of it: a row per pair of span_starts and span_ends, n its 1-based position. 2202E when the arrays differ in length, 22004 for a NULL element.';

CREATE FUNCTION @extschema@.body_span(report_id bigint, line integer,
                                      span_start integer, span_end integer,
                                      OUT body_start integer, OUT body_end integer,
                                      OUT exact boolean, OUT body_text text)
LANGUAGE sql STABLE STRICT PARALLEL SAFE
BEGIN ATOMIC
    SELECT a.body_start, a.body_end, a.exact,
           pg_catalog.substr(l.body_line, a.body_start OPERATOR(pg_catalog.+) 1,
                             a.body_end OPERATOR(pg_catalog.-) a.body_start)
      FROM @extschema@.reports r,
           LATERAL (SELECT pg_catalog.split_part(@extschema@.body(r.raw, r.encoding), E'\n', body_span.line) AS body_line,
                           pg_catalog.split_part(r.clean, E'\n', body_span.line) AS clean_line) l,
           LATERAL @extschema@.align_span(l.body_line, l.clean_line,
                                          body_span.span_start, body_span.span_end) a
     WHERE r.report_id OPERATOR(pg_catalog.=) body_span.report_id;
END;
COMMENT ON FUNCTION @extschema@.body_span(bigint, integer, integer, integer) IS
'Where a span of a stored report''s clean text (a fact''s line, span_start, span_end) stands in the decoded text (luohuplan.body), the text as received: 0-based character offsets into the same line of it, whether both ends were matched exactly (see align_span), and the original text of the span. NULLs for an unknown report.';

-- Each report's texts are split into lines once, and the facts of a line
-- are aligned in one walk of it (split_part per fact scans and detoasts
-- the whole text each time: 6 s for the 3,352 facts of a 200 KB report;
-- a walk per fact of a report written on one line is quadratic).
CREATE VIEW @extschema@.fact_quotes AS
SELECT f.report_id, f.seq, f.line, f.span_start, f.span_end,
       pg_catalog.substr(q.clean_line, f.span_start OPERATOR(pg_catalog.+) 1,
                         f.span_end OPERATOR(pg_catalog.-) f.span_start) AS clean_text,
       q.body_start, q.body_end, q.exact,
       pg_catalog.substr(q.body_line, q.body_start OPERATOR(pg_catalog.+) 1,
                         q.body_end OPERATOR(pg_catalog.-) q.body_start) AS body_text
  FROM @extschema@.reports r
 CROSS JOIN LATERAL (
       SELECT l.body_line, l.clean_line, g.seqs[a.n] AS seq, a.body_start, a.body_end, a.exact
         FROM ROWS FROM (pg_catalog.unnest(pg_catalog.string_to_array(@extschema@.body(r.raw, r.encoding), E'\n')),
                         pg_catalog.unnest(pg_catalog.string_to_array(r.clean, E'\n')))
              WITH ORDINALITY AS l(body_line, clean_line, line)
         JOIN (SELECT x.line,
                      pg_catalog.array_agg(x.seq ORDER BY x.seq) AS seqs,
                      pg_catalog.array_agg(x.span_start ORDER BY x.seq) AS starts,
                      pg_catalog.array_agg(x.span_end ORDER BY x.seq) AS ends
                 FROM @extschema@.facts x
                WHERE x.report_id OPERATOR(pg_catalog.=) r.report_id
                GROUP BY x.line) g ON g.line OPERATOR(pg_catalog.=) l.line
        CROSS JOIN LATERAL @extschema@.align_spans(l.body_line, l.clean_line, g.starts, g.ends) a) q
  JOIN @extschema@.facts f ON f.report_id OPERATOR(pg_catalog.=) r.report_id
                          AND f.seq OPERATOR(pg_catalog.=) q.seq;
COMMENT ON VIEW @extschema@.fact_quotes IS 'Every fact''s span in the clean text and in the text as received (the decoded text, luohuplan.body), for quoting the original: filter by report_id, since each row splits its report''s texts.';
COMMENT ON COLUMN @extschema@.fact_quotes.report_id IS 'Report (luohuplan.reports).';
COMMENT ON COLUMN @extschema@.fact_quotes.seq IS 'Fact (luohuplan.facts.seq).';
COMMENT ON COLUMN @extschema@.fact_quotes.line IS '1-based line, the same in clean and in the decoded text.';
COMMENT ON COLUMN @extschema@.fact_quotes.span_start IS '0-based character offset of the fact in the clean line.';
COMMENT ON COLUMN @extschema@.fact_quotes.span_end IS 'Character offset just past the fact in the clean line.';
COMMENT ON COLUMN @extschema@.fact_quotes.clean_text IS 'The fact''s text in reports.clean.';
COMMENT ON COLUMN @extschema@.fact_quotes.body_start IS '0-based character offset of the fact in the same line of the decoded text (luohuplan.body).';
COMMENT ON COLUMN @extschema@.fact_quotes.body_end IS 'Character offset just past the fact in the line of the decoded text (luohuplan.body).';
COMMENT ON COLUMN @extschema@.fact_quotes.exact IS 'True when both ends were matched character for character (false inside a repaired mojibake run).';
COMMENT ON COLUMN @extschema@.fact_quotes.body_text IS 'The fact''s text as received (traditional characters, full-width digits, markup inside it).';

-- Text for HTML, in element content and in quoted attribute values: the
-- five markup characters as entities, control characters (not allowed in
-- HTML) as U+FFFD.  In C: report_html calls it for every piece of a page.
CREATE FUNCTION @extschema@.html_escape(t text) RETURNS text
AS 'MODULE_PATHNAME', 'luohuplan_html_escape'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.html_escape(text) IS
't safe inside HTML element content and quoted attribute values: & < > " '' as entities, control characters other than tab, line feed and carriage return as U+FFFD.';

-- The provenance page.  PL/pgSQL, with the two loops over characters in C
-- (html_escape, align_spans): on a report of 200 KB with 3,352 facts it
-- takes 0.5-0.6 s, twice re-extracting the report (docs/bench.md); with
-- html_escape as SQL replace() calls it took 0.7-0.9 s.  A page is asked
-- for one report at a time, so the markup stays SQL a reader can change.
-- Every piece of text from the report, its metadata and the facts goes
-- through html_escape; the page loads nothing from outside.
CREATE FUNCTION @extschema@.report_html(report_id bigint) RETURNS text
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    r record;
    f record;
    esc_title text;
    clines text[];
    marked text[] := '{}';  -- the HTML of each line holding facts, by line
    fact_rows text[] := '{}';
    cur text;               -- the clean line being marked
    acc text := '';         -- its HTML so far
    ln integer := 0;
    pos integer := 0;       -- characters of cur written to acc
    piece text;
    tip text;
    cls text;
    n_facts integer := 0;
    n_marked integer := 0;
    n_headline integer := 0;
    headline_html text;
    text_html text;
    repairs_html text;
    n_repairs bigint;
    max_repairs constant integer := 2000;
BEGIN
    SELECT x.*, @extschema@.body(x.raw, x.encoding) AS body INTO r FROM @extschema@.reports x
     WHERE x.report_id OPERATOR(pg_catalog.=) report_html.report_id;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no report with id %', report_html.report_id USING ERRCODE = 'no_data_found';
    END IF;
    clines := string_to_array(r.clean, E'\n');
    -- from line 1 (assigning element 7 of an empty array starts it at 7)
    marked := array_fill(NULL::text, ARRAY[coalesce(cardinality(clines), 0)]);


    -- the text: each fact marked in its line, in order; a fact that
    -- overlaps one marked before it is listed in the table only
    FOR f IN
        -- fact_quotes aligns the whole report: once, not once per fact
        WITH q AS MATERIALIZED (
            SELECT y.seq, y.body_start, y.body_end, y.exact, y.body_text
              FROM @extschema@.fact_quotes y
             WHERE y.report_id OPERATOR(pg_catalog.=) report_html.report_id)
        SELECT x.*, to_jsonb(x) OPERATOR(pg_catalog.->>) 'period_basis' AS basis,
               i.name_zh, i.name_en, q.body_start, q.body_end, q.exact, q.body_text
          FROM @extschema@.facts x
          LEFT JOIN @extschema@.indicators i ON i.code OPERATOR(pg_catalog.=) x.indicator
          LEFT JOIN q ON q.seq OPERATOR(pg_catalog.=) x.seq
         WHERE x.report_id OPERATOR(pg_catalog.=) report_html.report_id
         ORDER BY x.line, x.span_start, x.span_end DESC, x.seq
    LOOP
        n_facts := n_facts + 1;
        IF f.headline THEN n_headline := n_headline + 1; END IF;
        IF f.line <> ln THEN
            IF ln > 0 THEN
                marked[ln] := acc || @extschema@.html_escape(substr(cur, pos + 1));
            END IF;
            ln := f.line;
            cur := coalesce(clines[ln], '');
            acc := '';
            pos := 0;
        END IF;
        piece := substr(cur, f.span_start + 1, f.span_end - f.span_start);
        tip := concat_ws(E'\n',
            '#' || f.seq || ' ' || coalesce(f.indicator || coalesce(' · ' || f.name_en, ''),
                                          'no indicator'),
            'subject: ' || f.subject,
            'period: ' || f.period || coalesce(' (' || f.basis || ')', ''),
            'status: ' || f.status || CASE WHEN f.headline THEN ', headline' ELSE '' END,
            'measure: ' || f.measure,
            'value: ' || f.value || coalesce('–' || f.value_hi, '') || coalesce(' ' || f.unit, ''),
            'qualifier: ' || f.qualifier,
            'original (line ' || ln || ', ' || f.body_start || '–' || f.body_end || '): '
                || f.body_text);
        cls := 'f ' || CASE WHEN f.status IN ('actual', 'target', 'estimate') THEN f.status ELSE 'other' END
               || CASE WHEN f.headline THEN ' h' ELSE '' END;
        IF f.span_start >= pos AND f.span_end > f.span_start THEN
            n_marked := n_marked + 1;
            acc := acc || @extschema@.html_escape(substr(cur, pos + 1, f.span_start - pos))
                || '<mark class="' || cls || '" id="f' || f.seq || '" data-seq="' || f.seq
                || '" data-status="' || @extschema@.html_escape(f.status)
                || '" title="' || @extschema@.html_escape(tip) || '">'
                || CASE WHEN f.headline THEN '<strong>' ELSE '' END
                || @extschema@.html_escape(piece)
                || CASE WHEN f.headline THEN '</strong>' ELSE '' END || '</mark>';
            pos := f.span_end;
        END IF;
        fact_rows := fact_rows || ('<tr class="' || cls || '"><td class="n"><a href="#f' || f.seq || '">'
            || f.seq || '</a></td><td class="n"><a href="#L' || ln || '">' || ln || '</a></td><td>'
            || @extschema@.html_escape(piece) || '</td><td>'
            || coalesce(@extschema@.html_escape(f.body_text), '')
            || CASE WHEN f.exact THEN '' ELSE ' <small>(approx.)</small>' END || '</td><td>'
            || coalesce(@extschema@.html_escape(f.indicator), '') || '</td><td>'
            || coalesce(@extschema@.html_escape(f.period), '') || '</td><td>'
            || coalesce(@extschema@.html_escape(f.basis), '') || '</td><td>'
            || @extschema@.html_escape(f.status) || '</td><td>'
            || @extschema@.html_escape(f.measure) || '</td><td class="n">'
            || coalesce(f.value::text, '') || coalesce('–' || f.value_hi, '') || '</td><td>'
            || coalesce(@extschema@.html_escape(f.unit), '') || '</td><td>'
            || coalesce(@extschema@.html_escape(f.qualifier), '') || '</td><td>'
            || coalesce(@extschema@.html_escape(f.subject), '') || '</td><td>'
            || CASE WHEN f.headline THEN '✓' ELSE '' END || '</td></tr>');
    END LOOP;
    IF ln > 0 THEN
        marked[ln] := acc || @extschema@.html_escape(substr(cur, pos + 1));
    END IF;

    SELECT string_agg('<div class="l" id="L' || t.n || '" data-n="' || t.n || '">'
                      || coalesce(t.m, @extschema@.html_escape(t.c)) || '</div>', E'\n' ORDER BY t.n)
      INTO text_html
      FROM unnest(clines, marked) WITH ORDINALITY AS t(c, m, n)
     WHERE t.c IS NOT NULL;

    SELECT string_agg('<tr class="f ' || CASE WHEN h.status IN ('actual', 'target', 'estimate')
                                              THEN h.status ELSE 'other' END || '">'
                      || '<td>' || coalesce(@extschema@.html_escape(h.period), '') || '</td>'
                      || '<td>' || @extschema@.html_escape(h.status) || '</td>'
                      || '<td>' || coalesce(@extschema@.html_escape(h.indicator), '') || '</td>'
                      || '<td>' || coalesce(@extschema@.html_escape(i.name_en), '') || '</td>'
                      || '<td>' || coalesce(@extschema@.html_escape(h.subject), '') || '</td>'
                      || '<td>' || @extschema@.html_escape(h.measure) || '</td>'
                      || '<td class="n">' || coalesce(h.value::text, '') || coalesce('–' || h.value_hi, '') || '</td>'
                      || '<td>' || coalesce(@extschema@.html_escape(h.unit), '') || '</td>'
                      || '<td>' || coalesce(@extschema@.html_escape(h.qualifier), '') || '</td>'
                      || '<td class="n"><a href="#L' || h.line || '">' || h.line || '</a></td></tr>',
                      E'\n' ORDER BY h.period, h.status, coalesce(h.indicator, h.subject), h.measure)
      INTO headline_html
      FROM @extschema@.headline h
      LEFT JOIN @extschema@.indicators i ON i.code OPERATOR(pg_catalog.=) h.indicator
     WHERE h.report_id OPERATOR(pg_catalog.=) report_html.report_id;

    SELECT count(*), string_agg(CASE WHEN x.k <= max_repairs THEN
                   '<tr><td class="n"><a href="#L' || x.line || '">' || x.line || '</a></td><td>'
                   || @extschema@.html_escape(x.kind) || '</td><td><del>'
                   || @extschema@.html_escape(x.before) || '</del></td><td><ins>'
                   || @extschema@.html_escape(x.after) || '</ins></td></tr>' END, E'\n' ORDER BY x.k)
      INTO n_repairs, repairs_html
      FROM (SELECT p.*, row_number() OVER () AS k FROM @extschema@.repairs(r.body) p) x;

    esc_title := @extschema@.html_escape(coalesce(r.title, r.source));
    RETURN '<!DOCTYPE html>' || E'\n'
        || '<html lang="zh-Hans"><head><meta charset="utf-8">' || E'\n'
        || '<meta name="generator" content="luohuplan.report_html">' || E'\n'
        || '<title>' || esc_title || '</title>' || E'\n'
        || '<style>'
        || 'body{font:15px/1.6 system-ui,"Noto Sans CJK SC","Source Han Sans SC",sans-serif;color:#1d1d1d;margin:0 auto;max-width:76em;padding:1em 2em}'
        || 'h1{font-size:1.4em;margin:.3em 0}h2{font-size:1.1em;margin:1.4em 0 .4em;border-bottom:1px solid #ccc}'
        || '.meta{color:#555;font-size:13px;margin:0}.meta b{color:#1d1d1d;font-weight:600}'
        || 'table{border-collapse:collapse;font-size:13px;margin:.3em 0}'
        || 'th,td{border:1px solid #d4d4d4;padding:1px 6px;text-align:left;vertical-align:top}'
        || 'th{background:#f2f2f2;font-weight:600}td.n{text-align:right;font-variant-numeric:tabular-nums}'
        || 'tr.f.actual td:first-child{border-left:4px solid #3c9a3c}tr.f.target td:first-child{border-left:4px solid #3b6fd1}'
        || 'tr.f.estimate td:first-child{border-left:4px solid #d08a00}tr.f.other td:first-child{border-left:4px solid #999}'
        || '.text{border:1px solid #e2e2e2;padding:.4em 0;background:#fcfcfc}'
        || '.l{white-space:pre-wrap;word-break:break-all;padding:0 .6em 0 4.2em;text-indent:-3.6em;min-height:1.6em}'
        || '.l::before{content:attr(data-n);display:inline-block;width:3em;margin-right:.6em;color:#999;text-align:right;font-size:12px;text-indent:0}'
        || '.l:target{background:#fff6cc}'
        || 'mark.f{border-radius:2px;padding:0 1px;color:inherit;cursor:help}'
        || 'mark.actual{background:#cdebc9}mark.target{background:#cfdefa}mark.estimate{background:#fbe3a8}mark.other{background:#e4e4e4}'
        || 'mark.h{box-shadow:inset 0 -2px 0 #333}mark.f:target{outline:2px solid #c00}'
        || '.legend mark{margin-right:.6em}del{color:#a00}ins{color:#060;text-decoration:none}'
        || '</style></head><body>' || E'\n'
        || '<header><h1>' || esc_title || '</h1>' || E'\n'
        || '<p class="meta"><b>source</b> ' || @extschema@.html_escape(r.source)
        || coalesce(' · <b>region</b> ' || @extschema@.html_escape(r.region)
                    || coalesce(' (' || @extschema@.html_escape(r.region_code) || ')', ''), '')
        || coalesce(' · <b>period</b> ' || @extschema@.html_escape(r.period), '')
        || coalesce(' · <b>kind</b> ' || @extschema@.html_escape(r.kind), '')
        || coalesce(' · <b>published</b> ' || r.published, '')
        || ' · <b>encoding</b> ' || @extschema@.html_escape(r.encoding)
        || ' · <b>report_id</b> ' || r.report_id
        || ' · <b>facts</b> ' || n_facts || ' (' || n_headline || ' headline)'
        || CASE WHEN r.n_replaced > 0 THEN ' · <b>undecodable bytes</b> ' || r.n_replaced ELSE '' END
        || '</p>' || E'\n'
        || '<p class="meta legend">Facts by status: <mark class="f actual">actual</mark>'
        || '<mark class="f target">target</mark><mark class="f estimate">estimate</mark>'
        || '<mark class="f actual h"><strong>headline</strong></mark> Hover over a mark for its indicator, period, value, unit, qualifier and the original text.</p></header>' || E'\n'
        || '<section id="headline"><h2>Headline indicators</h2>' || E'\n'
        || CASE WHEN headline_html IS NULL THEN '<p>No headline rows.</p>' ELSE
           '<table><thead><tr><th>period</th><th>status</th><th>indicator</th><th>English</th><th>subject</th>'
           || '<th>measure</th><th>value</th><th>unit</th><th>qualifier</th><th>line</th></tr></thead><tbody>' || E'\n'
           || headline_html || E'\n</tbody></table>' END || '</section>' || E'\n'
        || '<section id="text"><h2>Text (clean, ' || coalesce(cardinality(clines), 0) || ' lines, '
        || n_marked || ' of ' || n_facts || ' facts marked)</h2><div class="text">' || E'\n'
        || coalesce(text_html, '') || E'\n</div></section>' || E'\n'
        || '<section id="facts"><h2>Facts</h2>' || E'\n'
        || '<table><thead><tr><th>#</th><th>line</th><th>text</th><th>original</th><th>indicator</th><th>period</th>'
        || '<th>period basis</th><th>status</th><th>measure</th><th>value</th><th>unit</th><th>qualifier</th>'
        || '<th>subject</th><th>headline</th></tr></thead><tbody>' || E'\n'
        || array_to_string(fact_rows, E'\n') || E'\n</tbody></table></section>' || E'\n'
        || '<section id="repairs"><h2>Repairs (' || n_repairs || ')</h2>' || E'\n'
        || CASE WHEN n_repairs = 0 THEN '<p>normalize changed nothing.</p>' ELSE
           '<table><thead><tr><th>line</th><th>kind</th><th>before</th><th>after</th></tr></thead><tbody>' || E'\n'
           || repairs_html || E'\n</tbody></table>'
           || CASE WHEN n_repairs > max_repairs
                   THEN '<p>' || (n_repairs - max_repairs) || ' more: SELECT p.* FROM luohuplan.reports r, luohuplan.repairs(luohuplan.body(r)) p WHERE r.report_id = ' || r.report_id || '.</p>'
                   ELSE '' END END
        || '</section>' || E'\n'
        || '</body></html>' || E'\n';
END
$$;
COMMENT ON FUNCTION @extschema@.report_html(bigint) IS
'One self-contained HTML page (inline CSS, nothing loaded from outside, all text escaped) showing a stored report: its metadata, the headline table, the clean text with every fact marked (colour by status: actual green, target blue, estimate amber; headline facts strong; the title of a mark gives indicator, period and its basis, value, unit, qualifier and the original text from the decoded text, luohuplan.body), a table of all facts with their original text, and the repairs normalize made. 02000 (no_data_found) for an unknown report. Save it with psql: \pset format unaligned \pset tuples_only on \o report.html.';
