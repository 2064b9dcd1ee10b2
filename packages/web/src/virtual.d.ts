/** Made by build.mjs: the language server's bundle as text, and the repository's examples. */
declare module 'virtual:server-source' {
    const source: string;
    export default source;
}
declare module 'virtual:examples' {
    const examples: Array<{ id: string; files: Record<string, string> }>;
    export default examples;
}
declare module 'virtual:keywords' {
    /** A regular expression source matching one keyword. */
    const pattern: string;
    export default pattern;
}
