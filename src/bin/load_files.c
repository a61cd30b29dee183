/*
 * load_files.c — which files luohuplan-load sends, under which name, and
 * their bytes.
 *
 * A PATH argument is a file or a directory; directories are walked
 * recursively with entries in byte order (strcmp), so the load order does
 * not depend on the file system or the locale.  Symbolic links to files are
 * followed; links to directories are not walked (no loops) and count as
 * skipped.  The name recorded for a file is its path relative to the
 * argument's parent directory: loading /data/luohu gives "luohu/2023/a.txt".
 */
#include "load.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <poll.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

/*
 * Largest document sent: luohuplan.max_document_size, read from the server
 * once connected.  Until then, and never above, a bit under 1 GB: a
 * protocol message (the file, its name and meta) cannot exceed 1 GB.
 */
#define LOAD_PROTOCOL_MAX ((size_t) 1024 * 1024 * 1024 - 1024 * 1024)
size_t		load_max_bytes = LOAD_PROTOCOL_MAX;

/* ---------- allocation that never returns NULL ---------- */

void *
load_xmalloc(size_t size)
{
	void	   *p = malloc(size ? size : 1);

	if (p == NULL)
	{
		fprintf(stderr, "luohuplan-load: out of memory\n");
		exit(2);
	}
	return p;
}

void *
load_xrealloc(void *ptr, size_t size)
{
	void	   *p = realloc(ptr, size ? size : 1);

	if (p == NULL)
	{
		fprintf(stderr, "luohuplan-load: out of memory\n");
		exit(2);
	}
	return p;
}

char *
load_xstrdup(const char *s)
{
	size_t		n = strlen(s) + 1;

	return memcpy(load_xmalloc(n), s, n);
}

char *
load_xprintf(const char *fmt,...)
{
	va_list		ap;
	int			n;
	char	   *s,
				probe[1];

	va_start(ap, fmt);
	n = vsnprintf(probe, sizeof(probe), fmt, ap);
	va_end(ap);
	if (n < 0)
		return load_xstrdup(fmt);
	s = load_xmalloc((size_t) n + 1);
	va_start(ap, fmt);
	vsnprintf(s, (size_t) n + 1, fmt, ap);
	va_end(ap);
	return s;
}

/* ---------- the list of files ---------- */

static load_kind
kind_of(const char *name)
{
	const char *dot = strrchr(name, '.');

	if (dot == NULL || dot == name)
		return LOAD_OTHER;
	dot++;
	if (strcasecmp(dot, "txt") == 0 || strcasecmp(dot, "text") == 0 ||
		strcasecmp(dot, "html") == 0 || strcasecmp(dot, "htm") == 0)
		return LOAD_TEXT;
	if (strcasecmp(dot, "pdf") == 0)
		return LOAD_PDF;
	return LOAD_OTHER;
}

/* Append a file; path is taken over, source is recorded in printable form. */
static void
list_push(load_list *list, char *path, const char *source, const char *meta,
		  load_kind kind, off_t size, char *error)
{
	load_file  *f;

	if (list->count == list->cap)
	{
		list->cap = list->cap ? list->cap * 2 : 64;
		list->items = load_xrealloc(list->items, list->cap * sizeof(load_file));
	}
	f = &list->items[list->count++];
	f->path = path;
	f->shown = load_printable(path);
	f->source = load_printable(source);
	f->meta = meta ? load_xstrdup(meta) : NULL;
	f->kind = kind;
	f->size = size;
	f->error = error;
}

static char *
join(const char *dir, const char *name)
{
	size_t		n = strlen(dir);

	if (n == 0)
		return load_xstrdup(name);
	if (dir[n - 1] == '/')
		return load_xprintf("%s%s", dir, name);
	return load_xprintf("%s/%s", dir, name);
}

static int
compare_names(const void *a, const void *b)
{
	return strcmp(*(char *const *) a, *(char *const *) b);
}

/* Add one directory entry (path, recorded as source) found by stat st. */
static void
add_found(load_list *list, char *path, char *source, const char *meta,
		  const struct stat *st, int walk_dirs);

