#!/usr/bin/env python3
# Times each task's chain of processes from the kernel's own record (docs/benchmarks.md, Dispatch latency).
#
#   perf record -e sched:sched_process_fork,sched:sched_process_exec,sched:sched_process_exit -a -o run.perf -- sleep 70 &
#   dotnet run -c Release --project bench/Drover.Bench -- latency --quick --no-build
#   perf script -i run.perf --ns -F comm,pid,tid,cpu,time,event,trace > run.txt
#   python3 bench/tools/task-chain.py run.txt AGENT_PID
#
# AGENT_PID: the agent process (the parent of the forks that exec /usr/bin/setsid first):
#   grep -m1 'filename=/usr/bin/setsid' run.txt, then the fork line whose child_pid is that pid.
import re, sys, statistics
agent = int(sys.argv[2])
events = []
for line in open(sys.argv[1]):
    m = re.match(r'\s*(\S.*?)\s+(\d+)/(\d+)\s+\[\d+\]\s+([\d.]+):\s+(\S+):\s+(.*)', line)
    if not m: continue
    comm, pid, tid, t, ev, rest = m.groups()
    events.append((float(t), int(pid), int(tid), ev, rest))
parent = {}
forked = {}
execs = {}
exits = {}
for t, pid, tid, ev, rest in events:
    if ev.endswith('sched_process_fork'):
        mm = re.search(r' child_pid=(\d+)', rest)
        pp, cp = pid, int(mm.group(1))
        parent[cp] = pp; forked[cp] = t
    elif ev.endswith('sched_process_exec'):
        mm = re.search(r'filename=(\S+) pid=(\d+)', rest)
        execs.setdefault(int(mm.group(2)), []).append((t, mm.group(1)))
    elif ev.endswith('sched_process_exit'):
        mm = re.search(r'pid=(\d+)', rest)
        exits[int(mm.group(1))] = t
def root(p):
    # the agent's child this process descends from
    while p in parent and parent[p] != agent:
        p = parent[p]
        if p not in parent: return None
    return p if parent.get(p) == agent else None
seg = {k: [] for k in ['spawn->supervisor sh', 'spawn->script (date) exec', 'date exit->supervisor exit', 'spawn->supervisor exit', 'execs per task']}
tasks = {}
for p, ex in execs.items():
    r = root(p)
    if r is None: continue
    tasks.setdefault(r, []).append((p, ex))
for r, procs in tasks.items():
    if r not in forked or r not in exits: continue
    t0 = forked[r]
    allx = [(t, f) for p, ex in procs for t, f in ex]
    dates = [t for t, f in allx if f.endswith('/date')]
    sups = [t for t, f in execs.get(r, []) if f.endswith('/sh')]
    if not dates or not sups: continue
    datepid = [p for p, ex in procs if any(f.endswith('/date') for _, f in ex)][0]
    seg['spawn->supervisor sh'].append((sups[0] - t0) * 1000)
    seg['spawn->script (date) exec'].append((dates[0] - t0) * 1000)
    seg['date exit->supervisor exit'].append((exits[r] - exits.get(datepid, dates[0])) * 1000)
    seg['spawn->supervisor exit'].append((exits[r] - t0) * 1000)
    seg['execs per task'].append(len(allx))
for k, v in seg.items():
    if v: print(f"{k}: n={len(v)} p50={statistics.median(v):.1f} p90={sorted(v)[int(len(v)*0.9)]:.1f}")
