/** The text of elkjs's worker script, put in the bundle by build.mjs. */
declare module 'elk-worker-source' {
    const source: string;
    export default source;
}
