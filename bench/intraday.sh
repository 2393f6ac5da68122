#!/usr/bin/env bash
# The intraday re-plan measured end to end (issue 11 §3), one command: the real server in one JVM on the demo
# (embedded PostgreSQL in a temporary folder, deleted at the end; today and tomorrow planned and published first),
# three webhook subscribers and one SSE client on loopback, a damage update at T (default 14:05 today: two 330 kV
# substations cut off and the largest running unit lost), the draft published with If-Match, and the time from the
# upload to every subscriber notified; then the cells changed against what was published and against a fresh solve;
# then a second strike at T + 30 min (the next largest unit) through the same chain in the now warm server.
#
#   bench/intraday.sh [--at HH:MM] [--addresses N] [--keep]      (N: the demo registry's size, default 1,000,000)
#
# Builds the application first when it is missing or older than its sources (as ./fairshed does). Env:
# FAIRSHED_JAVA_OPTS (default -Xmx4g), MAVEN_REPO (a local Maven repository for that build). Exit code 1 when the
# chain did not complete (a job that failed, a refused publish, a subscriber not notified in 10 minutes).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
. "$here/.ci/java-home.sh"
jar="$here/fairshed-cli/target/fairshed-cli.jar"
if [ ! -f "$jar" ] || [ -n "$(find "$here" -path "$here/.git" -prune -o \( -path '*/src/main/*' -o -name pom.xml \) \
        -type f -newer "$jar" -print 2>/dev/null | head -1)" ]; then
    echo "# building the application (sources changed)" >&2
    (cd "$here" && mvn -q -B -DskipTests ${MAVEN_REPO:+-Dmaven.repo.local=$MAVEN_REPO} package -pl fairshed-cli -am) >&2
    touch "$jar"
fi
echo "# $(date -u +%FT%TZ) $(nproc) cores, load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
exec "$JAVA_HOME/bin/java" "-XX:ErrorFile=${TMPDIR:-/tmp}/fairshed-hs_err_pid%p.log" ${FAIRSHED_JAVA_OPTS:--Xmx4g} \
    --enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow \
    -cp "$jar:$here/fairshed-cli/target/lib/*" org.fairshed.server.bench.IntradayBench "$@"
