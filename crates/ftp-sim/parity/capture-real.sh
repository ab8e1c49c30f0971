#!/usr/bin/env bash
# Captures one real FTP session: vsftpd serves, tnftp is typed at, dumpcap
# (tshark's capture engine) writes what crosses the wire. run.sh calls this
# once per case and run; it is not meant to be run by hand.
#
#   capture-real.sh NET CONF SCRATCH OUT FLAGS LINES
#
# NET      lo   a fresh network namespace made by run.sh (unshare): its own
#               loopback, set up here with an Ethernet MTU and no offloads
#          host the machine's loopback, as run.sh left it (no namespaces)
#          wan:H1,S1  two namespaces named H1 and S1 (made here, deleted on
#               exit) joined by wan_relay.py: 10 ms one way, like the model
# CONF     vsftpd's configuration (run.sh's copy, with anon_root set); SCRATCH
#          an empty directory where tnftp runs (it saves the files it gets there)
# OUT      prefix of the outputs: OUT.pcapng, OUT.console.txt (tnftp's
#          output), OUT.vsftpd.log (vsftpd's protocol log), OUT.log (ours)
# FLAGS    tnftp's flags (-A or -p); LINES the lines typed, ';'-separated
# PARITY_THINK   seconds between two typed lines (default 0.5, the model's user)
# PARITY_SETTLE  seconds the capture goes on after tnftp exits (default 0.5,
#                on the WAN 1.5)
#
# Every process started here is stopped on exit, also on an error or a
# signal (run.sh sends TERM on ctrl-C).
set -euo pipefail

net=$1 conf=$2 scratch=$3 out=$4 flags=$5 lines=$6
think=${PARITY_THINK:-0.5}
settle=${PARITY_SETTLE:-0.5}
here=$(cd "$(dirname "$0")" && pwd)
# Only FTP's ports: on the host's loopback other programs may talk too.
filter="tcp and (port 21 or port 20 or portrange 50000-50010)"
# Commands run in the client's / server's namespace (only the WAN has two).
in_client=() in_server=()
pids=() namespaces=() capture_pid="" server_ip=127.0.0.1

log() { printf '%s\n' "$*" >>"$out.log"; }
die() {
  log "error: $*"
  printf 'capture-real.sh: %s (log: %s.log)\n' "$*" "$out" >&2
  exit 1
}

cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  # dumpcap first, with INT: it then writes out what it has.
  if [ -n "$capture_pid" ]; then kill -INT "$capture_pid" 2>/dev/null || true; fi
  local p
  for p in "${pids[@]}"; do kill -TERM "$p" 2>/dev/null || true; done
  for p in "${pids[@]}"; do wait "$p" 2>/dev/null || true; done
  for p in "${namespaces[@]}"; do ip netns del "$p" 2>/dev/null || true; done
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# Waits up to 5 s for a TCP listener on $1:21 (in the server's namespace).
wait_listen() {
  local _
  for _ in $(seq 50); do
    if "${in_server[@]}" ss -Hltn "sport = :21" | grep -q "$1:21"; then return 0; fi
    kill -0 "${pids[-1]}" 2>/dev/null || return 1
    sleep 0.1
  done
  return 1
}

rm -f "$out.pcapng" "$out.pcap" "$out.pcapng.json" "$out.console.txt" "$out.vsftpd.log"
: >"$out.log"
case $net in
  lo)
    # A fresh namespace's lo is down, with a 64 KiB MTU and TSO/GSO/GRO: a
    # 3584-byte file would cross as one segment. With an Ethernet MTU and no
    # offloads the kernel sends 1448-byte segments, as on a real link (and
    # as the model does), so the receiver ACKs each of them.
    ip link set lo up
    ip link set lo mtu 1500
    ethtool -K lo tso off gso off gro off >>"$out.log" 2>&1 || die "ethtool -K lo failed"
    ;;
  host) ;;
  wan:*)
    IFS=, read -r h1 s1 <<<"${net#wan:}"
    ip netns add "$h1"; namespaces+=("$h1")
    ip netns add "$s1"; namespaces+=("$s1")
    in_client=(ip netns exec "$h1") in_server=(ip netns exec "$s1") server_ip=1.1.2.1
    settle=${PARITY_SETTLE:-1.5}
    # The wire writes the capture itself, each packet stamped as it leaves
    # its sender (where ftp-sim stamps its segments).
    python3 "$here/wan_relay.py" --h1-ns "$h1" --s1-ns "$s1" --pcap "$out.pcap" \
      >>"$out.log" 2>&1 &
    pids+=($!)
    for _ in $(seq 100); do grep -qs '^ready' "$out.log" && break; sleep 0.1; done
    grep -qs '^ready' "$out.log" || die "wan_relay.py did not start"
    ;;
  *) die "unknown NET $net" ;;
esac

"${in_server[@]}" vsftpd "$conf" "-olisten_address=$server_ip" \
  "-ovsftpd_log_file=$out.vsftpd.log" >>"$out.log" 2>&1 &
pids+=($!)
wait_listen "$server_ip" || die "vsftpd does not listen on $server_ip:21"

if [ "${net%%:*}" != wan ]; then
  dumpcap -q -i lo -f "$filter" -w "$out.pcapng" 2>>"$out.log" &
  capture_pid=$!
  pids+=("$capture_pid")
  for _ in $(seq 100); do grep -qs "^Capturing on" "$out.log" && break; sleep 0.1; done
  grep -qs "^Capturing on" "$out.log" || die "dumpcap did not start capturing"
  # dumpcap says so once the socket is open; give the filter a moment.
  sleep 0.2
fi

# The user: one line every $think seconds, written into a FIFO so that the
# feeder and tnftp are two processes whose IDs we have.
IFS=';' read -r -a typed <<<"$lines"
mkfifo "$scratch/stdin"
(for line in "${typed[@]}"; do sleep "$think"; printf '%s\n' "$line"; done) >"$scratch/stdin" &
pids+=($!)
# shellcheck disable=SC2086 # FLAGS are words on purpose
(cd "$scratch" && exec "${in_client[@]}" timeout 60 tnftp -n -v $flags "$server_ip") \
  <"$scratch/stdin" >"$out.console.txt" 2>&1 &
pids+=($!)
tnftp_rc=0
wait "${pids[-1]}" || tnftp_rc=$?
log "tnftp exited with $tnftp_rc"
[ "$tnftp_rc" -ne 124 ] || die "tnftp did not finish within 60 s"

# Let the last segments (FINs, the ACKs a delayed-ACK timer sends 40 ms
# later, the reset of an unused passive connection) reach the capture.
sleep "$settle"
if [ -n "$capture_pid" ]; then
  kill -INT "$capture_pid" 2>/dev/null || true
  wait "$capture_pid" || true
  capture_pid=""
fi
if [ "${net%%:*}" = wan ]; then
  kill -INT "${pids[0]}" 2>/dev/null || true
  wait "${pids[0]}" || true
  # The relay writes a classic pcap; the comparison expects OUT.pcapng.
  editcap -F pcapng "$out.pcap" "$out.pcapng" && rm -f "$out.pcap"
fi
[ -s "$out.pcapng" ] || die "no capture written"
