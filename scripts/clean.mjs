// Removes the build output, portably (no rm -rf), before a fresh build.
import { rmSync } from 'node:fs';

for (const folder of ['dist', 'schemas']) rmSync(new URL(`../${folder}`, import.meta.url), { recursive: true, force: true });
