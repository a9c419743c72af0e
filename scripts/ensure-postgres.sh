#!/usr/bin/env bash
# Make a PostgreSQL server answer on 127.0.0.1:5432: start the local cluster, or install one.
# Exit 0 when reachable, 1 when not (the caller decides whether that fails the run).
set -uo pipefail
host=${ROGATORY_PG_HOST:-127.0.0.1}; port=${ROGATORY_PG_PORT:-5432}
reachable() { pg_isready -q -h "$host" -p "$port" 2>/dev/null || \
  (exec 3<>"/dev/tcp/$host/$port") 2>/dev/null; }
reachable && exit 0
if [ "$(id -u)" = 0 ]; then
  if ! command -v pg_ctlcluster >/dev/null 2>&1; then
    echo "PostgreSQL is not installed: installing it with apt-get"
    DEBIAN_FRONTEND=noninteractive apt-get update -qq && \
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  fi
  for version in $(ls /etc/postgresql 2>/dev/null); do
    pg_ctlcluster --skip-systemctl-redirect "$version" main start 2>/dev/null || true
  done
  for _ in $(seq 1 30); do reachable && exit 0; sleep 1; done
fi
exit 1
