#!/usr/bin/env bash
# One node of the local cluster (used by the cluster fault drill, and by hand):
#   ops/cluster/node.sh start|stop|kill|wait db|app N
# "kill" is kill -9; "start" of a Galera node joins the running cluster (IST or SST); "wait" waits until the node is
# Synced (db) or healthy (app).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
[ $# = 3 ] || die "usage: node.sh start|stop|kill|wait db|app N"
action=$1 kind=$2 n=$3
case "$action:$kind" in
    start:db) db_start "$n" join ;;
    start:app) app_start "$n" ;;
    stop:db) db_stop "$n" ;;
    stop:app) app_stop "$n" ;;
    kill:db|kill:app)
        pid=$("${kind}_pid" "$n") || die "$kind$n does not run"
        kill -9 "$pid"
        say "$kind$n: kill -9 $pid"
        while kill -0 "$pid" 2>/dev/null; do sleep 0.05; done ;;
    wait:db) db_wait_synced "$n" 600 ;;
    wait:app) app_wait_healthy "$n" 600 ;;
    pid:db) db_pid "$n" ;;
    pid:app) app_pid "$n" ;;
    *) die "usage: node.sh start|stop|kill|wait|pid db|app N" ;;
esac
