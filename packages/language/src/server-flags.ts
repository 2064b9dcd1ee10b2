/**
 * Node options the language server is started with (by the VS Code extension; other editors: see docs/editor.md).
 *
 * Why: V8 lets the heap grow far past the live data before it collects. At 20,000 lines the server holds
 * about 80 MB of live data but peaked at 400 MB; with these limits it stays under 200 MB (bench/, docs/benchmarks.md).
 * The old-space limit is a hard ceiling, so it stays well above the live data of any realistic workspace.
 */
export const SERVER_NODE_FLAGS: readonly string[] = ['--max-old-space-size=512', '--max-semi-space-size=2'];
