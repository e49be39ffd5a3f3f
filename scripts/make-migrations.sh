#!/usr/bin/env bash
# Regenerates the committed migrations for both databases after a schema change:
#   bash scripts/make-migrations.sh <name>
# Nothing has shipped yet, so `--reset` replaces the migrations with one initial migration.
set -euo pipefail
cd "$(dirname "$0")/.."
name=${1:-schema}
if [ "${2:-}" = "--reset" ] || [ "$name" = "--reset" ]; then
  name=initial
  for db in sqlite postgres; do
    rm -rf "db/migrations/$db"; mkdir -p "db/migrations/$db"
    # db/adapter.ts imports the index; Payload rewrites it with each migration.
    echo 'export const migrations = []' > "db/migrations/$db/index.ts"
  done
fi
export NODE_OPTIONS=--conditions=production PAYLOAD_SECRET=${PAYLOAD_SECRET:-migrations}
mkdir -p data
DATABASE_URL="file:./data/.migrations-scratch.db" npx payload migrate:create "$name" --skip-empty
pg=${MIGRATIONS_PG_URL:-postgres://postgres@127.0.0.1:5432/postgres}
DATABASE_URL="$pg" npx payload migrate:create "$name" --skip-empty
rm -f data/.migrations-scratch.db
