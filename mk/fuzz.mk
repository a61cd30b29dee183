# fuzz.mk — libFuzzer targets of the parsing core (test/fuzz/fuzz_*.c).
#
#   make fuzz                      build build/fuzz/fuzz_* (clang, ASan, UBSan)
#   make fuzz-run FUZZ_SECONDS=N   run each target N seconds (default 60) on
#                                  its corpus in build/fuzz/corpus/<target>,
#                                  seeded from test/fuzz/seeds, words from
#                                  test/fuzz/lp.dict; crashes land
#                                  in build/fuzz/crashes/<target>/
#
# The core is compiled once with sanitizer instrumentation into
# build/fuzz/core.a (default hooks: malloc, no interrupt hook) and linked
# into every target.

FUZZ_CC      ?= clang
FUZZ_SAN      = -fsanitize=address,undefined -fno-sanitize-recover=undefined
FUZZ_CFLAGS  ?= -std=gnu99 -g -O1 -fno-omit-frame-pointer -I$(CURDIR)/src/core -I$(CURDIR)/test/fuzz
FUZZ_SECONDS ?= 60
FUZZ_MAX_LEN ?= 4096
FUZZ_DICT    ?= test/fuzz/lp.dict
FUZZ_TARGETS  = $(patsubst test/fuzz/%.c,build/fuzz/%,$(sort $(wildcard test/fuzz/fuzz_*.c)))

build/fuzz/core.a: $(CORE_SRCS) src/core/lp.h src/core/lp_word_kinds.h
	@mkdir -p build/fuzz/core
	rm -f build/fuzz/core/*.o
	cd build/fuzz/core && for f in $(CORE_SRCS); do \
		$(FUZZ_CC) $(FUZZ_CFLAGS) $(FUZZ_SAN) -fsanitize=fuzzer-no-link -c $(CURDIR)/$$f || exit 1; done
	rm -f $@ && ar rcs $@ build/fuzz/core/*.o

build/fuzz/fuzz_%: test/fuzz/fuzz_%.c test/fuzz/fuzz_util.h build/fuzz/core.a
	$(FUZZ_CC) $(FUZZ_CFLAGS) $(FUZZ_SAN) -fsanitize=fuzzer $< build/fuzz/core.a $(CORE_LIBS) -o $@

fuzz: $(FUZZ_TARGETS)

fuzz-run: fuzz
	@for t in $(FUZZ_TARGETS); do \
		n=$$(basename $$t); \
		mkdir -p build/fuzz/corpus/$$n build/fuzz/crashes/$$n; \
		seeds=""; for d in test/fuzz/seeds/common test/fuzz/seeds/$$n; do [ -d $$d ] && seeds="$$seeds $$d"; done; \
		echo "== $$n ($(FUZZ_SECONDS) s)"; \
		$$t -max_total_time=$(FUZZ_SECONDS) -max_len=$(FUZZ_MAX_LEN) -print_final_stats=1 -dict=$(FUZZ_DICT) \
			-artifact_prefix=build/fuzz/crashes/$$n/ build/fuzz/corpus/$$n $$seeds 2>&1 \
			| grep -E '^(stat::number_of_executed_units|==[0-9]+==ERROR|SUMMARY|fuzz invariant|artifact_prefix|Test unit written)' ; \
	done

.PHONY: fuzz fuzz-run
