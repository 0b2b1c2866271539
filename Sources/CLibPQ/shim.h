#ifndef PIISCAN_CLIBPQ_SHIM_H
#define PIISCAN_CLIBPQ_SHIM_H

/* libpq's public API. The header lives in /usr/include/postgresql, found through pkg-config (`libpq`). */
#include <libpq-fe.h>

/* The PG_DIAG_* field codes are character-literal macros, which Swift does not import. */
static const int PIISCAN_PG_DIAG_SQLSTATE = PG_DIAG_SQLSTATE;
static const int PIISCAN_PG_DIAG_MESSAGE_PRIMARY = PG_DIAG_MESSAGE_PRIMARY;

#endif
