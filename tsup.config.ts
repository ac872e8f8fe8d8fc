import { readFileSync } from 'node:fs';
import { defineConfig, type Options } from 'tsup';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

/**
 * The `entities` package decodes its entity tables with `atob` or `Buffer`, so a browser
 * bundle of gisa failed where neither exists. The library bundles htmlparser2 and
 * entities with that one helper swapped for src/util/base64.ts, which needs neither.
 */
const entitiesWithoutAtob: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'entities-without-atob',
  setup(build) {
    build.onLoad({ filter: /entities[\\/]dist[\\/](esm|commonjs)[\\/]internal[\\/]decode-shared\.js$/ }, () => ({
      contents: readFileSync('src/util/base64.ts', 'utf8'),
      loader: 'ts',
    }));
  },
};

export default defineConfig([
  {
    entry: { index: 'src/index.ts', audit: 'src/audit/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    // No source maps in the package: they would carry the sources or point at files not shipped.
    sourcemap: false,
    clean: true,
    target: 'es2022',
    platform: 'neutral',
    // unified and remark-parse ship ESM only; bundled, they also work through require().
    // htmlparser2 and entities are bundled for the plugin above.
    noExternal: ['unified', 'remark-parse', 'htmlparser2', 'entities'],
    esbuildPlugins: [entitiesWithoutAtob],
  },
  {
    // The CLI may use node: modules; the library may not. The worker-thread entry is
    // built beside it: the CLI starts it from dist/ by its file name.
    entry: { cli: 'src/cli/index.ts', 'cli-worker': 'src/cli/worker.ts' },
    format: ['esm'],
    sourcemap: false,
    target: 'node20',
    platform: 'node',
    banner: { js: '#!/usr/bin/env node' },
    define: { __GISA_VERSION__: JSON.stringify(version) },
  },
  {
    // gisa/node: parseMany on the CLI's worker pool; it starts dist/cli-worker.js beside it.
    entry: { node: 'src/node.ts' },
    format: ['esm'],
    dts: true,
    sourcemap: false,
    target: 'node20',
    platform: 'node',
  },
]);
