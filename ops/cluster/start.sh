#!/usr/bin/env bash
# Starts the local cluster (docs/deployment.md, "The local cluster"), from nothing or from where stop.sh left it:
# three MariaDB Galera nodes (127.0.0.1:3311-3313), the database behind HAProxy (127.0.0.1:3310, one writer), the
# demo city loaded once, two application nodes of the release jar (127.0.0.1:18311, 18312) and HAProxy in front of
# them (http://127.0.0.1:18310/, statistics at :18319). As root. The machine's own MariaDB at 3306 is not touched.
#
#   ops/cluster/start.sh                  # everything; builds the release jar if $CLUSTER_HOME/release has none
#   CLUSTER_APPS=together ops/cluster/start.sh   # both application nodes at once (default: one after the other)
#   CLUSTER_DEMO=false CLUSTER_ADMIN_PASSWORD=… ops/cluster/start.sh   # no demo: an empty platform with "admin"
#
# Settings (environment): CLUSTER_HOME (/var/lib/sunshine-cluster), CLUSTER_DB (sunshine), CLUSTER_DB_USER,
# CLUSTER_DB_PASSWORD, CLUSTER_DEMO (true), CLUSTER_ADMIN_PASSWORD, CLUSTER_API_CLIENTS, CLUSTER_APP_HEAP (1g),
# CLUSTER_APPS (sequential | together), SUNSHINE_JAR (a release jar to use instead of building one).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
[ "$(id -u)" = 0 ] || die "run as root: it installs packages and starts the database servers as mysql"
mkdir -p "$CLUSTER_HOME"
install_packages

# --- the release jar, kept outside target/ -------------------------------------------------------------------------
if [ ! -f "$CLUSTER_RELEASE/sunshine.jar" ]; then
    jar="${SUNSHINE_JAR:-}"
    if [ -z "$jar" ]; then
        say "building the release jar (mvn clean package -Drelease -DskipTests)"
        (cd "$REPO" && mvn -B -ntp -q clean package -Drelease -DskipTests) || die "the build failed"
        jar="$REPO/target/sunshine.jar"
    fi
    unzip -l "$jar" | grep -q 'org/sunshine/demo/' && die "$jar is not a release build (mvn clean package -Drelease)"
    mkdir -p "$CLUSTER_RELEASE"
    rm -rf "$CLUSTER_RELEASE/lib"
    cp "$jar" "$CLUSTER_RELEASE/sunshine.jar"
    cp -r "$(dirname "$jar")/lib" "$CLUSTER_RELEASE/lib"
    say "release jar kept in $CLUSTER_RELEASE"
fi

# --- the Galera nodes ---------------------------------------------------------------------------------------------
if db_running_any; then
    first=""
    for n in "${DB_NODES[@]}"; do db_pid "$n" >/dev/null && { first=$n; break; }; done
    say "a Galera node runs already (db$first): the others join it"
else
    first=$(db_bootstrap_node)
    db_start "$first" bootstrap