/* Walk a directory: its entries in byte order, subdirectories recursed. */
static void
add_directory(load_list *list, const char *path, const char *source,
			  const char *meta)
{
	DIR		   *dir = opendir(path);
	struct dirent *ent;
	char	  **names = NULL;
	size_t		count = 0,
				cap = 0,
				i;

	if (dir == NULL)
	{
		list_push(list, load_xstrdup(path), source, meta, LOAD_BROKEN, 0,
				  load_xprintf("cannot open directory: %s", strerror(errno)));
		return;
	}
	for (;;)
	{
		errno = 0;
		ent = readdir(dir);
		if (ent == NULL)
			break;
		if (strcmp(ent->d_name, ".") == 0 || strcmp(ent->d_name, "..") == 0)
			continue;
		if (count == cap)
		{
			cap = cap ? cap * 2 : 32;
			names = load_xrealloc(names, cap * sizeof(char *));
		}
		names[count++] = load_xstrdup(ent->d_name);
	}
	if (errno != 0)
		list_push(list, load_xstrdup(path), source, meta, LOAD_BROKEN, 0,
				  load_xprintf("cannot read directory: %s", strerror(errno)));
	closedir(dir);

	if (count > 1)
		qsort(names, count, sizeof(char *), compare_names);
	for (i = 0; i < count; i++)
	{
		char	   *child = join(path, names[i]);
		char	   *child_source = join(source, names[i]);
		struct stat st;

		if (lstat(child, &st) != 0)
		{
			list_push(list, child, child_source, meta, LOAD_BROKEN, 0,
					  load_xstrdup(strerror(errno)));
			free(child_source);
		}
		else if (S_ISLNK(st.st_mode))
		{
			/* follow links to files, not to directories (no loops) */
			if (stat(child, &st) != 0)
			{
				list_push(list, child, child_source, meta, LOAD_BROKEN, 0,
						  load_xprintf("broken symbolic link: %s", strerror(errno)));
				free(child_source);
			}
			else
				add_found(list, child, child_source, meta, &st, 0);
		}
		else
			add_found(list, child, child_source, meta, &st, 1);
		free(names[i]);
	}
	free(names);
}

/* path is taken over; source is freed */
static void
add_found(load_list *list, char *path, char *source, const char *meta,
		  const struct stat *st, int walk_dirs)
{
	if (S_ISDIR(st->st_mode) && walk_dirs)
	{
		add_directory(list, path, source, meta);
		free(path);
	}
	else if (S_ISREG(st->st_mode))
		list_push(list, path, source, meta, kind_of(source), st->st_size, NULL);
	else
		list_push(list, path, source, meta, LOAD_OTHER, 0, NULL);
	free(source);
}

/*
 * The name an argument contributes to recorded sources: its last component
 * ("dir" for "a/dir/"); for ".", ".." and the like the name of the directory
 * they resolve to; nothing for "/".
 */
static char *
argument_name(const char *path)
{
	size_t		len = strlen(path);
	const char *start;
	char	   *name;

	while (len > 1 && path[len - 1] == '/')
		len--;
	start = path + len;
	while (start > path && start[-1] != '/')
		start--;
	name = load_xmalloc((size_t) (path + len - start) + 1);
	memcpy(name, start, (size_t) (path + len - start));
	name[path + len - start] = '\0';

	if (strcmp(name, "/") == 0 || strcmp(name, "") == 0 ||
		strcmp(name, ".") == 0 || strcmp(name, "..") == 0)
	{
		char	   *real = realpath(path, NULL);

		free(name);
		if (real == NULL)
			return load_xstrdup("");
		name = load_xstrdup(strrchr(real, '/') ? strrchr(real, '/') + 1 : real);
		free(real);
	}
	return name;
}

void
load_list_add_path(load_list *list, const char *path, const char *meta)
{
	struct stat st;

	if (stat(path, &st) != 0)
	{
		list_push(list, load_xstrdup(path), path, meta, LOAD_BROKEN, 0,
				  load_xstrdup(strerror(errno)));
		return;
	}
	add_found(list, load_xstrdup(path), argument_name(path), meta, &st, 1);
}

