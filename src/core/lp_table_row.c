/*
 * lp_table_row.c — the rows of tables flattened to text, read as facts.
 *
 * lp_table.c recognises a header ("指标 | 单位 | 1季度累计 | 同比增速(±%)")
 * and gives each column a measure, status and period; here each row gives
 * a fact per value column, its subject the name column's cell, its unit the
 * unit column's.
 */
#include "lp.h"
#include "lp_fact.h"
#include "lp_headline.h"
#include "lp_indicator.h"
#include "lp_period.h"
#include "lp_subject.h"
#include "lp_table_row.h"
#include "lp_text.h"
#include "lp_words.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* One row: cell k is line[k][cs[k], ce[k]), on line lineno[k]. */
typedef struct table_row
{
	const char *const *line;	/* all the same line but in a table with one cell per line */
	const int  *lineno;
	const size_t *cs;
	const size_t *ce;
	int			n;
	const char *evidence;		/* the row's text */
	const char *subject;		/* the name column's cell */
	char		unit[32];		/* the unit column's cell, "" */
	int			growth;			/* the row names a rate of growth ("…增速", "  增速") */
	int			decline;		/* … of decline ("单位GDP能耗下降") */
} table_row;

/*
 * A row named by a rate ("规模以上工业增加值增速", "居民消费价格涨幅", a bare
 * "增速" under the row it belongs to) or a decline ("单位GDP能耗下降"): its
 * values are growth rates, the name without the word; *nb moves back.
 */
static void
row_growth(const char *s, size_t na, size_t *nb, table_row *row)
{
	size_t		w;

	row->growth = row->decline = 0;
	if ((w = lp_words_suffix(LP_W_TABLE_GROWTH, s + na, *nb - na)) > 0)
		row->growth = 1;
	else if ((w = lp_words_suffix(LP_W_DECLINE, s + na, *nb - na)) > 0 && w < *nb - na)
		row->growth = row->decline = 1;
	*nb -= w;
}

/*
 * The unit a name cell gives in its closing brackets ("地区生产总值（亿元）",
 * "全员劳动生产率(万元/人)": a plan table with no unit column), when that
 * is a known unit, into unit; s[nb, ce) is the bracket.
 */
static void
name_paren_unit(const char *s, size_t nb, size_t ce, char *unit, size_t size)
{
	size_t		a = nb,
				b = ce;

	if (lp_at(s, ce, a, "（"))
		a += 3;
	else if (a < ce && s[a] == '(')
		a++;
	else
		return;
	if (b >= a + 3 && memcmp(s + b - 3, "）", 3) == 0)
		b -= 3;
	else if (b > a && s[b - 1] == ')')
		b--;
	else
		return;
	if (b > a && b - a < size && lp_unit_lookup(s + a, b - a) != NULL)
	{
		memcpy(unit, s + a, b - a);
		unit[b - a] = '\0';
	}
}

/* The row's subject and unit from its name and unit columns (or brackets). */
static void
row_name_and_unit(lp_facts *out, lp_table *t, table_row *row)
{
	int			k,
				name_col = 0;
	size_t		na,
				nb;

	row->unit[0] = '\0';
	for (k = 0; k < row->n && k < t->ncols; k++)
	{
		size_t		len = row->ce[k] - row->cs[k];

		if (t->cols[k].is_name)
			name_col = k;
		if (t->cols[k].is_unit && len < sizeof(row->unit))
		{
			memcpy(row->unit, row->line[k] + row->cs[k], len);
			row->unit[len] = '\0';
		}
	}
	/*
	 * "地区生产总值（GDP）" names 地区生产总值; "其中：税收收入" 税收收入; "#工业"
	 * 工业 (the statistical tables' mark of a part of the row above)
	 */
	na = row->cs[name_col];
	if (lp_at(row->line[name_col], row->ce[name_col], na, "其中："))
		na += 9;
	else if (na < row->ce[name_col] && row->line[name_col][na] == '#')
		na++;
	nb = lp_subject_drop_paren(row->line[name_col], na, row->ce[name_col]);
	if (row->unit[0] == '\0')
		name_paren_unit(row->line[name_col], nb, row->ce[name_col], row->unit, sizeof(row->unit));
	row_growth(row->line[name_col], na, &nb, row);
	if (nb == na && row->growth && t->last_subject)
	{
		row->subject = t->last_subject;	/* "  增速" under a row of amounts */
		return;
	}
	row->subject = lp_pool_copy(out, row->line[name_col] + na, nb - na);
	t->last_subject = row->subject;
}

