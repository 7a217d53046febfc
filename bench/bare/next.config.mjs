// The bare app `npm run bench` measures Parley against: the same Next.js, from the repository's
// node_modules, with none of Parley's configuration. Only where things go is set: the build
// goes under bench/.work, which git, ESLint and the type check already leave alone, and the
// root is the repository's, where node_modules is.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const config = { distDir: '../.work/bare-next', turbopack: { root }, outputFileTracingRoot: root };

export default config;
