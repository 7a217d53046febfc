// The bare app `npm run bench` measures Parley against: the same Next.js, from the repository's
// node_modules, with none of Parley's configuration. Only where its build goes is set: under
// bench/.work, which git, ESLint and the type check already leave alone.
const config = { distDir: '../.work/bare-next' };

export default config;
