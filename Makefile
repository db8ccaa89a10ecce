# Local Priority Targeting - developer and user commands (Debian 12, run as root or with sudo)
SHELL := /bin/bash
PY ?= /usr/bin/python3
VENV := .venv
VPY := $(VENV)/bin/python
QGIS_PROCESS := /usr/bin/qgis_process.bin
APT_PACKAGES := qgis python3-qgis qgis-providers python3-pandas python3-scipy python3-pyproj python3-jinja2 \
                python3-venv python3-pip xvfb pyqt5-dev-tools qttools5-dev-tools poppler-utils \
                postgresql-15 postgresql-15-postgis-3 python3-psycopg openssl
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: deps system-deps venv proj-grid wheels test test-fast demo package bench stability styles clean desktop-check \
        translations bench-national

## Install QGIS, the Python packages and the OSTN15 grid for PROJ (idempotent)
deps: system-deps venv proj-grid

## OSTN15 (EPSG:7710) for EPSG:27700 <-> 4326: Debian's proj-data lacks the NTv2 grid and PROJ's CDN may be
## unreachable, so it is built from the convertbng package into PROJ's user data folder (~/.local/share/proj)
proj-grid: venv
	$(VPY) scripts/ostn15_grid.py --if-missing

system-deps:
	@if [ -x $(QGIS_PROCESS) ] && command -v xvfb-run pylupdate5 lrelease pdftoppm pdftotext openssl >/dev/null && \
	    [ -x /usr/lib/postgresql/15/bin/initdb ] && [ -f /usr/share/postgresql/15/extension/postgis.control ] && \
	    $(PY) -c "import qgis.core, pandas, scipy, pyproj, jinja2, ensurepip, psycopg" 2>/dev/null; then \
	  echo "QGIS, PostgreSQL/PostGIS and system Python packages present"; \
	else \
	  $(SUDO) apt-get update && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y $(APT_PACKAGES); \
	fi

venv: $(VENV)/.installed

$(VENV)/.installed: requirements.txt requirements-dev.txt
	$(PY) -m venv --system-site-packages $(VENV)
	@# keep QGIS's own numpy/pandas/scipy: pip must not replace them with builds QGIS was not made for
	$(PY) -c "import numpy, pandas, scipy; print(f'numpy=={numpy.__version__}\npandas=={pandas.__version__}\nscipy=={scipy.__version__}')" > $(VENV)/constraints.txt
	$(VPY) -m pip install --quiet --disable-pip-version-check -c $(VENV)/constraints.txt -r requirements-dev.txt
	touch $@

## Wheels the dependency tests install offline (shapely 2 for the profile, 1.8 as Debian ships it)
WHEELS := build/wheels
wheels: $(WHEELS)/.done

$(WHEELS)/.done: requirements.txt
	mkdir -p $(WHEELS)/old
	$(VPY) -m pip download --quiet --disable-pip-version-check --no-deps --only-binary=:all: -d $(WHEELS) "shapely>=2.0,<2.1"
	$(VPY) -m pip download --quiet --disable-pip-version-check --no-deps --only-binary=:all: -d $(WHEELS)/old "shapely==1.8.5.post1"
	touch $@

## Run the test suite (pytest-qgis, processing.run and qgis_process.bin)
test: deps wheels
	QT_QPA_PLATFORM=offscreen $(VPY) -m pytest -n auto --dist loadfile

test-fast: deps
	QT_QPA_PLATFORM=offscreen $(VPY) -m pytest -m "not slow"

## Run the pipeline on the shipped Kingston upon Hull demo data through qgis_process.bin
demo: deps
	QT_QPA_PLATFORM=offscreen $(VPY) scripts/demo.py

## Gather every user-facing string into i18n/lpt_cy.ts, compile lpt_cy.qm; fail on untranslated or obsolete ones
translations: deps
	$(VPY) scripts/translations.py --lang cy --check

## Build the zip for Plugins > Install from ZIP
package:
	$(PY) scripts/package.py

## Regenerate QML styles with PyQGIS
styles: deps
	QT_QPA_PLATFORM=offscreen $(VPY) scripts/make_styles.py

## Real QGIS Desktop under Xvfb: packaged zip in a fresh profile, without shapely 2, then installed (see README)
desktop-check: deps wheels
	xvfb-run -a -s "-screen 0 1366x768x24" $(VPY) scripts/desktop_check.py

clean:
	rm -rf build dist output .pytest_cache

## Ranking stability on the shipped Hull data (member sets, period shift, weights; writes build/stability.md)
stability: deps
	QT_QPA_PLATFORM=offscreen $(VPY) scripts/stability.py

## Benchmark at force scale against the QGIS-native chain (prints times, peak memory, ratios)
bench: deps
	QT_QPA_PLATFORM=offscreen $(VPY) scripts/bench.py

## National scale (issue #25): 25 forces (1.5 M members, 6 M responses, 6.5 M crimes, 1 M segments, 7,000 wards)
## loaded, linked and ranked on one throwaway PostGIS server beside one force on GeoPackage; writes
## build/bench_national.md.  Options: make bench-national ARGS="--scale 0.05 --forces 4 --jobs 2 --keep"
bench-national: deps
	QT_QPA_PLATFORM=offscreen $(VPY) scripts/bench_national.py $(ARGS)
