# Shared settings and steps of the local cluster (docs/deployment.md, "The local cluster"): sourced by start.sh,
# stop.sh, status.sh and node.sh, never run alone. Every setting can be given in the environment.
#
# Three MariaDB Galera nodes (db1-db3), two application nodes of the release jar (app1, app2) and HAProxy in front of
# both tiers, all on 127.0.0.1, each with its own directory under CLUSTER_HOME.

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
CLUSTER_HOME="${CLUSTER_HOME:-/var/lib/sunshine-cluster}"
CLUSTER_DB="${CLUSTER_DB:-sunshine}"
CLUSTER_DB_USER="${CLUSTER_DB_USER:-sunshine}"
CLUSTER_DB_PASSWORD="${CLUSTER_DB_PASSWORD:-sunshine-cluster}"
# the account HAProxy's health check signs in with: no password, no privilege (it only reads the wsrep status)
CLUSTER_CHECK_USER="${CLUSTER_CHECK_USER:-haproxy_check}"
# the demo city with its logins (password Sunshine2026), loaded once into an empty database before the nodes start
CLUSTER_DEMO="${CLUSTER_DEMO:-true}"
# without the demo: the first administrator "admin" gets this password on the first start
CLUSTER_ADMIN_PASSWORD="${CLUSTER_ADMIN_PASSWORD:-}"
# partners of the Open311 API ("key:name"), for the fault drill
CLUSTER_API_CLIENTS="${CLUSTER_API_CLIENTS:-cluster-drill-key:cluster-drill}"
CLUSTER_APP_HEAP="${CLUSTER_APP_HEAP:-1g}"
# where the release jar and its lib/ are kept, outside target/ so that a build does not remove them
CLUSTER_RELEASE="${CLUSTER_RELEASE:-$CLUSTER_HOME/release}"

DB_NODES=(1 2 3)
APP_NODES=(1 2)
db_port()  { echo $((3310 + $1)); }   # SQL: 3311-3313
db_gcomm() { echo $((4570 + $1)); }   # Galera replication: 4571-4573
db_ist()   { echo $((4580 + $1)); }   # incremental state transfer: 4581-4583
db_sst()   { echo $((4590 + $1)); }   # full state transfer (rsync): 4591-4593
app_port() { echo $((18310 + $1)); }  # application nodes: 18311, 18312
HTTP_PORT=18310                       # HAProxy: the application
SQL_PORT=3310                         # HAProxy: the database (one writer)
STATS_PORT=18319                      # HAProxy: its statistics page

db_dir()  { echo "$CLUSTER_HOME/db$1"; }
app_dir() { echo "$CLUSTER_HOME/app$1"; }
PROXY_DIR="$CLUSTER_HOME/haproxy"

say() { printf '[cluster %s] %s\n' "$(date +%T)" "$*" >&2; }
die() { say "ERROR: $*"; exit 1; }

# --- packages -------------------------------------------------------------------------------------------------------

