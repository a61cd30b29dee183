/*
 * lp_repair_chrome.c — drop page chrome (forum buttons, WeChat footers, bare
 * URLs) with the patterns of src/data/chrome.tsv.  A dropped line becomes
 * empty so line numbers stay those of the source.
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include "lp_data.h"
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

/* Compile one row of chrome.tsv into pats[n_pats]; a "line" pattern must match the whole line. */
static int
add_pattern(const lp_data_iter *it, uint16_t *cc, lp_error *err)
{
	const lp_row *r = &it->row;
	int			whole = r->val[0] == 0, /* scope "line" */
				l;
	char	   *src = lp_data_alloc(r->len[2] + 8);
	uint32_t	first;

	if (whole)
		snprintf(src, r->len[2] + 8, "^(%.*s)$", (int) r->len[2], r->f[2]);
	else
		snprintf(src, r->len[2] + 8, "%.*s", (int) r->len[2], r->f[2]);
	if (regcomp(&pats[n_pats].re, src, REG_EXTENDED | (whole ? REG_NOSUB : 0)) != 0)
	{
		free(src);
		return lp_data_row_error(it, err, "the regular expression does not compile");
	}
	free(src);
	pats[n_pats].whole_line = whole;
	pats[n_pats].trigger = r->f[1];
	pats[n_pats].trigger_len = r->len[1];
	first = lp_utf8_next(r->f[1], r->len[1], &l);
	if (first < 0x10000)
		cc[first] |= whole ? LP_CC_CHROME : LP_CC_CHROME_IN;
	n_pats++;
	return 0;
}

int
lp_chrome_init(uint16_t *cc, lp_error *err)
{
	lp_data_iter it;
	size_t		cap = 0;
	int			rc;

	n_pats = 0;					/* a retry after a failed build starts over */
	free(pats);
	pats = NULL;
	lp_data_open(&it, LP_DATA_CHROME);
	while ((rc = lp_data_next(&it, err)) > 0)
	{
		pats = lp_data_grow(pats, n_pats, &cap, sizeof(chrome_pat));
		if (add_pattern(&it, cc, err) < 0)
			return LP_EDATA;
	}
	return rc < 0 ? LP_EDATA : LP_OK;
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
