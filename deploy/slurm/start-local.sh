#!/usr/bin/env bash
# Starts a one-node Slurm cluster on this machine (slurmctld + slurmd, munge for authentication), for trying
# `lede batch` job arrays without a real cluster; SlurmArrayTests runs it. Needs root and Debian's slurm-wlm and
# munge packages (apt-get install -y slurm-wlm munge). Everything it writes lives in one folder, default
# /tmp/lede-slurm: slurm.conf, state, spool, logs, pid files. Clients find the cluster through SLURM_CONF:
#
#   deploy/slurm/start-local.sh && export SLURM_CONF=/tmp/lede-slurm/slurm.conf && sbatch --array=0-3 job.sh
#
# Idempotent: when the cluster already answers it only says so. deploy/slurm/stop-local.sh stops it.
# Exit 0 when the node is idle and takes jobs; else 1 with the reason on stderr (the test skips with it).
set -euo pipefail
dir="${LEDE_SLURM_DIR:-/tmp/lede-slurm}"
conf="$dir/slurm.conf"
export SLURM_CONF="$conf"
fail() { echo "start-local.sh: $*" >&2; exit 1; }

for tool in slurmctld slurmd munged sinfo sbatch; do
    command -v "$tool" > /dev/null || PATH="$PATH:/usr/sbin"
    command -v "$tool" > /dev/null || fail "$tool is not installed (Debian: apt-get install -y slurm-wlm munge)"
done
[[ $(id -u) == 0 ]] || fail "must run as root: slurmd starts job steps as their user and munged reads /etc/munge"

if [[ -f "$conf" ]] && sinfo -h -o %t 2> /dev/null | grep -qx idle; then
    echo "start-local.sh: the cluster of $conf is up"
    exit 0
fi

# munge: one key, shared by the controller and the node daemon (the same machine here).
mkdir -p /etc/munge /run/munge /var/lib/munge /var/log/munge
[[ -s /etc/munge/munge.key ]] || { dd if=/dev/urandom of=/etc/munge/munge.key bs=1024 count=1 status=none; chmod 400 /etc/munge/munge.key; }
if ! munge -n > /dev/null 2>&1; then
    # munged refuses root unless forced; no systemd here to run it as its own user.
    munged --force --num-threads 2 || fail "munged did not start"
    for _ in $(seq 50); do munge -n > /dev/null 2>&1 && break; sleep 0.1; done
    munge -n > /dev/null 2>&1 || fail "munged started but does not answer"
fi

mkdir -p "$dir/state" "$dir/spool"
cpus=$(nproc)
cat > "$conf" << EOF
# Written by lede deploy/slurm/start-local.sh: one node, this machine, every core.
ClusterName=lede-local
SlurmctldHost=localhost
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
CredType=cred/munge
StateSaveLocation=$dir/state
SlurmdSpoolDir=$dir/spool
SlurmctldPidFile=$dir/slurmctld.pid
SlurmdPidFile=$dir/slurmd.pid
SlurmctldLogFile=$dir/slurmctld.log
SlurmdLogFile=$dir/slurmd.log
# No cgroups in a container: processes are tracked by parentage, tasks not bound to cores.
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
SchedulerType=sched/backfill
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
MpiDefault=none
ReturnToService=2
SlurmdTimeout=30
InactiveLimit=0
MinJobAge=300
NodeName=localhost CPUs=$cpus State=UNKNOWN
PartitionName=local Nodes=localhost Default=YES MaxTime=INFINITE State=UP
EOF

# A controller or node left from an earlier start with another config: stop it first.
"$(dirname "$0")/stop-local.sh" > /dev/null 2>&1 || true
slurmctld -f "$conf" || fail "slurmctld did not start (see $dir/slurmctld.log)"
slurmd -f "$conf" -N localhost || fail "slurmd did not start (see $dir/slurmd.log)"
for _ in $(seq 60); do
    state=$(sinfo -h -o %t 2> /dev/null || true)
    [[ $state == idle ]] && { echo "start-local.sh: one node up, $cpus CPUs; export SLURM_CONF=$conf"; exit 0; }
    sleep 0.5
done
fail "the node did not come up (state '${state:-none}'); the end of $dir/slurmctld.log: $(tail -3 "$dir/slurmctld.log" 2> /dev/null | tr '\n' ' ')"