/* The value of a cell with its own unit or qualifier: "7%左右", "6%以上", "4以内". */
static int
cell_with_unit(const char *c, size_t cl, lp_quantity *q, const char **u, char *cell_unit,
			   lp_measure *measure)
{
	lp_quantity pq;
	lp_error	err;

	if (lp_quantity_parse(c, cl, &pq, &err) != LP_OK)
		return 0;
	lp_copy_str(q->value, sizeof(q->value), pq.value);
	lp_copy_str(q->value_hi, sizeof(q->value_hi), pq.value_hi);
	q->qualifier = pq.qualifier;
	if (pq.unit[0])
	{
		/* a percentage in a row of amounts is a rate of growth */
		if (strcmp(pq.unit, "%") == 0 && strcmp(*u, "%") != 0)
			*measure = LP_MEASURE_GROWTH;
		lp_copy_str(cell_unit, 32, pq.unit);
		*u = cell_unit;
	}
	return 1;
}

/* The value in its unit u and folded to the base unit when u is known. */
static void
fold_unit(lp_quantity *q, const char *u)
{
	const lp_unit *unit_def = u[0] ? lp_unit_lookup(u, strlen(u)) : NULL;

	lp_copy_str(q->unit, sizeof(q->unit), u);
	if (unit_def && lp_dec_mul(q->value, unit_def->factor, q->base_value, sizeof(q->base_value)) == LP_OK)
	{
		lp_copy_str(q->base_unit, sizeof(q->base_unit), unit_def->base);
		q->dimension = unit_def->dimension;
		if (q->value_hi[0] &&
			lp_dec_mul(q->value_hi, unit_def->factor, q->base_value_hi, sizeof(q->base_value_hi)) != LP_OK)
			q->base_value_hi[0] = '\0';
	}
	else
	{
		lp_copy_str(q->base_value_hi, sizeof(q->base_value_hi), q->value_hi);
		lp_copy_str(q->base_value, sizeof(q->base_value), q->value);
		lp_copy_str(q->base_unit, sizeof(q->base_unit), u);
		q->dimension = "";
	}
}

/*
 * A value cell closed by a note in brackets after its figure ("8.7(实际增长
 * 7.9)", "9.5（现价）"): the length of the figure before it, else cl.
 */
static size_t
before_closing_note(const char *c, size_t cl)
{
	size_t		open;

	if (cl < 2 || !(c[cl - 1] == ')' || lp_at(c, cl, cl - 3, "）")))
		return cl;
	for (open = 1; open < cl; open++)
		if (c[open] == '(' || lp_at(c, cl, open, "（"))
			break;
	if (open >= cl || !isdigit((unsigned char) c[open - 1]))
		return cl;
	return open;
}

/*
 * The quantity of a value cell c[0, cl) of column col, the row's unit
 * being unit: a sign, a bound written as a sign (≥76.5), a number, and a
 * unit of its own.  Returns 0 when the cell holds none.
 */
static int
cell_quantity(const char *c, size_t cl, const lp_table_col *col, const char *unit,
			  lp_quantity *q, lp_measure *measure)
{
	const char *u = col->measure == LP_MEASURE_GROWTH || col->measure == LP_MEASURE_SHARE ? "%" :
		unit[0] == '\0' && col->unit[0] ? col->unit : unit;
	char		cell_unit[32];
	lp_error	err;
	size_t		m;
	int			neg = 0;

	if (c[0] == '-' || lp_at(c, cl, 0, "−"))
	{
		neg = 1;
		cl -= c[0] == '-' ? 1 : 3;
		c += c[0] == '-' ? 1 : 3;
	}
	memset(q, 0, sizeof(*q));
	*measure = col->measure;
	if ((m = lp_words_prefix(LP_W_CELL_GE, c, cl)) > 0)
		q->qualifier = LP_Q_GE;
	else if ((m = lp_words_prefix(LP_W_CELL_LE, c, cl)) > 0)
		q->qualifier = LP_Q_LE;
	c += m;
	cl = before_closing_note(c, cl - m);
	if (cl == 0)
		return 0;
	if (lp_cn_number(c, cl, q->value, sizeof(q->value), &err) != LP_OK &&
		!cell_with_unit(c, cl, q, &u, cell_unit, measure))
		return 0;
	fold_unit(q, u);
	if (neg)
	{
		lp_negate_decimal(q->value);
		lp_negate_decimal(q->base_value);
	}
	/* the whole's own row of a share column ("地区生产总值 | … | 100"): no share */
	if (*measure == LP_MEASURE_SHARE && strtod(q->value, NULL) == 100.0)
		return 0;
	return 1;
}

