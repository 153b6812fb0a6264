# disclosure: PostgreSQL extension for government information-disclosure
# annual reports.  Built with PGXS; the parser core in src/core is plain C
# and is also built on its own for the C tests (make check-core).

EXTENSION = disclosure
MODULE_big = disclosure
DATA = disclosure--1.0.sql disclosure--1.1.sql disclosure--1.0--1.1.sql
PGFILEDESC = "disclosure - parse and check information-disclosure annual reports"

CORE_SRCS = $(wildcard src/core/*.c)
GLUE_SRCS = $(wildcard src/*.c)
OBJS = $(CORE_SRCS:.c=.o) $(GLUE_SRCS:.c=.o)

# -O3 after PGXS's -O2: the parse is a few percent faster (bench/RESULTS.md)
PG_CFLAGS = -std=c11 -O3 -Wall -Wextra -Wno-unused-parameter -Wno-missing-field-initializers
PG_CPPFLAGS = -I$(srcdir)/src/core $(shell xml2-config --cflags)
SHLIB_LINK = $(shell xml2-config --libs)

REGRESS = parse parse_errors amount golden layouts checks storage html hostile cells narrative regions analysis
REGRESS_OPTS = --load-extension=disclosure

EXTRA_CLEAN = test/c/test_core

# PGXS knows nothing of headers: rebuild every object when one changes, so
# that no object keeps an old layout of the report struct
$(OBJS): $(wildcard src/core/*.h) src/disclosure.h

PG_CONFIG ?= pg_config
PGXS := $(shell $(PG_CONFIG) --pgxs)
include $(PGXS)

# ---- the parser core on its own ----

CORE_CFLAGS = -std=c11 -D_DEFAULT_SOURCE -O2 -g -Wall -Wextra -Werror -Wno-unused-parameter -Isrc/core $(shell xml2-config --cflags)
CORE_LIBS = $(shell xml2-config --libs)

test/c/test_core: test/c/test_core.c $(CORE_SRCS) $(wildcard src/core/*.h)
	$(CC) $(CORE_CFLAGS) -o $@ test/c/test_core.c $(CORE_SRCS) $(CORE_LIBS)

.PHONY: check-core
check-core: test/c/test_core
	test/c/test_core test/data/seeds

# ---- the command-line tool `disclosure` (src/cli), installed in bindir ----
# PGXS builds a module or a program, not both, so the tool has rules of its
# own: the core compiled in, and libpq.

# PDF through poppler's C++ interface (src/cli/pdf.cpp, compiled with the
# C++ compiler, linked with libstdc++), DOCX through libzip.
CLI_SRCS = $(wildcard src/cli/*.c)
CLI_CXX_SRCS = $(wildcard src/cli/*.cpp)
CLI_CFLAGS = -std=c11 -O3 -g -Wall -Wextra -Isrc/core \
	-I$(shell $(PG_CONFIG) --includedir) $(shell xml2-config --cflags) \
	$(shell pkg-config --cflags libzip)
CLI_CXXFLAGS = -std=c++17 -O2 -g -Wall -Wextra $(shell pkg-config --cflags poppler-cpp)
CLI_LIBS = -L$(shell $(PG_CONFIG) --libdir) -lpq $(CORE_LIBS) \
	$(shell pkg-config --libs poppler-cpp libzip)

all: cli
install: install-cli
uninstall: uninstall-cli
clean: clean-cli

cli: src/cli/disclosure

src/cli/pdf.o: src/cli/pdf.cpp src/cli/extract.h
	$(CXX) $(CLI_CXXFLAGS) -c -o $@ src/cli/pdf.cpp

src/cli/disclosure: $(CLI_SRCS) $(CLI_CXX_SRCS:.cpp=.o) $(wildcard src/cli/*.h) $(CORE_SRCS) $(wildcard src/core/*.h)
	$(CC) $(CLI_CFLAGS) -o $@ $(CLI_SRCS) $(CORE_SRCS) $(CLI_CXX_SRCS:.cpp=.o) $(CLI_LIBS) -lstdc++

install-cli: src/cli/disclosure
	$(MKDIR_P) '$(DESTDIR)$(bindir)'
	$(INSTALL_PROGRAM) src/cli/disclosure '$(DESTDIR)$(bindir)/disclosure'

uninstall-cli:
	rm -f '$(DESTDIR)$(bindir)/disclosure'

clean-cli:
	rm -f src/cli/disclosure $(CLI_CXX_SRCS:.cpp=.o)

.PHONY: cli install-cli uninstall-cli clean-cli

# ---- `disclosure` on PATH ----
# PostgreSQL's bindir (/usr/lib/postgresql/15/bin on Debian) is not on PATH:
# make install also puts a symbolic link to the program in CLI_LINK_DIR (the
# Debian package sets /usr/bin; empty: no link). A file there that is not a
# link is left alone, and uninstall removes only a link to our program.

CLI_LINK_DIR ?= /usr/local/bin
CLI_LINK = $(DESTDIR)$(CLI_LINK_DIR)/disclosure

install: install-cli-link
uninstall: uninstall-cli-link

install-cli-link: install-cli
ifneq ($(CLI_LINK_DIR),)
	@if [ -e '$(CLI_LINK)' ] && [ ! -L '$(CLI_LINK)' ]; then \
		echo "error: $(CLI_LINK) exists and is not a symbolic link: not replaced (CLI_LINK_DIR= installs no link)" >&2; \
		exit 1; \
	fi
	$(MKDIR_P) '$(DESTDIR)$(CLI_LINK_DIR)'
	ln -sfn '$(bindir)/disclosure' '$(CLI_LINK)'
endif

uninstall-cli-link:
ifneq ($(CLI_LINK_DIR),)
	if [ "$$(readlink '$(CLI_LINK)')" = '$(bindir)/disclosure' ]; then rm -f '$(CLI_LINK)'; fi
endif

.PHONY: install-cli-link uninstall-cli-link

# A bare `make` builds everything: without this the header rule above PGXS's
# include would make its first object (src/core/cells.o) the default goal.
.DEFAULT_GOAL := all
