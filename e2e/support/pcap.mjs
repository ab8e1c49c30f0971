// Minimal readers for what the page downloads, plus tshark helpers.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** Frames of a classic little-endian .pcap file, as Buffers (frame 1 first). */
export function pcapFrames(path) {
  const buf = readFileSync(path);
  if (buf.readUInt32LE(0) !== 0xa1b2c3d4) throw new Error(`${path} is not a little-endian pcap`);
  const frames = [];
  for (let off = 24; off + 16 <= buf.length; ) {
    const len = buf.readUInt32LE(off + 8);
    frames.push(buf.subarray(off + 16, off + 16 + len));
    off += 16 + len;
  }
  return frames;
}

/** Runs tshark with checksum validation on; returns stdout. */
export function tshark(args) {
  return execFileSync(
    'tshark',
    ['-o', 'tcp.check_checksum:TRUE', '-o', 'ip.check_checksum:TRUE', ...args],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
  );
}

/** Frame numbers that `filter` selects in the capture at `path`. */
export function tsharkFrames(path, filter) {
  return tshark(['-r', path, '-Y', filter, '-T', 'fields', '-e', 'frame.number'])
    .split('\n').map((l) => l.trim()).filter(Boolean).map(Number);
}
