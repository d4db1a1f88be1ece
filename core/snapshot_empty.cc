// The stage-1 binary starts without a snapshot (it is what builds one).
#include "core/snapshot_blob.h"

namespace mosaic {

extern const unsigned char kSnapshotBlobData[] = {0};
extern const int kSnapshotBlobSize = 0;

}  // namespace mosaic
