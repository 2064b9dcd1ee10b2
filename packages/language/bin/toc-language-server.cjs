#!/usr/bin/env node
// The language server over stdio (`--stdio`) or IPC. CommonJS shim: loads the Node 20 polyfill first.
require('../polyfill.cjs');
import('../out/main.js');