/*
 * A file a manifest names: loaded whatever its name ends in (a crawl's files
 * often have none), through pdftotext when it ends in .pdf.
 */
void
load_list_add_file(load_list *list, const char *path, const char *source,
				   const char *meta)
{
	struct stat st;

	if (stat(path, &st) != 0)
		list_push(list, load_xstrdup(path), source, meta, LOAD_BROKEN, 0,
				  load_xstrdup(strerror(errno)));
	else if (!S_ISREG(st.st_mode))
		list_push(list, load_xstrdup(path), source, meta, LOAD_BROKEN, 0,
				  load_xstrdup("not a regular file"));
	else
		list_push(list, load_xstrdup(path), source, meta,
				  kind_of(path) == LOAD_PDF ? LOAD_PDF : LOAD_TEXT, st.st_size, NULL);
}

void
load_list_free(load_list *list)
{
	size_t		i;

	for (i = 0; i < list->count; i++)
	{
		free(list->items[i].path);
		free(list->items[i].shown);
		free(list->items[i].source);
		free(list->items[i].meta);
		free(list->items[i].error);
	}
	free(list->items);
	list->items = NULL;
	list->count = list->cap = 0;
}

/* ---------- reading ---------- */

/* The failure of a file over the size limit (malloc'ed message). */
char *
load_too_large(uintmax_t size)
{
	return load_xprintf("file too large: %ju bytes, over the %zu bytes luohuplan accepts "
						"(luohuplan.max_document_size); not read", size, load_max_bytes);
}

/* Read fd to its end into a growing buffer; -1 with errno on error. */
static int
read_all(int fd, char **data, size_t *len, size_t hint)
{
	size_t		cap = hint + 1,
				n = 0;
	char	   *buf = load_xmalloc(cap);

	for (;;)
	{
		ssize_t		got;

		if (n == cap)
		{
			if (cap > load_max_bytes)
			{
				free(buf);
				errno = EFBIG;
				return -1;
			}
			cap *= 2;
			buf = load_xrealloc(buf, cap);
		}
		got = read(fd, buf + n, cap - n);
		if (got < 0)
		{
			if (errno == EINTR)
				continue;
			free(buf);
			return -1;
		}
		if (got == 0)
			break;
		n += (size_t) got;
	}
	if (n > load_max_bytes)
	{
		free(buf);
		errno = EFBIG;
		return -1;
	}
	*data = buf;
	*len = n;
	return 0;
}

static int
read_text_file(const load_file *file, char **data, size_t *len, char **error)
{
	int			fd = open(file->path, O_RDONLY | O_NOCTTY);
	struct stat st;

	if (fd < 0)
	{
		*error = load_xprintf("cannot open: %s", strerror(errno));
		return -1;
	}
	if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode))
	{
		*error = load_xstrdup("not a regular file");
		close(fd);
		return -1;
	}
	if ((uintmax_t) st.st_size > load_max_bytes)
	{
		*error = load_too_large((uintmax_t) st.st_size);
		close(fd);
		return -1;
	}
	if (read_all(fd, data, len, (size_t) st.st_size) != 0)
	{
		*error = load_xprintf("cannot read: %s", strerror(errno));
		close(fd);
		return -1;
	}
	close(fd);
	return 0;
}

/* Is pdftotext on PATH?  Looked up once. */
static int
have_pdftotext(void)
{
	static int	known = -1;
	const char *path = getenv("PATH");
	char	   *copy,
			   *dir,
			   *save = NULL;

	if (known >= 0)
		return known;
	known = 0;
	copy = load_xstrdup(path && *path ? path : "/usr/bin:/bin");
	for (dir = strtok_r(copy, ":", &save); dir; dir = strtok_r(NULL, ":", &save))
	{
		char	   *candidate = join(*dir ? dir : ".", "pdftotext");

		if (access(candidate, X_OK) == 0)
			known = 1;
		free(candidate);
		if (known)
			break;
	}
	free(copy);
	return known;
}

/* Keep the first line of a program's error output, at most 200 bytes. */
static char *
first_line(const char *s, size_t len)
{
	size_t		n = 0;

	while (n < len && n < 200 && s[n] != '\n' && s[n] != '\0')
		n++;
	{
		char	   *line = load_xmalloc(n + 1);

		memcpy(line, s, n);
		line[n] = '\0';
		return line;
	}
}

