# luohuplan-load, the bulk loader (src/bin): a libpq client program built
# with the extension by plain "make" and installed next to psql.

LOAD_SRCS    = $(sort $(wildcard src/bin/*.c))
LOAD_HDRS    = $(wildcard src/bin/*.h)
LOAD_CC     ?= cc
LOAD_CFLAGS ?= -std=c99 -O2 -g -Wall -Wextra -Wno-unused-parameter
LOAD_PQ_CFLAGS := $(shell pkg-config --cflags libpq 2>/dev/null || echo -I$$($(PG_CONFIG) --includedir))
LOAD_PQ_LIBS   := $(shell pkg-config --libs libpq 2>/dev/null || echo -L$$($(PG_CONFIG) --libdir) -lpq)

luohuplan-load: $(LOAD_SRCS) $(LOAD_HDRS)
	$(LOAD_CC) $(LOAD_CFLAGS) -D_XOPEN_SOURCE=700 -DLOAD_VERSION='"$(EXTVERSION)"' \
		$(LOAD_PQ_CFLAGS) $(LOAD_SRCS) $(LOAD_PQ_LIBS) -o $@

all: luohuplan-load

install: install-load
install-load: luohuplan-load
	$(MKDIR_P) '$(DESTDIR)$(bindir)'
	$(INSTALL_PROGRAM) luohuplan-load '$(DESTDIR)$(bindir)/luohuplan-load'

uninstall: uninstall-load
uninstall-load:
	rm -f '$(DESTDIR)$(bindir)/luohuplan-load'

EXTRA_CLEAN += luohuplan-load

.PHONY: install-load uninstall-load
