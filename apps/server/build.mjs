// Bundles the server into dist/main.js (workspace packages inlined, npm dependencies left as
// imports) and copies the SQL migrations and the demo's media assets beside it.
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

const here = import.meta.dirname;
const isWorkspace = (name) =>
  name.startsWith('@openrecruit/') || name.startsWith('.') || path.isAbsolute(name);

await build({
  entryPoints: {
    main: path.join(here, 'src/main.ts'),
    'migrate-cli': path.join(here, 'src/db/migrate-cli.ts'),
  },
  outdir: path.join(here, 'dist'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
  plugins: [
    {
      name: 'externalise-npm-packages',
      setup(b) {
        b.onResolve({ filter: /.*/ }, (args) =>
          args.kind === 'entry-point' || isWorkspace(args.path)
            ? undefined
            : { path: args.path, external: true },
        );
      },
    },
  ],
});
fs.rmSync(path.join(here, 'dist/migrations'), { recursive: true, force: true });
fs.cpSync(path.join(here, 'src/db/migrations'), path.join(here, 'dist/migrations'), { recursive: true });
// The demo's media (a recorded 云宣讲 and its poster) travel with the bundle.
fs.rmSync(path.join(here, 'dist/assets'), { recursive: true, force: true });
fs.cpSync(path.join(here, 'src/db/seed/assets'), path.join(here, 'dist/assets'), { recursive: true });
console.info('server built: apps/server/dist/main.js');
