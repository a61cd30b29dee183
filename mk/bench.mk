# bench.mk — `make bench` runs the benchmark (test/bench/bench.sh, see
# docs/bench.md); build/bench_core is its C driver, linked with the core.

build/bench_core: test/bench/bench_core.c build/core.a
	$(CORE_CC) $(CORE_CFLAGS) $< build/core.a $(CORE_LIBS) -o $@

bench:
	@bash test/bench/bench.sh

.PHONY: bench
