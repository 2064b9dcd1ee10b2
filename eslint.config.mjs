// ESLint with typescript-eslint: the recommended rules plus the type-aware ones that catch real bugs
// (a promise nobody awaits, a promise where a value is expected, awaiting a non-promise), over src and
// test. Run by `npm test` (scripts/test-all.mjs) and by hand: npx eslint .
// The invariants that are not about imports live here too (see ARCHITECTURE.md, "Invariants").
import tseslint from 'typescript-eslint';

// Each no-restricted-syntax setting replaces the one before it for the same file, so every block lists all that apply.
const NO_CST_INTERNALS = {
    selector: 'MemberExpression[property.name=/^_(offset|length|startLine|startColumn|endLine|endColumn|rangeCache|astNode|text)$/]',
    message: "Langium's CST node internals belong to parser/incremental-parse.ts only.",
};
/** `new DefaultX(…)` / `new TocX(…)`: Langium's naming for a service class and its replacement. */
const NO_SERVICE_NEW = {
    selector: 'NewExpression[callee.name=/^(Default|Toc)[A-Z]/]',
    message: 'Services are created by the DI modules (toc-module.ts, lsp/toc-lsp-module.ts); take this one from the services.',
};

export default tseslint.config(
    {
        ignores: ['**/node_modules/**', '**/out/**', '**/dist/**', '**/generated/**', 'test-results/**', 'bench/.work/**',
            '**/*.mjs', '**/*.cjs', '**/*.d.mts', '**/fixtures/**', '.cache/**'],
    },
    ...tseslint.configs.recommended,
    {
        files: ['**/*.ts'],
        languageOptions: {
            parserOptions: { project: ['./tsconfig.check.json', './packages/extension/tsconfig.json', './test/e2e/tsconfig.json'], tsconfigRootDir: import.meta.dirname },
        },
        rules: {
            '@typescript-eslint/no-floating-promises': 'error',
            '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { arguments: false, attributes: false } }],
            '@typescript-eslint/await-thenable': 'error',
            '@typescript-eslint/require-await': 'off',
            '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
            // Tests and a few DI seams cast on purpose; the type checker covers the rest.
            '@typescript-eslint/no-explicit-any': 'off',
            '@typescript-eslint/no-non-null-assertion': 'off',
        },
    },
    {
        // Only parser/incremental-parse.ts writes Langium's CST node internals (not Langium's API).
        files: ['packages/*/src/**/*.ts'],
        ignores: ['packages/language/src/parser/incremental-parse.ts'],
        rules: {
            'no-restricted-syntax': ['error', NO_CST_INTERNALS],
        },
    },
    {
        // Services are created by the DI modules only (toc-module.ts, lsp/toc-lsp-module.ts): a service made
        // with `new` elsewhere is a second instance that an injected replacement (a test's, a browser's) misses.
        files: ['packages/language/src/**/*.ts'],
        ignores: ['packages/language/src/toc-module.ts', 'packages/language/src/**/*-module.ts', 'packages/language/src/parser/incremental-parse.ts'],
        rules: { 'no-restricted-syntax': ['error', NO_SERVICE_NEW, NO_CST_INTERNALS] },
    },
    {
        files: ['packages/language/src/parser/incremental-parse.ts'],
        rules: { 'no-restricted-syntax': ['error', NO_SERVICE_NEW] },
    },
    {
        // Checks take their words from i18n/: a sentence written in a check would be in one language only.
        files: ['packages/language/src/checks/**/*.ts'],
        rules: {
            'no-restricted-syntax': ['error',
                { selector: 'Literal[value=/^[A-Z][a-z]+ [^]*[.?!:]$/]', message: 'Messages come from i18n/ (both languages), not from a literal in a check.' },
                { selector: 'TemplateLiteral > TemplateElement[value.raw=/^[A-Z][a-z]+ /]', message: 'Messages come from i18n/ (both languages), not from a literal in a check.' },
                NO_CST_INTERNALS, NO_SERVICE_NEW],
        },
    },
);
