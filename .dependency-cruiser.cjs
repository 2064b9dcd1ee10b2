// The import boundaries of ARCHITECTURE.md ("Invariants"), checked on the sources by dependency-cruiser
// (run by test/architecture/invariants.test.ts, and by hand: npx depcruise packages --config). It reads
// real import statements, however they are written (multi-line, `export … from`, dynamic import()).
/** The trend chart (the hover's, the HTML plan's and the details card's) and the arithmetic it draws with. */
const TREND_CHART = '^packages/language/src/(follow-up/trend-chart|model/trend|model/quantity)\\.ts$';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
    forbidden: [
        {
            name: 'vscode-only-in-extension',
            comment: 'Only extension/ imports vscode: the language and the diagram run in the command line, tests and other editors.',
            severity: 'error',
            from: { path: '^packages/(language|diagram|cli|preview)/' },
            to: { path: '^vscode$|node_modules/@types/vscode/' },
        },
        {
            name: 'diagram-preview-take-only-model-types',
            comment: 'diagram/ and preview/ take from language/ only the TheoryJson types: the webview must not carry a parser.',
            severity: 'error',
            from: { path: '^packages/(diagram|preview)/src/' },
            to: { path: '^packages/language/', pathNot: TREND_CHART, dependencyTypesNot: ['type-only'] },
        },
        {
            name: 'diagram-preview-only-model-module',
            comment: 'The model crosses the boundary as plain JSON: toc-language/model (model-json.ts) and the message types (protocol.ts) are the only modules they may name.',
            severity: 'error',
            from: { path: '^packages/(diagram|preview)/src/' },
            to: { path: '^packages/language/', pathNot: ['^packages/language/src/(model/model-json|protocol)\\.ts$', TREND_CHART] },
        },
        {
            name: 'trend-chart-stays-pure',
            comment: "The details card draws the hover's trend chart with the same module: it, and what it imports, carry no parser (no Langium, no other language module).",
            severity: 'error',
            from: { path: TREND_CHART },
            to: { pathNot: TREND_CHART, dependencyTypesNot: ['type-only'] },
        },
        {
            name: 'language-depends-on-no-other-package',
            comment: 'The language is the bottom layer: it imports no diagram, preview, command line or extension code.',
            severity: 'error',
            from: { path: '^packages/language/' },
            to: { path: '^packages/(diagram|preview|cli|extension)/' },
        },
        {
            name: 'language-reads-files-through-injected-file-system',
            comment: "The language reads files only through Langium's FileSystemProvider, so the same server runs in a Web Worker; the disk belongs to the command line's loader and the Node host's provider.",
            severity: 'error',
            from: { path: '^packages/language/src/', pathNot: '^packages/language/src/(node|workspace/disk-file-system)\\.ts$' },
            to: { path: '^(node:)?(fs|fs/promises|path|os|child_process)$|node_modules/langium/lib/node/' },
        },
        {
            name: 'no-layout-in-the-language-server',
            comment: "The language server's main thread never runs a layout: a 1,000-node layout takes about a second.",
            severity: 'error',
            from: { path: '^packages/language/' },
            to: { path: 'node_modules/elkjs/' },
        },
        {
            name: 'preview-without-in-thread-elk',
            comment: 'The preview bundle never pulls in the in-thread ELK (toc-diagram, elk.bundled): it would double the bundle.',
            severity: 'error',
            from: { path: '^packages/preview/' },
            to: { path: '(^packages/diagram/src/(index|render-theory|layout/elk-in-thread)\\.ts$)|elk\\.bundled' },
        },
        {
            name: 'preview-reaches-no-in-thread-elk',
            comment: 'Not even through another module: nothing the preview reaches loads elk.bundled.',
            severity: 'error',
            from: { path: '^packages/preview/' },
            to: { path: 'elk\\.bundled', reachable: true },
        },
        {
            name: 'extension-client-without-language',
            comment: 'The extension talks to the language over LSP: it bundles no parser into the client.',
            severity: 'error',
            from: { path: '^packages/extension/src/' },
            to: { path: '^packages/language/src/', pathNot: '^packages/language/src/(model/model-json|protocol|server-flags)\\.ts$' },
        },
        {
            name: 'no-circular',
            comment: 'Modules form layers; a cycle makes load order matter (type-only imports, as of the DI services, do not load).',
            severity: 'error',
            from: { path: '^packages/' },
            to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
        },
    ],
    required: [
        {
            name: 'one-renderer',
            comment: 'There is one renderer: the preview and `toc render` draw with the same diagram/ code.',
            severity: 'error',
            module: { path: '^packages/(preview/src/export|cli/src/render/svg)\\.ts$' },
            to: { path: '^packages/diagram/src/render/' , reachable: true },
        },
    ],
    options: {
        doNotFollow: { path: 'node_modules' },
        exclude: { path: '^packages/[^/]+/(out|dist)/|^packages/language/src/generated/|^packages/.*\\.d\\.m?ts$' },
        tsPreCompilationDeps: true,
        tsConfig: { fileName: 'tsconfig.check.json' },
        // Workspace packages resolve to their sources (the `source` export condition), as in the tests.
        enhancedResolveOptions: {
            exportsFields: ['exports'],
            conditionNames: ['source', 'import', 'require', 'node', 'default'],
            extensions: ['.ts', '.js', '.mjs', '.cjs', '.d.ts'],
        },
        combinedDependencies: false,
    },
};