/*
 * An index (the same period of the year before = 100: "106.8", "97.8") as
 * a rate of growth in place ("6.8", "-2.2"), as many decimals kept.
 * 0 when the value is not a plain decimal of at most 15 digits.
 */
static int
index_to_growth(char *value, size_t size)
{
	long long	v = 0,
				hundred = 100;
	int			decimals = -1,
				digits = 0;
	const char *p;
	char		digs[24],
				buf[48];
	size_t		n;

	for (p = value; *p; p++)
	{
		if (*p == '.' && decimals < 0)
			decimals = 0;
		else if (*p >= '0' && *p <= '9' && ++digits <= 15)
		{
			v = v * 10 + (*p - '0');
			if (decimals >= 0)
			{
				decimals++;
				hundred *= 10;
			}
		}
		else
			return 0;
	}
	if (digits == 0 || digits > 15)
		return 0;
	v -= hundred;
	/* the digits of |v| with at least one before the point, then the point */
	snprintf(buf, sizeof(buf), "%lld", v < 0 ? -v : v);
	n = strlen(buf);
	memset(digs, '0', sizeof(digs));
	if (decimals + 1 > (int) n)
		n = (size_t) decimals + 1;	/* at most 16: 15 digits were read */
	memcpy(digs + n - strlen(buf), buf, strlen(buf) + 1);
	if (decimals > 0)
		snprintf(buf, sizeof(buf), "%s%.*s.%s", v < 0 ? "-" : "", (int) (n - (size_t) decimals),
				 digs, digs + n - decimals);
	else
		snprintf(buf, sizeof(buf), "%s%s", v < 0 ? "-" : "", digs);
	if (strlen(buf) >= size)
		return 0;
	strcpy(value, buf);
	return 1;
}


/*
 * A row of percentages named "X占Y比重" ("数字经济核心产业增加值占地区生产总值
 * 比重 % 9.6 13"): a share of X, read as a mention's subject is (lp_share.c).
 */
static void
share_row(lp_fact *f, const char *subject)
{
	char		part[LP_MAX_SUBJECT + 1];
	lp_measure	m = LP_MEASURE_SHARE;
	const char *code;

	if (!lp_words_any(LP_W_SHARE_OF, subject, strlen(subject)))
		return;
	lp_copy_str(part, sizeof(part), subject);
	lp_subject_share_ratio(part, &m);
	if ((code = lp_indicator_by_suffix(part, strlen(part))) != NULL)
	{
		f->indicator = code;
		f->measure = m;
	}
}

/*
 * "2022M09" → the months from January to it ("2022Q1-3", "2022M01-11"), as
 * "2022年1-9月" reads; any other period (no month named) is left.
 */
static void
months_to(char *period, size_t size)
{
	char		text[32];
	int			m;

	if (strlen(period) != 7 || strspn(period, "0123456789") != 4 || period[4] != 'M' ||
		period[5] < '0' || period[5] > '1' || period[6] < '0' || period[6] > '9')
		return;
	m = (period[5] - '0') * 10 + (period[6] - '0');
	if (m < 2 || m > 12)
		return;
	snprintf(text, sizeof(text), "%.4s年1-%d月", period, m);
	lp_period_of(text, strlen(text), 0, period, size);
}

