# chronicle build. Thai word segmentation uses ICU through cgo when the ICU
# development files are installed; otherwise everything builds in pure Go.

GO      ?= go
BIN     ?= bin/chronicle
HAVE_ICU := $(shell command -v pkg-config >/dev/null 2>&1 && pkg-config --exists icu-uc icu-i18n 2>/dev/null && command -v gcc >/dev/null 2>&1 && echo yes)

ifeq ($(HAVE_ICU),yes)
TAGS := -tags icu
else
TAGS :=
$(info chronicle: ICU not found, so Thai words are segmented by the less accurate pure-Go fallback.)
$(info chronicle: for ICU, install the Debian packages libicu-dev and pkg-config (apt-get install libicu-dev pkg-config).)
endif

# The race detector needs cgo and a C compiler.
RACE := $(shell [ "$$($(GO) env CGO_ENABLED)" = 1 ] && command -v gcc >/dev/null 2>&1 && echo -race)

# The web UI needs npm; the browser tests also need Chromium.
HAVE_NPM := $(shell command -v npm >/dev/null 2>&1 && echo yes)
HAVE_CHROMIUM := $(shell command -v chromium >/dev/null 2>&1 && echo yes)

.PHONY: all build demo test test-go lint bench eval examples fuzz clean web test-browser

all: build

build:
	$(GO) build $(TAGS) -o $(BIN) ./cmd/chronicle

## web: bundle the browser UI (web/, needs npm) into internal/web/dist, which the binary embeds
web:
ifeq ($(HAVE_NPM),yes)
	cd web && npm ci --no-audit --no-fund && npm run build
else
	@echo "chronicle: npm not found, so the web UI is not built; the API still works. For the UI: apt-get install nodejs npm"
endif

DEMO_ADDR ?= 127.0.0.1:8080

## demo: build the UI and the binary, summarise the embedded sample documents,
## store them in a temporary database and serve it (prints the URL)
demo: web
	$(MAKE) build
	./$(BIN) demo
	@db="$$(mktemp -d)/chronicle.db" && ./$(BIN) ingest --samples --db "$$db" && ./$(BIN) serve --db "$$db" --addr $(DEMO_ADDR)

## test: the Go tests, then the browser tests where npm and Chromium are installed
test: test-go
ifeq ($(HAVE_NPM)$(HAVE_CHROMIUM),yesyes)
	$(MAKE) test-browser
else
	@echo "chronicle: browser tests skipped; they need npm and Chromium: apt-get install nodejs npm chromium fonts-thai-tlwg"
endif

## test-browser: Playwright tests of the UI in Chromium (needs npm and /usr/bin/chromium)
test-browser: web
	$(MAKE) build
	cd web && CHRONICLE_BIN="$(CURDIR)/$(BIN)" node --test --test-concurrency=1 test/

## test-go: gofmt, vet, then every Go test with the race detector
test-go:
	@test -z "$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go'))" || { echo "gofmt needed on:"; gofmt -l .; exit 1; }
	$(GO) vet $(TAGS) ./...
	$(GO) test $(TAGS) $(RACE) -count=1 ./...

lint:
	@test -z "$$(gofmt -l .)" || { echo "gofmt needed on:"; gofmt -l .; exit 1; }
	$(GO) vet $(TAGS) ./...
	CGO_ENABLED=0 $(GO) vet ./...

## bench: throughput on the seed articles (MB/s) and allocation figures
bench:
	$(GO) test $(TAGS) -run '^$$' -bench . -benchmem ./...

## eval: score the annotators against gold and rewrite the committed reports
eval: build
	for e in times actors quantities events timeline wordseg; do ./$(BIN) eval $$e > docs/eval/$$e-report.txt || exit 1; done

## examples: the seeds' merged timeline as a table and as TimelineJS, shown in the README
SEEDS ?= ../shared/seeds
examples: build
	@test -d $(SEEDS) || { echo "examples: $(SEEDS) not found (the seed articles sit beside the repository)"; exit 1; }
	mkdir -p docs/examples
	./$(BIN) timeline --format table $(SEEDS)/*.txt > docs/examples/seeds-timeline.txt
	./$(BIN) timeline --format timelinejs $(SEEDS)/*.txt > docs/examples/seeds-timelinejs.json

## fuzz: run every fuzz target briefly
fuzz:
	@for pkg in $$($(GO) list ./...); do \
	  for f in $$($(GO) test $(TAGS) -list '^Fuzz' $$pkg | grep '^Fuzz'); do \
	    $(GO) test $(TAGS) -run '^$$' -fuzz "^$$f$$" -fuzztime 15s $$pkg || exit 1; \
	  done; \
	done

clean:
	rm -rf bin