fi
db_wait_synced "$first" 120
fresh=false
if ! db_sql "$first" "SELECT 1 FROM mysql.user WHERE user='$CLUSTER_DB_USER'" | grep -q 1; then fresh=true; fi
if $fresh; then
    say "creating the database $CLUSTER_DB and its accounts"
    db_sql "$first" "CREATE DATABASE IF NOT EXISTS \`$CLUSTER_DB\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
        CREATE USER IF NOT EXISTS '$CLUSTER_DB_USER'@'127.0.0.1' IDENTIFIED BY '$CLUSTER_DB_PASSWORD';
        GRANT ALL ON \`$CLUSTER_DB\`.* TO '$CLUSTER_DB_USER'@'127.0.0.1';
        CREATE USER IF NOT EXISTS '$CLUSTER_CHECK_USER'@'127.0.0.1';"
fi
# the others join one at a time: each gets the whole state (SST, rsync) or what it missed (IST) from a running node
for n in "${DB_NODES[@]}"; do
    [ "$n" = "$first" ] && continue
    db_start "$n" join
    db_wait_synced "$n" 600
done
say "Galera: $(db_sql "$first" "SELECT VARIABLE_VALUE FROM information_schema.GLOBAL_STATUS WHERE VARIABLE_NAME='wsrep_cluster_size'") nodes, all Synced"

proxy_start
for _ in $(seq 1 30); do
    mariadb --no-defaults -h 127.0.0.1 -P "$SQL_PORT" -u "$CLUSTER_DB_USER" -p"$CLUSTER_DB_PASSWORD" -e 'SELECT 1' \
        "$CLUSTER_DB" >/dev/null 2>&1 && break
    sleep 1
done
mariadb --no-defaults -h 127.0.0.1 -P "$SQL_PORT" -u "$CLUSTER_DB_USER" -p"$CLUSTER_DB_PASSWORD" -e 'SELECT 1' \
    "$CLUSTER_DB" >/dev/null || die "the database does not answer through HAProxy (127.0.0.1:$SQL_PORT)"

# --- the demo city: loaded once, before the nodes, by the development build (the release jar has no demo) -----------
if [ "$CLUSTER_DEMO" = true ] && ! mariadb --no-defaults -h 127.0.0.1 -P "$SQL_PORT" -u "$CLUSTER_DB_USER" \
        -p"$CLUSTER_DB_PASSWORD" -N -e "SELECT 1 FROM app_user LIMIT 1" "$CLUSTER_DB" 2>/dev/null | grep -q 1; then
    say "loading the demo city into the cluster (a few minutes)"
    (cd "$REPO" && CLUSTER_DEMO_URL="jdbc:mysql://127.0.0.1:$SQL_PORT/$CLUSTER_DB?useSSL=false&allowPublicKeyRetrieval=true" \
        CLUSTER_DEMO_USER="$CLUSTER_DB_USER" CLUSTER_DEMO_PASSWORD="$CLUSTER_DB_PASSWORD" \
        CLUSTER_DEMO_SEARCH="$CLUSTER_HOME/demo-loader/search" \
        mvn -B -ntp -q -Pbench test-compile exec:exec@cluster-demo) >"$CLUSTER_HOME/demo-loader.log" 2>&1 \
        || die "loading the demo failed: see $CLUSTER_HOME/demo-loader.log"
fi

# --- the application nodes ----------------------------------------------------------------------------------------
if [ "${CLUSTER_APPS:-sequential}" = together ]; then
    for n in "${APP_NODES[@]}"; do app_start "$n"; done
    for n in "${APP_NODES[@]}"; do app_wait_healthy "$n" 600; done
else
    # one after the other: the second starts on a migrated database
    for n in "${APP_NODES[@]}"; do app_start "$n"; app_wait_healthy "$n" 600; done
fi
for _ in $(seq 1 20); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' http://127.0.0.1:$HTTP_PORT/health)" = 200 ] && break
    sleep 1
done

cat <<TXT

Sunshine cluster is up (everything on 127.0.0.1; logs and data under $CLUSTER_HOME):
  the platform          http://127.0.0.1:$HTTP_PORT/          (staff: http://127.0.0.1:$HTTP_PORT/login$([ "$CLUSTER_DEMO" = true ] && echo ", e.g. inspector / Sunshine2026"))
  application nodes     http://127.0.0.1:$(app_port 1)/  http://127.0.0.1:$(app_port 2)/
  HAProxy statistics    http://127.0.0.1:$STATS_PORT/
  database (one writer) jdbc:mysql://127.0.0.1:$SQL_PORT/$CLUSTER_DB   user $CLUSTER_DB_USER
  Galera nodes          127.0.0.1:$(db_port 1), :$(db_port 2), :$(db_port 3)
  status                ops/cluster/status.sh        stop: ops/cluster/stop.sh
TXT
