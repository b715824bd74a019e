#!/usr/bin/env bash
# Installs Debian's networkx for the test that reads the GraphML and GEXF exports with it
# (tests/KnowledgeGraph.Api.Tests/Exports/NetworkxReadTests.cs), which skips without it.
# Safe to run again: does nothing when python3 already imports networkx.
set -euo pipefail

if python3 -c 'import networkx' >/dev/null 2>&1; then
  exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "networkx setup: the networkx test needs python3 with networkx, and apt-get is not here to install it" >&2
  exit 1
fi

as_root=()
if [ "$(id -u)" -ne 0 ]; then
  as_root=(sudo -n)
fi

export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update -qq </dev/null >/dev/null
"${as_root[@]}" apt-get install -y -qq --no-install-recommends python3-networkx </dev/null >/dev/null
echo "networkx setup: installed networkx $(python3 -c 'import networkx; print(networkx.__version__)')"
