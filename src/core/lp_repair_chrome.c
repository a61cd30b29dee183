/*
 * lp_repair_chrome.c — drop page chrome (forum buttons, WeChat footers, bare
 * URLs) with the patterns of src/data/chrome.tsv.  A dropped line becomes
 * empty so line numbers stay those of the source.
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include "lp_repair.h"

#include <regex.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>


typedef struct chrome_pat
{
	int			whole_line;
	const char *trigger;		/* into the embedded data */
	size_t		trigger_len;
	regex_t		re;
} chrome_pat;

static chrome_pat *pats;
static size_t n_pats;

int
lp_chrome_init(uint16_t *cc, lp_error *err)
{
	size_t		len,
				pos = 0,
				cap = 0;
	const char *data = lp_data_file("chrome.tsv", &len);
	const char *f[3];
	size_t		fl[3];

	if (!data)
		return lp_fail(err, LP_ELIBRARY, 0, 0, "data file chrome.tsv is missing");
	n_pats = 0;					/* a retry after a failed build starts over */
	while (lp_tsv_next(data, len, &pos, f, fl, 3) >= 3)
	{
		char	   *src;
		int			whole = fl[0] == 4 && memcmp(f[0], "line", 4) == 0,
					l;
		uint32_t	first;

		if (!whole && !(fl[0] == 6 && memcmp(f[0], "inline", 6) == 0))
			continue;
		if (fl[1] == 0)
			continue;
		if (n_pats == cap)
		{
			chrome_pat *np;

			cap = cap ? cap * 2 : 64;
			np = realloc(pats, cap * sizeof(chrome_pat));
			if (!np)
				return lp_fail(err, LP_ELIBRARY, 0, 0, "out of memory loading chrome.tsv");
			pats = np;
		}
		src = malloc(fl[2] + 8);
		if (!src)
			return lp_fail(err, LP_ELIBRARY, 0, 0, "out of memory loading chrome.tsv");
		if (whole)
			snprintf(src, fl[2] + 8, "^(%.*s)$", (int) fl[2], f[2]);
		else
			snprintf(src, fl[2] + 8, "%.*s", (int) fl[2], f[2]);
		if (regcomp(&pats[n_pats].re, src, REG_EXTENDED | (whole ? REG_NOSUB : 0)) != 0)
		{
			int			rc = lp_fail(err, LP_ELIBRARY, 0, 0, "bad regex in chrome.tsv: %s", src);

			free(src);
			return rc;
		}
		free(src);
		pats[n_pats].whole_line = whole;
		pats[n_pats].trigger = f[1];
		pats[n_pats].trigger_len = fl[1];
		first = lp_utf8_next(f[1], fl[1], &l);
		if (first < 0x10000)
			cc[first] |= whole ? LP_CC_CHROME : LP_CC_CHROME_IN;
		n_pats++;
	}
	return LP_OK;
}

/* Trim ASCII blanks, U+3000 and U+00A0 from both ends. */
static void
trim(const char **s, size_t *n)
{
	const char *p = *s;
	size_t		len = *n;

	for (;;)
	{
		if (len && (p[0] == ' ' || p[0] == '\t' || p[0] == '\r'))
			p++, len--;
		else if (len >= 3 && memcmp(p, "\xE3\x80\x80", 3) == 0)
			p += 3, len -= 3;
		else if (len >= 2 && memcmp(p, "\xC2\xA0", 2) == 0)
			p += 2, len -= 2;
		else
			break;
	}
	for (;;)
	{
		if (len && (p[len - 1] == ' ' || p[len - 1] == '\t' || p[len - 1] == '\r'))
			len--;
		else if (len >= 3 && memcmp(p + len - 3, "\xE3\x80\x80", 3) == 0)
			len -= 3;
		else if (len >= 2 && memcmp(p + len - 2, "\xC2\xA0", 2) == 0)
			len -= 2;
		else
			break;
	}
	*s = p;
	*n = len;
}

int
lp_fix_chrome(const char *in, size_t n, lp_buf *out, int line, lp_repairs *reps, lp_error *err)
{
	size_t		k,
				start = out->len;
	const char *t = in;
	size_t		tn = n;
	char	   *z = NULL;
	int			changed = 0;
	lp_buf		cur;

	lp_buf_init(&cur);
	lp_buf_append(&cur, in, n);
	/* inline removals first, then whole lines */
	for (k = 0; k < n_pats; k++)
	{
		regmatch_t	m[1];
		size_t		from = 0;

		if (pats[k].whole_line ||
			!memmem(cur.data, cur.len, pats[k].trigger, pats[k].trigger_len))
			continue;
		while (from < cur.len &&
			   regexec(&pats[k].re, cur.data + from, 1, m, from ? REG_NOTBOL : 0) == 0 &&
			   m[0].rm_eo > m[0].rm_so)
		{
			size_t		so = from + m[0].rm_so,
						eo = from + m[0].rm_eo;

			lp_repair_add(reps, "chrome", line, cur.data + so, eo - so, "", 0);
			memmove(cur.data + so, cur.data + eo, cur.len - eo + 1);
			cur.len -= eo - so;
			from = so;
			changed = 1;
		}
	}
	t = cur.data;
	tn = cur.len;
	trim(&t, &tn);
	if (tn > 0 && tn <= LP_CHROME_MAX_LINE)
	{
		for (k = 0; k < n_pats; k++)
		{
			if (!pats[k].whole_line || !memmem(t, tn, pats[k].trigger, pats[k].trigger_len))
				continue;
			if (!z)
				z = lp_strndup(t, tn);
			if (regexec(&pats[k].re, z, 0, NULL, 0) == 0)
			{
				lp_repair_add(reps, "chrome", line, cur.data, cur.len, "", 0);
				lp_free(z);
				lp_buf_free(&cur);
				lp_buf_reserve(out, 1);
				return 1;		/* the line becomes empty */
			}
		}
	}
	if (z)
		lp_free(z);
	if (changed)
		lp_buf_append(out, cur.data, cur.len);
	else
	{
		out->len = start;
		if (out->data)
			out->data[start] = '\0';
	}
	lp_buf_free(&cur);
	return changed;
}
