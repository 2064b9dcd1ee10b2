/** Generated theories of a given shape, for the fitting tests and bench. */
/**
 * A theory of 40 boxes shaped badly: `shape` is [challenges, goals, subgoals, actions]. Names of one or two
 * words as in the examples ("Taalcafé wijk"); every goal to a challenge, subgoals to goals and actions to subgoals in blocks
 * (as the text nests them), or actions straight to the goals when there are no subgoals.
 */
export function shapedText([challenges, goals, subgoals, actions]: readonly [number, number, number, number]): string {
    const words = ['Buurtwerking', 'Vrijwilligers', 'Ontmoeting', 'Huiswerkklas', 'Taalcafé', 'Gezinnen', 'Netwerk', 'Vertrouwen'];
    const places = ['Wijk', 'School', 'Markt', 'Thuis', 'Online'];
    const kinds: Record<string, string> = { Minder: 'Armoede', Sterker: 'Sterk', Meer: 'Meer', Start: '' };
    const name = (kind: string, i: number) => `${kinds[kind]}${words[i % words.length]}${places[Math.floor(i / words.length) % places.length]}`;
    const lines = ['theorie "Veertig vakjes"'];
    const block = (i: number, count: number, of: number) => Math.min(of - 1, Math.floor(i * of / count));
    for (let i = 0; i < challenges; i++) lines.push(`uitdaging ${name('Minder', i)} "Een uitdaging."`);
    for (let i = 0; i < goals; i++) lines.push(`doel ${name('Sterker', i)} -> ${name('Minder', block(i, goals, challenges))} "Een doel."`);
    for (let i = 0; i < subgoals; i++) lines.push(`tussendoel ${name('Meer', i)} -> ${name('Sterker', block(i, subgoals, goals))} "Een tussendoel."`);
    for (let i = 0; i < actions; i++) {
        const target = subgoals > 0 ? name('Meer', block(i, actions, subgoals)) : name('Sterker', block(i, actions, goals));
        lines.push(`actie ${name('Start', i)} KT -> ${target} "Een actie."`);
    }
    return lines.join('\n') + '\n';
}
