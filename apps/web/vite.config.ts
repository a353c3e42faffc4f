import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// In development the API runs on :3000 (`npm run dev -w apps/server`); Vite serves the pages.
const API = 'http://127.0.0.1:3000';

// Each area, and each page of an area, is a lazy chunk (src/router.tsx, the areas' routes;
// docs/decisions/014-web-chunks.md). Rolldown's automatic splitting then puts every module in a
// chunk shared by exactly the pages that use it, so the seeker app (antd-mobile) never downloads
// antd, the consoles never download antd-mobile, and a login page downloads only the antd
// components it shows. Only React with the router and zod get named chunks of their own. (A named
// group for antd would also capture its dependencies, e.g. @babel/runtime, drag antd into the
// seeker, and give every console page all of antd.)
const VENDOR_GROUPS = [
  {
    name: 'vendor-react',
    test: /node_modules[\\/](react|react-dom|scheduler|react-router|@tanstack[\\/]react-query|@tanstack[\\/]query-core)[\\/]/,
  },
  // zod, for the pages with a form. Only zod: a group takes in what its modules import, so a group
  // for packages/shared's schemas would take the dictionaries they use too, and then every page
  // that shows a dictionary label would load zod.
  { name: 'zod', test: /node_modules[\\/]zod[\\/]/ },
];

export default defineConfig({
  base: '/',
  plugins: [react()],
  server: {
    port: 5173,
    proxy: {
      '/api': API,
      '^/dev(/|$)': API,
      '/docs': API,
      '/openapi.json': API,
      '/healthz': API,
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // dist/.vite/manifest.json: which chunks each page loads (npm run report:first-load).
    manifest: true,
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      // packages/shared is imported through its index: with its modules free of side effects, a page
      // that needs an error code or a label gets that module, not every zod schema besides.
      treeshake: { moduleSideEffects: [{ test: /packages[\\/]shared[\\/]src[\\/]/, sideEffects: false }] },
      output: {
        codeSplitting: { groups: VENDOR_GROUPS },
      },
    },
  },
});
