// Version numbers Mosaic reports (process.version, napi_get_node_version).
#ifndef MOSAIC_CORE_VERSION_H_
#define MOSAIC_CORE_VERSION_H_

#define MOSAIC_VERSION "0.1.0"
// The Node.js release whose documented API Mosaic implements.
#define MOSAIC_NODE_COMPAT_MAJOR 20
#define MOSAIC_NODE_COMPAT_MINOR 11
#define MOSAIC_NODE_COMPAT_PATCH 1
#define MOSAIC_NODE_COMPAT_VERSION "20.11.1"
// Highest Node-API version the core implements.
#define MOSAIC_NAPI_VERSION 10

#endif  // MOSAIC_CORE_VERSION_H_
