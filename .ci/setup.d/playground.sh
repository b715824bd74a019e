#!/usr/bin/env bash
# Installs Debian's Chromium for the GraphQL playground's browser test
# (tests/KnowledgeGraph.Api.Tests/Playground), which Playwright drives at /usr/bin/chromium;
# no browser is ever downloaded from elsewhere. Safe to run again: does nothing when
# /usr/bin/chromium is there.
set -euo pipefail

if [ -x /usr/bin/chromium ]; then
  exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "playground setup: the browser test needs Chromium at /usr/bin/chromium, and apt-get is not here to install it" >&2
  exit 1
fi

as_root=()
if [ "$(id -u)" -ne 0 ]; then
  as_root=(sudo -n)
fi

export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update -qq </dev/null >/dev/null
# fonts-liberation: the fonts Chromium recommends, so that screenshots show real glyphs.
"${as_root[@]}" apt-get install -y -qq --no-install-recommends chromium fonts-liberation </dev/null >/dev/null
echo "playground setup: installed $(/usr/bin/chromium --version 2>/dev/null || echo Chromium)"
