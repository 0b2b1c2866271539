#ifndef PIISCAN_CPCRE2_SHIM_H
#define PIISCAN_CPCRE2_SHIM_H

/* 8-bit code units: Swift then sees the suffixed functions (pcre2_compile_8, ...). */
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

/* PCRE2_UNSET and PCRE2_ZERO_TERMINATED do not import: the wrapper passes explicit lengths and uses -1
   (all bits set) for PCRE2_UNSET. */

#endif
