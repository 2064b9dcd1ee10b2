/** An import must name an existing .toc file other than this one. */
import { resolveImport } from '../scoping/imports.js';
import type { Check } from './check-context.js';

export const checkImports: Check = ctx => {
    const from = ctx.model.document.uri;
    for (const imp of ctx.model.theory.imports) {
        if (!imp.path) continue; // half-typed: the syntax error speaks
        const uri = resolveImport(from, imp);
        const params = { path: imp.path };
        if (!/\.toc$/i.test(imp.path.trim())) ctx.report('import-not-found', imp, params, { property: 'path', messageKey: 'import-not-toc' });
        else if (!uri) ctx.report('import-not-found', imp, params, { property: 'path' });
        else if (uri.toString() === from.toString()) ctx.report('import-not-found', imp, params, { property: 'path', messageKey: 'import-self' });
        else if (!ctx.exists(uri)) ctx.report('import-not-found', imp, params, { property: 'path' });
    }
};