/*
 * pdftotext -layout -enc UTF-8 FILE -: its output is what gets loaded.
 * stdout and stderr are read together with poll so neither pipe can fill up.
 */
static int
convert_pdf(const load_file *file, char **data, size_t *len, char **error)
{
	int			out_pipe[2],
				err_pipe[2];
	pid_t		pid;
	char	   *arg;
	char	   *out = NULL,
			   *err = NULL;
	size_t		out_len = 0,
				out_cap = 0,
				err_len = 0,
				err_cap = 0;
	int			status,
				open_fds = 2,
				too_big = 0;
	struct pollfd fds[2];

	if (!have_pdftotext())
	{
		*error = load_xstrdup("pdftotext not found: install the Debian package poppler-utils to load PDF files");
		return -1;
	}
	if (pipe(out_pipe) != 0)
	{
		*error = load_xprintf("cannot create a pipe: %s", strerror(errno));
		return -1;
	}
	if (pipe(err_pipe) != 0)
	{
		*error = load_xprintf("cannot create a pipe: %s", strerror(errno));
		close(out_pipe[0]);
		close(out_pipe[1]);
		return -1;
	}
	/* a path starting with "-" must not be taken for an option */
	arg = file->path[0] == '/' ? load_xstrdup(file->path) : load_xprintf("./%s", file->path);
	fflush(NULL);
	pid = fork();
	if (pid < 0)
	{
		*error = load_xprintf("cannot run pdftotext: %s", strerror(errno));
		close(out_pipe[0]);
		close(out_pipe[1]);
		close(err_pipe[0]);
		close(err_pipe[1]);
		free(arg);
		return -1;
	}
	if (pid == 0)
	{
		char	   *argv[] = {"pdftotext", "-layout", "-enc", "UTF-8", arg, "-", NULL};

		dup2(out_pipe[1], STDOUT_FILENO);
		dup2(err_pipe[1], STDERR_FILENO);
		close(out_pipe[0]);
		close(out_pipe[1]);
		close(err_pipe[0]);
		close(err_pipe[1]);
		execvp("pdftotext", argv);
		dprintf(STDERR_FILENO, "cannot run pdftotext: %s\n", strerror(errno));
		_exit(127);
	}
	free(arg);
	close(out_pipe[1]);
	close(err_pipe[1]);
	fds[0].fd = out_pipe[0];
	fds[1].fd = err_pipe[0];
	fds[0].events = fds[1].events = POLLIN;
	while (open_fds > 0)
	{
		int			i;

		if (poll(fds, 2, -1) < 0)
		{
			if (errno == EINTR)
				continue;
			break;
		}
		for (i = 0; i < 2; i++)
		{
			char	  **buf = i == 0 ? &out : &err;
			size_t	   *blen = i == 0 ? &out_len : &err_len;
			size_t	   *bcap = i == 0 ? &out_cap : &err_cap;
			ssize_t		got;

			if (fds[i].fd < 0 || !(fds[i].revents & (POLLIN | POLLHUP | POLLERR)))
				continue;
			if (*bcap - *blen < 65536)
			{
				*bcap = *bcap ? *bcap * 2 : 65536;
				*buf = load_xrealloc(*buf, *bcap);
			}
			got = read(fds[i].fd, *buf + *blen, *bcap - *blen);
			if (got < 0 && errno == EINTR)
				continue;
			if (got <= 0)
			{
				close(fds[i].fd);
				fds[i].fd = -1;
				open_fds--;
				continue;
			}
			*blen += (size_t) got;
			if (i == 0 && *blen > load_max_bytes)
			{
				/* stop reading; the child dies of SIGPIPE */
				too_big = 1;
				close(fds[i].fd);
				fds[i].fd = -1;
				open_fds--;
			}
			if (i == 1 && *blen > 4096)
				*blen = 4096;	/* the first line is all we report */
		}
	}
	for (int i = 0; i < 2; i++)
		if (fds[i].fd >= 0)
			close(fds[i].fd);
	while (waitpid(pid, &status, 0) < 0)
	{
		if (errno != EINTR)
		{
			status = -1;
			break;
		}
	}

	if (too_big)
		*error = load_xprintf("pdftotext output too large (over %zu bytes, the largest document luohuplan accepts)",
							  load_max_bytes);
	else if (status == -1 || !WIFEXITED(status) || WEXITSTATUS(status) != 0)
	{
		char	   *why = first_line(err ? err : "", err_len);

		if (WIFSIGNALED(status))
			*error = load_xprintf("pdftotext killed by signal %d%s%s", WTERMSIG(status),
								  *why ? ": " : "", why);
		else
			*error = load_xprintf("pdftotext failed (exit status %d)%s%s",
								  WIFEXITED(status) ? WEXITSTATUS(status) : -1,
								  *why ? ": " : "", why);
		free(why);
	}
	else if (out_len == 0)
		*error = load_xstrdup("pdftotext found no text (a scanned PDF?)");
	else
	{
		free(err);
		*data = out;
		*len = out_len;
		return 0;
	}
	free(out);
	free(err);
	return -1;
}

