#ifndef PIISCAN_CLIBARCHIVE_SHIM_H
#define PIISCAN_CLIBARCHIVE_SHIM_H

#include <archive.h>
#include <archive_entry.h>

/* The AE_IF* file types are cast-expression macros, which Swift does not import. */
static inline int piiscan_archive_entry_is_regular(struct archive_entry *entry) {
    return archive_entry_filetype(entry) == AE_IFREG;
}

static inline int piiscan_archive_entry_is_directory(struct archive_entry *entry) {
    return archive_entry_filetype(entry) == AE_IFDIR;
}

static inline void piiscan_archive_entry_set_regular(struct archive_entry *entry) {
    archive_entry_set_filetype(entry, AE_IFREG);
}

/* archive_set_error is variadic, which Swift cannot call: records why a client read callback failed. */
static inline void piiscan_archive_set_error(struct archive *archive, const char *message) {
    archive_set_error(archive, -1, "%s", message);
}

#endif
