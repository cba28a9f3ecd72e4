#!/usr/bin/env bash
# Brings Drover up on this machine: the server (SQLite under ./.drover), one local agent serving this machine,
# then stores a sample script and runs it on this machine as a ticket, watching it to the end.
#   ./quickstart.sh          leaves the server and agent running (Ctrl-C stops both)
#   ./quickstart.sh --exit   stops them once the sample ticket has ended (used by CI)
set -euo pipefail
cd "$(dirname "$0")"

API_PORT=${DROVER_API_PORT:-8080}
AGENT_PORT=${DROVER_AGENT_PORT:-8081}
DATA=${DROVER_DATA_DIR:-./.drover}
EXIT_AFTER=no
[ "${1:-}" = "--exit" ] && EXIT_AFTER=yes

mkdir -p "$DATA"
TOKEN=${DROVER_TOKEN:-}
if [ -z "$TOKEN" ]; then
  [ -s "$DATA/admin-token" ] || (umask 077; head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n' > "$DATA/admin-token")
  TOKEN=$(cat "$DATA/admin-token")
fi

echo "==> building"
dotnet build Drover.sln -nologo -v q -clp:ErrorsOnly

BIN=bin/Debug/net10.0
pids=()
stop() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap stop EXIT

echo "==> starting the server: API http://127.0.0.1:$API_PORT, agents https://127.0.0.1:$AGENT_PORT (TLS), data $DATA"
# The admin secret through the environment: a command line is readable by every local user.
DROVER_ADMIN_TOKEN="$TOKEN" dotnet src/Drover.Server/$BIN/Drover.Server.dll --listen "http://127.0.0.1:$API_PORT" \
  --agent-listen "https://127.0.0.1:$AGENT_PORT" --data-dir "$DATA" > "$DATA/server.log" 2>&1 &
pids+=($!)
drover() { DROVER_TOKEN="$TOKEN" dotnet src/Drover.Cli/$BIN/drover.dll --server "http://127.0.0.1:$API_PORT" "$@"; }  # the token via the environment: --token would warn
for _ in $(seq 1 60); do drover agent list >/dev/null 2>&1 && break; sleep 0.5; done
drover agent list >/dev/null || { echo "server did not come up; see $DATA/server.log"; exit 1; }

HOST_ID=${DROVER_RESOURCE_ID:-local-$(hostname)}
echo "==> starting a local agent for host $HOST_ID"
# The agent enrolls with a one-use token from a 0600 file (the admin secret is no agent credential); once enrolled it
# keeps its own credential in its journal and ignores the token on later runs.
(umask 077; drover enrollment create --expires-in 10m --max-uses 1 > "$DATA/enroll-token" 2>/dev/null)
# The agents' port is TLS with the certificate the server made in its data dir; the agent trusts that one only.
dotnet src/Drover.Agent/$BIN/drover-agent.dll --server "https://127.0.0.1:$AGENT_PORT" --server-ca "$DATA/tls/server.crt" \
  --enroll-token-file "$DATA/enroll-token" \
  --resource-id "$HOST_ID" --journal-dir "$DATA/agent" > "$DATA/agent.log" 2>&1 &
pids+=($!)

for _ in $(seq 1 60); do drover agent list --status ONLINE --resource-id "$HOST_ID" 2>/dev/null | grep -q "$HOST_ID" && break; sleep 0.5; done
drover agent list

echo "==> storing the sample script (samples/hello.sh)"
SCRIPT=$(drover --output json script list --name-like quickstart_hello --limit 1 | grep -o '"script_uuid": *"[^"]*"' | head -1 | cut -d'"' -f4 || true)
if [ -z "$SCRIPT" ]; then
  SCRIPT=$(drover script create --name quickstart_hello --file samples/hello.sh --param greeting=hello)
fi
echo "script $SCRIPT"

echo "==> running it on $HOST_ID as $(id -un)"
TICKET=$(drover script run "$SCRIPT" --host "$HOST_ID" --user "$(id -un)" --param greeting=Hello --timeout 60)
echo "ticket $TICKET"
drover ticket watch "$TICKET"
drover ticket show "$TICKET" --output-full

cat <<MSG

Drover is up.  API: http://127.0.0.1:$API_PORT   admin secret: $DATA/admin-token
  export DROVER_SERVER=http://127.0.0.1:$API_PORT DROVER_TOKEN=\$(cat $DATA/admin-token)
  dotnet src/Drover.Cli/$BIN/drover.dll ticket list
Logs: $DATA/server.log, $DATA/agent.log
MSG
if [ "$EXIT_AFTER" = yes ]; then exit 0; fi
echo "Press Ctrl-C to stop the server and the agent."
wait
