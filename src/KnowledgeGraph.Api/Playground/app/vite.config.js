import { defineConfig } from 'vite';

// Every URL in the bundle is relative: the page is served at the GraphQL endpoint's own path
// (`/graphql`, or `/api/graphql` behind a proxy) and finds its files in the sibling folder
// `graphql-playground/`, whatever the host, port or path prefix.
export default defineConfig({
  base: './',
  logLevel: 'warn',
  // The editor's workers (Monaco's and monaco-graphql's) import shared chunks.
  worker: { format: 'es' },
  build: {
    assetsDir: 'graphql-playground',
    // Monaco, the editor inside GraphiQL, is one large chunk by design; the page is an
    // internal tool loaded once, so that warning says nothing useful.
    chunkSizeWarningLimit: 6000,
    reportCompressedSize: false,
    rollupOptions: {
      onwarn(warning, warn) {
        // React libraries mark their modules "use client" for server components; a client
        // bundle drops the directive by design.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
});
