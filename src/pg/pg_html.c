/*
 * pg_html.c — luohuplan.html_escape(text): text safe in HTML element
 * content and quoted attribute values, in one pass (report_html escapes
 * every piece of a page through it, some 40,000 calls for a report of
 * 200 KB: as a chain of SQL replace() calls it was most of the page's time).
 */
#include "lp_pg.h"

#include "utils/builtins.h"
#include "utils/memutils.h"

PG_FUNCTION_INFO_V1(luohuplan_html_escape);

/* html_escape(t text) RETURNS text */
Datum
luohuplan_html_escape(PG_FUNCTION_ARGS)
{
	text	   *in = PG_GETARG_TEXT_PP(0);
	const unsigned char *s = (const unsigned char *) VARDATA_ANY(in);
	size_t		n = VARSIZE_ANY_EXHDR(in),
				i,
				extra = 0;
	text	   *out;
	char	   *o;

	for (i = 0; i < n; i++)
	{
		switch (s[i])
		{
			case '&':
				extra += 4;		/* &amp; */
				break;
			case '<':
			case '>':
				extra += 3;		/* &lt; &gt; */
				break;
			case '"':
				extra += 5;		/* &quot; */
				break;
			case '\'':
				extra += 4;		/* &#39; */
				break;
			default:
				if ((s[i] < 0x20 && s[i] != '\t' && s[i] != '\n' && s[i] != '\r') || s[i] == 0x7F)
					extra += 2;	/* U+FFFD is 3 bytes */
		}
	}
	if (n + extra > MaxAllocSize - VARHDRSZ)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("escaped text of %zu bytes is too large for a text value", n + extra)));
	out = (text *) palloc(VARHDRSZ + n + extra);
	SET_VARSIZE(out, VARHDRSZ + n + extra);
	o = VARDATA(out);
	for (i = 0; i < n; i++)
	{
		const char *rep = NULL;

		switch (s[i])
		{
			case '&':
				rep = "&amp;";
				break;
			case '<':
				rep = "&lt;";
				break;
			case '>':
				rep = "&gt;";
				break;
			case '"':
				rep = "&quot;";
				break;
			case '\'':
				rep = "&#39;";
				break;
			default:
				if ((s[i] < 0x20 && s[i] != '\t' && s[i] != '\n' && s[i] != '\r') || s[i] == 0x7F)
					rep = "\xEF\xBF\xBD";
		}
		if (rep)
		{
			size_t		l = strlen(rep);

			memcpy(o, rep, l);
			o += l;
		}
		else
			*o++ = (char) s[i];
	}
	PG_RETURN_TEXT_P(out);
}
