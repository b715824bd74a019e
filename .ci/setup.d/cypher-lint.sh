#!/usr/bin/env bash
# Installs Neo4j's Cypher front end (tests/cypher-lint), which the Neo4j store's tests run over
# every statement the store sends. Safe to run again: `npm ci` rebuilds node_modules exactly
# from the committed lockfile.
set -euo pipefail
cd "$(dirname "$0")/../../tests/cypher-lint"

if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  echo "cypher-lint setup: node and npm are required (Node.js 20 or later) but were not found on PATH" >&2
  exit 1
fi

npm ci --no-audit --no-fund --loglevel=error </dev/null >/dev/null
