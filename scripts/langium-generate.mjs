// Runs `langium generate` with the Node 20 polyfill loaded first (see docs/decisions or toolchain notes).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(root, 'node_modules/langium-cli/bin/langium.js');
const r = spawnSync(process.execPath, ['--require', path.join(root, 'packages/language/polyfill.cjs'), cli, 'generate', '--file', path.join(root, 'langium-config.json')], { stdio: 'inherit', cwd: root });
process.exit(r.status ?? 1);
