/**
 * Quick fixes for the checks whose fix is adding or changing text, titled in the document's language: add
 * a horizon, a result, an indicator, a norm, a description, an action for a goal, a goal for a challenge;
 * create an element for a name that does not exist yet, change a misspelt name to the nearest one, or
 * remove the dangling name from the arrow. What the user must still fill in is inserted as a snippet
 * (Tab walks through the fields) where the editor supports snippet edits, else as its placeholder text;
 * either way the check `placeholder` warns until the template's words are replaced.
 */
import { AstUtils, GrammarUtils, CstUtils, type AstNode, type LangiumDocument, type ReferenceInfo } from 'langium';
import type { CodeActionProvider } from 'langium/lsp';
import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import {
    isAction, isChallenge, isGoal, isResult, isSubgoal, isTheory, type Action, type Goal, type Result, type Subgoal, type Theory,
} from '../generated/ast.js';
import { editorMessages, horizonMeaning } from '../i18n/editor-messages.js';
import type { Lang } from '../i18n/language.js';
import { kindName, type ElementKind } from '../i18n/messages.js';
import { kindOf } from '../model/element-kinds.js';
import type { TocServices } from '../toc-module.js';
import { closestName } from '../validation/closest-name.js';
import { documentLang } from './document-language.js';
import { horizonsOf, kindKeyword } from './keywords.js';
import { normSnippet, snippetFor, snippetPlainText, snippetText } from './snippets.js';
import { afterProperty, appendToBlock, deleteRange, prependToBlock, topLevelInsert } from './text-inserts.js';

type Contributor = Goal | Subgoal | Action;
const CHAIN: ElementKind[] = ['challenge', 'goal', 'subgoal', 'action'];

export class TocCodeActionProvider implements CodeActionProvider {
    private readonly services: TocServices;
    /** Whether the client applies snippet edits (LSP 3.18; VS Code through vscode-languageclient 10 does). */
    private snippetEdits = false;

    constructor(services: TocServices) {
        this.services = services;
        services.shared.lsp.LanguageServer.onInitialize(params => {
            this.snippetEdits = params.capabilities.workspace?.workspaceEdit?.snippetEditSupport === true;
        });
    }

    getCodeActions(document: LangiumDocument, params: CodeActionParams): CodeAction[] {
        const actions: CodeAction[] = [];
        for (const d of params.context.diagnostics) {
            try {
                actions.push(...this.fixesFor(document, d));
            } catch (e) {
                console.error('toc: quick fix failed', e);
            }
        }
        return actions;
    }

