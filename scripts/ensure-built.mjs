// Builds the package when dist/ is missing or older than any source file, so
// `npm run demo` works on a fresh clone and stays quick on the next run.
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

function newest(folder) {
  let latest = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

const built = join(root, 'dist', 'index.js');
const stale =
  !existsSync(built) ||
  !existsSync(join(root, 'schemas')) ||
  statSync(built).mtimeMs < Math.max(newest(join(root, 'src')), statSync(join(root, 'tsup.config.ts')).mtimeMs);
if (stale) execSync('npm run build', { cwd: root, stdio: 'inherit' });
