// The opening the packages' build.mjs files share: where the package is, the repository root, its dist/,
// a failure that names the build, and the check that an input another build makes is there.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** `const { here, root, dist, fail, need } = packageBuild(import.meta.url, 'web');` */
export function packageBuild(moduleUrl, name) {
    const here = path.dirname(fileURLToPath(moduleUrl));
    const root = path.resolve(here, '../..');
    const fail = message => {
        console.error(`${name} build: ${message}`);
        process.exit(1);
    };
    /** Fails unless `file` exists; `how` says what makes it. */
    const need = (file, how) => {
        if (!fs.existsSync(file)) fail(`${path.relative(root, file)} is missing: ${how}`);
    };
    return { here, root, dist: path.join(here, 'dist'), fail, need };
}