    fixesFor(document: LangiumDocument, d: Diagnostic): CodeAction[] {
        const data = (d.data ?? {}) as { code?: string; name?: string; expected?: ElementKind[]; lang?: Lang };
        const code = data.code ?? String(d.code ?? '');
        const lang = documentLang(this.services, document);
        const m = editorMessages(lang).fix;
        const node = this.nodeAt(document, d);
        const fix = (title: string, edits: Array<TextEdit | undefined>, preferred = false): CodeAction[] => {
            const list = edits.filter((e): e is TextEdit => e !== undefined);
            if (list.length === 0) return [];
            return [{ title, kind: CodeActionKind.QuickFix, diagnostics: [d], isPreferred: preferred, edit: { changes: { [document.uri.toString()]: list } } }];
        };
        // A fix with fields to fill in: one snippet edit.
        const snippetFix = (title: string, e: TextEdit | undefined, preferred = true): CodeAction[] =>
            e ? [{ title, kind: CodeActionKind.QuickFix, diagnostics: [d], isPreferred: preferred, edit: this.snippetEdit(document, e) }] : [];
        const kw = (k: ElementKind) => kindKeyword(lang, k);
        const s = editorMessages(lang).snippet;
        const topElement = (n: AstNode) => AstUtils.getContainerOfType(n, (x): x is AstNode => isTheory(x.$container));
        switch (code) {
            case 'action-without-horizon': {
                const action = node && AstUtils.getContainerOfType(node, isAction);
                if (!action) return [];
                return horizonsOf(lang).flatMap((h, i) => fix(m.addHorizon(h, horizonMeaning(lang, h)), [afterProperty(document, action, 'name', ` ${h}`)], i === 0));
            }
            case 'action-without-result': {
                const action = node && AstUtils.getContainerOfType(node, isAction);
                if (!action) return [];
                return snippetFix(m.addResult, appendToBlock(document, action, [
                    `${kw('result')} "\${1:${snippetText(m.resultText)}}" {`, `    ${normSnippet(2)}`, `    indicator "\${3:${snippetText(m.indicatorText)}}"`, '}',
                ]));
            }
            case 'result-without-indicator': {
                const result = node && AstUtils.getContainerOfType(node, isResult);
                return result ? snippetFix(m.addIndicator, appendToBlock(document, result, [`indicator "\${1:${snippetText(m.indicatorText)}}"`])) : [];
            }
            case 'result-without-norm': {
                const result = node && AstUtils.getContainerOfType(node, isResult) as Result | undefined;
                return result ? snippetFix(m.addNorm, prependToBlock(document, result, [normSnippet(1)])) : [];
            }
            case 'missing-description': {
                const el = node && AstUtils.getContainerOfType(node, (n): n is AstNode => kindOf(n) !== undefined);
                return el ? snippetFix(m.addDescription, this.descriptionEdit(document, el, `\${1:${snippetText(m.descriptionText)}}`), false) : [];
            }
            case 'goal-without-action':
            case 'subgoal-without-action': {
                const target = node && AstUtils.getContainerOfType(node, (n): n is Goal | Subgoal => isGoal(n) || isSubgoal(n));
                const top = target && topElement(target);
                const snippet = target && snippetFor('action', { lang, topLevel: true, targets: [], target: target.name });
                return top && snippet ? snippetFix(m.addAction(target.name), topLevelInsert(document, snippet, top)) : [];
            }
            case 'challenge-without-goal': {
                const challenge = node && AstUtils.getContainerOfType(node, isChallenge);
                if (!challenge) return [];
                const snippet = `${kw('goal')} \${1:${snippetText(s.name)}} -> ${challenge.name} "\${2:${snippetText(s.goalText)}}"`;
                return snippetFix(m.addGoal(challenge.name), topLevelInsert(document, snippet, challenge));
            }
            case 'unresolved-reference':
                return this.unresolvedFixes(document, d, node, data.name, data.expected ?? [], lang);
            default:
                return [];
        }
    }

    /**
     * A snippet as an edit: a snippet edit for a client that supports it, else its placeholder text. The editor
     * indents every line of a snippet like the line it starts on; our lines carry their full indentation, so
     * that much is taken off (what rust-analyzer does too; LSP has no "keep whitespace" flag).
     */
    private snippetEdit(document: LangiumDocument, e: TextEdit): WorkspaceEdit {
        const uri = document.uri.toString();
        if (!this.snippetEdits) return { changes: { [uri]: [{ range: e.range, newText: snippetPlainText(e.newText) }] } };
        const line = document.textDocument.getText({ start: { line: e.range.start.line, character: 0 }, end: e.range.start });
        const lead = /^[ \t]*/.exec(line)![0];
        const value = lead === '' ? e.newText : e.newText.split('\n').map((l, i) => i > 0 && l.startsWith(lead) ? l.slice(lead.length) : l).join('\n');
        return {
            documentChanges: [{
                textDocument: { uri, version: document.textDocument.version },
                edits: [{ range: e.range, snippet: { kind: 'snippet', value } }],
            }],
        };
    }

    private nodeAt(document: LangiumDocument, d: Diagnostic): AstNode | undefined {
        const root = document.parseResult.value.$cstNode;
        if (!root) return undefined;
        return CstUtils.findLeafNodeAtOffset(root, document.textDocument.offsetAt(d.range.start))?.astNode;
    }