int
load_read_file(const load_file *file, char **data, size_t *len, char **error)
{
	*data = NULL;
	*len = 0;
	*error = NULL;
	if (file->kind == LOAD_PDF)
		return convert_pdf(file, data, len, error);
	return read_text_file(file, data, len, error);
}

/* Length of the valid UTF-8 sequence at s (n bytes left), 0 if invalid. */
static size_t
utf8_valid_len(const unsigned char *s, size_t n)
{
	size_t		need,
				i;
	uint32_t	cp;

	if (s[0] < 0x80)
		return 1;
	if (s[0] >= 0xC2 && s[0] <= 0xDF)
		need = 2, cp = s[0] & 0x1F;
	else if (s[0] >= 0xE0 && s[0] <= 0xEF)
		need = 3, cp = s[0] & 0x0F;
	else if (s[0] >= 0xF0 && s[0] <= 0xF4)
		need = 4, cp = s[0] & 0x07;
	else
		return 0;
	if (n < need)
		return 0;
	for (i = 1; i < need; i++)
	{
		if ((s[i] & 0xC0) != 0x80)
			return 0;
		cp = (cp << 6) | (s[i] & 0x3F);
	}
	if ((need == 3 && cp < 0x800) || (need == 4 && (cp < 0x10000 || cp > 0x10FFFF)) ||
		(cp >= 0xD800 && cp <= 0xDFFF))
		return 0;
	return need;
}

/* Is code point cp one to escape: C0, DEL, C1, line and paragraph
 * separators, bidirectional controls? */
static int
is_control(uint32_t cp)
{
	return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) ||
		cp == 0x2028 || cp == 0x2029 || cp == 0x061C ||
		(cp >= 0x200E && cp <= 0x200F) || (cp >= 0x202A && cp <= 0x202E) ||
		(cp >= 0x2066 && cp <= 0x2069);
}

char *
load_printable(const char *s)
{
	size_t		n = strlen(s),
				i = 0,
				o = 0;
	char	   *out = load_xmalloc(n * 6 + 1);

	while (i < n)
	{
		const unsigned char *u = (const unsigned char *) s + i;
		size_t		k = utf8_valid_len(u, n - i);
		uint32_t	cp;

		if (k == 0)
		{
			o += (size_t) sprintf(out + o, "\\x%02X", u[0]);
			i++;
			continue;
		}
		cp = k == 1 ? u[0] : k == 2 ? ((u[0] & 0x1Fu) << 6) | (u[1] & 0x3Fu)
			: k == 3 ? ((u[0] & 0x0Fu) << 12) | ((u[1] & 0x3Fu) << 6) | (u[2] & 0x3Fu)
			: 0x10000;			/* four bytes: never a control */
		if (is_control(cp))
			o += (size_t) sprintf(out + o, cp < 0x80 ? "\\x%02X" : "\\u%04X", (unsigned) cp);
		else
		{
			memcpy(out + o, s + i, k);
			o += k;
		}
		i += k;
	}
	out[o] = '\0';
	return out;
}
