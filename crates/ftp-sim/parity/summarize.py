#!/usr/bin/env python3
"""Turns one FTP capture (real or ftp-sim's) into a JSON summary for compare.py.

    summarize.py CAPTURE.pcap[ng] [-o OUT.json]

The capture is read with `tshark -T fields`. Addresses become roles: the side
that connects to port 21 is the client, the other the server. On a data
connection the server is the side on port 20 (active) or on the port announced
in 227/229 (passive); the client is the side on the port announced in
PORT/EPRT. Arrows: `>` client->server, `<` server->client.

The summary holds:
  ftp          the commands and replies in order, reassembled from the
               control connection's bytes (a multi-line reply is one entry)
  connections  every TCP connection in order of its first segment: kind
               (control/data), who opened it, the class of each side's port
               (21, 20, announced, ephemeral), the flag pattern of its
               handshake and of its close (also without the pure ACKs that
               acknowledge no FIN: close_fin_acks), who sent the first FIN,
               and its pure ACKs per direction (also without those that
               answer one of tnftp's extras, EXTRAS)
  transfers    per data connection: the command that used it and its events
               merged with the control replies (150, 226): informational
"""
import argparse
import json
import subprocess
import sys

FIELDS = [
    "frame.number", "frame.time_relative", "ip.src", "ip.dst", "tcp.srcport",
    "tcp.dstport", "tcp.stream", "tcp.flags", "tcp.len", "tcp.seq", "tcp.ack",
    "tcp.payload",
]
FIN, SYN, RST, ACK = 0x01, 0x02, 0x04, 0x10

# Commands tnftp sends on its own (see compare.py). The pure ACKs that answer
# them (the client's ACK of their reply, the server's ACK of the command) are
# counted apart so that the ACK check does not depend on whether the model
# emulates them.
EXTRAS = ("SYST", "FEAT", "SIZE", "MDTM", "TYPE")


def read_packets(path):
    cmd = ["tshark", "-n", "-r", path, "-Y", "tcp", "-T", "fields",
           "-E", "separator=\t", "-E", "occurrence=f"]
    for f in FIELDS:
        cmd += ["-e", f]
    out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    pkts = []
    for line in out.splitlines():
        v = dict(zip(FIELDS, line.split("\t")))
        payload = v["tcp.payload"].replace(":", "")
        pkts.append({
            "frame": int(v["frame.number"]),
            "t": float(v["frame.time_relative"]),
            "src": (v["ip.src"], int(v["tcp.srcport"])),
            "dst": (v["ip.dst"], int(v["tcp.dstport"])),
            "stream": int(v["tcp.stream"]),
            "flags": int(v["tcp.flags"], 16),
            "len": int(v["tcp.len"] or 0),
            # tshark's relative sequence numbers: both captures start at 0.
            "seq": int(v["tcp.seq"] or 0),
            "ack": int(v["tcp.ack"] or 0),
            "payload": bytes.fromhex(payload) if payload else b"",
        })
    return pkts


def flag_name(flags):
    # PSH is left out: Linux sets it on every write, and it says nothing
    # about who closes or acknowledges what.
    names = [n for bit, n in ((SYN, "SYN"), (FIN, "FIN"), (RST, "RST"), (ACK, "ACK"))
             if flags & bit]
    return "+".join(names) or "none"


def is_pure_ack(p):
    return bool(p["flags"] & ACK) and not p["flags"] & (SYN | FIN | RST) and not p["len"]


def parse_hostport(text):
    """h1,h2,h3,h4,p1,p2 (PORT's argument, 227's text) -> the port."""
    start = text.find("(")
    inner = text[start + 1:text.find(")", start)] if start >= 0 else text
    try:
        parts = [int(x) for x in inner.strip(". ").split(",")]
        return parts[4] * 256 + parts[5]
    except (ValueError, IndexError):
        return None


def parse_extended(text):
    """|1|addr|port| (EPRT's argument) or (|||port|) (229's text) -> the port."""
    try:
        inner = text[text.index("|"):]
        return int(inner.split(inner[0])[3])
    except (ValueError, IndexError):
        return None


