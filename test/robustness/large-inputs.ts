/** Generators for large and pathological files (shared by the command-line, server and docs figures). */

/** A theory of about `lines` lines: challenges, goals, subgoals and actions with results, arrows between them. */
export function bigTheory(lines: number): string {
    const out: string[] = ['theorie "Groot plan"', 'visie "Een heel groot plan, om te zien dat niets hapert."', ''];
    let i = 0;
    // Whole blocks only: cutting one in half would be a syntax error.
    while (out.length < lines) {
        i++;
        out.push(
            `uitdaging U${i} "Uitdaging ${i}."`,
            `doel D${i} -> U${i} "Doel ${i}." {`,
            `    tussendoel T${i} "Tussendoel ${i}." {`,
            `        actie A${i} KT "Actie ${i}." {`,
            `            trekker "Buurtwerker ${i}"`,
            `            resultaat R${i} "Resultaat ${i}." {`,
            `                norm >= ${i % 100}%`,
            `                indicator I${i} "Indicator ${i}." {`,
            `                    meting 2026-03 ${(i * 7) % 100}%`,
            '                }',
            '            }',
            '        }',
            '    }',
            '}',
            `actie B${i} MLT -> T${i}${i > 1 ? `, D${i - 1}` : ''} "Nog een actie."`,
            '',
        );
    }
    return out.join('\n') + '\n';
}

/** `depth` subgoals, each inside the one before, with an action at the bottom. */
export function deepTheory(depth: number): string {
    const out: string[] = ['doel Diep "Heel diep genest." {'];
    for (let i = 0; i < depth; i++) out.push(`tussendoel S${i} "Niveau ${i}." {`);
    out.push('actie Onderaan KT "De actie onderaan."');
    for (let i = 0; i < depth; i++) out.push('}');
    out.push('}');
    return out.join('\n') + '\n';
}
