// The start-up snapshot: V8 heap state after the bootstrap JS ran, built at
// compile time by the stage-1 binary (`--build-snapshot`). Empty in stage 1.
#ifndef MOSAIC_CORE_SNAPSHOT_BLOB_H_
#define MOSAIC_CORE_SNAPSHOT_BLOB_H_

namespace mosaic {

extern const unsigned char kSnapshotBlobData[];
extern const int kSnapshotBlobSize;

}  // namespace mosaic

#endif  // MOSAIC_CORE_SNAPSHOT_BLOB_H_