    /** A description goes after the name, horizon and targets: where the grammar expects it. */
    private descriptionEdit(document: LangiumDocument, el: AstNode, text: string): TextEdit | undefined {
        // An empty "" is there already: fill it rather than add a second one.
        const existing = el.$cstNode && GrammarUtils.findNodeForProperty(el.$cstNode, 'description');
        if (existing) return { range: existing.range, newText: `"${text}"` };
        const targets = (el as Partial<Contributor>).targets ?? [];
        const lastTarget = targets[targets.length - 1]?.$refNode;
        if (lastTarget) {
            const p = document.textDocument.positionAt(lastTarget.end);
            return { range: { start: p, end: p }, newText: ` "${text}"` };
        }
        for (const property of ['horizon', 'name', 'keyword']) {
            const edit = afterProperty(document, el, property, ` "${text}"`);
            if (edit) return edit;
        }
        return undefined;
    }

    private unresolvedFixes(document: LangiumDocument, d: Diagnostic, node: AstNode | undefined, name: string | undefined, expected: ElementKind[], lang: Lang): CodeAction[] {
        const m = editorMessages(lang).fix;
        const root = document.parseResult.value;
        if (!name || !node || !isTheory(root)) return [];
        const owner = AstUtils.getContainerOfType(node, (n): n is Contributor => isAction(n) || isSubgoal(n) || isGoal(n));
        const index = owner ? owner.targets.findIndex(t => t?.$refNode && document.textDocument.offsetAt(d.range.start) >= t.$refNode.offset && document.textDocument.offsetAt(d.range.start) <= t.$refNode.end) : -1;
        const actions: CodeAction[] = [];
        const edit = (title: string, e: TextEdit, preferred = false): CodeAction => ({
            title, kind: CodeActionKind.QuickFix, diagnostics: [d], isPreferred: preferred, edit: { changes: { [document.uri.toString()]: [e] } },
        });

        // A misspelling: change to the nearest name that fits here.
        const target = owner?.targets[index];
        if (owner && target) {
            const info: ReferenceInfo = { reference: target, container: owner, property: 'targets', index };
            const candidates = this.services.references.ScopeProvider.getScope(info).getAllElements().map(e => e.name).toArray();
            const near = closestName(name, candidates);
            const ref = target.$refNode!;
            if (near) actions.push(edit(m.replaceWith(near), { range: ref.range, newText: near }, true));
        }

        // Create what the arrow names, of each kind that may stand there.
        for (const kind of expected.filter(k => k === 'challenge' || k === 'goal' || k === 'subgoal')) {
            const text = `${kindKeyword(lang, kind)} ${name} "\${1:${snippetText(m.descriptionText)}}"`;
            const { after, before } = placeFor(root, kind);
            actions.push({
                title: m.create(kindName(lang, kind), name), kind: CodeActionKind.QuickFix, diagnostics: [d], isPreferred: false,
                edit: this.snippetEdit(document, topLevelInsert(document, text, after, before)),
            });
        }

        // Or drop the name from the arrow (and the arrow itself when nothing is left).
        const refs = owner ? owner.targets.map(t => t?.$refNode) : [];
        if (owner && index >= 0 && refs.every(r => r !== undefined)) {
            let from: number, to: number;
            const ref = (i: number) => refs[i]!;
            if (refs.length === 1) {
                const arrow = CstUtils.streamCst(owner.$cstNode!).find(n => n.astNode === owner && n.text === '->');
                const text = document.textDocument.getText();
                from = arrow ? arrow.offset : ref(0).offset;
                while (from > 0 && /[ \t]/.test(text.charAt(from - 1))) from--;
                to = ref(0).end;
            } else if (index > 0) {
                from = ref(index - 1).end;
                to = ref(index).end;
            } else {
                from = ref(0).offset;
                to = ref(1).offset;
            }
            actions.push(edit(m.removeTarget(name), deleteRange(document, from, to)));
        }
        return actions;
    }
}

/** A new element goes after the last top-level one of its kind, else after the kinds before it in the chain, else first. */
function placeFor(root: Theory, kind: ElementKind): { after?: AstNode; before?: AstNode } {
    const order = CHAIN.indexOf(kind);
    for (let k = order; k >= 0; k--) {
        const same = root.elements.filter(e => kindOf(e) === CHAIN[k]);
        if (same.length > 0) return { after: same[same.length - 1] };
    }
    if (root.elements.length > 0) return { before: root.elements[0] };
    const last = root.imports[root.imports.length - 1] ?? root.header;
    return { after: last };
}

