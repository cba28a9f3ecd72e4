# Drover task supervisor: one runs per task, in a session of its own, and outlives the agent that started it.
#
#   sh supervise.sh TASK_DIR SCRIPT_DIR COMMAND [ARG...]
#
# Starts COMMAND in a new session (setsid), copies its output into TASK_DIR/output, and records in TASK_DIR:
#   supervisor   "PID STARTTIME" of this shell, before anything else
#   script       "PID STARTTIME" of the script, as soon as it exists; its PID is also its session id
#   exit         the script's exit status (128+N if signal N ended it), once it has ended
#   output.end   once every writer of the output has closed it (children left in the background too)
# and removes SCRIPT_DIR once the script has ended. The agent reads all of this, also after a restart.
#
# Plain POSIX sh and only sh builtins for what matters, so a host can run a thousand of these cheaply: every program
# run here is an exec (about 4 ms of CPU on a small VM), so this runs as few as it can.
# The environment is the script's: this file sets no variable a script could see except its own sv_*.

sv_dir=$1
sv_scripts=$2
shift 2
# No pipe to the agent: its death must not reach us (SIGPIPE, EOF), and nothing here reads a terminal.
exec </dev/null >>"$sv_dir/supervisor.log" 2>&1

# Sets sv_identity to "PID STARTTIME" (STARTTIME: field 22 of /proc/PID/stat, clock ticks since boot),
# so that a later process reusing PID is told apart. Field 2 (the command name) may hold spaces and
# parentheses, so fields are counted after its last ") ". A builtin-only function: it must not fork,
# or the shell could reap a child that just ended and /proc would forget it.
sv_identify() {
    sv_identity=
    read -r sv_stat <"/proc/$1/stat" || return 1
    sv_of=$1
    set -f
    # shellcheck disable=SC2086 # split into fields on purpose; $1 is then field 3 (state)
    set -- ${sv_stat##*) }
    set +f
    shift 19
    sv_identity="$sv_of $1"
}

# NAME VALUE: one line, written by a single write of the printf builtin (no mv: an exec). A reader takes a record only
# once it ends with its newline, so the moment between the file's creation and its write reads as "not yet".
sv_record() {
    printf '%s\n' "$2" >"$sv_dir/$1"
}

sv_identify $$
sv_record supervisor "$sv_identity"

# The script writes into a FIFO that cat copies to the file, not into the file itself: a script that opens
# /dev/stdout or /dev/stderr by name would reopen a plain file with O_TRUNC and wipe what it wrote so far.
: >>"$sv_dir/output"
# The agent makes the FIFO before it starts this (one exec less); made here if it did not.
if [ ! -p "$sv_dir/pipe" ]; then
    command -p rm -f "$sv_dir/pipe"
    command -p mkfifo -m 600 "$sv_dir/pipe" || exit 1
fi
command -p cat "$sv_dir/pipe" >>"$sv_dir/output" &
sv_copier=$!

# A background child of this shell is not a process group leader, so setsid makes it a session leader
# in place: $! is the script's pid and session id. Launcher complaints (setsid, setpriv) go to launcher.
command -p setsid "$@" >"$sv_dir/pipe" 2>>"$sv_dir/launcher" &
sv_script=$!
sv_identify "$sv_script"
sv_record script "$sv_identity"

wait "$sv_script"
sv_status=$?

# The one record that should survive a crash of the machine too: flushed to disk (where sync takes a file;
# elsewhere it flushes everything or nothing, and the rename still happens) before it is renamed in.
if printf '%s\n' "$sv_status" >"$sv_dir/exit.tmp"; then
    command -p sync "$sv_dir/exit.tmp"
    command -p mv -f "$sv_dir/exit.tmp" "$sv_dir/exit"
fi
command -p rm -rf "$sv_scripts"

# cat ends when the last writer is gone: at once, unless the script left something running that holds it.
wait "$sv_copier"
: >"$sv_dir/output.end"
# The FIFO stays: the agent removes the whole folder once the server has the result.
