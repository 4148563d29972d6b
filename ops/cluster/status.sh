#!/usr/bin/env bash
# What runs of the local cluster (docs/deployment.md, "The local cluster"): each Galera node's state, the writer
# HAProxy uses, each application node's health. Exit 0 when every part is up.
set -uo pipefail
source "$(dirname "$0")/lib.sh"
ok=0
for n in "${DB_NODES[@]}"; do
    if pid=$(db_pid "$n"); then
        printf 'db%s   127.0.0.1:%s  pid %-7s %s, cluster size %s\n' "$n" "$(db_port "$n")" "$pid" "$(db_state_comment "$n")" \
            "$(db_sql "$n" "SELECT VARIABLE_VALUE FROM information_schema.GLOBAL_STATUS WHERE VARIABLE_NAME='wsrep_cluster_size'" 2>/dev/null)"
        [ "$(db_state "$n")" = 4 ] || ok=1
    else
        printf 'db%s   127.0.0.1:%s  down\n' "$n" "$(db_port "$n")"; ok=1
    fi
done
for n in "${APP_NODES[@]}"; do
    if pid=$(app_pid "$n"); then
        printf 'app%s  127.0.0.1:%s pid %-7s /health %s\n' "$n" "$(app_port "$n")" "$pid" "$(app_health "$n")"
        [ "$(app_health "$n")" = 200 ] || ok=1
    else
        printf 'app%s  127.0.0.1:%s down\n' "$n" "$(app_port "$n")"; ok=1
    fi
done
if pid=$(proxy_pid); then
    printf 'haproxy     pid %-7s http://127.0.0.1:%s/  stats http://127.0.0.1:%s/  database 127.0.0.1:%s\n' "$pid" \
        "$HTTP_PORT" "$STATS_PORT" "$SQL_PORT"
    proxy_writer | sed 's/^/  galera up: /'
    writer=$(mariadb --no-defaults -h 127.0.0.1 -P "$SQL_PORT" -u "$CLUSTER_DB_USER" -p"$CLUSTER_DB_PASSWORD" -N -B \
        -e 'SELECT @@wsrep_node_name' 2>/dev/null)
    echo "  the database's connections go to: ${writer:-nobody (no node is up)}"
else
    echo "haproxy     down"; ok=1
fi
exit $ok
