#!/usr/bin/env bash
# Checks that kg installs as a .NET tool from the clone, as the README says, and answers when
# run from the repository root. It installs into a scratch folder rather than as the local
# tool: NuGet's cache would hand a local tool an older pack of the same version.
set -euo pipefail
cd "$(dirname "$0")/../.."

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

dotnet pack src/KnowledgeGraph.Ingestion --verbosity quiet -o "$scratch/packages"
dotnet tool install --tool-path "$scratch/bin" --add-source "$scratch/packages" KnowledgeGraph.Cli >/dev/null

answer=$("$scratch/bin/kg" stats --json --db "$scratch/kg.db")
if ! grep -Eq '"entities": [1-9]' <<<"$answer"; then
  printf 'kg stats, installed as a tool, counted no entities:\n%s\n' "$answer"
  exit 1
fi
echo "kg as a tool: answers"
