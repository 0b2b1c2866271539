#ifndef PIISCAN_CPGQUERY_SHIM_H
#define PIISCAN_CPGQUERY_SHIM_H

/* libpg_query: PostgreSQL's own parser as a library (Debian libpg-query-dev, /usr/include/pg_query.h). */
#include <pg_query.h>

#endif