/* The fact of cell k of the row, in column col. */
static void
push_cell_fact(lp_facts *out, const table_row *row, int k, const lp_table_col *col,
			   const lp_line_ctx *ctx, const lp_quantity *q, lp_measure measure)
{
	const char *s = row->line[k];
	lp_fact    *f = lp_fact_new(out);

	f->line = row->lineno[k];
	f->span_start = (int) lp_utf8_chars(s, row->cs[k]);
	f->span_end = (int) lp_utf8_chars(s, row->ce[k]);
	f->evidence = row->evidence;
	f->section = ctx->section;
	f->status = col->status;
	if (col->period[0])
	{
		lp_copy_str(f->period, sizeof(f->period), col->period);
		f->period_basis = LP_PERIOD_COLUMN;
	}
	else
	{
		lp_copy_str(f->period, sizeof(f->period), ctx->period.period);
		f->period_basis = ctx->period.basis;
		if (f->status == LP_STATUS_TARGET)
			f->period[strspn(f->period, "0123456789")] = '\0';	/* a plan target is for the year */
		else if (col->to_month)
			months_to(f->period, sizeof(f->period));
	}
	f->subject = row->subject;
	f->indicator = lp_indicator_by_suffix(row->subject, strlen(row->subject));
	f->measure = measure;
	if (f->indicator == NULL && q && measure == LP_MEASURE_LEVEL && strcmp(q->base_unit, "%") == 0)
		share_row(f, row->subject);
	f->has_quantity = q != NULL;
	if (q)
		lp_fact_set_value(out, f, q, 0);
	f->headline = lp_headline_of_table_row(f);
}

/*
 * A target cell in words ("与经济增长同步", "完成省下达任务"): a qualitative
 * target.  Dashes and other marks of an empty cell hold no hanzi run.
 */
static int
text_target_cell(const char *c, size_t cl, const lp_table_col *col)
{
	size_t		i;
	int			hanzi = 0;

	if (col->status != LP_STATUS_TARGET)
		return 0;
	for (i = 0; i < cl;)
	{
		int			n;
		uint32_t	cp = lp_utf8_next(c + i, cl - i, &n);

		if (cp >= '0' && cp <= '9')
			return 0;
		hanzi += lp_is_hanzi(cp);
		i += (size_t) n;
	}
	return hanzi >= 4;
}

/* A fact per value column of the row. */
static void
add_row(lp_facts *out, lp_table *t, table_row *row, const lp_line_ctx *ctx)
{
	int			k;

	row_name_and_unit(out, t, row);
	lp_table_caption_row_unit(t, row->subject, row->unit, sizeof(row->unit));
	for (k = 0; k < row->n && k < t->ncols; k++)
	{
		const lp_table_col *col = &t->cols[k];
		lp_quantity q;
		lp_measure	measure;

		if (col->measure == LP_MEASURE_NONE || row->ce[k] == row->cs[k])
			continue;
		if (!cell_quantity(row->line[k] + row->cs[k], row->ce[k] - row->cs[k], col, row->unit,
						   &q, &measure))
		{
			if (text_target_cell(row->line[k] + row->cs[k], row->ce[k] - row->cs[k], col))
			{
				/* a goal in words under a plan's average rate (2021-2025: 完成市下达目标) is for its last year */
				lp_table_col goal = *col;

				if (strlen(goal.period) == 9 && goal.period[4] == '-')
					memmove(goal.period, goal.period + 5, 5);
				push_cell_fact(out, row, k, &goal, ctx, NULL, LP_MEASURE_QUALITATIVE);
			}
			continue;
		}
		/* "106.8" under 为上年同期%: a growth of 6.8% */
		if (col->is_index && (q.value_hi[0] || q.qualifier != LP_Q_EQ ||
							  !index_to_growth(q.value, sizeof(q.value)) ||
							  !index_to_growth(q.base_value, sizeof(q.base_value))))
			continue;
		q.start = row->cs[k];
		q.end = row->ce[k];
		if (row->growth && measure == LP_MEASURE_LEVEL &&
			(row->unit[0] == '\0' || strcmp(row->unit, "%") == 0))
		{
			measure = LP_MEASURE_GROWTH;
			if (row->decline && q.value[0] != '-')
			{
				lp_negate_decimal(q.value);
				lp_negate_decimal(q.base_value);
			}
		}
		push_cell_fact(out, row, k, col, ctx, &q, measure);
	}
}

/*
 * A row of a table of single spaces numbered in a 序号 column: normalize took
 * out the space between the number and the name ("1 地区生产总值（亿元）" →
 * "1地区生产总值（亿元）").  Its first cell is split after its digits, the
 * cells after it move one on; the new count.
 */
