#!/usr/bin/env python3
"""The optional WAN variant's wire (PARITY_WAN=1): two hosts like the model's.

    wan_relay.py --h1-ns NS1 --s1-ns NS2 --pcap OUT.pcap [--latency-ms 10] [--rate-mbit 10]

H1 (1.1.1.1, namespace NS1) and S1 (1.1.2.1, namespace NS2) each get a TUN
device and a route to the other; this program carries the IP packets between
the two devices: a packet leaves its sender's uplink after the packets before
it (at --rate-mbit) and arrives --latency-ms later, the numbers of the model's
network. Every packet is written to OUT.pcap (raw IPv4) stamped when its
sender emitted it, where ftp-sim stamps its segments. Prints "ready" once
both devices are up; runs until SIGINT or SIGTERM. Needs no netem qdisc.
"""
import argparse
import fcntl
import heapq
import os
import select
import signal
import struct
import subprocess
import sys
import time

TUNSETIFF = 0x400454CA
IFF_TUN, IFF_NO_PI = 0x0001, 0x1000
LINKTYPE_RAW = 101


def open_tun(name):
    fd = os.open("/dev/net/tun", os.O_RDWR)
    fcntl.ioctl(fd, TUNSETIFF, struct.pack("16sH", name.encode(), IFF_TUN | IFF_NO_PI))
    return fd


def setup(ns, dev, addr, peer):
    """Creates the TUN device `dev` here, moves it into `ns` and routes `peer` over it."""
    fd = open_tun(dev)
    subprocess.run(["ip", "link", "set", dev, "netns", ns], check=True)
    for cmd in (["sysctl", "-qw", "net.ipv6.conf.all.disable_ipv6=1"],
                ["ip", "link", "set", "lo", "up"],
                ["ip", "addr", "add", f"{addr}/32", "dev", dev],
                ["ip", "link", "set", dev, "mtu", "1500", "up"],
                ["ip", "route", "add", f"{peer}/32", "dev", dev]):
        subprocess.run(["ip", "netns", "exec", ns] + cmd, check=True)
    return fd


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--h1-ns", required=True)
    ap.add_argument("--s1-ns", required=True)
    ap.add_argument("--pcap", required=True)
    ap.add_argument("--latency-ms", type=float, default=10.0)
    ap.add_argument("--rate-mbit", type=float, default=10.0)
    a = ap.parse_args()

    h1 = setup(a.h1_ns, "wanh1", "1.1.1.1", "1.1.2.1")
    s1 = setup(a.s1_ns, "wans1", "1.1.2.1", "1.1.1.1")
    peer = {h1: s1, s1: h1}
    latency = a.latency_ms / 1000
    bytes_per_s = a.rate_mbit * 1e6 / 8
    link_free = {h1: 0.0, s1: 0.0}  # when each uplink has sent what it was given
    in_flight, order = [], 0  # heap of (arrival time, order, device, packet)

    stop = []
    signal.signal(signal.SIGINT, lambda *_: stop.append(1))
    signal.signal(signal.SIGTERM, lambda *_: stop.append(1))
    with open(a.pcap, "wb") as out:
        # Classic pcap with nanosecond stamps (magic a1b23c4d), raw IP packets.
        out.write(struct.pack("<IHHiIII", 0xA1B23C4D, 2, 4, 0, 0, 65535, LINKTYPE_RAW))
        print("ready", flush=True)
        while not stop:
            timeout = max(0.0, in_flight[0][0] - time.monotonic()) if in_flight else 0.2
            try:
                readable, _, _ = select.select([h1, s1], [], [], timeout)
            except InterruptedError:
                continue
            for fd in readable:
                pkt = os.read(fd, 65536)
                now, wall = time.monotonic(), time.time_ns()
                if pkt[:1] and pkt[0] >> 4 == 4:
                    out.write(struct.pack("<IIII", wall // 10**9, wall % 10**9, len(pkt), len(pkt)))
                    out.write(pkt)
                link_free[fd] = max(now, link_free[fd]) + len(pkt) / bytes_per_s
                heapq.heappush(in_flight, (link_free[fd] + latency, order, peer[fd], pkt))
                order += 1
            now = time.monotonic()
            while in_flight and in_flight[0][0] <= now:
                _, _, fd, pkt = heapq.heappop(in_flight)
                try:
                    os.write(fd, pkt)
                except OSError:
                    pass  # the namespace is going away
    return 0


if __name__ == "__main__":
    sys.exit(main())
