// GraphiQL for the knowledge-graph API. Everything it needs (scripts, styles, fonts, the
// editor's workers) is bundled at build time, so the page works with no internet access.
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import './page.css';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { createElement, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { examples } from './examples.js';

// The page is served at the GraphQL endpoint's own path, so that path is the endpoint:
// same origin, whatever host, port or path prefix a proxy puts in front of it.
const fetcher = createGraphiQLFetcher({ url: window.location.pathname });

const defaultTabs = examples.map(({ query, variables }) => ({
  query,
  variables: variables === undefined ? null : JSON.stringify(variables, null, 2),
}));

// GraphiQL 5 opens the first default tab with its query but without its variables, so on a
// first visit (no tabs stored yet) they are handed over as the initial variables. Later visits
// restore the stored tabs, variables included, and must not have them overwritten.
const isFirstVisit = window.localStorage.getItem('graphiql:tabState') === null;
const initialVariables = isFirstVisit ? (defaultTabs[0].variables ?? undefined) : undefined;

createRoot(document.getElementById('playground')).render(
  createElement(
    StrictMode,
    null,
    createElement(
      GraphiQL,
      { fetcher, defaultTabs, initialVariables, defaultEditorToolsVisibility: 'variables' },
      createElement(GraphiQL.Logo, null, 'Knowledge graph'),
    ),
  ),
);