static int
split_serial(const char *s, size_t *cs, size_t *ce, int nc)
{
	size_t		d = cs[0];
	int			k;

	while (d < ce[0] && s[d] >= '0' && s[d] <= '9')
		d++;
	if (d == cs[0] || d == ce[0] || d - cs[0] > 3 || !lp_hanzi_lead(s[d]) ||
		nc >= LP_TABLE_MAX_COLS)
		return nc;
	for (k = nc; k > 0; k--)
	{
		cs[k] = cs[k - 1];
		ce[k] = ce[k - 1];
	}
	ce[0] = d;
	cs[1] = d;
	return nc + 1;
}

/* A row of cells on one line: a fact per value column.  1 when the line is one. */
static int
row_of_cells(lp_table_reader *r, lp_facts *out, const char *s, size_t slen, int lineno,
			 const lp_line_ctx *ctx)
{
	size_t		cs[LP_TABLE_MAX_COLS],
				ce[LP_TABLE_MAX_COLS];
	const char *line[LP_TABLE_MAX_COLS];
	int			num[LP_TABLE_MAX_COLS],
				nc = lp_table_cells(s, slen, r->table.sep, cs, ce, LP_TABLE_MAX_COLS),
				k;
	table_row	row;

	if (r->table.sep == 's' && r->table.serial && nc > 0 && nc < r->table.ncols)
		nc = split_serial(s, cs, ce, nc);
	if (nc >= 3 && r->table.mute)
	{
		r->table.rows++;		/* a row under a header not read: taken, no facts */
		return 1;
	}
	if (!(nc >= 2 && nc <= r->table.ncols && nc >= r->table.ncols - 1))
		return 0;
	for (k = 0; k < nc; k++)
	{
		line[k] = s;
		num[k] = lineno;
	}
	row.line = line;
	row.lineno = num;
	row.cs = cs;
	row.ce = ce;
	row.n = nc;
	row.evidence = lp_pool_evidence(out, s, 0, slen, LP_MAX_EVIDENCE);
	add_row(out, &r->table, &row, ctx);
	r->table.rows++;
	return 1;
}

/* The row of a table with one cell per line is complete: its facts. */
static void
vertical_row(lp_table_reader *r, lp_facts *out, const lp_line_ctx *ctx)
{
	lp_buf		ev;
	table_row	row;
	int			k;

	lp_buf_init(&ev);
	for (k = 0; k < r->vcell; k++)
	{
		if (k)
			lp_buf_puts(&ev, " | ");
		lp_buf_append(&ev, r->vline[k] + r->vcs[k], r->vce[k] - r->vcs[k]);
	}
	row.line = r->vline;
	row.lineno = r->vlineno;
	row.cs = r->vcs;
	row.ce = r->vce;
	row.n = r->vcell;
	row.evidence = lp_pool_copy(out, ev.data, ev.len);
	if (!r->table.mute)
		add_row(out, &r->table, &row, ctx);
	lp_buf_free(&ev);
	r->table.rows++;
	r->vcell = 0;
}

/*
 * A row of a table with one cell per line cut short by the name of the next
 * (its blank cells left out in the copy): read only when which cell is
 * missing is plain, a blank unit cell (a figure where the unit stands).
 */
static void
short_row(lp_table_reader *r, lp_facts *out, const lp_line_ctx *ctx)
{
	const lp_table *t = &r->table;
	int			k;

	if (r->vcell < 3 || r->vcell != t->ncols - 1 || t->ncols < 3 || !t->cols[1].is_unit ||
		t->cols[2].is_unit ||
		!lp_table_vertical_fits(r->vline[1] + r->vcs[1], r->vce[1] - r->vcs[1], t, 2))
	{
		r->vcell = 0;
		return;
	}
	for (k = r->vcell; k > 1; k--)
	{
		r->vline[k] = r->vline[k - 1];
		r->vlineno[k] = r->vlineno[k - 1];
		r->vcs[k] = r->vcs[k - 1];
		r->vce[k] = r->vce[k - 1];
	}
	r->vce[1] = r->vcs[1];		/* the blank unit cell */
	r->vcell++;
	vertical_row(r, out, ctx);
}

/*
 * The line after the first row under a header of spans: a figure there
 * means the spans were misread (the rows are longer), and the row is
 * dropped with the table; anything else gives the row.  1 when the table
 * goes on.
 */
