#!/bin/sh
# HAProxy's health check of a Galera node (external-check, docs/deployment.md "The database behind HAProxy"): the
# node is up only when it is Synced (wsrep_local_state 4), ready for queries (wsrep_ready ON) and in the cluster's
# primary component. A node that still accepts connections but is a joiner, a donor or cut off from the others
# (non-primary) is down: HAProxy's own mysql-check would only see its handshake and send writes to it.
#
# HAProxy calls it with: <proxy address> <proxy port> <server address> <server port>; exit 0 is up.
# The account (CLUSTER_CHECK_USER, default haproxy_check) needs no password and no privilege.
status=$(mariadb --no-defaults --connect-timeout=2 -h "$3" -P "$4" -u "${CLUSTER_CHECK_USER:-haproxy_check}" -N -B \
    -e "SHOW GLOBAL STATUS WHERE Variable_name IN ('wsrep_local_state', 'wsrep_ready', 'wsrep_cluster_status')" \
    2>/dev/null) || exit 1
echo "$status" | grep -q "^wsrep_local_state	4$" || exit 1
echo "$status" | grep -q "^wsrep_ready	ON$" || exit 1
echo "$status" | grep -q "^wsrep_cluster_status	Primary$" || exit 1
exit 0
