# luohuplan — PGXS build.  The parsing core (src/core) is plain C and is
# also built on its own for unit tests, fuzzing and benchmarks (see below).

EXTENSION  = luohuplan
EXTVERSION = $(shell sed -n "s/^default_version = '\(.*\)'/\1/p" luohuplan.control)

DATA_FILES  = $(sort $(wildcard src/data/*.tsv))
CORE_SRCS   = $(sort $(filter-out src/core/lp_data_gen.c,$(wildcard src/core/*.c))) src/core/lp_data_gen.c
PG_SRCS     = $(sort $(wildcard src/pg/*.c))
SQL_PARTS   = $(sort $(wildcard src/sql/*.sql))

MODULE_big  = luohuplan
OBJS        = $(CORE_SRCS:.c=.o) $(PG_SRCS:.c=.o)
# src/sql/upgrade holds the install scripts of released versions, frozen
# (luohuplan--0.1.0.sql), and the hand-written part of each upgrade
# (0.1.0--0.2.0.sql); every built upgrade script ends with a refresh of
# the reference rows the extension ships (build/reference_refresh.sql).
UPGRADES    = $(patsubst src/sql/upgrade/%.sql,$(EXTENSION)--%.sql,$(filter-out src/sql/upgrade/$(EXTENSION)--%,$(wildcard src/sql/upgrade/*--*.sql)))
DATA_built  = $(EXTENSION)--$(EXTVERSION).sql $(UPGRADES)
DATA        = $(wildcard src/sql/upgrade/$(EXTENSION)--*.sql)
PG_CPPFLAGS = -Isrc/core
SHLIB_LINK  = -lopencc
PG_CFLAGS   = -std=gnu99 -Wno-declaration-after-statement

REGRESS      = $(sort $(basename $(notdir $(wildcard sql/*.sql))))
REGRESS_OPTS = --inputdir=. --load-extension=$(EXTENSION)
ENCODING     = UTF8
NO_LOCALE    = 1
EXTRA_CLEAN  = src/core/lp_data_gen.c src/core/lp_word_kinds.h build $(EXTENSION)--$(EXTVERSION).sql $(UPGRADES)

PG_CONFIG ?= pg_config
PGXS := $(shell $(PG_CONFIG) --pgxs)
include $(PGXS)

# The module's own functions call each other directly: -fPIC alone lets any
# of them be interposed by another library's symbol of the same name, so
# every call from one file of the core to another went through the PLT and
# none was inlined within its file (-fno-semantic-interposition, and
# -Bsymbolic-functions to bind them at link time).  Nothing interposes them:
# PostgreSQL finds the SQL entry points by dlsym, which is unchanged.  Only
# where the compiler and linker take both (GNU ld, gold, lld; not macOS's ld).
LP_DIRECT_CALLS := $(shell printf 'int main(void) { return 0; }\n' | \
	$(CC) -fno-semantic-interposition -Wl,-Bsymbolic-functions -x c - -o /dev/null 2>/dev/null && echo yes)
ifeq ($(LP_DIRECT_CALLS),yes)
override CFLAGS += -fno-semantic-interposition
SHLIB_LINK += -Wl,-Bsymbolic-functions
endif

# PGXS tracks no header dependencies: every object depends on every header
$(OBJS): $(wildcard src/core/*.h src/pg/*.h) src/core/lp_word_kinds.h
$(OBJS:.o=.bc): src/core/lp_word_kinds.h

src/core/lp_data_gen.c: $(DATA_FILES) src/data/embed.sh
	sh src/data/embed.sh $(DATA_FILES) > $@

# the word kinds of words.tsv as a C enum: a kind the code names and no row
# has is a compile error
src/core/lp_word_kinds.h: src/data/words.tsv src/data/word_kinds.sh
	sh src/data/word_kinds.sh src/data/words.tsv > $@.tmp && mv $@.tmp $@

# the shipped rows of indicators follow the schema, those of regions its table
$(EXTENSION)--$(EXTVERSION).sql: $(SQL_PARTS) build/indicators.sql build/regions.sql build/units.sql
	for f in $(SQL_PARTS); do \
	  cat $$f || exit 1; \
	  case $$f in src/sql/00_schema.sql) cat build/indicators.sql;; src/sql/55_regions.sql) cat build/regions.sql;; src/sql/57_units.sql) cat build/units.sql;; esac; \
	done > $@

build/indicators.sql: src/data/indicators.tsv src/data/indicators_sql.sh
	@mkdir -p build
	sh src/data/indicators_sql.sh $< > $@

build/regions.sql: src/data/regions.tsv src/data/regions_en.tsv src/data/regions_sql.sh
	@mkdir -p build
	sh src/data/regions_sql.sh $< > $@

UNITS_DATA = src/data/q_units.tsv src/data/q_magnitudes.tsv src/data/units_en.tsv
build/units.sql: $(UNITS_DATA) src/data/units_sql.sh
	@mkdir -p build
	sh src/data/units_sql.sh $(UNITS_DATA) > $@

# only the step that ends at the current version refreshes the reference
# rows: an earlier step's table may not have the columns the rows have now
$(UPGRADES): $(EXTENSION)--%.sql: src/sql/upgrade/%.sql build/reference_refresh.sql
	case $@ in *--$(EXTVERSION).sql) cat $< build/reference_refresh.sql;; *) cat $<;; esac > $@

build/reference_refresh.sql: src/data/indicators.tsv src/data/indicators_sql.sh src/data/regions.tsv src/data/regions_en.tsv src/data/regions_sql.sh build/units.sql
	@mkdir -p build
	{ sh src/data/indicators_sql.sh src/data/indicators.tsv refresh && sh src/data/regions_sql.sh src/data/regions.tsv refresh && cat build/units.sql; } > $@

# ---- the core on its own: unit tests, fuzz targets, benchmarks ----
CORE_CC     ?= cc
CORE_CFLAGS ?= -std=gnu99 -O2 -g -Wall -Wextra -Wno-unused-parameter -I$(CURDIR)/src/core
CORE_LIBS   = -lopencc -lm

build/core.a: $(CORE_SRCS) $(wildcard src/core/*.h) src/core/lp_word_kinds.h
	@rm -rf build/core $@ && mkdir -p build/core
	cd build/core && for f in $(CORE_SRCS); do $(CORE_CC) $(CORE_CFLAGS) -c $(CURDIR)/$$f || exit 1; done
	ar rcs $@ build/core/*.o

build/unit/%: test/unit/%.c build/core.a test/unit/tap.h
	@mkdir -p build/unit
	$(CORE_CC) $(CORE_CFLAGS) -Itest/unit $< build/core.a $(CORE_LIBS) -o $@

UNIT_TESTS = $(patsubst test/unit/%.c,build/unit/%,$(wildcard test/unit/*.c))
unit: $(UNIT_TESTS)

.PHONY: unit

# further build fragments (loader program, fuzzing, benchmarks)
include $(sort $(wildcard mk/*.mk))
