/*
 * lp_pattern.c — the small regular expressions of src/data (chrome.tsv),
 * matched against a whole string in time linear in its length.
 *
 * A pattern compiles to a Thompson NFA program; matching runs every
 * alternative at once, one byte at a time (no backtracking, no rescans), so
 * no text can make it slow, and it does not depend on the server's locale as
 * glibc regexec does.
 *
 * Syntax (POSIX extended, over bytes): literals, \c for a literal c, . (any
 * byte but NUL), [...] and [^...] byte sets with ranges, ( ), |, *, +, ?,
 * {m}, {m,}, {m,n}.  A non-ASCII character is several bytes: quantify it as
 * a group, "(次)?".
 */
#include "lp_repair.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define PAT_MAX_NODES 1024
#define PAT_MAX_SETS 256
#define PAT_MAX_REPEAT 255

enum
{
	OP_SET,						/* consume a byte of sets[x] */
	OP_SPLIT,					/* go on at x and at y */
	OP_JMP,						/* go on at x */
	OP_MATCH
};

typedef struct pat_inst
{
	uint8_t		op;
	uint16_t	x,
				y;
} pat_inst;

struct lp_pattern
{
	int			n;				/* instructions */
	pat_inst   *prog;
	uint32_t	(*sets)[8];		/* 256-bit byte sets */
};

/* ---------- parsing into a tree ---------- */

enum
{
	N_SET, N_CAT, N_ALT, N_REP, N_EMPTY
};

typedef struct pat_node
{
	int			kind;
	int			a,
				b;				/* children; N_SET: a = set */
	int			min,
				max;			/* N_REP; max -1 = unbounded */
} pat_node;

typedef struct pat_parser
{
	const char *s;
	size_t		n,
				i;
	pat_node	nodes[PAT_MAX_NODES];
	int			nnodes;
	uint32_t	sets[PAT_MAX_SETS][8];
	int			nsets;
	const char *why;
} pat_parser;

static int	parse_alt(pat_parser *p);

static int
new_node(pat_parser *p, int kind, int a, int b)
{
	if (p->nnodes == PAT_MAX_NODES)
	{
		p->why = "too many parts";
		return -1;
	}
	p->nodes[p->nnodes].kind = kind;
	p->nodes[p->nnodes].a = a;
	p->nodes[p->nnodes].b = b;
	p->nodes[p->nnodes].min = p->nodes[p->nnodes].max = 0;
	return p->nnodes++;
}

static int
new_set(pat_parser *p)
{
	if (p->nsets == PAT_MAX_SETS)
	{
		p->why = "too many characters";
		return -1;
	}
	memset(p->sets[p->nsets], 0, sizeof(p->sets[0]));
	return p->nsets++;
}

#define SET_ADD(set, c) ((set)[(uint8_t) (c) >> 5] |= 1u << ((uint8_t) (c) & 31))

/* [...] after the '[' */
static int
parse_bracket(pat_parser *p)
{
	int			k = new_set(p),
				neg = 0,
				first = 1,
				c;
	uint32_t   *set;

	if (k < 0)
		return -1;
	set = p->sets[k];
	if (p->i < p->n && p->s[p->i] == '^')
	{
		neg = 1;
		p->i++;
	}
	while (p->i < p->n && (first || p->s[p->i] != ']'))
	{
		uint8_t		lo = (uint8_t) p->s[p->i++],
					hi = lo;

		first = 0;
		if (p->i + 1 < p->n && p->s[p->i] == '-' && p->s[p->i + 1] != ']')
		{
			hi = (uint8_t) p->s[p->i + 1];
			p->i += 2;
			if (hi < lo)
			{
				p->why = "reversed range";
				return -1;
			}
		}
		for (c = lo; c <= hi; c++)
			SET_ADD(set, c);
	}
	if (p->i >= p->n)
	{
		p->why = "unclosed [";
		return -1;
	}
	p->i++;
	if (neg)
		for (c = 0; c < 8; c++)
			set[c] = ~set[c];
	set[0] &= ~1u;				/* never NUL */
	return new_node(p, N_SET, k, 0);
}

static int
parse_atom(pat_parser *p)
{
	char		c = p->s[p->i++];
	int			k;

	if (c == '(')
	{
		int			r = parse_alt(p);

		if (r < 0)
			return -1;
		if (p->i >= p->n || p->s[p->i] != ')')
		{
			p->why = "unclosed (";
			return -1;
		}
		p->i++;
		return r;
	}
	if (c == '[')
		return parse_bracket(p);
	if (c == ')' || c == '*' || c == '+' || c == '?' || c == '{' || c == '^' || c == '$')
	{
		p->why = "unexpected special character";
		return -1;
	}
	if ((k = new_set(p)) < 0)
		return -1;
	if (c == '.')
	{
		memset(p->sets[k], 0xFF, sizeof(p->sets[k]));
		p->sets[k][0] &= ~1u;
	}
	else
	{
		if (c == '\\')
		{
			if (p->i >= p->n)
			{
				p->why = "\\ at the end";
				return -1;
			}
			c = p->s[p->i++];
		}
		SET_ADD(p->sets[k], c);
	}
	return new_node(p, N_SET, k, 0);
}

