#ifndef PIISCAN_CSQLITE_SHIM_H
#define PIISCAN_CSQLITE_SHIM_H

#include <sqlite3.h>

/* SQLITE_TRANSIENT is a cast-expression macro ((sqlite3_destructor_type)-1) that Swift does not import:
   binding with it makes SQLite copy the bytes before sqlite3_bind_* returns. */
static inline sqlite3_destructor_type piiscan_sqlite3_transient(void) {
    return SQLITE_TRANSIENT;
}

/* sqlite3_db_config is variadic, which Swift cannot call: a read-only scan must never checkpoint (write)
   a WAL file when its connection closes. Returns an SQLite result code. */
static inline int piiscan_sqlite3_disable_checkpoint_on_close(sqlite3 *db) {
    return sqlite3_db_config(db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, (int *)0);
}

#endif
