#!/usr/bin/env bash
# A real single-node Slurm cluster on this machine, for tests and for trying `--executor slurm`.
#
#   scripts/slurm-up.sh [DIR]     start munge, slurmctld and slurmd (as root); print `export SLURM_CONF=...`
#   scripts/slurm-up.sh --down [DIR]
#
# Everything lives under DIR (default /tmp/pareval-slurm): configuration, state, logs, pid files,
# munge's socket. The daemons listen on ports of their own (PAREVAL_SLURM_PORT and the next one;
# default 16817/16818), so a site's Slurm on the same machine is not touched. Installs Debian's slurm-wlm and munge with apt when they are missing.
# The node is described by `slurmd -C` (its real cores and memory); one partition, `debug`.
set -euo pipefail
down=0
if [ "${1:-}" = "--down" ]; then down=1; shift; fi
dir=$(realpath -m "${1:-/tmp/pareval-slurm}")
conf=$dir/slurm.conf

stop() {
  for name in slurmd slurmctld munged; do
    pidfile=$dir/$name.pid
    if [ -f "$pidfile" ]; then kill "$(cat "$pidfile")" 2>/dev/null || true; rm -f "$pidfile"; fi
  done
}
if [ $down = 1 ]; then stop; echo "slurm-up: stopped the cluster in $dir"; exit 0; fi

if [ "$(id -u)" != 0 ]; then echo "slurm-up: run as root (slurmd must start jobs as their users)" >&2; exit 2; fi
if ! command -v slurmctld >/dev/null || ! command -v slurmd >/dev/null || ! command -v munged >/dev/null; then
  command -v apt-get >/dev/null || { echo "slurm-up: install slurm-wlm and munge (no apt-get here)" >&2; exit 2; }
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq slurm-wlm munge) >/dev/null 2>&1 \
    || { echo "slurm-up: apt-get install slurm-wlm munge failed" >&2; exit 2; }
fi
stop
mkdir -p "$dir"/{state,spool,log,munge}
chmod 0755 "$dir"
host=$(hostname -s)
port=${PAREVAL_SLURM_PORT:-16817}
# munge: a key of our own, its socket in DIR
if [ ! -s "$dir/munge/munge.key" ]; then
  dd if=/dev/urandom of="$dir/munge/munge.key" bs=1 count=1024 status=none
fi
chmod 0700 "$dir/munge"; chmod 0400 "$dir/munge/munge.key"
munged --force --key-file="$dir/munge/munge.key" --socket="$dir/munge/munge.socket" \
  --pid-file="$dir/munged.pid" --log-file="$dir/log/munged.log" --seed-file="$dir/munge/munge.seed"
chmod 0755 "$dir/munge"
node=$(slurmd -C | head -1 | sed "s/^NodeName=[^ ]*/NodeName=$host/")
mem=$(sed -n 's/.*RealMemory=\([0-9]*\).*/\1/p' <<<"$node")
node=$(sed "s/RealMemory=[0-9]*/RealMemory=$(( mem * 9 / 10 ))/" <<<"$node")
cat > "$conf" <<EOF
ClusterName=pareval
SlurmctldHost=$host
SlurmctldPort=$port
SlurmdPort=$((port + 1))
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
AuthInfo=socket=$dir/munge/munge.socket
CredType=cred/munge
StateSaveLocation=$dir/state
SlurmdSpoolDir=$dir/spool
SlurmctldPidFile=$dir/slurmctld.pid
SlurmdPidFile=$dir/slurmd.pid
SlurmctldLogFile=$dir/log/slurmctld.log
SlurmdLogFile=$dir/log/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
LaunchParameters=use_interactive_step
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
MpiDefault=none
ReturnToService=2
SchedulerType=sched/backfill
SchedulerParameters=sched_interval=1
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
MinJobAge=300
InactiveLimit=0
KillWait=5
SlurmctldTimeout=30
SlurmdTimeout=30
$node State=UNKNOWN
PartitionName=debug Nodes=ALL Default=YES MaxTime=INFINITE State=UP OverSubscribe=NO
EOF
export SLURM_CONF=$conf
slurmctld -f "$conf"
slurmd -f "$conf"
for _ in $(seq 60); do
  if sinfo -h -o '%t' 2>/dev/null | grep -qE '^(idle|mix|alloc)'; then
    echo "export SLURM_CONF=$conf"
    exit 0
  fi
  sleep 1
done
echo "slurm-up: the node did not come up; see $dir/log" >&2
sinfo >&2 || true
tail -5 "$dir/log/slurmctld.log" "$dir/log/slurmd.log" >&2 || true
exit 1
