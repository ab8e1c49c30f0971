#!/usr/bin/env bash
# Test stage "parity with real vsftpd + tnftp": the sessions of cases.txt are
# captured twice, once between a real vsftpd and a real tnftp on loopback and
# once from the model (ftp-sim capture), and compare.py checks that the model
# puts the same FTP dialogue, connections, handshakes, closes and about as
# many pure ACKs on the wire. README.md says what is checked and why.
#
#   crates/ftp-sim/parity/run.sh [--ftp-sim PATH]
#
# Without --ftp-sim the model's CLI is built first (cargo build --release -p
# ftp-sim, the repository's own target directory). Needs root and the Debian
# packages vsftpd, tnftp, tshark, ethtool, iproute2, python3.
#
# Environment:
#   ONLY=REGEX         only the cases whose name matches (ONLY=list-active)
#   PARITY_RUNS=N      real runs of every case to start with (default 1)
#   PARITY_RETRIES=N   further runs, one at a time, of a case that fails only
#                      where real timing varies (close, acks) (default 3)
#   PARITY_WAN=1       the WAN variant instead of loopback: two namespaces
#                      joined by a 10 ms / 10 Mbit/s wire (wan_relay.py)
#   PARITY_KEEP=1      keep the work directory even when every case passes
#
# Exit status: 0 if every case passes; 1 if one fails or the stage cannot run.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../../.." && pwd)
# vsftpd, ip, ss and ethtool live in sbin, which a user's PATH may lack.
export PATH="$PATH:/usr/sbin:/sbin"

usage() { sed -n '2,/^set -euo/{/^set/d;s/^# \{0,1\}//;p}' "${BASH_SOURCE[0]}"; }
say() { printf '%s\n' "$*"; }
fail() {
  printf 'parity: %s\n' "$*" >&2
  exit 1
}

ftp_sim=""
while [ $# -gt 0 ]; do
  case $1 in
    --ftp-sim) [ $# -ge 2 ] || fail "--ftp-sim needs a path"; ftp_sim=$2; shift 2 ;;
    --ftp-sim=*) ftp_sim=${1#--ftp-sim=}; shift ;;
    -h | --help) usage; exit 0 ;;
    *) usage >&2; exit 2 ;;
  esac
done
only=${ONLY:-}
runs=${PARITY_RUNS:-1}
retries=${PARITY_RETRIES:-3}
wan=${PARITY_WAN:-0}
start=$SECONDS

# ---- what the stage needs: never skipped, a missing tool is a failure ----
missing=()
for pair in vsftpd:vsftpd tnftp:tnftp tshark:tshark dumpcap:wireshark-common \
  editcap:wireshark-common ethtool:ethtool ip:iproute2 ss:iproute2 unshare:util-linux \
  python3:python3; do
  command -v "${pair%%:*}" >/dev/null 2>&1 || missing+=("${pair%%:*} (Debian package ${pair#*:})")
