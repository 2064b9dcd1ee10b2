export const root: string;
export const STAMP: string;
export const OUTPUTS: string[];
export function inputsHash(): string;
export function staleReason(hash?: string): string | null;
export function missingOutput(): string | undefined;
export function writeStamp(hash: string): void;
