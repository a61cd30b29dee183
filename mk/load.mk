# luohuplan-load, the bulk loader (src/bin): a libpq client program built
# with the extension by plain "make" and installed into $(bindir).
#
# On Debian $(bindir) is /usr/lib/postgresql/N/bin, which is not on PATH
# (/usr/bin/psql is a wrapper script that finds psql there), so make install
# also links the loader from /usr/local/bin.  LOAD_LINKDIR= turns the link
# off; LOAD_LINKDIR=DIR puts it elsewhere.  Packagers set it as they need.

LOAD_SRCS    = $(sort $(wildcard src/bin/*.c))
LOAD_HDRS    = $(wildcard src/bin/*.h)
LOAD_CC     ?= cc
LOAD_CFLAGS ?= -std=c99 -O2 -g -Wall -Wextra -Wno-unused-parameter
LOAD_PQ_CFLAGS := $(shell pkg-config --cflags libpq 2>/dev/null || echo -I$$($(PG_CONFIG) --includedir))
LOAD_PQ_LIBS   := $(shell pkg-config --libs libpq 2>/dev/null || echo -L$$($(PG_CONFIG) --libdir) -lpq)
LOAD_LINKDIR ?= $(if $(filter /usr/lib/postgresql/%/bin,$(bindir)),/usr/local/bin)

luohuplan-load: $(LOAD_SRCS) $(LOAD_HDRS)
	$(LOAD_CC) $(LOAD_CFLAGS) -D_XOPEN_SOURCE=700 -DLOAD_VERSION='"$(EXTVERSION)"' \
		$(LOAD_PQ_CFLAGS) $(LOAD_SRCS) $(LOAD_PQ_LIBS) -o $@

all: luohuplan-load

install: install-load
install-load: luohuplan-load
	$(MKDIR_P) '$(DESTDIR)$(bindir)'
	$(INSTALL_PROGRAM) luohuplan-load '$(DESTDIR)$(bindir)/luohuplan-load'
	if [ -n '$(LOAD_LINKDIR)' ]; then \
	  $(MKDIR_P) '$(DESTDIR)$(LOAD_LINKDIR)' && \
	  ln -sf '$(bindir)/luohuplan-load' '$(DESTDIR)$(LOAD_LINKDIR)/luohuplan-load'; \
	fi

uninstall: uninstall-load
uninstall-load:
	rm -f '$(DESTDIR)$(bindir)/luohuplan-load'
	if [ -n '$(LOAD_LINKDIR)' ] && [ -L '$(DESTDIR)$(LOAD_LINKDIR)/luohuplan-load' ] && \
	   [ "$$(readlink '$(DESTDIR)$(LOAD_LINKDIR)/luohuplan-load')" = '$(bindir)/luohuplan-load' ]; then \
	  rm -f '$(DESTDIR)$(LOAD_LINKDIR)/luohuplan-load'; \
	fi

EXTRA_CLEAN += luohuplan-load

.PHONY: install-load uninstall-load