static int
parse_number(pat_parser *p, int *v)
{
	int			any = 0;

	*v = 0;
	while (p->i < p->n && p->s[p->i] >= '0' && p->s[p->i] <= '9')
	{
		*v = *v * 10 + (p->s[p->i++] - '0');
		if (*v > PAT_MAX_REPEAT)
			return 0;
		any = 1;
	}
	return any;
}

static int
parse_repeat(pat_parser *p)
{
	int			r = parse_atom(p);

	while (r >= 0 && p->i < p->n)
	{
		char		c = p->s[p->i];
		int			min,
					max;

		if (c == '*')
			min = 0, max = -1;
		else if (c == '+')
			min = 1, max = -1;
		else if (c == '?')
			min = 0, max = 1;
		else if (c == '{')
		{
			p->i++;
			if (!parse_number(p, &min))
			{
				p->why = "bad {m,n}";
				return -1;
			}
			max = min;
			if (p->i < p->n && p->s[p->i] == ',')
			{
				p->i++;
				if (p->i < p->n && p->s[p->i] == '}')
					max = -1;
				else if (!parse_number(p, &max) || max < min)
				{
					p->why = "bad {m,n}";
					return -1;
				}
			}
			if (p->i >= p->n || p->s[p->i] != '}')
			{
				p->why = "bad {m,n}";
				return -1;
			}
		}
		else
			break;
		p->i++;
		r = new_node(p, N_REP, r, 0);
		if (r >= 0)
		{
			p->nodes[r].min = min;
			p->nodes[r].max = max;
		}
	}
	return r;
}

static int
parse_cat(pat_parser *p)
{
	int			r = -2;

	while (p->i < p->n && p->s[p->i] != '|' && p->s[p->i] != ')')
	{
		int			x = parse_repeat(p);

		if (x < 0)
			return -1;
		r = r == -2 ? x : new_node(p, N_CAT, r, x);
		if (r < 0)
			return -1;
	}
	return r == -2 ? new_node(p, N_EMPTY, 0, 0) : r;
}

static int
parse_alt(pat_parser *p)
{
	int			r = parse_cat(p);

	while (r >= 0 && p->i < p->n && p->s[p->i] == '|')
	{
		int			x;

		p->i++;
		if ((x = parse_cat(p)) < 0)
			return -1;
		r = new_node(p, N_ALT, r, x);
	}
	return r;
}

/* ---------- code generation ---------- */

typedef struct pat_gen
{
	const pat_parser *p;
	pat_inst	prog[LP_PATTERN_MAX_PROG];
	int			n;
} pat_gen;

static int
emit(pat_gen *g, int op, int x, int y)
{
	if (g->n == LP_PATTERN_MAX_PROG)
		return -1;
	g->prog[g->n].op = (uint8_t) op;
	g->prog[g->n].x = (uint16_t) x;
	g->prog[g->n].y = (uint16_t) y;
	return g->n++;
}

static int
gen(pat_gen *g, int node)
{
	const pat_node *nd = &g->p->nodes[node];
	int			k,
				s,
				j;

	switch (nd->kind)
	{
		case N_EMPTY:
			return 0;
		case N_SET:
			return emit(g, OP_SET, nd->a, 0) < 0 ? -1 : 0;
		case N_CAT:
			return gen(g, nd->a) < 0 || gen(g, nd->b) < 0 ? -1 : 0;
		case N_ALT:
			if ((s = emit(g, OP_SPLIT, 0, 0)) < 0)
				return -1;
			g->prog[s].x = (uint16_t) (s + 1);
			if (gen(g, nd->a) < 0 || (j = emit(g, OP_JMP, 0, 0)) < 0)
				return -1;
			g->prog[s].y = (uint16_t) g->n;
			if (gen(g, nd->b) < 0)
				return -1;
			g->prog[j].x = (uint16_t) g->n;
			return 0;
		case N_REP:
			for (k = 0; k < nd->min; k++)
				if (gen(g, nd->a) < 0)
					return -1;
			if (nd->max < 0)
			{
				if ((s = emit(g, OP_SPLIT, 0, 0)) < 0)
					return -1;
				g->prog[s].x = (uint16_t) (s + 1);
				if (gen(g, nd->a) < 0 || emit(g, OP_JMP, s, 0) < 0)
					return -1;
				g->prog[s].y = (uint16_t) g->n;
				return 0;
			}
			{
				/* optional copies, each may end the repetition */
				int			splits[PAT_MAX_REPEAT],
							ns = 0;

				for (k = nd->min; k < nd->max; k++)
				{
					if ((s = emit(g, OP_SPLIT, 0, 0)) < 0)
						return -1;
					g->prog[s].x = (uint16_t) (s + 1);
					splits[ns++] = s;
					if (gen(g, nd->a) < 0)
						return -1;
				}
				for (k = 0; k < ns; k++)
					g->prog[splits[k]].y = (uint16_t) g->n;
			}
			return 0;
	}
	return -1;
}

