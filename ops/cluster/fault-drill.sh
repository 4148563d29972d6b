#!/usr/bin/env bash
# The fault drill on the local cluster (docs/reliability.md, "On the cluster"): 8 partner clients file complaints
# through HAProxy and two members of staff work in headless Chromium while an application node, then the Galera
# writer, are killed with kill -9 and started again. Prints acknowledged, stored, lost, duplicates, the answers by
# phase and what the staff saw; exit 1 if anything was lost, stored twice or answered 500. Not part of mvn test.
# As root. Starts the cluster first if it is not running (ops/cluster/start.sh); leaves it running and whole.
# Bounded: 10 minutes, 5,000 tickets per client; about 2 minutes.
set -euo pipefail
cd "$(dirname "$0")/../.."
source ops/cluster/lib.sh
if ! ops/cluster/status.sh >/dev/null; then
    say "the cluster is not (wholly) running: starting it"
    ops/cluster/start.sh
fi
mvn -B -ntp -q -Pbench test-compile exec:exec@cluster-drill
