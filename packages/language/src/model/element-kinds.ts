/**
 * The element kind of each AST type: the one table the model, scoping and the editor features read.
 * Typed against the generated AST, so a rule renamed in toc.langium does not compile until it is named here.
 */
import type { AstNode } from 'langium';
import type { Action, Challenge, Goal, Indicator, Result, Subgoal } from '../generated/ast.js';
import type { ElementKind } from '../i18n/messages.js';

type ElementType = (Challenge | Goal | Subgoal | Action | Result | Indicator)['$type'];

const KIND_OF_TYPE: Readonly<Record<ElementType, ElementKind>> = {
    Challenge: 'challenge', Goal: 'goal', Subgoal: 'subgoal', Action: 'action', Result: 'result', Indicator: 'indicator',
};

/** The element types have no subtypes, so this is `isChallenge(node)` etc. without the reflection. */
export function kindOfType(type: string): ElementKind | undefined {
    return Object.prototype.hasOwnProperty.call(KIND_OF_TYPE, type) ? KIND_OF_TYPE[type as ElementType] : undefined;
}

export function kindOf(node: AstNode): ElementKind | undefined {
    return kindOfType(node.$type);
}
