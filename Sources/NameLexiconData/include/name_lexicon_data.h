#ifndef PIISCAN_NAME_LEXICON_DATA_H
#define PIISCAN_NAME_LEXICON_DATA_H

#include <stddef.h>

/// The name lexicon files of Patterns/ (name-lexicon-*.txt), embedded in the binary with #embed: a C compiler
/// embeds them in milliseconds, where a Swift array literal of the same ~330 KB took about three minutes and
/// 1.6 GB to compile. Each function returns the file's bytes and sets *length.
const unsigned char *piiscan_name_lexicon_given(size_t *length);
const unsigned char *piiscan_name_lexicon_surnames(size_t *length);
const unsigned char *piiscan_name_lexicon_common_words(size_t *length);
const unsigned char *piiscan_name_lexicon_not_names(size_t *length);

#endif
