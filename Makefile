# Kompetensplan — the two commands:
#   make demo   install what is missing, build, start the app on SQLite with demo data
#   make test   install what is missing, build, run every test
# and the rest:
#   make build  build/kplan and the web app
#   make bench  build in Release and run the benchmarks
#   make clean

SHELL := /bin/bash
JOBS ?= $(shell nproc)
BUILD ?= build
ASAN_BUILD ?= build-asan
DB ?= sqlite:var/kplan.db
PORT ?= 8080

.PHONY: demo test build deps web configure asan-test bench clean

deps:
	@scripts/install-deps.sh

web: deps
	@cd web && npm run build --silent

configure: deps
	@cmake -S . -B $(BUILD) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null

build: configure web
	@cmake --build $(BUILD) -j $(JOBS)

demo: build
	@echo "Kompetensplan startar på http://127.0.0.1:$(PORT)/ (databas $(DB))"
	@$(BUILD)/kplan demo --db $(DB) --host 127.0.0.1 --port $(PORT)

# The sanitizer build runs first so that the last line printed is the main
# test run's summary.
asan-test: deps
	@cmake -S . -B $(ASAN_BUILD) -G Ninja -DCMAKE_BUILD_TYPE=Debug -DKPLAN_SANITIZE=ON >/dev/null
	@cmake --build $(ASAN_BUILD) -j $(JOBS)
	@cd $(ASAN_BUILD) && ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
	  LSAN_OPTIONS=suppressions=$(CURDIR)/tests/sanitizers/lsan.supp \
	  ctest -L unit -j $(JOBS) --output-on-failure

test: build asan-test
	@mkdir -p $(BUILD)/screenshots
	@cd $(BUILD) && ctest -j $(JOBS) --output-on-failure

bench:
	@cmake -S . -B build-release -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
	@cmake --build build-release -j $(JOBS)
	@for b in build-release/bench/bench_*; do [ -x "$$b" ] && "$$b"; done
	@bench/import_bench.sh build-release
	@bench/simulation_bench.sh build-release

clean:
	rm -rf $(BUILD) $(ASAN_BUILD) build-release web/dist
