/** Exit codes and the one-line errors every command shares. */
export const EXIT = { ok: 0, problems: 1, usage: 2 } as const;

export class UsageError extends Error {
    // By name, not instanceof: each command's bundle has its own copy of this class (build.mjs).
    override name = 'UsageError';
}

export interface Io {
    out(text: string): void;
    err(text: string): void;
    /** True when stdout is a terminal: colour and progress only then. */
    isTty: boolean;
}

export const processIo: Io = {
    out: text => process.stdout.write(text),
    err: text => process.stderr.write(text),
    isTty: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
};
