#!/usr/bin/env node
// After `vite build`: a .br and a .gz beside every text file of apps/web/dist worth compressing,
// so the server sends them without compressing on each request (plugins/web.ts, preCompressed).
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const dist = path.resolve(process.argv[2] ?? 'dist');
const COMPRESSIBLE = /\.(js|mjs|css|html|svg|json|webmanifest|txt|map)$/;
let original = 0;
let brotli = 0;
for (const file of fs.readdirSync(dist, { recursive: true, encoding: 'utf8' })) {
  const full = path.join(dist, file);
  if (!COMPRESSIBLE.test(file) || !fs.statSync(full).isFile()) continue;
  const content = fs.readFileSync(full);
  if (content.length < 1024) continue;
  const br = zlib.brotliCompressSync(content, {
    params: {
      [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
      [zlib.constants.BROTLI_PARAM_SIZE_HINT]: content.length,
    },
  });
  fs.writeFileSync(`${full}.br`, br);
  fs.writeFileSync(`${full}.gz`, zlib.gzipSync(content, { level: 9 }));
  original += content.length;
  brotli += br.length;
}
console.info(
  `precompressed ${Math.round(original / 1024)} KB of text to ${Math.round(brotli / 1024)} KB (brotli)`,
);
