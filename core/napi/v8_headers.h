// <v8.h> and <uv.h> for core/napi. V8's own headers trip -Wunused-parameter
// (and friends) when they are not on a system include path; keep our
// -Wall -Wextra builds quiet about code that is not ours.
#ifndef MOSAIC_CORE_NAPI_V8_HEADERS_H_
#define MOSAIC_CORE_NAPI_V8_HEADERS_H_

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wunused-parameter"
#pragma GCC diagnostic ignored "-Wcast-function-type"
#include <uv.h>
#include <v8.h>
#pragma GCC diagnostic pop

#endif  // MOSAIC_CORE_NAPI_V8_HEADERS_H_
