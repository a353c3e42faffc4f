#!/usr/bin/env node
// What a first visit to each entry page downloads before the page can show: the index entry, the
// lazy chunks its route loads and everything they import statically, JS and CSS, raw and gzipped
// (zlib level 9, per file, as scripts/precompress-web.mjs writes them). Read from the Vite manifest
// of a production build (apps/web/vite.config.ts, build.manifest), so no server or browser is needed.
//
//   npm run build -w apps/web && npm run report:first-load
//   cd apps/web && npx vite build --outDir /tmp/web && node ../../scripts/report-first-load.mjs /tmp/web
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const root = path.resolve(import.meta.dirname, '..');
const dist = path.resolve(process.argv[2] ?? path.join(root, 'apps/web/dist'));

// The modules each page loads lazily, outermost first: src/router.tsx picks the area, the area's
// routes pick the page (in a console, after the signed-in shell, with the header's live bell). A
// module that is not a chunk of its own in a build is inside one already counted; one missing from
// this list is not counted. Checked once against the files Chromium downloads: the same sums.
const consoleLogin = (area, Area) => ({
  path: `/${area}/login`,
  modules: [`src/areas/${area}/${Area}.tsx`, 'src/features/identity/staff-login/ConsoleLoginPage.tsx'],
});
const PAGES = [
  { path: '/', label: '首页', modules: ['src/areas/landing/LandingPage.tsx'] },
  {
    path: '/m',
    label: '求职者首页',
    modules: ['src/areas/seeker/SeekerArea.tsx', 'src/areas/seeker/SeekerHomePage.tsx'],
  },
  {
    path: '/m/jobs',
    label: '职位搜索，已登录',
    modules: [
      'src/areas/seeker/SeekerArea.tsx',
      'src/areas/seeker/SeekerGuard.tsx',
      'src/features/jobs/JobSearchPage.tsx',
    ],
  },
  { ...consoleLogin('employer', 'EmployerArea'), label: '用人单位登录' },
  {
    path: '/employer/home/dashboard',
    label: '工作台，已登录',
    modules: [
      'src/areas/employer/EmployerArea.tsx',
      'src/components/console/ConsoleSignedInRoutes.tsx',
      'src/features/realtime/EmployerLiveUpdates.tsx',
      'src/features/employer-interviews/DashboardPage.tsx',
    ],
  },
  { ...consoleLogin('university', 'UniversityArea'), label: '高校登录' },
  { ...consoleLogin('ops', 'OpsArea'), label: '运营登录' },
  { ...consoleLogin('centre', 'CentreArea'), label: '区中心登录' },
];

const manifestPath = path.join(dist, '.vite', 'manifest.json');
if (!fs.existsSync(manifestPath)) {
  console.error(
    `${manifestPath} not found: build the web app first (build.manifest in apps/web/vite.config.ts).`,
  );
  process.exit(1);
}
const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8'));

const sizes = new Map();
function sizeOf(file) {
  if (!sizes.has(file)) {
    const content = fs.readFileSync(path.join(dist, file));
    sizes.set(file, { raw: content.length, gzip: zlib.gzipSync(content, { level: 9 }).length });
  }
  return sizes.get(file);
}

/** The files a chunk brings: itself, its CSS, and the same for every chunk it imports statically. */
function collect(key, files) {
  const chunk = manifest[key];
  if (!chunk || files.has(chunk.file)) return;
  files.add(chunk.file);
  for (const css of chunk.css ?? []) files.add(css);
  for (const imported of chunk.imports ?? []) collect(imported, files);
}

const rows = PAGES.map((page) => {
  const files = new Set();
  for (const key of ['index.html', ...page.modules]) collect(key, files);
  const total = { js: { raw: 0, gzip: 0 }, css: { raw: 0, gzip: 0 } };
  for (const file of files) {
    const size = sizeOf(file);
    const kind = file.endsWith('.css') ? total.css : total.js;
    kind.raw += size.raw;
    kind.gzip += size.gzip;
  }
  return { ...page, files: files.size, ...total };
});

const kB = (bytes) => (bytes / 1000).toFixed(1);
const header = ['page', 'files', 'JS raw', 'JS gzip', 'CSS raw', 'CSS gzip', 'total raw', 'total gzip', ''];
const table = rows.map((row) => [
  row.path,
  String(row.files),
  kB(row.js.raw),
  kB(row.js.gzip),
  kB(row.css.raw),
  kB(row.css.gzip),
  kB(row.js.raw + row.css.raw),
  kB(row.js.gzip + row.css.gzip),
  row.label,
]);
const widths = header.map((title, column) =>
  Math.max(title.length, ...table.map((cells) => cells[column].length)),
);
const line = (cells) =>
  `| ${cells.map((cell, column) => (column === 0 || column === header.length - 1 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join(' | ')} |`;
console.info(
  `First load of each entry page (kB = 1000 bytes), from ${path.relative(process.cwd(), dist) || '.'}`,
);
console.info(line(header));
console.info(
  `|${widths.map((width, column) => (column === 0 || column === header.length - 1 ? `${'-'.repeat(width + 1)}-` : `${'-'.repeat(width + 1)}:`)).join('|')}|`,
);
for (const cells of table) console.info(line(cells));
