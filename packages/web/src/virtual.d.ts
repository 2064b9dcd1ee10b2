/** Made by build.mjs: the language server's bundle as text, and the repository's examples. */
declare module 'virtual:server-source' {
    const source: string;
    export default source;
}
declare module 'virtual:examples' {
    type Example = { id: string; files: Record<string, string> };
    /** Never empty: build.mjs fails without examples. */
    const examples: [Example, ...Example[]];
    export default examples;
}
declare module 'virtual:keywords' {
    /** A regular expression source matching one keyword. */
    const pattern: string;
    export default pattern;
}
