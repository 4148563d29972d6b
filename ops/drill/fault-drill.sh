#!/usr/bin/env bash
# The fault drill of issue 14 (docs/reliability.md): 8 partner clients file complaints through the API of the release
# jar on this machine's MariaDB (database sunshine_drill, dropped and made afresh) while the application and then the
# database are killed with kill -9 and started again; prints acknowledged, stored, lost, duplicates and the answers
# seen during the outage. Not part of mvn test. Needs root (it kills and starts the system's mariadbd), about 3 minutes
# after the build. The database is started again at the end whatever happens.
#
#   ops/drill/fault-drill.sh                          # builds target/sunshine.jar with -Drelease if it is missing
#   SUNSHINE_JAR=/path/to/sunshine.jar ops/drill/fault-drill.sh
#
# Settings: DRILL_PORT (18391), DRILL_DB (sunshine_drill), DRILL_DB_USER (root), DRILL_DB_PASSWORD, DRILL_CLIENTS (8),
# DRILL_DB_PIDFILE (/run/mysqld/mysqld.pid), DRILL_DB_START (how the server is started, as Debian's service does).
set -euo pipefail
cd "$(dirname "$0")/../.."

DB_START_DEFAULT='mkdir -p /run/mysqld && chown mysql:mysql /run/mysqld && start-stop-daemon --start --oknodo --background --chuid mysql --exec /usr/sbin/mariadbd'
export DRILL_DB_START="${DRILL_DB_START:-$DB_START_DEFAULT}"
export DRILL_JAR="${SUNSHINE_JAR:-target/sunshine.jar}"

database_runs() {
    mariadb -h 127.0.0.1 -P 3306 -u "${DRILL_DB_USER:-root}" ${DRILL_DB_PASSWORD:+-p"$DRILL_DB_PASSWORD"} -e 'SELECT 1' >/dev/null 2>&1
}

ensure_database() {
    if ! database_runs; then
        echo "fault-drill: the database is not running: starting it" >&2
        sh -c "$DRILL_DB_START"
        for _ in $(seq 1 120); do
            database_runs && break
            sleep 1
        done
    fi
    database_runs && echo "fault-drill: the database runs" >&2 || echo "fault-drill: THE DATABASE DID NOT START" >&2
}
trap ensure_database EXIT

if [ ! -f "$DRILL_JAR" ]; then
    mvn -B -ntp -q -Drelease -DskipTests clean package
fi
if unzip -l "$DRILL_JAR" | grep -q 'org/sunshine/demo/'; then
    echo "fault-drill: $DRILL_JAR is not a release build (mvn clean package -Drelease)" >&2
    exit 2
fi

mvn -B -ntp -q -Pbench test-compile exec:exec@fault-drill
