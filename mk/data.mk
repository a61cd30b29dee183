# data.mk — the data files of src/data are checked against their schemas
# (src/core/lp_data.c) before the core embeds them: build/check_data reads
# every embedded file (lp_data_gen.c) and names each malformed row by file
# and line.  The build runs it (the core's objects wait for the stamp);
# `make check-data` runs it on demand, as test/run_all.sh does.

DATA_CHECK_SRCS = src/data/check_data.c src/core/lp_data.c src/core/lp_mem.c \
	src/core/lp_utf8.c src/core/lp_pattern.c src/core/lp_data_gen.c

build/check_data: $(DATA_CHECK_SRCS) src/core/lp.h src/core/lp_data.h
	@mkdir -p build
	$(CORE_CC) $(CORE_CFLAGS) $(DATA_CHECK_SRCS) -o $@

build/data.checked: build/check_data
	build/check_data
	@touch $@

check-data: build/check_data
	build/check_data

src/core/lp_data_gen.o build/core.a: build/data.checked

.PHONY: check-data

# lp_data_gen.c is made again when a data file is added or removed, not
# only when one changes
build/data_files.list: FORCE
	@mkdir -p build
	@echo $(DATA_FILES) | cmp -s - $@ || echo $(DATA_FILES) > $@

src/core/lp_data_gen.c: build/data_files.list

FORCE:
.PHONY: FORCE
