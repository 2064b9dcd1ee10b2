import type { Check } from './check-context.js';
import { checkActions, checkHorizonPlacement } from './actions.js';
import { checkCycles, checkDangling, checkReachedByActions } from './contributions.js';
import { checkDescriptions } from './descriptions.js';
import { checkFollowUp } from './follow-up.js';
import { checkImports } from './imports.js';
import { checkDuplicateNames } from './names.js';
import { checkNormRanges } from './norms.js';
import { checkPlaceholders } from './placeholders.js';
import { checkResults } from './results.js';

/** Cheap, local checks first: they matter most while typing. */
export const ALL_CHECKS: readonly Check[] = [
    checkHorizonPlacement,
    checkDuplicateNames,
    checkNormRanges,
    checkImports,
    checkActions,
    checkResults,
    checkFollowUp,
    checkDangling,
    checkReachedByActions,
    checkCycles,
    checkDescriptions,
    checkPlaceholders,
];
