#!/usr/bin/env bash
# Checks that docker-compose.yml is a valid Compose file (no Docker engine is needed for
# that), with the variables of .env.example.
set -euo pipefail
cd "$(dirname "$0")/../.."

if ! command -v docker-compose >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq </dev/null >/dev/null
  apt-get install -y -qq docker-compose </dev/null >/dev/null
fi
docker-compose --env-file .env.example -f docker-compose.yml config -q
echo "docker-compose.yml: valid"
