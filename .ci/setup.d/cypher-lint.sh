#!/usr/bin/env bash
# Installs Neo4j's Cypher front end (tests/cypher-lint), which the Neo4j store's tests run over
# every statement the store sends.
set -euo pipefail
root="$(dirname "$0")/../.."
source "$root/.ci/lib/npm-ci.sh"
npm_ci "$root/tests/cypher-lint" cypher-lint