done
if [ ${#missing[@]} -gt 0 ]; then
  fail "missing: ${missing[*]}. Install them with: apt-get install vsftpd tnftp tshark ethtool iproute2 python3 (make test-tools does)"
fi
[ "$(id -u)" -eq 0 ] || fail "must run as root: vsftpd binds ports 21 and 20, dumpcap captures, the namespaces need CAP_SYS_ADMIN"

# ---- the work directory, and cleaning up whatever happens ----
work=$(mktemp -d "${TMPDIR:-/tmp}/ftp-sim-parity.XXXXXX")
child="" child_wrapped=0 lo_mtu="" lo_offloads="" wan_names=() passed=0
# shellcheck disable=SC2317 # run by the traps
cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  if [ -n "$child" ]; then
    # unshare --fork ignores TERM while it waits; KILLing it makes the
    # kernel send the capture script TERM (--kill-child), whose trap stops
    # what it started; the PID namespace takes any straggler with it.
    if [ "$child_wrapped" = 1 ]; then kill -KILL "$child" 2>/dev/null || true
    else kill -TERM "$child" 2>/dev/null || true; fi
    wait "$child" 2>/dev/null || true
  fi
  local ns
  for ns in "${wan_names[@]}"; do ip netns del "$ns" 2>/dev/null || true; done
  if [ -n "$lo_mtu" ]; then
    ip link set lo mtu "$lo_mtu" || true
    # shellcheck disable=SC2086 # "tso on gso on ..." are separate arguments
    ethtool -K lo $lo_offloads >/dev/null 2>&1 || true
  fi
  if [ "$passed" = 1 ] && [ "${PARITY_KEEP:-0}" != 1 ]; then
    rm -rf "$work"
  else
    say "work files kept in $work"
  fi
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# ---- the model's CLI ----
if [ -z "$ftp_sim" ]; then
  say "building the model: cargo build -q --release -p ftp-sim"
  (cd "$repo" && cargo build -q --release -p ftp-sim)
  target=$(cd "$repo" && cargo metadata -q --format-version 1 --no-deps |
    python3 -c 'import json, sys; print(json.load(sys.stdin)["target_directory"])')
  ftp_sim=$target/release/ftp-sim
fi
[ -x "$ftp_sim" ] || fail "no ftp-sim binary at $ftp_sim"

# ---- where the real sessions run ----
# Best: each capture in a fresh network namespace (its own loopback, nothing
# else on it, a clean TCP stack) and PID namespace (nothing it starts can
# outlive it). Without CAP_SYS_ADMIN: the machine's own loopback.
wrap=()
if unshare --net --pid --fork --kill-child=SIGTERM true 2>/dev/null; then
  wrap=(unshare --net --pid --fork --kill-child=SIGTERM) net=lo
elif unshare --net true 2>/dev/null; then
  wrap=(unshare --net) net=lo
else
  net=host
fi
if [ "$wan" = 1 ]; then
  [ "$net" = lo ] || fail "PARITY_WAN=1 needs network namespaces (CAP_SYS_ADMIN), which this machine does not give"
  [ -c /dev/net/tun ] || fail "PARITY_WAN=1 needs /dev/net/tun"
  net=wan
  # No network namespace of our own here: wan_relay.py makes two named ones.
  wrap=()
  if unshare --pid --fork --kill-child=SIGTERM true 2>/dev/null; then
    wrap=(unshare --pid --fork --kill-child=SIGTERM)
  fi
fi
if [ "$net" = host ]; then
  say "no network namespaces here (unshare --net fails: no CAP_SYS_ADMIN):"
  say "capturing on this machine's own loopback, vsftpd on 127.0.0.1:21"
  if [ -n "$(ss -Hltn 'sport = :21')" ]; then
    fail "port 21 is in use on this machine (a system vsftpd? systemctl stop vsftpd), so the fallback cannot run either"
  fi
  # Same reason as in capture-real.sh: Ethernet-sized segments, no offloads.
  # cleanup puts lo back as it was.
  lo_offloads=$(ethtool -k lo | awk '
    /^tcp-segmentation-offload:/ { printf "tso %s ", $2 }
    /^generic-segmentation-offload:/ { printf "gso %s ", $2 }
    /^generic-receive-offload:/ { printf "gro %s ", $2 }')
  lo_mtu=$(cat /sys/class/net/lo/mtu)
  if ip link set lo mtu 1500 && ethtool -K lo tso off gso off gro off >/dev/null; then
    say "lo set to MTU 1500 without TSO/GSO/GRO for the run (restored afterwards)"
  else
    say "could not set lo's MTU and offloads: the data crosses as one segment, so the ACK counts of data connections will differ"
  fi
fi

# ---- the server's files and configuration ----
mkdir -p "$work/real" "$work/model"
python3 "$here/mkroot.py" "$work/ftproot"
# vsftpd's chroot for its unprivileged processes: empty, root's, read-only.
mkdir -m 0555 "$work/empty"
# The copy belongs to root, as vsftpd demands of its configuration file.
{
  cat "$here/vsftpd.conf"
  printf 'anon_root=%s\nsecure_chroot_dir=%s\n' "$work/ftproot" "$work/empty"
} >"$work/vsftpd.conf"

# ---- the cases ----
# Without the blanks around it.
trim() {
  local s=$1
  s=${s#"${s%%[![:space:]]*}"}
  printf '%s' "${s%"${s##*[![:space:]]}"}"
}
# ONLY is matched against the whole name: ONLY=active-get is one case,
# ONLY='list-.*' two.
names=() case_flags=() case_modes=() case_lines=()
while IFS='|' read -r name flags mode lines; do
  name=$(trim "$name")
  [ -n "$name" ] || continue
  [[ $name =~ ^(${only:-.*})$ ]] || continue
  names+=("$name")
  case_flags+=("$(trim "$flags")")
  case_modes+=("$(trim "$mode")")
  case_lines+=("$(trim "$lines")")
done < <(grep -v '^#' "$here/cases.txt")
[ ${#names[@]} -gt 0 ] || fail "no case matches ONLY=$only (cases: $(grep -v '^#' "$here/cases.txt" | cut -d'|' -f1 | tr -d ' ' | tr '\n' ' '))"

case $net in
  lo) where="loopback, a fresh network namespace per capture, MTU 1500, no offloads" ;;
  host) where="this machine's loopback" ;;
  wan) where="WAN: H1 1.1.1.1 and S1 1.1.2.1 joined by a 10 ms / 10 Mbit/s wire" ;;
esac
say "parity with real vsftpd + tnftp: ${#names[@]} case(s); $where; 0.5 s between typed lines"
say "model: $ftp_sim"
say "work: $work"

# capture_real INDEX RUN: one real session of case INDEX into real/runRUN/.
capture_real() {
  local i=$1 run=$2 name=${names[$1]}
  local dir="$work/real/run$run" scratch="$work/scratch/$name.$run"
  local netarg=$net t0=$SECONDS
  mkdir -p "$dir" "$scratch"
  if [ "$net" = wan ]; then
    # Named after this shell, so that cleanup can delete them if the capture dies.
    wan_names=("parity-h1-$$" "parity-s1-$$")
    netarg="wan:${wan_names[0]},${wan_names[1]}"
  fi
  "${wrap[@]}" "$here/capture-real.sh" "$netarg" "$work/vsftpd.conf" "$scratch" \
    "$dir/$name" "${case_flags[$i]}" "${case_lines[$i]}" &
  child=$! child_wrapped=$((${#wrap[@]} > 0))
  local rc=0
  wait "$child" || rc=$?
  child=""
  # Ended by a signal (ctrl-C reaches the whole process group): stop here,
  # without blaming the capture.
  if [ "$rc" -ge 128 ]; then fail "interrupted"; fi
  if [ "$rc" -ne 0 ]; then
    say "real capture of $name (run $run) failed (exit $rc); its log:"
    sed 's/^/    /' "$dir/$name.log" 2>/dev/null || true
    say "tnftp's output:"
    sed 's/^/    /' "$dir/$name.console.txt" 2>/dev/null || true
    fail "cannot capture the real session"
  fi
  printf '  real  %-18s run %s  %3ss\n' "$name" "$run" "$((SECONDS - t0))"
}

# ---- the real captures ----
for ((run = 1; run <= runs; run++)); do
  for i in "${!names[@]}"; do capture_real "$i" "$run"; done
done

# ---- the model's captures: the same lines, as a --script ----
for i in "${!names[@]}"; do
  name=${names[$i]}
  # tnftp's `epsv4` toggle has no counterpart: the model's --mode picks
  # PORT/PASV/EPRT/EPSV (cases.txt).
  tr ';' '\n' <<<"${case_lines[$i]}" | sed 's/^ *//; s/ *$//' | grep -v '^epsv4' \
    >"$work/model/$name.script" || true
  if ! "$ftp_sim" capture --mode "${case_modes[$i]}" --script "$work/model/$name.script" \
    --out "$work/model/$name.pcapng" >"$work/model/$name.log" 2>&1; then
    # compare.py reports the case as failed with this message.
    { printf 'ftp-sim capture --mode %s failed: ' "${case_modes[$i]}"; cat "$work/model/$name.log"; } \
      >"$work/model/$name.error"
  fi
done
say "  model ${#names[@]} capture(s) (ftp-sim capture --mode M --script FILE)"

# ---- compare; capture again what real timing may have decided ----
compare() {
  local close=fin-acks
  [ "$net" = wan ] && close=full
  python3 "$here/compare.py" --real "$work/real" --model "$work/model" \
    --cases "$here/cases.txt" --only "${only:-.*}" --close "$close" \
    --json "$work/results.json" --retry-list "$work/retry.txt" >"$work/report.txt"
}
rc=0
compare || rc=$?
for ((round = 1; round <= retries && rc == 1; round++)); do
  mapfile -t again <"$work/retry.txt"
  [ ${#again[@]} -gt 0 ] || break
  say "  again: ${again[*]} (they differ only where real timing varies: one more real run)"
  for name in "${again[@]}"; do
    for i in "${!names[@]}"; do
      if [ "${names[$i]}" = "$name" ]; then capture_real "$i" $((runs + round)); fi
    done
  done
  rc=0
  compare || rc=$?
done
say ""
cat "$work/report.txt"
say "parity stage: $((SECONDS - start))s"
[ "$rc" -eq 0 ] && passed=1
exit "$rc"