static int
held_row(lp_table_reader *r, lp_facts *out, const char *s, size_t slen, const lp_line_ctx *ctx)
{
	r->held = 0;
	if (r->table.ncols > 2 && !lp_table_vertical_fits(s, slen, &r->table, 0) &&
		lp_table_vertical_fits(s, slen, &r->table, r->table.ncols - 1))
	{
		r->vcell = 0;
		r->table.active = 0;
		return 0;
	}
	vertical_row(r, out, ctx);
	return 1;
}

/* One cell of a table with one cell per line.  1 when the line is one. */
static int
vertical_cell(lp_table_reader *r, lp_facts *out, const char *s, size_t slen, int lineno,
			  const lp_line_ctx *ctx)
{
	size_t		ca = 0,
				cb = slen;

	if (r->held && !held_row(r, out, s, slen, ctx))
		return 0;
	if (!lp_table_vertical_fits(s, slen, &r->table, r->vcell))
	{
		/* a row cut short: the line names the next */
		if (r->vcell == 0 || !lp_table_vertical_fits(s, slen, &r->table, 0))
		{
			short_row(r, out, ctx);
			return 0;
		}
		short_row(r, out, ctx);
	}
	lp_trim(s, &ca, &cb);
	r->vline[r->vcell] = s;
	r->vlineno[r->vcell] = lineno;
	r->vcs[r->vcell] = ca;
	r->vce[r->vcell] = cb;
	if (++r->vcell < r->table.ncols)
		return 1;
	if (r->table.spans && r->table.rows == 0)
		r->held = 1;
	else
		vertical_row(r, out, ctx);
	return 1;
}

/* A markdown table's rule under its header: "|---|:---:|". */
static int
rule_row(const char *s, size_t slen)
{
	size_t		i;
	int			dash = 0;

	for (i = 0; i < slen; i++)
	{
		if (s[i] == '-')
			dash = 1;
		else if (s[i] != '|' && s[i] != ':' && s[i] != ' ' && s[i] != '\t')
			return 0;
	}
	return dash;
}

/* A line that is only a bar: the border between two cells of a table with one cell per line. */
static int
cell_border(const char *s, size_t slen)
{
	size_t		a = 0,
				b = slen;

	lp_trim(s, &a, &b);
	return (b - a == 1 && s[a] == '|') || (b - a == 3 && lp_at(s, b, a, "｜"));
}

int
lp_table_read_line(lp_table_reader *r, lp_facts *out, const char *s, size_t slen, int lineno,
				   const lp_line_ctx *ctx, int year)
{
	/* "指标⏎|⏎单位⏎|⏎…": a web table's cells with a bar between them */
	if ((r->vhead || (r->table.active && r->table.sep == 'v')) && cell_border(s, slen))
		return 1;
	/* a table with one cell per line: its header, one column a line */
	if (r->vhead)
	{
		if (lp_table_vertical_cell(s, slen, &r->table))
			return 1;
		r->vhead = 0;
		r->vcell = 0;
		if (lp_table_vertical_done(&r->table) && r->caption_line > 0 &&
			r->caption_line >= r->vstart - 2)
			lp_table_caption_apply(&r->table, r->caption);
	}
	/* a table read: a row, or the line after it ends the table */
	if (r->table.active && r->table.sep == 'v')
	{
		if (vertical_cell(r, out, s, slen, lineno, ctx))
			return 1;
		r->table.active = 0;
		r->vcell = 0;
	}
	else if (r->table.active)
	{
		if ((r->table.sep == '|' && rule_row(s, slen)) ||
			lp_table_header_more(s, slen, &r->table) ||
			row_of_cells(r, out, s, slen, lineno, ctx))
			return 1;
		r->table.active = 0;
	}
	/* a new table, its caption's unit on the line above its header ("单位：亿元") */
	if (lp_table_header(s, slen, year, &r->table))
	{
		if (r->caption_line > 0 && r->caption_line >= lineno - 2)
			lp_table_caption_apply(&r->table, r->caption);
		return 1;
	}
	if (lp_table_caption_unit(s, slen, r->caption, sizeof(r->caption)))
		r->caption_line = lineno;
	if (lp_table_vertical_start(s, slen, year, &r->table) ||
		(r->caption_line > 0 && r->caption_line == lineno - 1 &&
		 lp_table_caption_vertical_start(s, slen, year, &r->table)))
	{
		r->vhead = 1;
		r->held = 0;
		r->vstart = lineno;
		return 1;
	}
	return 0;
}
