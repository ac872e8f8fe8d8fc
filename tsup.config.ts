import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    // No source maps in the package: they would carry the sources or point at files not shipped.
    sourcemap: false,
    clean: true,
    target: 'es2022',
    platform: 'neutral',
    // unified and remark-parse ship ESM only; bundled, they also work through require().
    noExternal: ['unified', 'remark-parse'],
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
