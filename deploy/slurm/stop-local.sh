#!/usr/bin/env bash
# Stops the one-node cluster that start-local.sh started: its slurmd and slurmctld, by their pid files. munged is
# left running (other programs on the machine may use it).
set -uo pipefail
dir="${LEDE_SLURM_DIR:-/tmp/lede-slurm}"
for daemon in slurmd slurmctld; do
    pidfile="$dir/$daemon.pid"
    [[ -s $pidfile ]] || continue
    pid=$(cat "$pidfile")
    kill "$pid" 2> /dev/null && for _ in $(seq 50); do kill -0 "$pid" 2> /dev/null || break; sleep 0.1; done
    rm -f "$pidfile"
done