def stream_lines(segments):
    """The CRLF-terminated lines of one direction, each with the frame of its last byte."""
    buf, frames, seen = bytearray(), [], set()
    for p in sorted(segments, key=lambda p: p["seq"]):
        if not p["len"] or p["seq"] in seen:  # retransmissions count once
            continue
        seen.add(p["seq"])
        buf += p["payload"]
        frames += [p["frame"]] * len(p["payload"])
    out, start = [], 0
    while (end := buf.find(b"\r\n", start)) >= 0:
        out.append((buf[start:end].decode("latin-1"), frames[end + 1]))
        start = end + 2
    return out


def parse_replies(lines):
    """Reply lines -> replies; `123-...` opens a multi-line reply closed by `123 ...`."""
    replies, cur = [], None
    for text, frame in lines:
        code = text[:3]
        if cur is None:
            reply = {"dir": "<", "code": int(code) if code.isdigit() else None,
                     "text": text[4:], "lines": 1, "frame": frame}
            if code.isdigit() and text[3:4] == "-":
                cur = reply
            else:
                replies.append(reply)
        else:
            cur["lines"] += 1
            cur["frame"] = frame
            if code == f"{cur['code']:03}" and text[3:4] == " ":
                replies.append(cur)
                cur = None
    return replies


def normalize_command(verb, arg):
    """A command as compared: the addresses of PORT/EPRT and the password vary."""
    if verb in ("PORT", "EPRT"):
        return f"{verb} <client-address>"
    if verb == "PASS":
        return "PASS <password>"
    return f"{verb} {arg}".strip()


def summarize(path):
    pkts = read_packets(path)
    streams = {}
    for p in pkts:
        streams.setdefault(p["stream"], []).append(p)

    # Control connections: the side on port 21 is the server.
    control = {}
    for sid, ps in streams.items():
        a, b = ps[0]["src"], ps[0]["dst"]
        if 21 in (a[1], b[1]):
            server = b if b[1] == 21 else a
            control[sid] = (a if server is b else b, server)

    # The dialogue, and the data ports each side announced.
    ftp, client_ports, server_ports = [], set(), set()
    for sid, (client, server) in control.items():
        ps = streams[sid]
        cmds = []
        for text, frame in stream_lines([p for p in ps if p["src"] == client]):
            verb, _, arg = text.partition(" ")
            verb = verb.upper()
            cmds.append({"dir": ">", "verb": verb, "arg": arg, "frame": frame,
                         "norm": normalize_command(verb, arg)})
            if verb == "PORT":
                client_ports.add(parse_hostport(arg))
            elif verb == "EPRT":
                client_ports.add(parse_extended(arg))
        replies = parse_replies(stream_lines([p for p in ps if p["src"] == server]))
        for r in replies:
            r["norm"] = str(r["code"])
            if r["code"] == 227:
                server_ports.add(parse_hostport(r["text"]))
            elif r["code"] == 229:
                server_ports.add(parse_extended(r["text"]))
        ftp += sorted(cmds + replies, key=lambda m: (m["frame"], m["dir"] == "<"))

    def sides(sid):
        """(client endpoint, server endpoint) of a connection."""
        if sid in control:
            return control[sid]
        a, b = streams[sid][0]["src"], streams[sid][0]["dst"]
        for x, y in ((a, b), (b, a)):
            if x[1] == 20 or x[1] in server_ports or y[1] in client_ports:
                return y, x
        return a, b  # unknown: whoever sent the first segment is called the client

    def port_class(port, announced):
        if port in (20, 21):
            return str(port)
        return "announced" if port in announced else "ephemeral"

    conns, transfers = [], []
    for index, sid in enumerate(sorted(streams, key=lambda s: streams[s][0]["frame"])):
        ps = streams[sid]
        client, server = sides(sid)

        def arrow(p, client=client):
            return ">" if p["src"] == client else "<"

        def role(p, client=client):
            return "client" if p["src"] == client else "server"

        def pattern(segs):
            return ", ".join(f"{flag_name(p['flags'])}{'+data' if p['len'] else ''} {arrow(p)}"
                             for p in segs)

        syns = [p for p in ps if p["flags"] & SYN]
        # Handshake: the SYNs, then the opener's first segment after the SYN+ACK.
        hs, synack_seen = [], False
        for p in ps:
            if p["flags"] & SYN:
                hs.append(p)
                synack_seen |= bool(p["flags"] & ACK)
            elif synack_seen and p["src"] == syns[0]["src"]:
                hs.append(p)
                break
        # Close: every segment from the first FIN or RST on.
        first = next((i for i, p in enumerate(ps) if p["flags"] & (FIN | RST)), len(ps))
        close = ps[first:]
        # The same without the pure ACKs that acknowledge no FIN (only data sent
        # before it): where these fall relative to the first FIN depends on the
        # round-trip time (loopback: before it; the model's 10 ms links: after).
        fin_ends = {}  # sender -> the ack number that acknowledges its FIN
        for p in close:
            if p["flags"] & FIN:
                fin_ends.setdefault(role(p), p["seq"] + p["len"] + 1)
        close_fin_acks = []
        for p in close:
            peer = "server" if role(p) == "client" else "client"
            if is_pure_ack(p) and p["ack"] < fin_ends.get(peer, float("inf")):
                continue
            close_fin_acks.append(p)

        kind = "control" if sid in control else "data"
        hs_frames = {p["frame"] for p in hs}
        pure = {"client": 0, "server": 0}
        extras = {"client": 0, "server": 0}
        for i, p in enumerate(ps):
            if not is_pure_ack(p):
                continue
            r = role(p)
            pure[r] += 1
            if kind != "control" or p["frame"] in hs_frames or i >= first:
                continue
            # The command this ACK belongs to: the latest peer segment it
            # acknowledges in full is a command, or a reply to the client's
            # latest command before it.
            acked = [q for q in ps[:i] if q["src"] != p["src"] and q["len"]
                     and q["seq"] + q["len"] <= p["ack"]]
            if not acked:
                continue
            q = acked[-1]
            cmd = q if role(q) == "client" else next(
                (x for x in reversed(ps[:ps.index(q)]) if role(x) == "client" and x["len"]), None)
            if cmd:
                verb = cmd["payload"].split(b"\r")[0].split(b" ")[0].decode("latin-1").upper()
                extras[r] += verb in EXTRAS
        conns.append({
            "index": index,
            "kind": kind,
            "opener": role(syns[0]) if syns else "unknown",
            "client_port": port_class(client[1], client_ports),
            "server_port": port_class(server[1], server_ports),
            "handshake": pattern(hs),
            "close": pattern(close),
            "close_fin_acks": pattern(close_fin_acks),
            "first_fin": role(close[0]) if close else None,
            "pure_acks": pure,
            "pure_acks_of_extras": extras,
            "pure_acks_without_extras": {r: pure[r] - extras[r] for r in pure},
        })
        if kind == "data":
            transfers.append(transfer_events(index, ps, arrow, ftp, role(syns[0]) if syns else None))
    return {"file": path, "packets": len(pkts), "ftp": ftp, "connections": conns,
            "transfers": transfers}