install_packages() {
    local missing=()
    for p in mariadb-server galera-4 haproxy rsync; do
        dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
    done
    if [ ${#missing[@]} -gt 0 ]; then
        [ "$(id -u)" = 0 ] || die "install ${missing[*]} (as root: apt-get install -y ${missing[*]})"
        say "installing ${missing[*]}"
        # the packages' own services are not wanted: the cluster starts its own servers on its own ports
        DEBIAN_FRONTEND=noninteractive apt-get install -y "${missing[@]}" >"$CLUSTER_HOME/apt.log" 2>&1 \
            || { apt-get update >>"$CLUSTER_HOME/apt.log" 2>&1 && DEBIAN_FRONTEND=noninteractive apt-get install -y "${missing[@]}" >>"$CLUSTER_HOME/apt.log" 2>&1; } \
            || die "apt-get install failed: see $CLUSTER_HOME/apt.log"
    fi
}

# --- Galera nodes ---------------------------------------------------------------------------------------------------

db_sql() { # db_sql N SQL: as root over the node's own socket
    mariadb --no-defaults -S "$(db_dir "$1")/mariadbd.sock" -u root -N -B -e "$2"
}

db_pid() {
    local f; f="$(db_dir "$1")/mariadbd.pid"
    [ -s "$f" ] && kill -0 "$(cat "$f")" 2>/dev/null && cat "$f"
}

# 4 = Synced (wsrep_local_state); empty when the node does not answer
db_state() { db_sql "$1" "SELECT VARIABLE_VALUE FROM information_schema.GLOBAL_STATUS WHERE VARIABLE_NAME='wsrep_local_state'" 2>/dev/null; }
db_state_comment() { db_sql "$1" "SELECT VARIABLE_VALUE FROM information_schema.GLOBAL_STATUS WHERE VARIABLE_NAME='wsrep_local_state_comment'" 2>/dev/null; }

db_write_config() {
    local n=$1 dir; dir="$(db_dir "$n")"
    mkdir -p "$dir/data" "$dir/tmp"
    chown -R mysql:mysql "$dir"
    cat >"$dir/my.cnf" <<CNF
# Galera node db$n of the local cluster (written by ops/cluster/lib.sh; read with --defaults-file, so that nothing of
# /etc/mysql is used and the machine's own server at 3306 is untouched)
[mariadbd]
user                     = mysql
datadir                  = $dir/data
tmpdir                   = $dir/tmp
socket                   = $dir/mariadbd.sock
pid-file                 = $dir/mariadbd.pid
log-error                = $dir/error.log
bind-address             = 127.0.0.1
port                     = $(db_port "$n")
character-set-server     = utf8mb4
collation-server         = utf8mb4_unicode_ci
default-storage-engine   = InnoDB
innodb_buffer_pool_size  = 256M
innodb_log_file_size     = 128M
innodb_flush_log_at_trx_commit = 1
max_connections          = 200
# Galera: row-based replication, interleaved auto-increment locks
binlog_format            = ROW
innodb_autoinc_lock_mode = 2
# the binary log, for point-in-time recovery (docs/deployment.md, "Backups"); Galera does not need it
log_bin                  = $dir/data/binlog
log_slave_updates        = ON
expire_logs_days         = 7
server_id                = $n
wsrep_on                 = ON
wsrep_provider           = /usr/lib/galera/libgalera_smm.so
wsrep_cluster_name       = sunshine-local
wsrep_cluster_address    = gcomm://127.0.0.1:$(db_gcomm 1),127.0.0.1:$(db_gcomm 2),127.0.0.1:$(db_gcomm 3)
wsrep_node_name          = db$n
wsrep_node_address       = 127.0.0.1:$(db_gcomm "$n")
wsrep_node_incoming_address = 127.0.0.1:$(db_port "$n")
wsrep_provider_options   = "gmcast.listen_addr=tcp://127.0.0.1:$(db_gcomm "$n");ist.recv_addr=127.0.0.1:$(db_ist "$n");gcache.size=256M"
wsrep_sst_method         = rsync
wsrep_sst_receive_address = 127.0.0.1:$(db_sst "$n")
wsrep_slave_threads      = 2
CNF
}

# db_start N [bootstrap]: starts the node; "bootstrap" starts a new cluster with it (--wsrep-new-cluster)
db_start() {
    local n=$1 mode=${2:-join} dir; dir="$(db_dir "$n")"
    if db_pid "$n" >/dev/null; then say "db$n runs already (pid $(db_pid "$n"))"; return 0; fi
    db_write_config "$n"
    if [ "$n" = 1 ] && [ ! -d "$dir/data/mysql" ] && [ "$mode" = bootstrap ]; then
        say "db$n: creating the system tables"
        mariadb-install-db --defaults-file="$dir/my.cnf" --user=mysql --skip-test-db >"$dir/install.log" 2>&1 \
            || die "mariadb-install-db failed: see $dir/install.log"
    fi
    local args=(--defaults-file="$dir/my.cnf")
    if [ "$mode" = bootstrap ]; then
        # a node may only start a new cluster if its data is the newest: after a clean stop the last one down says so
        sed -i 's/^safe_to_bootstrap: 0/safe_to_bootstrap: 1/' "$dir/data/grastate.dat" 2>/dev/null || true
        args+=(--wsrep-new-cluster)
    fi
    say "db$n: starting on 127.0.0.1:$(db_port "$n")${mode:+ ($mode)}"
    rm -f "$dir/mariadbd.pid"
    setsid /usr/sbin/mariadbd "${args[@]}" >>"$dir/stdout.log" 2>&1 </dev/null &
}

# db_wait_synced N [seconds]
db_wait_synced() {
    local n=$1 limit=${2:-300} i
    for ((i = 0; i < limit; i++)); do
        [ "$(db_state "$n")" = 4 ] && { say "db$n: Synced"; return 0; }
        sleep 1
    done
    die "db$n is not Synced after ${limit}s (state: $(db_state_comment "$n")); see $(db_dir "$n")/error.log"
}

db_stop() {
    local n=$1 pid i
    pid="$(db_pid "$n")" || return 0
    say "db$n: stopping (pid $pid)"
    kill "$pid"
    for ((i = 0; i < 120; i++)); do kill -0 "$pid" 2>/dev/null || return 0; sleep 1; done
    say "db$n did not stop in 120 s: kill -9"; kill -9 "$pid"
}

# The node to start a new cluster with: the one whose data says it is safe (the last one stopped cleanly), else the
# one with the highest committed sequence number, else db1 (a cluster created from nothing).
db_bootstrap_node() {
    local n best=1 best_seq=-2 seq
    for n in "${DB_NODES[@]}"; do
        local g; g="$(db_dir "$n")/data/grastate.dat"
        [ -f "$g" ] || continue
        if grep -q '^safe_to_bootstrap: 1' "$g"; then echo "$n"; return; fi
        seq=$(awk '/^seqno:/ {print $2}' "$g")
        if [ "${seq:--1}" -gt "$best_seq" ]; then best=$n; best_seq=${seq:--1}; fi
    done
    echo "$best"
}

db_running_any() { local n; for n in "${DB_NODES[@]}"; do db_pid "$n" >/dev/null && return 0; done; return 1; }

# --- application nodes ----------------------------------------------------------------------------------------------

app_pid() {
    local f; f="$(app_dir "$1")/app.pid"
    [ -s "$f" ] && kill -0 "$(cat "$f")" 2>/dev/null && cat "$f"
}

app_health() { curl -s -o /dev/null -m 3 -w '%{http_code}' "http://127.0.0.1:$(app_port "$1")/health" 2>/dev/null; }

app_start() {
    local n=$1 dir; dir="$(app_dir "$n")"
    if app_pid "$n" >/dev/null; then say "app$n runs already (pid $(app_pid "$n"))"; return 0; fi
    mkdir -p "$dir/search" "$dir/uploads"
    say "app$n: starting on 127.0.0.1:$(app_port "$n")"
    (
        cd "$dir"
        export DATASOURCES_DEFAULT_URL="jdbc:mysql://127.0.0.1:$SQL_PORT/$CLUSTER_DB?useSSL=false&allowPublicKeyRetrieval=true"
        export DATASOURCES_DEFAULT_USERNAME="$CLUSTER_DB_USER" DATASOURCES_DEFAULT_PASSWORD="$CLUSTER_DB_PASSWORD"
        export MICRONAUT_SERVER_HOST=127.0.0.1 MICRONAUT_SERVER_PORT="$(app_port "$n")"
        export SUNSHINE_HTTP_TRUSTED_PROXIES=127.0.0.1
        export SUNSHINE_PUBLIC_URL="http://127.0.0.1:$HTTP_PORT"
        export SUNSHINE_SEARCH_DIRECTORY="$dir/search" SUNSHINE_UPLOADS_TEMP_DIR="$dir/uploads"
        export SUNSHINE_COMPLAINTS_API_CLIENTS="$CLUSTER_API_CLIENTS"
        [ -n "$CLUSTER_ADMIN_PASSWORD" ] && export SUNSHINE_SECURITY_BOOTSTRAP_ADMIN_PASSWORD="$CLUSTER_ADMIN_PASSWORD"
        # the demo's record URLs are not real: no dead-link checking on a demo cluster
        [ "$CLUSTER_DEMO" = true ] && export SUNSHINE_PROACTIVE_LINK_CHECK_ENABLED=false
        setsid java -Xmx"$CLUSTER_APP_HEAP" -Dfile.encoding=UTF-8 -jar "$CLUSTER_RELEASE/sunshine.jar" \
            >>"$dir/app.log" 2>&1 </dev/null &
        echo $! >"$dir/app.pid"
    )
}

app_wait_healthy() {
    local n=$1 limit=${2:-300} i
    for ((i = 0; i < limit; i++)); do
        [ "$(app_health "$n")" = 200 ] && { say "app$n: healthy"; return 0; }
        app_pid "$n" >/dev/null || die "app$n stopped; see $(app_dir "$n")/app.log"
        sleep 1
    done
    die "app$n is not healthy after ${limit}s; see $(app_dir "$n")/app.log"
}

app_stop() {
    local n=$1 pid i
    pid="$(app_pid "$n")" || return 0
    say "app$n: stopping (pid $pid)"
    kill "$pid"
    for ((i = 0; i < 60; i++)); do kill -0 "$pid" 2>/dev/null || { rm -f "$(app_dir "$n")/app.pid"; return 0; }; sleep 1; done
    kill -9 "$pid"; rm -f "$(app_dir "$n")/app.pid"
}

# --- HAProxy --------------------------------------------------------------------------------------------------------

proxy_pid() { [ -s "$PROXY_DIR/haproxy.pid" ] && kill -0 "$(cat "$PROXY_DIR/haproxy.pid")" 2>/dev/null && cat "$PROXY_DIR/haproxy.pid"; }

proxy_start() {
    if proxy_pid >/dev/null; then say "haproxy runs already"; return 0; fi
    mkdir -p "$PROXY_DIR"
    sed -e "s#@DIR@#$PROXY_DIR#g" -e "s#@CHECK@#$REPO/ops/cluster/galera-check.sh#g" -e "s#@CHECK_USER@#$CLUSTER_CHECK_USER#g" \
        "$REPO/ops/cluster/haproxy.cfg" >"$PROXY_DIR/haproxy.cfg"
    haproxy -c -q -f "$PROXY_DIR/haproxy.cfg" || die "the HAProxy configuration is refused: $PROXY_DIR/haproxy.cfg"
    say "haproxy: starting (HTTP $HTTP_PORT, SQL $SQL_PORT, stats $STATS_PORT)"
    haproxy -D -f "$PROXY_DIR/haproxy.cfg" -p "$PROXY_DIR/haproxy.pid" >>"$PROXY_DIR/haproxy.log" 2>&1
}

proxy_stop() {
    local pid i
    pid="$(proxy_pid)" || return 0
    say "haproxy: stopping (pid $pid)"
    kill "$pid"
    for ((i = 0; i < 20; i++)); do kill -0 "$pid" 2>/dev/null || { rm -f "$PROXY_DIR/haproxy.pid"; return 0; }; sleep 0.5; done
    kill -9 "$pid"; rm -f "$PROXY_DIR/haproxy.pid"
}

# the Galera node HAProxy sends the database's connections to now (the writer), from its stats socket
proxy_writer() {
    echo "show stat" | socat - "UNIX-CONNECT:$PROXY_DIR/haproxy.sock" 2>/dev/null \
        | awk -F, '$1 == "galera" && $2 ~ /^db/ && $18 == "UP" {print $2, ($20 == 1 ? "active" : "backup"), "cur=" $5}'
}
