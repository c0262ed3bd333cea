#!/usr/bin/env bash
# Runs the whole suite on this machine: PostgreSQL, Kafka, Keycloak, GreenMail and the five
# services, with demo data. Ctrl-C stops everything. Settings: README.md, "Run the product".
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"

if ! command -v java >/dev/null 2>&1; then
  echo "run.sh needs a JDK 17 or later (Debian: apt-get install openjdk-17-jdk-headless)." >&2
  exit 1
fi
java_major="$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p')"
if [ "${java_major:-0}" -lt 17 ]; then
  echo "run.sh needs a JDK 17 or later; java here is version ${java_major:-unknown}." >&2
  exit 1
fi

modules=(engagement-service collaboration-service case-service notification-service portal-gateway)
stamp=deploy/local/target/build.stamp

# Built once; built again only when a source file or a pom changed since the last build.
needs_build() {
  [ -f "$stamp" ] && [ -f deploy/local/target/launcher.classpath ] || return 0
  for module in "${modules[@]}"; do
    [ -f "$module/target/quarkus-app/quarkus-run.jar" ] || return 0
  done
  [ -n "$(find . \( -name target -o -path ./deploy/local/data -o -name .git \) -prune -o \
      \( -name pom.xml -o -path '*/src/main/*' \) -type f -newer "$stamp" -print -quit)" ]
}

if needs_build; then
  echo "Building the suite (once; later starts reuse the build until the code changes)..."
  began=$SECONDS
  mkdir -p deploy/local/target
  touch "$stamp.next"
  ./mvnw -B -ntp -q -DskipTests package -pl deploy/local -am
  mv "$stamp.next" "$stamp"
  echo "Built in $((SECONDS - began)) s."
fi

classpath="deploy/local/target/classes:$(cat deploy/local/target/launcher.classpath)"
# The launcher runs in a session of its own, so Ctrl-C reaches only this script, which asks the
# launcher to stop (SIGTERM): it stops the services first, then the servers, in order.
setsid java -Xmx256m -XX:+UseSerialGC -Djava.util.logging.manager=org.jboss.logmanager.LogManager -Dpractice.root="$root" -cp "$classpath" se.byra.local.LocalStack &
launcher=$!
asked_to_stop=0
trap 'asked_to_stop=1; kill -TERM "$launcher" 2>/dev/null || true' INT TERM
status=0
wait "$launcher" || status=$?
# a trapped signal ends the wait early: wait for the launcher to finish stopping
while kill -0 "$launcher" 2>/dev/null; do
  wait "$launcher" || status=$?
done
# stopped on request (SIGTERM's 143): a clean end
if [ "$asked_to_stop" = 1 ] && [ "$status" = 143 ]; then status=0; fi
exit "$status"
