// Resolves the `@papi/*` path aliases of tsconfig.base.json to the compiled files under dist/,
// so built apps run with plain `node -r ./tools/runtime/register-paths.cjs dist/apps/<app>/src/main.js`.
const Module = require('node:module');
const path = require('node:path');
const { compilerOptions } = require('../../tsconfig.base.json');

const root = path.resolve(__dirname, '../..');
const dist = process.env.PAPI_DIST_DIR ? path.resolve(process.env.PAPI_DIST_DIR) : path.join(root, 'dist');
const aliases = Object.fromEntries(
  Object.entries(compilerOptions.paths).map(([alias, [target]]) => [
    alias,
    path.join(dist, target.replace(/^\.\//, '').replace(/\.ts$/, '.js')),
  ]),
);

const original = Module._resolveFilename;
Module._resolveFilename = function resolveAlias(request, ...rest) {
  return original.call(this, aliases[request] ?? request, ...rest);
};
