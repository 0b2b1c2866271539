#include "name_lexicon_data.h"

#pragma clang diagnostic ignored "-Wc23-extensions"

static const unsigned char given[] = {
#embed "../../Patterns/name-lexicon-given.txt"
};
static const unsigned char surnames[] = {
#embed "../../Patterns/name-lexicon-surnames.txt"
};
static const unsigned char common_words[] = {
#embed "../../Patterns/name-lexicon-common-words.txt"
};
static const unsigned char not_names[] = {
#embed "../../Patterns/name-lexicon-not-names.txt"
};

const unsigned char *piiscan_name_lexicon_given(size_t *length) {
    *length = sizeof given;
    return given;
}

const unsigned char *piiscan_name_lexicon_surnames(size_t *length) {
    *length = sizeof surnames;
    return surnames;
}

const unsigned char *piiscan_name_lexicon_common_words(size_t *length) {
    *length = sizeof common_words;
    return common_words;
}

const unsigned char *piiscan_name_lexicon_not_names(size_t *length) {
    *length = sizeof not_names;
    return not_names;
}