def transfer_events(index, ps, arrow, ftp, opener):
    """A data connection's segments merged with the replies to its command."""
    first = ps[0]["frame"]
    verbs = ("RETR", "STOR", "LIST", "NLST", "APPE")
    before = [m for m in ftp if m["dir"] == ">" and m["verb"] in verbs and m["frame"] < first]
    after = [m for m in ftp if m["dir"] == ">" and m["verb"] in verbs and m["frame"] > first]
    # Active: the command comes before the server's SYN. Passive: the client
    # connects after 227/229, then sends the command.
    cmd = before[-1] if opener == "server" and before else (after[:1] or before[-1:] or [None])[0]
    events = []
    if cmd:
        for m in ftp:
            if m["dir"] == "<" and m["frame"] > cmd["frame"]:
                events.append((m["frame"], 1, f"{m['code']} <"))
                if m["code"] and m["code"] >= 200:
                    break
    for p in ps:
        if p["flags"] & (SYN | FIN | RST) or not p["len"]:
            label = flag_name(p["flags"]) + ("+DATA" if p["len"] else "")
        else:
            label = "DATA"
        events.append((p["frame"], 0, f"{label} {arrow(p)}"))
    events.sort()
    runs = []  # "DATA < x3" for a run of data segments
    for _, _, e in events:
        if runs and runs[-1][0] == e and e.startswith("DATA"):
            runs[-1][1] += 1
        else:
            runs.append([e, 1])
    return {"connection": index, "command": cmd["norm"] if cmd else None,
            "order": ", ".join(e if n == 1 else f"{e} x{n}" for e, n in runs)}


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("capture")
    ap.add_argument("-o", "--out", help="write the JSON here (default: stdout)")
    a = ap.parse_args()
    text = json.dumps(summarize(a.capture), indent=1)
    if a.out:
        with open(a.out, "w") as f:
            f.write(text + "\n")
    else:
        print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
