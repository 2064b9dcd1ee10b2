/**
 * elk.bundled runs ELK in this thread: right for the command line and tests, never for the language server.
 * Its own module so a bundler can swap the loader for a static require (packages/cli/build.mjs).
 */
import { createRequire } from 'node:module';
import type { ElkLike } from './elk-layout.js';

/** Loaded with require: an ESM import of this 1.6 MB CommonJS file first lexes it for its exports (about 0.13 s). */
export function loadElkInThread(): new () => ElkLike {
    return createRequire(import.meta.url)('elkjs/lib/elk.bundled.js') as new () => ElkLike;
}
