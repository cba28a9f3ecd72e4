#!/usr/bin/env bash
# Regenerates upgrade-fixture.tar.gz: a SQLite data dir left by Drover at commit 7458d77 (the last before the Orleans
# engine: runners with leases, tables runner_leases and forwarded_work) holding open work of every kind, killed with
# SIGKILL mid-run (server and agent), plus the agent's journal and the hosts' run markers. See README.md here.
#
#   tests/Drover.IntegrationTests/Fixtures/upgrade/make-fixture.sh [OLD_WORKTREE]
#
# OLD_WORKTREE: a checkout of 7458d77 already built (dotnet build Drover.sln); without it one is made and built in a
# temporary directory (git worktree add --detach), and removed afterwards. Needs dotnet, curl, jq, tar, python3; Linux, as root
# (the agent runs the scripts as root, like the integration tests do).
set -euo pipefail

COMMIT=7458d77
TOKEN=test-admin-token            # the integration tests' bootstrap admin secret (DroverClient.Token)
here=$(cd "$(dirname "$0")" && pwd)
repo=$(git -C "$here" rev-parse --show-toplevel)

work=$(mktemp -d /tmp/drover-upgrade-fixture.XXXXXX)
made_worktree=
old=${1:-}
if [ -z "$old" ]; then
    old=$work/old
    git -C "$repo" worktree add --detach "$old" "$COMMIT" >/dev/null
    made_worktree=1
    dotnet build "$old/Drover.sln" -nologo -v q -clp:ErrorsOnly
fi
[ "$(git -C "$old" rev-parse --short=7 HEAD)" = "$COMMIT" ] || { echo "$old is not at $COMMIT" >&2; exit 1; }
server_dll=$old/src/Drover.Server/bin/Debug/net10.0/Drover.Server.dll
agent_dll=$old/src/Drover.Agent/bin/Debug/net10.0/drover-agent.dll

out=$work/fixture
data=$out/data; journal=$out/agent; runs=$out/runs
mkdir -p "$data" "$runs"
chmod 0777 "$runs"

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
api=http://127.0.0.1:$(free_port)
agents=http://127.0.0.1:$(free_port)

server_pid=; agent_pid=
cleanup() {
    local rc=$?
    if [ $rc -ne 0 ]; then tail -n 20 "$work"/server.log "$work"/agent.log >&2 2>/dev/null || true; fi
    for p in $server_pid $agent_pid; do kill -9 "$p" 2>/dev/null || true; done
    # Supervisors and scripts the agent left (a run that failed half-way): each only if it is still the very process
    # recorded ("PID STARTTIME", the start time being field 22 of /proc/PID/stat).
    for f in "$journal"/*/tasks/*/supervisor "$journal"/*/tasks/*/script; do
        [ -s "$f" ] || continue
        read -r pid start <"$f"
        [ "$(cut -d' ' -f22 "/proc/$pid/stat" 2>/dev/null)" = "$start" ] || continue
        case "$f" in */script) kill -9 -- "-$pid" 2>/dev/null || true ;; *) kill -9 "$pid" 2>/dev/null || true ;; esac
    done
    if [ -n "$made_worktree" ]; then git -C "$repo" worktree remove --force "$old" || true; fi
    if [ -z "${KEEP:-}" ]; then rm -rf "$work"; else echo "kept $work" >&2; fi
}
trap cleanup EXIT

get()  { curl -sf -H "X-Auth-Token: $TOKEN" "$api$1"; }
post() { curl -sf -H "X-Auth-Token: $TOKEN" -H 'Content-Type: application/json' -X "${3:-POST}" -d "$2" "$api$1"; }
until_true() { # until_true SECONDS WHAT COMMAND...
    local until=$((SECONDS + $1)) what=$2; shift 2
    until "$@"; do
        [ $SECONDS -lt $until ] || { echo "timed out waiting for $what" >&2; exit 1; }
        sleep 0.2
    done
}

# The old server: plain http on loopback (no TLS material in the data dir), SQLite under the data dir.
DROVER_ADMIN_TOKEN=$TOKEN dotnet "$server_dll" --listen "$api" --agent-listen "$agents" --data-dir "$data" \
    --Logging:LogLevel:Default=Warning >"$work/server.log" 2>&1 &
server_pid=$!
until_true 60 "the server" curl -sf -o /dev/null "$api/healthz"

# One agent serving four simulated hosts up-1..up-4.
enroll=$(post /v1/iam/agent-enrollments '{"project_id":"default","expires_in_seconds":3600,"max_uses":4}' | jq -r .data.token)
DROVER_ENROLL_TOKEN=$enroll dotnet "$agent_dll" --server "$agents" --resource-id up --simulate 4 \
    --journal-dir "$journal" --kill-grace-seconds 2 --log-level Information >"$work/agent.log" 2>&1 &
