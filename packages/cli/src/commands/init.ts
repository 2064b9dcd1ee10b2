/** `toc init [--lang nl|en] FILE`: writes a new, filled-in theory of change to start from. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { languageOfFileName, newTheoryText, type Lang } from 'toc-language';
import { parseOptions } from '../options.js';
import { EXIT, UsageError, type Io } from '../usage.js';

export const INIT_HELP = `Usage: toc init [--lang nl|en] FILE

Writes a new theory of change to FILE (.toc is added when missing): a challenge,
a goal with a subgoal, and an action with a result, a norm and an indicator,
each with a comment that says what it is. Replace the examples with your plan.
An existing file is never overwritten.

Options:
  --lang nl|en   the language of the keywords and comments; without it, the
                 file name decides (mijn-plan.toc: Dutch), else the system's
                 language (LANG), else Dutch
  -h, --help     show this help

Examples:
  toc init mijn-plan.toc
  toc init --lang en our-plan.toc
`;

export async function init(args: string[], io: Io): Promise<number> {
    const { values, positionals } = parseOptions(args, {
        lang: { type: 'string' },
    });
    const [name] = positionals;
    if (name === undefined || positionals.length !== 1) throw new UsageError('give one file to write, e.g. toc init mijn-plan.toc (see toc init --help)');
    if (values.lang !== undefined && values.lang !== 'nl' && values.lang !== 'en') throw new UsageError(`--lang is nl or en, not "${values.lang}"`);
    const file = /\.toc$/i.test(name) ? name : `${name}.toc`;
    const lang: Lang = (values.lang as Lang | undefined) ?? languageOfFileName(file) ?? systemLang() ?? 'nl';
    if (fs.existsSync(file)) throw new UsageError(`${file} exists already; choose another name (toc init never overwrites a file)`);
    fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    fs.writeFileSync(file, newTheoryText(lang), { flag: 'wx' });
    io.out(`${file} written (${lang === 'nl' ? 'Dutch' : 'English'} keywords). Check it with: toc check ${file}\n`);
    return EXIT.ok;
}

function systemLang(): Lang | undefined {
    const env = process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || '';
    return /^nl/i.test(env) ? 'nl' : /^en/i.test(env) ? 'en' : undefined;
}
