#ifndef PIISCAN_CUCHARDET_SHIM_H
#define PIISCAN_CUCHARDET_SHIM_H

#include <uchardet/uchardet.h>

#endif
