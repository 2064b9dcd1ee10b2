// The import boundaries of ARCHITECTURE.md ("Invariants"), checked on the sources by dependency-cruiser
// (run by test/architecture/invariants.test.ts, and by hand: npx depcruise packages --config). It reads
// real import statements, however they are written (multi-line, `export … from`, dynamic import()).

/** The trend chart (the hover's, the HTML plan's and the details card's) and the arithmetic it draws with. */
const GLOSSARY = '^packages/language/src/i18n/glossary\\.ts$';
const TREND_CHART = '^packages/language/src/(follow-up/trend-chart|model/trend|model/quantity)\\.ts$';
/** What the webview takes from the language at run time besides the trend chart: leaves that import nothing. */
const PLAIN = '^packages/language/src/plain/';

/** Every boundary is an error: a rule either holds or the suite fails. */
const rule = (name, comment, from, to) => ({ name, comment, severity: 'error', from, to });

/** The page's Node-free modules of the command line (built to out/, which the web build bundles). */
const WEB_REPORTS = '(packages/cli/(out|src)/|toc-cli/out/)report/(plan|html)\\.(js|ts)$';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
    forbidden: [
        rule(
            'vscode-only-in-extension',
            'Only extension/ imports vscode: the language and the diagram run in the command line, tests and other editors.',
            { path: '^packages/(language|diagram|cli|preview)/' },
            { path: '^vscode$|node_modules/@types/vscode/' },
        ),
        rule(
            'diagram-preview-take-only-model-types',
            'diagram/ and preview/ take from language/ only the TheoryJson types, the trend chart, the glossary (plain words) and the leaf values of plain/ (escaper, horizon names): the webview must not carry a parser.',
            { path: '^packages/(diagram|preview)/src/' },
            { path: '^packages/language/', pathNot: [TREND_CHART, PLAIN, GLOSSARY], dependencyTypesNot: ['type-only'] },
        ),
        rule(
            'diagram-preview-only-model-module',
            'The model crosses the boundary as plain JSON: toc-language/model (model-json.ts), the message types (protocol.ts), the trend chart, the glossary (i18n/glossary.ts) and toc-language/plain are the only modules they may name.',
            { path: '^packages/(diagram|preview)/src/' },
            { path: '^packages/language/', pathNot: ['^packages/language/src/(model/model-json|protocol)\\.ts$', TREND_CHART, PLAIN, GLOSSARY] },
        ),
        rule(
            'trend-chart-stays-pure',
            "The details card draws the hover's trend chart with the same module: it, and what it imports, carry no parser (no Langium, no other language module but plain/).",
            { path: TREND_CHART },
            { pathNot: [TREND_CHART, PLAIN], dependencyTypesNot: ['type-only'] },
        ),
        rule(
            'plain-imports-nothing',
            'language/src/plain/ is what the webview takes at run time: it imports only its own folder and types, so it never pulls the parser along.',
            { path: PLAIN },
            { pathNot: PLAIN, dependencyTypesNot: ['type-only'] },
        ),
        rule(
            'language-depends-on-no-other-package',
            'The language is the bottom layer: it imports no diagram, preview, command line or extension code.',
            { path: '^packages/language/' },
            { path: '^packages/(diagram|preview|cli|extension)/' },
        ),
        rule(
            'language-reads-files-through-injected-file-system',
            "The language reads files only through Langium's FileSystemProvider, so the same server runs in a Web Worker; the disk belongs to the command line's loader and the Node host's provider.",
            { path: '^packages/language/src/', pathNot: '^packages/language/src/(node|workspace/disk-file-system)\\.ts$' },
            { path: '^(node:)?(fs|fs/promises|path|os|child_process)$|node_modules/langium/lib/node/' },
        ),
        rule(
            'no-layout-in-the-language-server',
            "The language server's main thread never runs a layout: a 1,000-node layout takes about a second.",
            { path: '^packages/language/' },
            { path: 'node_modules/elkjs/' },
        ),
        rule(
            'preview-without-in-thread-elk',
            'The preview bundle never pulls in the in-thread ELK (toc-diagram, elk.bundled): it would double the bundle.',
            { path: '^packages/preview/' },
            { path: '(^packages/diagram/src/(index|render-theory|layout/elk-in-thread)\\.ts$)|elk\\.bundled' },
        ),
        rule(
            'preview-reaches-no-in-thread-elk',
            'Not even through another module: nothing the preview reaches loads elk.bundled.',
            { path: '^packages/preview/' },
            { path: 'elk\\.bundled', reachable: true },
        ),
        rule(
            'extension-client-without-language',
            'The extension talks to the language over LSP: it bundles no parser into the client.',
            { path: '^packages/extension/src/' },
            { path: '^packages/language/src/', pathNot: '^packages/language/src/(model/model-json|protocol|server-flags)\\.ts$' },
        ),
        rule(
            'web-page-takes-language-types-only',
            'The page runs the language server as a Worker from its browser bundle (as text, built apart); the page itself takes only the model and diagnostic types and the method names of protocol.ts, so no parser is bundled twice.',
            { path: '^packages/web/src/' },
            { path: '^packages/language/|^toc-language', pathNot: '^packages/language/src/protocol\\.ts$', dependencyTypesNot: ['type-only'] },
        ),
        rule(
            'web-page-takes-only-browser-parts-of-the-cli',
            'From the command line the page takes the action plan and its HTML (report/plan, report/html), nothing that needs Node.',
            { path: '^packages/web/src/' },
            { path: '^(packages/cli/|toc-cli)', pathNot: `^${WEB_REPORTS}` },
        ),
        rule(
            'web-page-takes-no-vscode-diagram-or-preview-code',
            'The page shows the diagram through the preview bundle in a frame (built apart) and talks to it by messages: it imports no diagram, preview or extension module.',
            { path: '^packages/web/src/' },
            { path: '^packages/(diagram|preview|extension)/|^toc-(diagram|preview)|^vscode$' },
        ),
        rule(
            'web-reports-import-no-node',
            'What the page takes from the command line runs in a browser: report/plan and report/html import no Node built-in (further down, the web build, platform browser, fails on one).',
            { path: '^packages/cli/src/report/(plan|html)\\.ts$' },
            { path: '^(node:)?(fs|fs/promises|path|os|child_process|zlib|url|util|worker_threads)$', dependencyTypesNot: ['type-only'] },
        ),
        rule(
            'no-circular',
            'Modules form layers; a cycle makes load order matter (type-only imports, as of the DI services, do not load).',
            { path: '^packages/' },
            { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
        ),
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
        doNotFollow: { path: 'node_modules|^packages/cli/out/' },
        // cli/out stays visible (not followed) so the web page's imports of it can be checked.
        exclude: { path: '^packages/(language|diagram|preview|web|extension)/(out|dist)/|^packages/cli/dist/|^packages/language/src/generated/|^packages/.*\\.d\\.m?ts$' },
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
