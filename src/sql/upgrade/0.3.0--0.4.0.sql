-- luohuplan 0.3.0 -> 0.4.0.  The reference rows the extension ships are
-- refreshed at the end of the script (build/reference_refresh.sql).
\echo Use "ALTER EXTENSION luohuplan UPDATE TO '0.4.0'" to load this file. \quit

-- ---------------------------------------------------------------------
-- 0.4.0, issue 18 (storage): reports.body is no longer stored.  It is
-- derived from raw and encoding by luohuplan.body(r); what read it (reextract,
-- body_span, fact_quotes, report_html) decodes raw when asked.  The
-- functions and the view that read the column are replaced first, then
-- the column goes.  A body an older version decoded differently from
-- today's decoder is the one place an upgraded database could differ from
-- a fresh one; the NOTICE counts such reports (reextract re-cleans them).
-- ---------------------------------------------------------------------
CREATE FUNCTION @extschema@.body(raw bytea, encoding text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
BEGIN ATOMIC
    SELECT d.body FROM @extschema@.decode_report(raw, encoding, 'replace') AS d;
END;
COMMENT ON FUNCTION @extschema@.body(bytea, text) IS
'The decoded text of a stored report from its raw bytes and encoding: decode_report(raw, encoding, ''replace''), without a NOTICE. body(r) for a row of reports; the views and functions call this one (on Citus a shard''s row is of another type).';

CREATE FUNCTION @extschema@.body(r @extschema@.reports) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN @extschema@.body(r.raw, r.encoding);
COMMENT ON FUNCTION @extschema@.body(@extschema@.reports) IS
'The decoded text of a stored report (UTF-8, BOM dropped, otherwise unchanged): decode_report(raw, encoding, ''replace''), the text ingest cleaned into reports.clean, line for line. Not stored (0.4.0): written luohuplan.body(r), or r.body with luohuplan in search_path.';

CREATE OR REPLACE FUNCTION @extschema@.ingest(raw bytea, source text, meta jsonb DEFAULT NULL,
                                   on_error text DEFAULT 'strict')
RETURNS bigint
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    given jsonb;
    digest bytea;
    id bigint;
    d record;
    m record;
    cleaned text;
    msg text;
    detail text;
    hint text;
BEGIN
    IF raw IS NULL OR source IS NULL THEN
        RAISE EXCEPTION 'luohuplan.ingest needs the raw bytes and a source name'
              USING ERRCODE = 'null_value_not_allowed';
    END IF;
    IF on_error IS NULL OR pg_catalog.lower(on_error) NOT IN ('strict', 'replace') THEN
        RAISE EXCEPTION 'on_error must be ''strict'' or ''replace'', not %', pg_catalog.quote_nullable(on_error)
              USING ERRCODE = 'invalid_parameter_value';
    END IF;
    -- check_meta's error raised again from here: the caller sees what is
    -- wrong with the meta, not the statements that found it
    BEGIN
        given := pg_catalog.jsonb_strip_nulls(COALESCE(@extschema@.check_meta(ingest.meta), '{}'));
    EXCEPTION WHEN invalid_parameter_value THEN
        GET STACKED DIAGNOSTICS msg = MESSAGE_TEXT, detail = PG_EXCEPTION_DETAIL, hint = PG_EXCEPTION_HINT;
        IF hint = '' THEN
            RAISE EXCEPTION USING ERRCODE = 'invalid_parameter_value', MESSAGE = msg, DETAIL = detail;
        END IF;
        RAISE EXCEPTION USING ERRCODE = 'invalid_parameter_value', MESSAGE = msg, DETAIL = detail, HINT = hint;
    END;
    digest := pg_catalog.sha256(raw);
    id := @extschema@.report_id_of(digest);
    IF @extschema@.stored_report(id, digest, given) THEN
        RETURN id;
    END IF;

    SELECT * INTO d FROM @extschema@.decode_report(raw, COALESCE(given ->> 'encoding', 'auto'),
                                                   pg_catalog.lower(on_error));
    cleaned := @extschema@.normalize(d.body);
    IF cleaned OPERATOR(pg_catalog.!~) E'[^ \t\n\r\f\x0b\u00a0\u3000\ufeff\u200b]' THEN
        RAISE EXCEPTION 'document "%" has no text', source
              USING ERRCODE = 'invalid_parameter_value',
                    DETAIL = CASE
                        WHEN pg_catalog.octet_length(raw) = 0 THEN 'It is empty (0 bytes).'
                        WHEN pg_catalog.btrim(d.body, E' \t\n\r\f\x0b\u00a0\u3000\ufeff\u200b') = ''
                            THEN pg_catalog.format('Its %s bytes (%s) are white space only.',
                                                   pg_catalog.octet_length(raw), d.used_encoding)
                        ELSE pg_catalog.format('Its %s bytes (%s) are page chrome and white space only (luohuplan.repairs lists what cleaning removed).',
                                               pg_catalog.octet_length(raw), d.used_encoding) END;
    END IF;
    SELECT * INTO m FROM @extschema@.report_meta(cleaned, given);

    INSERT INTO @extschema@.reports (report_id, source, raw, sha256, encoding, clean,
                title, region, region_code, year, period, kind, n_replaced, published, meta)
    VALUES (id, source, raw, digest, d.used_encoding, cleaned,
            m.title, m.region, m.region_code, m.year, m.period, m.kind, d.n_replaced,
            m.published, given)
    ON CONFLICT (report_id) DO NOTHING;
    IF NOT FOUND THEN
        -- another session stored this id first: its row wins (or collides)
        PERFORM @extschema@.stored_report(id, digest, given);
        RETURN id;
    END IF;
    PERFORM @extschema@.store_facts(id);
    RETURN id;
END
$$;
COMMENT ON FUNCTION @extschema@.ingest(bytea, text, jsonb, text) IS
'Decodes (encoding detected), cleans and extracts a report and stores it with its facts in the caller''s transaction; returns the report id. The same bytes return the same id and change nothing (a NOTICE says so when meta differs from what is stored: correct with luohuplan.set_meta). meta overrides inferred metadata (keys title, region, region_code, year, period, kind, published, encoding; see luohuplan.check_meta). on_error strict (default) fails with 22021 on bytes the encoding cannot decode; replace stores U+FFFD for them (reports.n_replaced, luohuplan.replaced_bytes). Empty or blank documents fail with 22023.';

CREATE OR REPLACE FUNCTION @extschema@.reextract(id bigint) RETURNS integer
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    m record;
BEGIN
    PERFORM 1 FROM @extschema@.reports r WHERE r.report_id OPERATOR(pg_catalog.=) id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no report with id %', id USING ERRCODE = 'no_data_found';
    END IF;
    UPDATE @extschema@.reports r SET clean = @extschema@.normalize(@extschema@.body(r.raw, r.encoding))
     WHERE r.report_id OPERATOR(pg_catalog.=) id;
    RETURN @extschema@.store_facts(id);
END
$$;
COMMENT ON FUNCTION @extschema@.reextract(bigint) IS
'Re-cleans one stored report from its decoded text (luohuplan.body) and replaces its facts atomically (after an upgrade of the extension); returns the number of facts.';

CREATE OR REPLACE FUNCTION @extschema@.body_span(report_id bigint, line integer,
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

CREATE OR REPLACE VIEW @extschema@.fact_quotes AS
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

CREATE OR REPLACE FUNCTION @extschema@.report_html(report_id bigint) RETURNS text
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

DO $$
DECLARE
    n bigint;
BEGIN
    SELECT pg_catalog.count(*) INTO n FROM @extschema@.reports r
     WHERE r.body IS DISTINCT FROM @extschema@.body(r);
    IF n OPERATOR(pg_catalog.>) 0 THEN
        RAISE NOTICE '% stored reports decode differently with luohuplan 0.4.0: luohuplan.body gives today''s decoding of their raw bytes', n
              USING HINT = 'SELECT luohuplan.reextract() re-cleans and re-extracts every report from it.';
    END IF;
END
$$;
ALTER TABLE @extschema@.reports DROP COLUMN body;
COMMENT ON TABLE @extschema@.reports IS 'One row per distinct report loaded with luohuplan.ingest: the raw bytes as received, the cleaned text, and inferred metadata; luohuplan.body(r) gives the decoded text.';
COMMENT ON COLUMN @extschema@.reports.clean IS 'The decoded text (luohuplan.body) after luohuplan.normalize: same lines, repaired and simplified; facts point into it.';
COMMENT ON COLUMN @extschema@.facts.line IS '1-based line of the report text (the same in clean and in the decoded text, luohuplan.body).';
COMMENT ON FUNCTION @extschema@.bad_bytes(bytea, text) IS
'Every byte sequence of raw that decode(raw, encoding, on_error => ''replace'') turns into U+FFFD, in order: its byte offset in raw (0-based), length, the 1-based line of the decoded text it stands on (the same line in reports.clean and in luohuplan.body) and the bytes in hex. No rows when raw decodes cleanly.';
COMMENT ON COLUMN @extschema@.replaced_bytes.line IS '1-based line of reports.clean (and of the decoded text, luohuplan.body) holding the U+FFFD.';

-- ---------------------------------------------------------------------
-- 0.4.0, issue 18 (storage): a fact's evidence is a byte range of its
-- report's clean text (facts.evidence_start, evidence_end) instead of a
-- copy of the clause; a clause no line holds (joined from lines wrapped at
-- the page width, or a fact inserted by hand) is kept as text in
-- evidence_stored, so no clause is lost.  luohuplan.evidence(f) and the
-- views headline and fact_values give the clause as before.  The rows of
-- facts are rewritten once here: VACUUM FULL luohuplan.facts afterwards
-- gives the space of the old copies back.
-- ---------------------------------------------------------------------
CREATE FUNCTION @extschema@.evidence_at(clean text, line integer, span_start integer, evidence text)
RETURNS integer
AS 'MODULE_PATHNAME', 'luohuplan_evidence_at'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.evidence_at(text, integer, integer, text) IS
'Byte offset in clean where evidence (a clause of the 1-based line, as extract returns it) stands: the occurrence holding the character span_start of the line, else the first on the line; NULL when the line does not hold it (a clause joined from lines wrapped at the page width) or clean has no such line. Used by ingest to store facts.evidence_start.';

CREATE FUNCTION @extschema@.evidence_of(clean text, evidence_start integer, evidence_end integer,
                                        evidence_stored text)
RETURNS text
AS 'MODULE_PATHNAME', 'luohuplan_evidence_of'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.evidence_of(text, integer, integer, text) IS
'A fact''s evidence from its report''s clean text and facts.evidence_start, evidence_end, evidence_stored: evidence_stored when it is not NULL, else the bytes [evidence_start, evidence_end) of clean. 22023 when they are not a range of whole characters of clean.';

ALTER TABLE @extschema@.facts ADD COLUMN evidence_start integer, ADD COLUMN evidence_end integer,
    ADD COLUMN evidence_stored text;
UPDATE @extschema@.facts f
   SET evidence_start = e.at,
       evidence_end = e.at OPERATOR(pg_catalog.+) pg_catalog.octet_length(f.evidence),
       evidence_stored = CASE WHEN e.at IS NULL THEN f.evidence END
  FROM (SELECT x.report_id, x.seq, @extschema@.evidence_at(r.clean, x.line, x.span_start, x.evidence) AS at
          FROM @extschema@.facts x
          JOIN @extschema@.reports r ON r.report_id OPERATOR(pg_catalog.=) x.report_id) e
 WHERE e.report_id OPERATOR(pg_catalog.=) f.report_id AND e.seq OPERATOR(pg_catalog.=) f.seq;
ALTER TABLE @extschema@.facts ADD CONSTRAINT facts_evidence_given
    CHECK (evidence_stored IS NOT NULL OR (evidence_start IS NOT NULL AND evidence_end IS NOT NULL));

CREATE OR REPLACE FUNCTION @extschema@.store_facts(id bigint) RETURNS integer
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    n integer;
BEGIN
    DELETE FROM @extschema@.facts f WHERE f.report_id OPERATOR(pg_catalog.=) id;
    -- the clause is stored as where it stands in clean (evidence_at), as
    -- text only when no line holds it; OFFSET 0 keeps the subquery e from
    -- being pulled up, which would call evidence_at once per use of e.at
    INSERT INTO @extschema@.facts (report_id, seq, line, span_start, span_end, evidence_start,
           evidence_end, evidence_stored, section, period, status, subject, indicator, measure,
           value, value_hi, unit, qualifier, base_value, base_value_hi, base_unit, headline,
           like_for_like, period_basis)
    SELECT r.report_id, x.seq, x.line, x.span_start, x.span_end, e.at,
           e.at OPERATOR(pg_catalog.+) pg_catalog.octet_length(x.evidence),
           CASE WHEN e.at IS NULL THEN x.evidence END, x.section, x.period,
           x.status, x.subject, x.indicator, x.measure, x.value, x.value_hi, x.unit,
           x.qualifier, x.base_value, x.base_value_hi, x.base_unit, x.headline, x.like_for_like,
           x.period_basis
      FROM @extschema@.reports r,
           LATERAL @extschema@.extract(r.clean, r.period, r.published) x,
           LATERAL (SELECT @extschema@.evidence_at(r.clean, x.line, x.span_start, x.evidence) AS at
                    OFFSET 0) e
     WHERE r.report_id OPERATOR(pg_catalog.=) id;
    GET DIAGNOSTICS n = ROW_COUNT;
    RETURN n;
END
$$;
COMMENT ON FUNCTION @extschema@.store_facts(bigint) IS
'Replaces the facts of one stored report with a fresh extraction of its clean text (with the indicators and regions users added, like the shipped ones; its publication date places a text that states no year). Used by ingest and reextract.';

CREATE OR REPLACE VIEW @extschema@.headline AS
SELECT DISTINCT ON (f.report_id, f.period, CASE f.status WHEN 'estimate' THEN 'actual' ELSE f.status END, COALESCE(f.indicator, f.subject), f.measure,
                    f.bound_beside_exact, f.second_target)
       r.source, f.report_id, r.region, r.region_code, f.period, f.status,
       f.indicator, f.measure, f.value, f.value_hi, f.unit, f.qualifier,
       f.base_value, f.base_value_hi, f.base_unit, f.subject, f.line, f.evidence,
       f.like_for_like, f.period_basis
  FROM (SELECT g.*,
               COALESCE(g.qualifier OPERATOR(pg_catalog.=) ANY (ARRAY['gt', 'ge']) AND
                        g.base_value OPERATOR(pg_catalog.<=) pg_catalog.max(g.base_value)
                            FILTER (WHERE g.qualifier OPERATOR(pg_catalog.=) ANY (ARRAY['eq', 'approx'])) OVER (
                            PARTITION BY g.report_id, g.line, g.evidence, g.period, g.status,
                                         COALESCE(g.indicator, g.subject), g.measure),
                        false) AS bound_beside_exact,
               -- a target figure other than the first its key states in the
               -- sentence: 增长6%、力争7%
               COALESCE(g.status OPERATOR(pg_catalog.=) 'target' AND
                        g.value IS DISTINCT FROM pg_catalog.first_value(g.value) OVER (
                            PARTITION BY g.report_id, g.line, g.evidence, g.period, g.status,
                                         COALESCE(g.indicator, g.subject), g.measure
                            ORDER BY g.seq),
                        false) AS second_target
          FROM (SELECT x.report_id, x.seq, x.line, x.period, x.status, x.subject, x.indicator,
                       x.measure, x.value, x.value_hi, x.unit, x.qualifier, x.base_value,
                       x.base_value_hi, x.base_unit, x.like_for_like, x.period_basis,
                       @extschema@.evidence_of(xr.clean, x.evidence_start, x.evidence_end,
                                               x.evidence_stored) AS evidence
                  FROM @extschema@.facts x
                  JOIN @extschema@.reports xr ON xr.report_id OPERATOR(pg_catalog.=) x.report_id
                 WHERE x.headline) g) f
  JOIN @extschema@.reports r ON r.report_id OPERATOR(pg_catalog.=) f.report_id
 ORDER BY f.report_id, f.period, CASE f.status WHEN 'estimate' THEN 'actual' ELSE f.status END, COALESCE(f.indicator, f.subject), f.measure,
          f.bound_beside_exact, f.second_target, f.like_for_like, f.line, f.seq;
COMMENT ON VIEW @extschema@.headline IS 'Headline indicators of each report: its summary lists of results and targets, one row per report, period, status, indicator and measure (an estimate, 预计, and an actual of one figure are one row; and one more for a bound stated beside the exact value in the same sentence, 突破4000亿元，达4150亿元, and for a second target figure in the sentence, 增长6%、力争7%). Qualitative lines have measure qualitative and no value.';

CREATE OR REPLACE VIEW @extschema@.fact_values AS
SELECT f.report_id,
       f.seq,
       r.source,
       r.region,
       COALESCE(r.region_code, g.code) AS region_code,
       r.year AS report_year,
       r.loaded_at,
       f.section,
       f.period,
       @extschema@.period_start(f.period) AS period_start,
       @extschema@.period_end(f.period) AS period_end,
       f.status,
       f.subject,
       f.indicator,
       f.measure,
       f.value,
       f.value_hi,
       f.unit,
       f.qualifier,
       COALESCE(f.base_value, f.value) AS base_value,
       COALESCE(f.base_value_hi, f.value_hi) AS base_value_hi,
       COALESCE(f.base_unit, f.unit) AS base_unit,
       f.headline,
       f.like_for_like,
       @extschema@.evidence_of(r.clean, f.evidence_start, f.evidence_end, f.evidence_stored) AS evidence,
       r.text_sha256,
       f.period_basis,
       i.name_en AS indicator_en,
       CASE WHEN du.base_unit = COALESCE(f.base_unit, f.unit)
            THEN pg_catalog.trim_scale(COALESCE(f.base_value, f.value) / du.factor)
            ELSE COALESCE(f.base_value, f.value) END AS value_std,
       CASE WHEN du.base_unit = COALESCE(f.base_unit, f.unit) THEN i.default_unit
            ELSE COALESCE(f.base_unit, f.unit) END AS unit_std,
       r.period AS report_period,
       r.kind AS report_kind
  FROM @extschema@.facts AS f
  JOIN @extschema@.reports AS r ON r.report_id = f.report_id
  -- by name only where the name is unique (朝阳区 is in 北京市 and 长春市)
  LEFT JOIN (SELECT name, pg_catalog.min(code) AS code FROM @extschema@.regions
              GROUP BY name HAVING pg_catalog.count(*) = 1) AS g ON g.name = r.region
  LEFT JOIN @extschema@.indicators AS i ON i.code = f.indicator
  -- the default unit counts for levels only (a growth rate is in %)
  LEFT JOIN @extschema@.units AS du ON du.unit = i.default_unit AND f.measure = 'level'
 WHERE f.value IS NOT NULL;

ALTER TABLE @extschema@.facts DROP COLUMN evidence;
COMMENT ON COLUMN @extschema@.facts.evidence_start IS '0-based byte offset (UTF-8) in reports.clean where the clause the fact was read from starts (NULL when evidence_stored holds it); luohuplan.evidence(f), written f.evidence, gives the clause.';
COMMENT ON COLUMN @extschema@.facts.evidence_end IS 'Byte offset in reports.clean just past the clause the fact was read from (NULL when evidence_stored holds it).';
COMMENT ON COLUMN @extschema@.facts.evidence_stored IS 'The clause the fact was read from, as text, when no range of reports.clean holds it (a sentence wrapped at the page width that the extractor joined, a fact inserted by hand); NULL otherwise. Read the clause with luohuplan.evidence(f).';

CREATE FUNCTION @extschema@.evidence(f @extschema@.facts) RETURNS text
LANGUAGE sql STABLE STRICT PARALLEL SAFE
RETURN COALESCE(f.evidence_stored,
                (SELECT @extschema@.evidence_of(r.clean, f.evidence_start, f.evidence_end, NULL)
                   FROM @extschema@.reports r WHERE r.report_id OPERATOR(pg_catalog.=) f.report_id));
COMMENT ON FUNCTION @extschema@.evidence(@extschema@.facts) IS
'The clause a fact was read from (the column facts.evidence before 0.4.0), cut from its report''s clean text: written luohuplan.evidence(f), or f.evidence with luohuplan in search_path. The views (headline, fact_values and those over it) have it as a column.';

-- ---------------------------------------------------------------------
-- 0.4.0, issue 18 (ingest): facts_indicator_idx holds the facts of a known
-- indicator only (a lookup by indicator never wants the others).
-- ---------------------------------------------------------------------
DROP INDEX @extschema@.facts_indicator_idx;
CREATE INDEX facts_indicator_idx ON @extschema@.facts (indicator, period) WHERE indicator IS NOT NULL;

-- ---------------------------------------------------------------------
-- 0.4.0, extraction (h-fix8): a fact's own region.  News rounding up
-- several governments' sessions gives each paragraph's facts the region its
-- session names (facts.region, NULL for every other fact); extract and
-- extract_facts return it as their last column, and the headline view has
-- a row per region of such news.
-- ---------------------------------------------------------------------
ALTER TABLE @extschema@.facts ADD COLUMN region text;
COMMENT ON COLUMN @extschema@.facts.region IS 'The jurisdiction a fact is of when it is not the report''s: in news rounding up several governments'' sessions (嘉兴市十届人大四次会议… / 赤峰市六届人大三次会议…), the region named by the session of the fact''s paragraph; NULL for every other fact (the report''s region, reports.region).';

DROP FUNCTION @extschema@.extract(text, text, date);
CREATE FUNCTION @extschema@.extract(doc text, period text DEFAULT NULL,
                                    published date DEFAULT NULL, source text DEFAULT NULL)
RETURNS TABLE (seq integer, line integer, span_start integer, span_end integer,
               evidence text, section text, period text, status text,
               subject text, indicator text, measure text,
               value numeric, value_hi numeric, unit text, qualifier text,
               base_value numeric, base_value_hi numeric, base_unit text,
               headline boolean, like_for_like boolean, period_basis text,
               region text)
AS 'MODULE_PATHNAME', 'luohuplan_extract'
LANGUAGE C STABLE PARALLEL SAFE CALLED ON NULL INPUT;
COMMENT ON FUNCTION @extschema@.extract(text, text, date, text) IS
'Every quantity mention of a report text as a fact (the facts columns without report_id): subject, indicator, measure, period, status, value, unit, qualifier, base value, line and span, period_basis (what decided the period) and region (a roundup''s jurisdiction of the fact, NULL when the report''s). period overrides the period the report reviews (default: inferred). published (the day the report was published, reports.published) places a text that states no year of its own: 今年, 去年 and 上半年 are read against its year (period_basis published); it never overrides a year the text states. source (the name the report was loaded under, reports.source) places such a text given no publication date by the one year the name holds: the date path of an address (…/2021/0726/…) or a year standing alone in a file name (sanmenxia-2021-h1.txt, 2021年上半年.txt), with the part of the year the text''s head names (period_basis source). Indicators and regions users added to luohuplan.indicators and luohuplan.regions count like shipped ones (hence STABLE, not IMMUTABLE).';

DROP FUNCTION @extschema@.extract_facts(text, text, date);
CREATE FUNCTION @extschema@.extract_facts(doc text, period text DEFAULT NULL,
                                          published date DEFAULT NULL,
                                          source text DEFAULT NULL)
RETURNS TABLE (seq integer, line integer, span_start integer, span_end integer,
               evidence text, section text, period text, status text,
               subject text, indicator text, measure text,
               value numeric, value_hi numeric, unit text, qualifier text,
               base_value numeric, base_value_hi numeric, base_unit text,
               headline boolean, like_for_like boolean, period_basis text,
               region text)
AS 'MODULE_PATHNAME', 'luohuplan_extract'
LANGUAGE C STABLE PARALLEL SAFE CALLED ON NULL INPUT;

COMMENT ON FUNCTION @extschema@.extract_facts(text, text, date, text) IS 'luohuplan.extract under a name that is not SQL syntax (extract(... FROM ...)): every quantity mention of a report text as a fact. STABLE like extract: indicators and regions users added count.';
-- 0.4.0, issue 18 (ingest): store_facts writes a report's facts with
-- insert_facts (C, one pass), the report row locked FOR KEY SHARE once
-- instead of one foreign-key check query per fact; the foreign key stays.
-- ---------------------------------------------------------------------
-- The facts of one report written in one pass (pg_store.c): its row in
-- reports read and locked FOR KEY SHARE once, where the foreign key checked
-- every fact with a query of its own (19 % of a load's instructions).
CREATE FUNCTION @extschema@.insert_facts(id bigint) RETURNS integer
AS 'MODULE_PATHNAME', 'luohuplan_insert_facts'
LANGUAGE C VOLATILE STRICT;
COMMENT ON FUNCTION @extschema@.insert_facts(bigint) IS
'Used by store_facts: inserts the facts of stored report id (extract of its clean text, evidence located as evidence_at does) and returns their number, 0 when there is no such report. The report row is locked FOR KEY SHARE once, as the foreign key facts -> reports checks it, so its per-row check is not queued; rows inserted any other way are checked as before. NULL (nothing written) where facts needs an ordinary INSERT: a trigger on insert besides that foreign key, row-level security, Citus, a changed table, privileges on columns only.';

CREATE OR REPLACE FUNCTION @extschema@.store_facts(id bigint) RETURNS integer
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    n integer;
BEGIN
    DELETE FROM @extschema@.facts f WHERE f.report_id OPERATOR(pg_catalog.=) id;
    -- the same rows written in C, the report checked once (insert_facts);
    -- NULL where facts must be written by INSERT (Citus, triggers, ...)
    n := @extschema@.insert_facts(id);
    IF n IS NOT NULL THEN
        RETURN n;
    END IF;
    -- the clause is stored as where it stands in clean (evidence_at), as
    -- text only when no line holds it; OFFSET 0 keeps the subquery e from
    -- being pulled up, which would call evidence_at once per use of e.at
    INSERT INTO @extschema@.facts (report_id, seq, line, span_start, span_end, evidence_start,
           evidence_end, evidence_stored, section, period, status, subject, indicator, measure,
           value, value_hi, unit, qualifier, base_value, base_value_hi, base_unit, headline,
           like_for_like, period_basis, region)
    SELECT r.report_id, x.seq, x.line, x.span_start, x.span_end, e.at,
           e.at OPERATOR(pg_catalog.+) pg_catalog.octet_length(x.evidence),
           CASE WHEN e.at IS NULL THEN x.evidence END, x.section, x.period,
           x.status, x.subject, x.indicator, x.measure, x.value, x.value_hi, x.unit,
           x.qualifier, x.base_value, x.base_value_hi, x.base_unit, x.headline, x.like_for_like,
           x.period_basis, x.region
      FROM @extschema@.reports r,
           LATERAL @extschema@.extract(r.clean, r.period, r.published, r.source) x,
           LATERAL (SELECT @extschema@.evidence_at(r.clean, x.line, x.span_start, x.evidence) AS at
                    OFFSET 0) e
     WHERE r.report_id OPERATOR(pg_catalog.=) id;
    GET DIAGNOSTICS n = ROW_COUNT;
    RETURN n;
END
$$;
COMMENT ON FUNCTION @extschema@.store_facts(bigint) IS
'Replaces the facts of one stored report with a fresh extraction of its clean text (with the indicators and regions users added, like the shipped ones; its publication date places a text that states no year). Used by ingest and reextract.';

CREATE OR REPLACE VIEW @extschema@.headline AS
SELECT DISTINCT ON (f.report_id, f.region, f.period, CASE f.status WHEN 'estimate' THEN 'actual' ELSE f.status END, COALESCE(f.indicator, f.subject), f.measure,
                    f.bound_beside_exact, f.second_target)
       r.source, f.report_id, COALESCE(f.region, r.region) AS region,
       CASE WHEN f.region IS NULL THEN r.region_code END AS region_code, f.period, f.status,
       f.indicator, f.measure, f.value, f.value_hi, f.unit, f.qualifier,
       f.base_value, f.base_value_hi, f.base_unit, f.subject, f.line, f.evidence,
       f.like_for_like, f.period_basis
  FROM (SELECT g.*,
               COALESCE(g.qualifier OPERATOR(pg_catalog.=) ANY (ARRAY['gt', 'ge']) AND
                        g.base_value OPERATOR(pg_catalog.<=) pg_catalog.max(g.base_value)
                            FILTER (WHERE g.qualifier OPERATOR(pg_catalog.=) ANY (ARRAY['eq', 'approx'])) OVER (
                            PARTITION BY g.report_id, g.line, g.evidence, g.period, CASE g.status WHEN 'estimate' THEN 'actual' ELSE g.status END,
                                         COALESCE(g.indicator, g.subject), g.measure),
                        false) AS bound_beside_exact,
               -- a target figure other than the first its key states in the
               -- sentence: 增长6%、力争7%
               COALESCE(g.status OPERATOR(pg_catalog.=) 'target' AND
                        g.value IS DISTINCT FROM pg_catalog.first_value(g.value) OVER (
                            PARTITION BY g.report_id, g.line, g.evidence, g.period, g.status,
                                         COALESCE(g.indicator, g.subject), g.measure
                            ORDER BY g.seq),
                        false) AS second_target
          FROM (SELECT x.report_id, x.seq, x.line, x.period, x.status, x.subject, x.indicator,
                       x.measure, x.value, x.value_hi, x.unit, x.qualifier, x.base_value,
                       x.base_value_hi, x.base_unit, x.like_for_like, x.period_basis, x.region,
                       @extschema@.evidence_of(xr.clean, x.evidence_start, x.evidence_end,
                                               x.evidence_stored) AS evidence
                  FROM @extschema@.facts x
                  JOIN @extschema@.reports xr ON xr.report_id OPERATOR(pg_catalog.=) x.report_id
                 WHERE x.headline) g) f
  JOIN @extschema@.reports r ON r.report_id OPERATOR(pg_catalog.=) f.report_id
 ORDER BY f.report_id, f.region, f.period, CASE f.status WHEN 'estimate' THEN 'actual' ELSE f.status END, COALESCE(f.indicator, f.subject), f.measure,
          f.bound_beside_exact, f.second_target, f.like_for_like, f.line, f.seq;
COMMENT ON VIEW @extschema@.headline IS 'Headline indicators of each report: its summary lists of results and targets, one row per report, period, status, indicator and measure, and per jurisdiction in news rounding up several governments'' sessions (facts.region) (an estimate, 预计, and an actual of one figure are one row; and one more for a bound stated beside the exact value in the same sentence, 突破4000亿元，达4150亿元, and for a second target figure in the sentence, 增长6%、力争7%). Qualitative lines have measure qualitative and no value.';
COMMENT ON COLUMN @extschema@.headline.region IS 'Region the row is about: the fact''s own in a roundup of several sessions (facts.region), else the report''s.';
COMMENT ON COLUMN @extschema@.headline.region_code IS 'GB/T 2260 code of the report''s region (NULL for a roundup''s row of another jurisdiction).';
-- ---------------------------------------------------------------------
-- 0.4.0, issue 18 (ingest): ingest, two changes in one definition.  Without
-- meta it reads the inferred metadata from report_meta(doc) directly
-- (report_meta(doc, meta) is an SQL function the planner inlines anew at
-- every call); its blank-text test looks at the first 64 characters before
-- the whole text (the regular expression converts all of its text to wide
-- characters first).  stored_report (a function with a setting of its own,
-- which reads the row again) is called only for an id that has a row.
-- ---------------------------------------------------------------------
CREATE OR REPLACE FUNCTION @extschema@.ingest(raw bytea, source text, meta jsonb DEFAULT NULL,
                                   on_error text DEFAULT 'strict')
RETURNS bigint
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    given jsonb;
    digest bytea;
    id bigint;
    d record;
    m record;
    cleaned text;
    msg text;
    detail text;
    hint text;
BEGIN
    IF raw IS NULL OR source IS NULL THEN
        RAISE EXCEPTION 'luohuplan.ingest needs the raw bytes and a source name'
              USING ERRCODE = 'null_value_not_allowed';
    END IF;
    IF on_error IS NULL OR pg_catalog.lower(on_error) NOT IN ('strict', 'replace') THEN
        RAISE EXCEPTION 'on_error must be ''strict'' or ''replace'', not %', pg_catalog.quote_nullable(on_error)
              USING ERRCODE = 'invalid_parameter_value';
    END IF;
    -- check_meta's error raised again here; no meta: no block, no subtransaction
    IF ingest.meta IS NULL THEN given := '{}'; ELSE
    BEGIN
        given := pg_catalog.jsonb_strip_nulls(COALESCE(@extschema@.check_meta(ingest.meta), '{}'));
    EXCEPTION WHEN invalid_parameter_value THEN
        GET STACKED DIAGNOSTICS msg = MESSAGE_TEXT, detail = PG_EXCEPTION_DETAIL, hint = PG_EXCEPTION_HINT;
        IF hint = '' THEN
            RAISE EXCEPTION USING ERRCODE = 'invalid_parameter_value', MESSAGE = msg, DETAIL = detail;
        END IF;
        RAISE EXCEPTION USING ERRCODE = 'invalid_parameter_value', MESSAGE = msg, DETAIL = detail, HINT = hint;
    END; END IF;
    digest := pg_catalog.sha256(raw);
    id := @extschema@.report_id_of(digest);
    PERFORM 1 FROM @extschema@.reports x WHERE x.report_id OPERATOR(pg_catalog.=) id;
    IF FOUND AND @extschema@.stored_report(id, digest, given) THEN
        RETURN id;
    END IF;

    SELECT * INTO d FROM @extschema@.decode_report(raw, COALESCE(given ->> 'encoding', 'auto'),
                                                   pg_catalog.lower(on_error));
    cleaned := @extschema@.normalize(d.body);
    IF pg_catalog.substr(cleaned, 1, 64) OPERATOR(pg_catalog.!~) E'[^ \t\n\r\f\x0b\u00a0\u3000\ufeff\u200b]'
       AND cleaned OPERATOR(pg_catalog.!~) E'[^ \t\n\r\f\x0b\u00a0\u3000\ufeff\u200b]' THEN
        RAISE EXCEPTION 'document "%" has no text', source
              USING ERRCODE = 'invalid_parameter_value',
                    DETAIL = CASE
                        WHEN pg_catalog.octet_length(raw) = 0 THEN 'It is empty (0 bytes).'
                        WHEN pg_catalog.btrim(d.body, E' \t\n\r\f\x0b\u00a0\u3000\ufeff\u200b') = ''
                            THEN pg_catalog.format('Its %s bytes (%s) are white space only.',
                                                   pg_catalog.octet_length(raw), d.used_encoding)
                        ELSE pg_catalog.format('Its %s bytes (%s) are page chrome and white space only (luohuplan.repairs lists what cleaning removed).',
                                               pg_catalog.octet_length(raw), d.used_encoding) END;
    END IF;
    -- no meta given (the loader's usual call): the inferred metadata as they
    -- are, without report_meta(doc, meta), whose SQL body the planner reads
    -- and inlines anew at every call (4 % of a load's instructions)
    IF given OPERATOR(pg_catalog.=) '{}'::jsonb THEN
        SELECT i.title, i.region, i.region_code, i.year, i.period, i.kind, NULL::date AS published
          INTO m FROM @extschema@.report_meta(cleaned) AS i;
    ELSE
        SELECT * INTO m FROM @extschema@.report_meta(cleaned, given);
    END IF;

    INSERT INTO @extschema@.reports (report_id, source, raw, sha256, encoding, clean,
                title, region, region_code, year, period, kind, n_replaced, published, meta)
    VALUES (id, source, raw, digest, d.used_encoding, cleaned,
            m.title, m.region, m.region_code, m.year, m.period, m.kind, d.n_replaced,
            m.published, given)
    ON CONFLICT (report_id) DO NOTHING;
    IF NOT FOUND THEN
        -- another session stored this id first: its row wins (or collides)
        PERFORM @extschema@.stored_report(id, digest, given);
        RETURN id;
    END IF;
    -- the report is new, so no fact names it yet (the foreign key): its
    -- facts are written without store_facts' DELETE, and by store_facts
    -- where facts must be written by INSERT (insert_facts gives NULL)
    IF @extschema@.insert_facts(id) IS NULL THEN
        PERFORM @extschema@.store_facts(id);
    END IF;
    RETURN id;
END
$$;

-- ---------------------------------------------------------------------
-- 0.4.0, issue 18 (ingest): text_sha256 in C.  The SQL body could not be
-- inlined (convert_to is STABLE), so each report stored ran it as an SQL
-- function, parsed and planned anew.  Same value for every text.
-- ---------------------------------------------------------------------
CREATE OR REPLACE FUNCTION @extschema@.text_sha256(t text) RETURNS text
AS 'MODULE_PATHNAME', 'luohuplan_text_sha256'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

-- period_basis has a new value, session (lp_session_year.c)
COMMENT ON COLUMN @extschema@.facts.period_basis IS 'What decided period: given (the caller''s), meta, heading (a section heading), sentence (the mention''s sentence), column (a table header), title, delivery (the date line under the title), dateline (the first year in the head), inferred (from the kind of report), publication (a publication date in the text), plan (a stage of a five-year plan: 今年是十四五收官之年), anniversary (挂牌三周年 of a dated event), elapsed (自2016年…8年来), relative (今年, 去年 against the document''s year), published (reports.published), session (a national congress session the text names: 十四届全国人大二次会议 is 2024), address (the date path of the page''s address saved as its first line, in a text naming no year of its own: …/202511/t20251103_…), source (the year of the name the report was loaded under, reports.source, in a text naming no year and given no publication date: sanmenxia-2021-h1.txt); NULL when there is no period. See docs/genre.md, section Time.';

-- ---------------------------------------------------------------------
-- 0.4.0: period functions answer NULL for a text longer than any period
-- before running their patterns (a 100 MB text took over a minute: each
-- pattern widens the whole text to wide characters first).
-- ---------------------------------------------------------------------
CREATE OR REPLACE FUNCTION @extschema@.period_start(period text) RETURNS date
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN CASE
    WHEN pg_catalog.octet_length(period) > 16 THEN NULL
    WHEN period ~ '^[12][0-9]{3}$'
        THEN pg_catalog.make_date(pg_catalog.substr(period, 1, 4)::integer, 1, 1)
    WHEN period ~ '^[12][0-9]{3}-[12][0-9]{3}$'
         AND pg_catalog.substr(period, 6, 4) >= pg_catalog.substr(period, 1, 4)
        THEN pg_catalog.make_date(pg_catalog.substr(period, 1, 4)::integer, 1, 1)
    WHEN period ~ '^[12][0-9]{3}H[12]$'
        THEN pg_catalog.make_date(pg_catalog.substr(period, 1, 4)::integer,
                                  pg_catalog.substr(period, 6, 1)::integer * 6 - 5, 1)
    WHEN period ~ '^[12][0-9]{3}Q[1-4]$'
         OR (period ~ '^[12][0-9]{3}Q[1-4]-[1-4]$'
             AND pg_catalog.substr(period, 8, 1) >= pg_catalog.substr(period, 6, 1))
        THEN pg_catalog.make_date(pg_catalog.substr(period, 1, 4)::integer,
                                  pg_catalog.substr(period, 6, 1)::integer * 3 - 2, 1)
    WHEN period ~ '^[12][0-9]{3}M(0[1-9]|1[0-2])$'
         OR (period ~ '^[12][0-9]{3}M(0[1-9]|1[0-2])-(0[1-9]|1[0-2])$'
             AND pg_catalog.substr(period, 9, 2) >= pg_catalog.substr(period, 6, 2))
        THEN pg_catalog.make_date(pg_catalog.substr(period, 1, 4)::integer,
                                  pg_catalog.substr(period, 6, 2)::integer, 1)
END;


CREATE OR REPLACE FUNCTION @extschema@.period_end(period text) RETURNS date
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN (CASE
    WHEN pg_catalog.octet_length(period) > 16 THEN NULL
    WHEN period ~ '^[12][0-9]{3}$'
        THEN pg_catalog.make_date(pg_catalog.substr(period, 1, 4)::integer + 1, 1, 1)
    WHEN period ~ '^[12][0-9]{3}-[12][0-9]{3}$'
         AND pg_catalog.substr(period, 6, 4) >= pg_catalog.substr(period, 1, 4)
        THEN pg_catalog.make_date(pg_catalog.substr(period, 6, 4)::integer + 1, 1, 1)
    WHEN period ~ '^[12][0-9]{3}H[12]$'
        THEN pg_catalog.make_date(pg_catalog.substr(period, 1, 4)::integer, 1, 1)
             + pg_catalog.make_interval(months => pg_catalog.substr(period, 6, 1)::integer * 6)
    WHEN period ~ '^[12][0-9]{3}Q[1-4]$'
        THEN pg_catalog.make_date(pg_catalog.substr(period, 1, 4)::integer, 1, 1)
             + pg_catalog.make_interval(months => pg_catalog.substr(period, 6, 1)::integer * 3)
    WHEN period ~ '^[12][0-9]{3}Q[1-4]-[1-4]$'
         AND pg_catalog.substr(period, 8, 1) >= pg_catalog.substr(period, 6, 1)
        THEN pg_catalog.make_date(pg_catalog.substr(period, 1, 4)::integer, 1, 1)
             + pg_catalog.make_interval(months => pg_catalog.substr(period, 8, 1)::integer * 3)
    WHEN period ~ '^[12][0-9]{3}M(0[1-9]|1[0-2])$'
        THEN pg_catalog.make_date(pg_catalog.substr(period, 1, 4)::integer, 1, 1)
             + pg_catalog.make_interval(months => pg_catalog.substr(period, 6, 2)::integer)
    WHEN period ~ '^[12][0-9]{3}M(0[1-9]|1[0-2])-(0[1-9]|1[0-2])$'
         AND pg_catalog.substr(period, 9, 2) >= pg_catalog.substr(period, 6, 2)
        THEN pg_catalog.make_date(pg_catalog.substr(period, 1, 4)::integer, 1, 1)
             + pg_catalog.make_interval(months => pg_catalog.substr(period, 9, 2)::integer)
END - pg_catalog.make_interval(days => 1))::date;


CREATE OR REPLACE FUNCTION @extschema@.period_granularity(period text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN CASE
    WHEN pg_catalog.octet_length(period) > 16 THEN NULL
    WHEN period ~ '^[12][0-9]{3}$' THEN 'year'
    WHEN period ~ '^[12][0-9]{3}H[12]$' THEN 'half'
    WHEN period ~ '^[12][0-9]{3}Q[1-4]$' THEN 'quarter'
    WHEN period ~ '^[12][0-9]{3}M(0[1-9]|1[0-2])$' THEN 'month'
    WHEN @extschema@.period_start(period) IS NULL THEN NULL
    WHEN period ~ '^[12][0-9]{3}-[12][0-9]{3}$' THEN 'years'
    WHEN period ~ '^[12][0-9]{3}(Q1-|M01-)' THEN 'year_to_date'
    ELSE 'months'
END;

-- ---------------------------------------------------------------------
-- 0.4.0, extraction (h-fix43): a fact of a text naming no year of its own
-- keeps the period its sentence names against the text's year, written Y
-- (YH1 上半年, Y-1 去年, Y-1H1 去年上半年), so the headline view keeps them
-- apart.  Such a period has no dates: series, target_vs_actual and
-- conflicts take only periods with dates (fact_values.period_start), as
-- they took every period before.
-- ---------------------------------------------------------------------
COMMENT ON COLUMN @extschema@.facts.period IS 'Period the value is for: 2021, 2023H1, 2016Q1; in a text naming no year of its own, the period relative to the text''s year Y that its sentence names (YH1 上半年, Y-1 去年, Y-1H1 去年上半年, Y+1 明年, Y the whole year a release of part of it sets a target for; period_basis relative or sentence), NULL for the text''s own year otherwise.';

CREATE OR REPLACE VIEW @extschema@.series AS
WITH stated AS (
    -- one row per distinct value (compared in base units) and the
    -- sources stating it; value and unit as the latest report wrote them
    SELECT v.region, v.indicator, v.measure, v.status, v.period, v.base_value, v.base_unit,
           pg_catalog.max(v.region_code) AS region_code,
           pg_catalog.max(v.indicator_en) AS indicator_en,
           -- as the value: 6 and 6.0 are one group, and max would keep
           -- whichever a node met first
           (pg_catalog.array_agg(v.value_std ORDER BY v.loaded_at DESC, v.report_year DESC NULLS LAST,
                                 v.report_id DESC))[1] AS value_std,
           pg_catalog.max(v.unit_std) AS unit_std,
           pg_catalog.count(DISTINCT v.text_sha256) AS n_sources,
           pg_catalog.string_agg(DISTINCT v.source, ', ' ORDER BY v.source) AS sources,
           (pg_catalog.array_agg(v.value ORDER BY v.loaded_at DESC, v.report_year DESC NULLS LAST,
                                 v.report_id DESC))[1] AS value,
           (pg_catalog.array_agg(v.unit ORDER BY v.loaded_at DESC, v.report_year DESC NULLS LAST,
                                 v.report_id DESC))[1] AS unit,
           pg_catalog.max(v.loaded_at) AS last_loaded,
           pg_catalog.max(v.report_year) AS last_year,
           pg_catalog.max(v.report_id) AS last_report
      FROM @extschema@.fact_values AS v
     WHERE v.indicator IS NOT NULL AND v.period_start IS NOT NULL AND v.region IS NOT NULL
     GROUP BY v.region, v.indicator, v.measure, v.status, v.period, v.base_value, v.base_unit
), ranked AS (
    SELECT s.*,
           pg_catalog.row_number() OVER w AS pick,
           pg_catalog.count(*) OVER (PARTITION BY s.region, s.indicator, s.measure, s.status, s.period) AS n_values
      FROM stated AS s
    WINDOW w AS (PARTITION BY s.region, s.indicator, s.measure, s.status, s.period
                 -- a value in the indicator's default unit first: one unit per series
                 -- then the larger value: one report can state two (2家 and 16家
                 -- of 2023H1), and the pick must not depend on the order rows come in
                 ORDER BY (s.unit_std IS DISTINCT FROM s.base_unit) DESC,
                          s.n_sources DESC, s.last_loaded DESC, s.last_year DESC NULLS LAST,
                          s.last_report DESC, s.base_unit, s.base_value DESC)
)
SELECT region,
       region_code,
       indicator,
       indicator_en,
       measure,
       status,
       period,
       @extschema@.period_year(period) AS year,
       @extschema@.period_months(period) AS months,
       @extschema@.period_granularity(period) AS granularity,
       @extschema@.period_start(period) AS period_start,
       @extschema@.period_end(period) AS period_end,
       value,
       unit,
       value_std,
       unit_std,
       base_value,
       base_unit,
       n_sources::integer AS n_sources,
       sources,
       n_values::integer AS n_values
  FROM ranked
 WHERE pick = 1;

CREATE OR REPLACE VIEW @extschema@.target_vs_actual AS
WITH stated AS (
    -- one row per distinct target, whatever qualifier each source wrote
    -- (增长6% and 增长6%左右 are one target); the evidence is that of the
    -- earliest report stating it (the one that set it)
    SELECT v.region, v.indicator, v.measure, v.period,
           v.base_value, v.base_value_hi, v.base_unit,
           pg_catalog.max(v.region_code) AS region_code,
           pg_catalog.max(v.indicator_en) AS indicator_en,
           pg_catalog.count(DISTINCT v.text_sha256) AS n_sources,
           pg_catalog.string_agg(DISTINCT v.source, ', ' ORDER BY v.source) AS sources,
           (pg_catalog.array_agg(v.report_id ORDER BY v.report_year NULLS LAST, v.loaded_at,
                                 v.report_id, v.seq))[1] AS report_id,
           (pg_catalog.array_agg(v.seq ORDER BY v.report_year NULLS LAST, v.loaded_at,
                                 v.report_id, v.seq))[1] AS seq
      FROM @extschema@.fact_values AS v
     WHERE v.status = 'target' AND v.indicator IS NOT NULL
       AND v.period_start IS NOT NULL AND v.region IS NOT NULL
     GROUP BY v.region, v.indicator, v.measure, v.period, v.base_value, v.base_value_hi,
              v.base_unit
), qualified AS (
    -- the qualifier most sources wrote; a stated one (左右, 以上) before none
    SELECT q.region, q.indicator, q.measure, q.period, q.base_value, q.base_value_hi, q.base_unit,
           (pg_catalog.array_agg(q.qualifier ORDER BY q.n DESC, q.qualifier = 'eq', q.qualifier))[1] AS qualifier
      FROM (SELECT v.region, v.indicator, v.measure, v.period, v.base_value, v.base_value_hi,
                   v.base_unit, COALESCE(v.qualifier, 'eq') AS qualifier,
                   pg_catalog.count(DISTINCT v.text_sha256) AS n
              FROM @extschema@.fact_values AS v
             WHERE v.status = 'target' AND v.indicator IS NOT NULL
               AND v.period_start IS NOT NULL AND v.region IS NOT NULL
             GROUP BY 1, 2, 3, 4, 5, 6, 7, 8) AS q
     GROUP BY 1, 2, 3, 4, 5, 6, 7
), compared AS (
    SELECT t.region, t.region_code, t.indicator, t.indicator_en, t.measure, t.period,
           f.value AS target_value, f.value_hi AS target_value_hi, q.qualifier AS target_qualifier,
           f.unit AS target_unit, t.sources AS target_source, t.n_sources AS target_n_sources,
           f.evidence AS target_evidence,
           a.value AS actual_value, a.unit AS actual_unit, a.sources AS actual_source,
           -- the actual in the target's unit: as stated when the units
           -- agree, else converted through the base unit
           CASE
               WHEN a.unit IS NOT DISTINCT FROM f.unit THEN a.value
               WHEN a.base_unit = t.base_unit AND t.base_value <> 0
                   THEN pg_catalog.trim_scale(pg_catalog.round(a.base_value * f.value / t.base_value, 10))
           END AS actual_in_target_unit
      FROM stated AS t
      JOIN qualified AS q
        ON q.region = t.region AND q.indicator = t.indicator AND q.measure = t.measure
       AND q.period = t.period AND q.base_value = t.base_value
       AND q.base_value_hi IS NOT DISTINCT FROM t.base_value_hi
       AND q.base_unit IS NOT DISTINCT FROM t.base_unit
      JOIN @extschema@.fact_values AS f ON f.report_id = t.report_id AND f.seq = t.seq
      LEFT JOIN @extschema@.series AS a
        ON a.region = t.region AND a.indicator = t.indicator AND a.status = 'actual'
       AND a.measure = t.measure AND a.period = t.period
)
SELECT region,
       region_code,
       indicator,
       measure,
       period,
       @extschema@.period_end(period) AS period_end,
       target_value,
       target_value_hi,
       target_qualifier,
       target_unit,
       target_source,
       target_n_sources::integer AS target_n_sources,
       target_evidence,
       actual_value,
       actual_unit,
       actual_source,
       actual_in_target_unit - target_value AS gap,
       @extschema@.target_met(target_qualifier, target_value, target_value_hi, target_unit,
                              actual_in_target_unit,
                              -- lower_is_better(indicator, measure), written out: on
                              -- Citus a function reading a table cannot run in a shard's task
                              measure OPERATOR(pg_catalog.=) 'rank'
                              OR COALESCE(dir.direction OPERATOR(pg_catalog.=) 'lower', false)) AS met,
       indicator_en
  FROM compared
  LEFT JOIN @extschema@.indicators AS dir ON dir.code = compared.indicator;

CREATE OR REPLACE VIEW @extschema@.conflicts AS
WITH stated AS (
    -- one row per distinct value (in base units) with the sources stating
    -- it and its rounding: a value written with 万 or 亿 stands for anything
    -- within half a step of its last digit (4.4万个: 43500 to 44500 个)
    SELECT v.region, v.indicator, v.measure, v.period, v.status, v.base_value,
           COALESCE(v.base_unit, '') AS base_unit,
           pg_catalog.max(v.region_code) AS region_code,
           pg_catalog.max(v.indicator_en) AS indicator_en,
           (pg_catalog.array_agg(v.value_std ORDER BY v.loaded_at DESC, v.report_id DESC))[1] AS value_std,
           pg_catalog.max(v.unit_std) AS unit_std,
           pg_catalog.count(DISTINCT v.text_sha256) AS n_sources,
           pg_catalog.min(v.text_sha256) AS first_text,
           pg_catalog.string_agg(DISTINCT v.source, ', ' ORDER BY v.source) AS sources,
           pg_catalog.min(CASE WHEN v.value <> 0 AND v.base_value / v.value >= 10000
                               THEN 0.5 * (v.base_value / v.value)
                                    / pg_catalog.power(10::numeric, pg_catalog.scale(pg_catalog.trim_scale(v.value)))
                               ELSE 0 END) AS half_step,
           (pg_catalog.array_agg(v.value ORDER BY v.loaded_at DESC, v.report_id DESC))[1] AS value,
           (pg_catalog.array_agg(v.unit ORDER BY v.loaded_at DESC, v.report_id DESC))[1] AS unit
      FROM @extschema@.fact_values AS v
     WHERE v.indicator IS NOT NULL AND v.period_start IS NOT NULL AND v.region IS NOT NULL
     GROUP BY v.region, v.indicator, v.measure, v.period, v.status, v.base_value, COALESCE(v.base_unit, '')
), disagreeing AS (
    -- quantities with two values beyond their rounding (or in different
    -- base units) that are not both from one text only
    SELECT DISTINCT a.region, a.indicator, a.measure, a.period, a.status
      FROM stated AS a
      JOIN stated AS b
        ON b.region = a.region AND b.indicator = a.indicator AND b.measure = a.measure
       AND b.period = a.period AND b.status = a.status
       AND (a.base_unit, a.base_value) < (b.base_unit, b.base_value)
     WHERE (a.base_unit <> b.base_unit
            OR pg_catalog.abs(a.base_value - b.base_value) > a.half_step + b.half_step)
       AND NOT (a.n_sources = 1 AND b.n_sources = 1 AND a.first_text = b.first_text)
), keyed AS (
    SELECT v.region, v.indicator, v.measure, v.period, v.status,
           pg_catalog.count(DISTINCT v.text_sha256) AS n_sources
      FROM @extschema@.fact_values AS v
      JOIN disagreeing AS d
        ON d.region = v.region AND d.indicator = v.indicator AND d.measure = v.measure
       AND d.period = v.period AND d.status = v.status
     GROUP BY v.region, v.indicator, v.measure, v.period, v.status
)
SELECT k.region,
       pg_catalog.max(s.region_code) AS region_code,
       k.indicator,
       k.measure,
       k.period,
       k.status,
       pg_catalog.count(*)::integer AS n_values,
       k.n_sources::integer AS n_sources,
       CASE WHEN pg_catalog.count(DISTINCT s.unit_std) = 1 THEN pg_catalog.min(s.value_std) END AS min_value,
       CASE WHEN pg_catalog.count(DISTINCT s.unit_std) = 1 THEN pg_catalog.max(s.value_std) END AS max_value,
       CASE WHEN pg_catalog.count(DISTINCT s.unit_std) = 1 THEN pg_catalog.max(s.unit_std) END AS unit,
       pg_catalog.string_agg(pg_catalog.trim_scale(s.value) || COALESCE(s.unit, '')
                             || ' @ ' || s.sources,
                             ' | ' ORDER BY s.n_sources DESC, s.base_unit, s.base_value) AS stated,
       pg_catalog.max(s.indicator_en) AS indicator_en
  FROM keyed AS k
  JOIN stated AS s
    ON s.region = k.region AND s.indicator = k.indicator AND s.measure = k.measure
   AND s.period = k.period AND s.status = k.status
 GROUP BY k.region, k.indicator, k.measure, k.period, k.status, k.n_sources;
