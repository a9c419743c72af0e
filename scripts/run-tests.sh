#!/usr/bin/env bash
# The whole suite, on SQLite then PostgreSQL. Under CI (CI=true) PostgreSQL is never skipped.
set -uo pipefail
databases=${ROGATORY_TEST_DATABASES:-sqlite postgresql}
workers=${PYTEST_WORKERS:-2}
export ROGATORY_FAST_PASSWORD_HASHER=1
status=0
for db in $databases; do
  if [ "$db" = postgresql ]; then
    if ! scripts/ensure-postgres.sh; then
      if [ "${CI:-}" = true ] || [ -n "${ROGATORY_REQUIRE_POSTGRESQL:-}" ]; then
        echo "ERROR: PostgreSQL was asked for and cannot be reached on ${ROGATORY_PG_HOST:-127.0.0.1}:${ROGATORY_PG_PORT:-5432}." >&2
        exit 1
      fi
      echo "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!"
      echo "!!! PostgreSQL SKIPPED: no server reachable and none could be started here. !!!"
      echo "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!"
      continue
    fi
  fi
  echo "=== test suite on $db ==="
  ROGATORY_DATABASE=$db ${UV:-uv} run --frozen --no-sync pytest -n "$workers" -q -p no:randomly "$@" || status=1
done
exit $status
