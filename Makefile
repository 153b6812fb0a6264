# disclosure: PostgreSQL extension for government information-disclosure
# annual reports.  Built with PGXS; the parser core in src/core is plain C
# and is also built on its own for the C tests (make check-core).

EXTENSION = disclosure
MODULE_big = disclosure
DATA = disclosure--1.0.sql
PGFILEDESC = "disclosure - parse and check information-disclosure annual reports"

CORE_SRCS = $(wildcard src/core/*.c)
GLUE_SRCS = $(wildcard src/*.c)
OBJS = $(CORE_SRCS:.c=.o) $(GLUE_SRCS:.c=.o)

PG_CFLAGS = -std=c11 -Wall -Wextra -Wno-unused-parameter -Wno-missing-field-initializers
PG_CPPFLAGS = -I$(srcdir)/src/core $(shell xml2-config --cflags)
SHLIB_LINK = $(shell xml2-config --libs)

REGRESS = parse parse_errors amount golden layouts checks storage
REGRESS_OPTS = --load-extension=disclosure

EXTRA_CLEAN = test/c/test_core test/c/dump

PG_CONFIG ?= pg_config
PGXS := $(shell $(PG_CONFIG) --pgxs)
include $(PGXS)

# ---- the parser core on its own ----

CORE_CFLAGS = -std=c11 -O2 -g -Wall -Wextra -Werror -Wno-unused-parameter -Isrc/core

test/c/test_core: test/c/test_core.c $(CORE_SRCS) $(wildcard src/core/*.h)
	$(CC) $(CORE_CFLAGS) -o $@ test/c/test_core.c $(CORE_SRCS)

.PHONY: check-core
check-core: test/c/test_core
	test/c/test_core test/data/seeds