lp_pattern *
lp_pattern_compile(const char *src, size_t len, const char **why)
{
	pat_parser *p = malloc(sizeof(pat_parser));
	pat_gen    *g = malloc(sizeof(pat_gen));
	lp_pattern *pat = NULL;
	int			root;

	*why = "out of memory";
	if (!p || !g)
		goto done;
	p->s = src;
	p->n = len;
	p->i = 0;
	p->nnodes = p->nsets = 0;
	p->why = NULL;
	root = parse_alt(p);
	if (root >= 0 && p->i < p->n)
		p->why = "unmatched )";
	if (root < 0 || p->why)
	{
		*why = p->why ? p->why : "syntax error";
		goto done;
	}
	g->p = p;
	g->n = 0;
	if (gen(g, root) < 0 || emit(g, OP_MATCH, 0, 0) < 0)
	{
		*why = "pattern too long";
		goto done;
	}
	pat = malloc(sizeof(lp_pattern));
	if (pat)
	{
		pat->n = g->n;
		pat->prog = malloc(g->n * sizeof(pat_inst));
		pat->sets = malloc((p->nsets ? p->nsets : 1) * sizeof(p->sets[0]));
		if (!pat->prog || !pat->sets)
		{
			free(pat->prog);
			free(pat->sets);
			free(pat);
			pat = NULL;
		}
		else
		{
			memcpy(pat->prog, g->prog, g->n * sizeof(pat_inst));
			memcpy(pat->sets, p->sets, p->nsets * sizeof(p->sets[0]));
			*why = NULL;
		}
	}
done:
	free(p);
	free(g);
	return pat;
}

void
lp_pattern_free(lp_pattern *pat)
{
	if (!pat)
		return;
	free(pat->prog);
	free(pat->sets);
	free(pat);
}

/* ---------- matching ---------- */

typedef struct pat_list
{
	uint16_t	pc[LP_PATTERN_MAX_PROG];
	int			n;
} pat_list;

/* Add pc and everything reachable from it without a byte to l. */
static void
add_thread(const lp_pattern *pat, pat_list *l, uint32_t *mark, uint32_t gen,
		   uint16_t *stack, int pc)
{
	int			sp = 0;

	stack[sp++] = (uint16_t) pc;
	while (sp > 0)
	{
		const pat_inst *in;

		pc = stack[--sp];
		if (mark[pc] == gen)
			continue;
		mark[pc] = gen;
		in = &pat->prog[pc];
		if (in->op == OP_JMP)
			stack[sp++] = in->x;
		else if (in->op == OP_SPLIT)
		{
			stack[sp++] = in->y;
			stack[sp++] = in->x;
		}
		else
			l->pc[l->n++] = (uint16_t) pc;
	}
}

int
lp_pattern_match(const lp_pattern *pat, const char *s, size_t n)
{
	pat_list	lists[2];
	uint32_t	mark[LP_PATTERN_MAX_PROG];
	uint16_t	stack[2 * LP_PATTERN_MAX_PROG + 2];
	pat_list   *cur = &lists[0],
			   *next = &lists[1];
	uint32_t	gen = 1;
	unsigned int iter = 0;
	size_t		i;
	int			k;

	memset(mark, 0, pat->n * sizeof(uint32_t));
	cur->n = 0;
	add_thread(pat, cur, mark, gen, stack, 0);
	for (i = 0; i < n && cur->n > 0; i++)
	{
		uint8_t		c = (uint8_t) s[i];
		pat_list   *t;

		LP_LOOP_CHECK(iter);
		gen++;
		next->n = 0;
		for (k = 0; k < cur->n; k++)
		{
			const pat_inst *in = &pat->prog[cur->pc[k]];

			if (in->op == OP_SET && (pat->sets[in->x][c >> 5] >> (c & 31) & 1))
				add_thread(pat, next, mark, gen, stack, cur->pc[k] + 1);
		}
		t = cur;
		cur = next;
		next = t;
	}
	if (i < n)
		return 0;
	for (k = 0; k < cur->n; k++)
		if (pat->prog[cur->pc[k]].op == OP_MATCH)
			return 1;
	return 0;
}
