// Reading small files whole, without iostreams.
#ifndef MOSAIC_CORE_FILE_UTIL_H_
#define MOSAIC_CORE_FILE_UTIL_H_

#include <string>

namespace mosaic {

// Appends the file's bytes to `out` with plain read(2) (std::ifstream's
// first use costs a tenth of a millisecond of locale set-up). False if the
// file cannot be opened or read.
bool ReadWholeFile(const std::string& path, std::string* out);

}  // namespace mosaic

#endif  // MOSAIC_CORE_FILE_UTIL_H_
