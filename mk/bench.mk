# bench.mk — `make bench` runs the benchmark (test/bench/bench.sh, see
# docs/bench.md); build/bench_core is its C driver, linked with the core.

build/bench_core: test/bench/bench_core.c build/core.a
	$(CORE_CC) $(CORE_CFLAGS) $< build/core.a $(CORE_LIBS) -o $@

bench:
	@bash test/bench/bench.sh

.PHONY: bench

# lp_dump: the facts (or headline rows) ingest() would store, without a
# server; test/same_output.sh compares them across commits.
build/lp_dump: test/tools/lp_dump.c build/core.a
	$(CORE_CC) $(CORE_CFLAGS) $< build/core.a $(CORE_LIBS) -o $@

# sweep_core: one stage on one document with the core's peak memory, for
# the complexity sweep (test/bench/complexity.py)
build/sweep_core: test/bench/sweep_core.c build/core.a
	$(CORE_CC) $(CORE_CFLAGS) $< build/core.a $(CORE_LIBS) -o $@

# norm_dump: clean text and repairs of files; test/tools/norm_same.sh
# compares them across commits.
build/norm_dump: test/tools/norm_dump.c build/core.a
	$(CORE_CC) $(CORE_CFLAGS) $< build/core.a $(CORE_LIBS) -o $@
