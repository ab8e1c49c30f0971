#!/usr/bin/env python3
"""Writes the FTP server's files, byte for byte those of the model's server.

    mkroot.py ROOT

ROOT/foo (3584 bytes) and ROOT/pub/readme.txt (730 bytes), made like
sample_text() in crates/ftp-sim/src/ftp/mod.rs: numbered lines
`{title} line {n:05}: FTP moves files over a separate data connection.`,
the last one cut at the size.
"""
import os
import sys

FILES = [("foo", "foo", 3584), ("pub/readme.txt", "readme", 730)]


def sample_text(title, size):
    out, n = bytearray(), 1
    while len(out) < size:
        out += f"{title} line {n:05}: FTP moves files over a separate data connection.\n".encode()
        n += 1
    return bytes(out[:size])


def main():
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    root = sys.argv[1]
    os.makedirs(os.path.join(root, "pub"), exist_ok=True)
    for rel, title, size in FILES:
        with open(os.path.join(root, rel), "wb") as f:
            f.write(sample_text(title, size))
        os.chmod(os.path.join(root, rel), 0o644)
    # vsftpd's anonymous user must be able to read them (and never write).
    for d in (root, os.path.join(root, "pub")):
        os.chmod(d, 0o755)
    return 0


if __name__ == "__main__":
    sys.exit(main())
