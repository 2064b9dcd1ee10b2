/** Workspace symbols (Go to Symbol in Workspace): every named element of every file, with its kind. */
import type { AstNodeDescription } from 'langium';
import { DefaultWorkspaceSymbolProvider, type LangiumSharedServices } from 'langium/lsp';
import type { WorkspaceSymbol } from 'vscode-languageserver';
import { kindOfType } from '../model/element-kinds.js';
import { symbolKindOf } from './node-kinds.js';

export class TocWorkspaceSymbolProvider extends DefaultWorkspaceSymbolProvider {
    constructor(services: LangiumSharedServices) {
        super(services);
    }

    protected override getWorkspaceSymbol(description: AstNodeDescription): WorkspaceSymbol | undefined {
        const symbol = super.getWorkspaceSymbol(description);
        const kind = kindOfType(description.type);
        if (symbol && kind) {
            symbol.kind = symbolKindOf(kind);
            symbol.containerName = description.documentUri.path.split('/').pop();
        }
        return symbol;
    }
}
