#!/usr/bin/env bash
# Installs the pinned graphql-js and graphql-http packages that the GraphQL engine's
# differential tests run beside the engine (tests/graphql-oracle), then checks that the
# oracle's own scripts work and that every corpus case still means what its name says.
set -euo pipefail
root="$(dirname "$0")/../.."
source "$root/.ci/lib/npm-ci.sh"
npm_ci "$root/tests/graphql-oracle" graphql-oracle
cd "$root/tests/graphql-oracle"

log=$(mktemp)
trap 'rm -f "$log"' EXIT
if ! node --test test/ >"$log" 2>&1 </dev/null; then
  cat "$log"
  echo "graphql-oracle setup: the oracle's own tests failed" >&2
  exit 1
fi
node run-corpus.mjs --quiet </dev/null
