#!/usr/bin/env bash
# Stops the local cluster (docs/deployment.md, "The local cluster"): the application nodes, HAProxy, then the Galera
# nodes one by one with db1 last, so that db1's data is the newest and it starts the cluster again next time. Keeps the
# data under $CLUSTER_HOME; "--purge" also removes it (the next start.sh begins from nothing, keeping the jar).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
[ "$(id -u)" = 0 ] || die "run as root"
for n in "${APP_NODES[@]}"; do app_stop "$n"; done
proxy_stop
for ((i = ${#DB_NODES[@]} - 1; i >= 0; i--)); do db_stop "${DB_NODES[i]}"; done
if [ "${1:-}" = --purge ]; then
    say "removing the data (keeping $CLUSTER_RELEASE)"
    for n in "${DB_NODES[@]}"; do rm -rf "$(db_dir "$n")"; done
    for n in "${APP_NODES[@]}"; do rm -rf "$(app_dir "$n")"; done
    rm -rf "$PROXY_DIR" "$CLUSTER_HOME/demo-loader" "$CLUSTER_HOME/demo-loader.log"
fi
left=$(ss -ltnp | grep -E '127\.0\.0\.1:(331[0-3]|457[1-3]|458[1-3]|459[1-3]|1831[0-2]|18319)\b' || true)
[ -z "$left" ] && say "stopped: nothing listens on the cluster's ports" || { say "still listening:"; echo "$left" >&2; exit 1; }