agent_pid=$!
online() { [ "$(get '/v1/agents?status=ONLINE&limit=100' | jq '.data.data | length')" = 4 ]; }
until_true 60 "4 hosts ONLINE" online

script() { # script NAME CONTENT -> script_uuid
    post /v1/job/scripts "$(jq -n --arg name "$1" --arg content "$2" \
        '{name:$name, type:"SHELL", content:$content, description:"upgrade fixture",
          properties:{risk_level:"LOW", version:"1.0.0"}, script_params:[]}')" | jq -r .data
}
# Every run records its dispatch id ({execute_uuid}.{instance}.{attempt}) in a file named after its host (RunMarkers),
# in runs/ beside the agent's journal. The agent runs scripts as root with a login-like environment (nothing of its own
# gets through), so a script finds that place from its supervisor, its parent: "sh supervise.sh TASK_FOLDER ...", the
# task folder being JOURNAL/HOST/tasks/DISPATCH. Wherever the test unpacks the fixture, its runs are counted there.
root='root=$(tr "\\0" "\\n" </proc/$PPID/cmdline | sed -n 3p)/../../../..'
mark='echo "$DROVER_DISPATCH_ID" >> "$root/runs/$DROVER_RESOURCE_ID"'
run_script=$(script upgrade_run "$root
$mark
echo \"done on \$DROVER_RESOURCE_ID\"")
# First attempts of up-1 and up-2 hold: up-1 until a gate file appears, up-2 for good.
hold_script=$(script upgrade_hold "$root
$mark
case \"\$DROVER_RESOURCE_ID:\$DROVER_DISPATCH_ID\" in
  up-1:*.1) until [ -e \"\$root/gate\" ]; do sleep 0.2; done ;;
  up-2:*.1) sleep 100000 ;;
esac
echo \"done on \$DROVER_RESOURCE_ID\"")

execute() { # execute SCRIPT TIMEOUT SUCCESS_RATE WAIT_AGENT BATCHES_JSON -> execute_uuid
    post "/v1/job/scripts/$1" "$(jq -n --argjson timeout "$2" --argjson rate "$3" --argjson wait "$4" --argjson batches "$5" \
        '{execute_param:{timeout:$timeout, success_rate:$rate, execute_user:"root", script_params:[], wait_agent_seconds:$wait},
          execute_batches:[$batches | to_entries[] | {batch_index:(.key+1), rotation_strategy:.value.rotation,
            target_instances:[.value.hosts[] | {resource_id:., region_id:"local"}]}]}')" | jq -r .data
}
status() { get "/v1/job/script/orders/$1" | jq -r .data.status; }
is_status() { [ "$(status "$1")" = "$2" ]; }
host_status() { get "/v1/job/script/orders/$1/batches/$2?limit=50" | jq -r --arg h "$3" '.data.execute_instances[] | select(.target_instance.resource_id==$h) | .status'; }
is_host_status() { [ "$(host_status "$1" "$2" "$3")" = "$4" ]; }

# PAUSED: batch 1 (up-3, PAUSE) ran; batch 2 (up-4) waits for CONTINUE_ORDER.
paused=$(execute "$run_script" 600 100 0 '[{"rotation":"PAUSE","hosts":["up-3"]},{"rotation":"CONTINUE","hosts":["up-4"]}]')
until_true 60 "ticket $paused PAUSED" is_status "$paused" PAUSED

