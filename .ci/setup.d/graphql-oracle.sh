#!/usr/bin/env bash
# Installs the pinned graphql-js and graphql-http packages that the GraphQL engine's
# differential tests run beside the engine (tests/graphql-oracle), then checks that the
# oracle's own scripts work and that every corpus case still means what its name says.
# Safe to run again: `npm ci` rebuilds node_modules exactly from the committed lockfile.
set -euo pipefail
cd "$(dirname "$0")/../../tests/graphql-oracle"

if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  echo "graphql-oracle setup: node and npm are required (Node.js 20 or later) but were not found on PATH" >&2
  exit 1
fi

npm ci --no-audit --no-fund --loglevel=error </dev/null >/dev/null

log=$(mktemp)
trap 'rm -f "$log"' EXIT
if ! node --test test/ >"$log" 2>&1 </dev/null; then
  cat "$log"
  echo "graphql-oracle setup: the oracle's own tests failed" >&2
  exit 1
fi
node run-corpus.mjs --quiet </dev/null
