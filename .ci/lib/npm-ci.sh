# Sourced by setup steps. npm_ci FOLDER LABEL: installs a folder's npm packages exactly as its
# committed lockfile pins them (`npm ci` rebuilds node_modules, so running it again is safe).
npm_ci() {
  if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    echo "$2 setup: node and npm are required (Node.js 20 or later) but were not found on PATH" >&2
    return 1
  fi
  (cd "$1" && npm ci --no-audit --no-fund --loglevel=error </dev/null >/dev/null)
}
