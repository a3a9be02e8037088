// `import.meta.url` for the CommonJS build of the command (tsup.config.ts puts this in its place):
// pathToFileURL escapes "#", "%" and the like in the install path, where `file:${__filename}`
// (tsup's own shim) cuts the URL at a "#" and the command then finds neither yaml.cjs nor its version.
import { pathToFileURL } from 'node:url';

export const importMetaUrl = pathToFileURL(__filename).href;
