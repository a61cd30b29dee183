# bench.mk — `make bench` runs the benchmark (test/bench/bench.sh, see
# docs/bench.md); build/bench_core is its C driver, linked with the core.
# The driver is told which optional stages the core already defines, so it
# builds against a core that lacks lp_extract or lp_quantity_next.

BENCH_HAVE = $(shell nm -g --defined-only build/core.a 2>/dev/null | \
	awk '$$3 == "lp_extract" { print "-DLP_BENCH_HAVE_EXTRACT" } \
	     $$3 == "lp_quantity_next" { print "-DLP_BENCH_HAVE_QUANTITY" }' | sort -u)

build/bench_core: test/bench/bench_core.c build/core.a
	$(CORE_CC) $(CORE_CFLAGS) $(BENCH_HAVE) $< build/core.a $(CORE_LIBS) -o $@

bench:
	@bash test/bench/bench.sh

.PHONY: bench