# Jobs: one Pending at a suspend step, one in a 20 s sleep; each then runs a scripts step on one host.
job() { # job NAME YAML -> document_id
    post /v1/documents "$(jq -n --arg name "$1" --arg content "$2" '{name:$name, content:$content, enterprise_project_id:"0", risk_level:"LOW"}')" | jq -r .data
}
job_yaml() { # job_yaml STEP_YAML
    cat <<EOF
meta:
  name: $1
inputs:
  hosts:
    type: string
    paramSource: INSTANCE
steps:
$2
  - name: finish
    task: hwc:runbook:scripts@1.0.0
    inputs:
      script_uuid: $run_script
      instance_list: "{{\$globals.hosts}}"
      execute_user: root
      timeout: 600
EOF
}
suspend_job=$(job upgrade_suspend "$(job_yaml upgrade_suspend '  - name: gate
    task: hwc:runbook:suspend@1.0.0
    inputs:
      message: waiting for a go')")
sleep_job=$(job upgrade_sleep "$(job_yaml upgrade_sleep '  - name: nap
    task: hwc:runbook:sleep@1.0.0
    inputs: {seconds: 20}')")
run_job() { # run_job DOCUMENT HOST -> execution_id
    post "/v1/documents/$1" "$(jq -n --arg host "$2" \
        '{parameters:[{key:"hosts", value:([{resource_id:$host, region_id:"local"}] | tojson)}]}')" | jq -r .data
}
execution() { get "/v1/executions/$1" | jq -r '.data | "\(.status) \(.current_step)"'; }
is_execution() { [ "$(execution "$1")" = "$2" ]; }
pending=$(run_job "$suspend_job" up-3)
until_true 60 "execution $pending Pending at gate" is_execution "$pending" "Pending gate"

# Waiting for an agent: host gone-1 has none; the batch waits up to a day for it.
waiting=$(execute "$run_script" 600 100 86400 '[{"rotation":"CONTINUE","hosts":["gone-1"]}]')
until_true 60 "gone-1 dispatched" is_host_status "$waiting" 1 gone-1 PROCESSING

# RUNNING: batch 1 (up-1, up-2) runs its holding first attempts, batches 2 (up-3) and 3 (up-4) wait. Success rate 50.
running=$(execute "$hold_script" 86400 50 0 \
    '[{"rotation":"CONTINUE","hosts":["up-1","up-2"]},{"rotation":"CONTINUE","hosts":["up-3"]},{"rotation":"CONTINUE","hosts":["up-4"]}]')
marked() { [ -s "$runs/up-1" ] && [ -s "$runs/up-2" ]; }
until_true 60 "up-1 and up-2 to start" marked
started() { [ "$(get "/v1/job/script/orders/$running/batches/1?limit=50" | jq '[.data.execute_instances[] | select(.gmt_started != null)] | length')" = 2 ]; }
until_true 60 "the server to record both starts" started

# Last (it sleeps only 20 s): the sleeping execution.
sleeping=$(run_job "$sleep_job" up-4)
until_true 15 "execution $sleeping in its nap" is_execution "$sleeping" "Running nap"

# Record what the API says now: the states the upgraded server must show.
manifest=$out/fixture.json
jq -n --arg commit "$COMMIT" --arg running "$running" --arg paused "$paused" --arg waiting "$waiting" \
      --arg pending "$pending" --arg sleeping "$sleeping" --arg run_script "$run_script" --arg hold_script "$hold_script" \
      --arg rs "$(status "$running")" --arg ps "$(status "$paused")" --arg ws "$(status "$waiting")" \
      --arg es "$(execution "$pending")" --arg ss "$(execution "$sleeping")" \
      '{commit:$commit, admin_token_env:"DROVER_ADMIN_TOKEN=test-admin-token", agent_resource_id:"up", agent_simulate:4,
        scripts:{run:$run_script, hold:$hold_script},
        tickets:{running:{id:$running, status:$rs}, paused:{id:$paused, status:$ps}, waiting_agent:{id:$waiting, status:$ws}},
        executions:{pending:{id:$pending, state:$es}, sleeping:{id:$sleeping, state:$ss}}}' >"$manifest"

# kill -9, server first: nothing closes cleanly.
kill -9 "$server_pid"; wait "$server_pid" 2>/dev/null || true; server_pid=
kill -9 "$agent_pid"; wait "$agent_pid" 2>/dev/null || true; agent_pid=

# The supervisors outlive the agent. up-1's script ends while nothing runs (its exit status is in the journal); up-2's
# machine "crashes": supervisor first (it can record nothing), then the script's session.
touch "$out/gate"
task_of() { ls -d "$journal/$1/tasks"/*; }
until_true 30 "up-1's script to end" test -e "$(task_of up-1)/exit"
t2=$(task_of up-2)
read -r sup _ <"$t2/supervisor"; read -r scr _ <"$t2/script"
kill -9 "$sup"
kill -9 -- "-$scr"
until_true 10 "up-2's script to die" sh -c "! kill -0 $scr 2>/dev/null"
rm -f "$out/gate"

# The RUNNING ticket's dispatch ids, for the README.
jq --arg d1 "$(cat "$runs/up-1")" --arg d2 "$(cat "$runs/up-2")" '.tickets.running.dispatches = {"up-1":$d1, "up-2":$d2}' \
    "$manifest" >"$manifest.new" && mv "$manifest.new" "$manifest"

tar -C "$out" --owner=0 --group=0 -czf "$here/upgrade-fixture.tar.gz" data agent runs fixture.json
cat "$manifest"
echo "data dir: $(cd "$data" && find . -type f | sort | tr '\n' ' ')"
echo "wrote $here/upgrade-fixture.tar.gz ($(stat -c %s "$here/upgrade-fixture.tar.gz") bytes)"
