#!/usr/bin/env python3
"""Measures a terminal program as a user's terminal sees it, through a pseudo-terminal.

  pty_measure.py first-frame --marker TEXT [--runs N] -- CMD...
      Median milliseconds from start to the moment the output holds TEXT (the first frame).
  pty_measure.py bytes --marker TEXT --keys KEYS [--setup KEYS] [--repeat N] [--together] -- CMD...
      Mean bytes the program writes to the terminal per key of KEYS (after the first frame
      and the --setup keys), each key sent after the output has gone quiet; with --together
      all KEYS are sent at once (a held key) and the bytes are divided among them. Also the
      mean bytes of text among them (the output without escape sequences).
  pty_measure.py memory --marker TEXT [--keys KEYS] -- CMD...
      Peak resident memory (VmHWM, kB) of the program after the first frame (and KEYS).

Keys use a small notation: plain characters, and <enter> <esc> <tab> <down> <up> <bs>.
Prints one JSON object. The window is 80x24 (--size WxH to change); TERM from the environment.
"""
import argparse, fcntl, json, os, pty, re, select, signal, statistics, struct, sys, termios, time

# Escape sequences (CSI, charset selection, other two-byte ESC forms) and control characters:
# what is left of the output is the text a frame shows.
CONTROL = re.compile(rb"\x1b\[[0-?]*[ -/]*[@-~]|\x1b[()][0-9A-Za-z]|\x1b[@-Z\\-_=>]|[\x00-\x1f\x7f]")

KEYS = {"enter": b"\r", "esc": b"\x1b", "tab": b"\t", "down": b"\x1b[B", "up": b"\x1b[A",
        "bs": b"\x7f", "left": b"\x1b[D", "right": b"\x1b[C", "end": b"\x1bOF"}


def parse_keys(text):
    out, i = [], 0
    while i < len(text):
        if text[i] == "<" and ">" in text[i:]:
            j = text.index(">", i)
            out.append(KEYS[text[i + 1:j]])
            i = j + 1
        else:
            out.append(text[i].encode())
            i += 1
    return out


def spawn(cmd, size):
    cols, rows = size
    pid, fd = pty.fork()
    if pid == 0:
        fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
        os.execvp(cmd[0], cmd)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
    return pid, fd


def read_until(fd, marker, timeout=10.0):
    buf, deadline = b"", time.monotonic() + timeout
    while marker not in buf:
        left = deadline - time.monotonic()
        if left <= 0:
            raise SystemExit(f"timed out waiting for {marker!r}; got {buf[-400:]!r}")
        r, _, _ = select.select([fd], [], [], left)
        if r:
            try:
                chunk = os.read(fd, 65536)
            except OSError:
                raise SystemExit(f"program ended before {marker!r}; got {buf[-400:]!r}")
            buf += chunk
    return buf


def drain(fd, quiet=0.15, keep=None):
    """Reads until nothing arrives for `quiet` seconds; returns the byte count and the
    time.monotonic() of the first byte (None when nothing came). `keep`: a bytearray the
    output is appended to."""
    n, first = 0, None
    while True:
        r, _, _ = select.select([fd], [], [], quiet)
        if not r:
            return n, first
        try:
            chunk = os.read(fd, 65536)
        except OSError:
            return n, first
        first = first or time.monotonic()
        n += len(chunk)
        if keep is not None:
            keep += chunk


def finish(pid, fd):
    """Ends the program: SIGTERM, then SIGKILL if it is still there after a second."""
    for sig in (signal.SIGTERM, signal.SIGKILL):
        try:
            os.kill(pid, sig)
        except ProcessLookupError:
            break
        deadline = time.monotonic() + 1.0
        while time.monotonic() < deadline:
            drain(fd, 0.02)
            try:
                done, _ = os.waitpid(pid, os.WNOHANG)
            except ChildProcessError:
                done = pid
            if done == pid:
                os.close(fd)
                return
    try:
        os.waitpid(pid, 0)
    except ChildProcessError:
        pass
    os.close(fd)


def first_frame(args):
    times = []
    for _ in range(args.runs):
        start = time.monotonic()
        pid, fd = spawn(args.cmd, args.size)
        read_until(fd, args.marker.encode())
        times.append((time.monotonic() - start) * 1000)
        finish(pid, fd)
    return {"median_ms": round(statistics.median(times), 2), "min_ms": round(min(times), 2), "runs": args.runs}


def started(args, keys, quiet=0.15):
    """Starts the program, waits for its first frame, then sends `keys` one at a time, each
    once the output has been quiet for `quiet` seconds."""
    pid, fd = spawn(args.cmd, args.size)
    read_until(fd, args.marker.encode())
    drain(fd)
    for k in parse_keys(keys):
        os.write(fd, k)
        drain(fd, quiet)
    return pid, fd


def bytes_per_key(args):
    pid, fd = started(args, args.setup)
    counts, texts, latencies = [], [], []
    keys = parse_keys(args.keys)
    for _ in range(args.repeat):
        output = bytearray()
        if args.together:
            # A held key or a paste: every key arrives before the program has drawn; bytes per key.
            os.write(fd, b"".join(keys))
            counts.append(drain(fd, keep=output)[0] / len(keys))
            texts.append(len(CONTROL.sub(b"", output)) / len(keys))
            continue
        for k in keys:
            output.clear()
            sent = time.monotonic()
            os.write(fd, k)
            n, first = drain(fd, keep=output)
            counts.append(n)
            texts.append(len(CONTROL.sub(b"", output)))
            if first is not None:
                latencies.append((first - sent) * 1000)
    finish(pid, fd)
    return {"mean_bytes": round(statistics.mean(counts), 1), "max_bytes": round(max(counts), 1),
            # the bytes of text among them (escape sequences and control characters left out)
            "mean_text_bytes": round(statistics.mean(texts), 1),
            "keys": len(keys) * args.repeat,
            "median_latency_ms": round(statistics.median(latencies), 2) if latencies else None}


def memory(args):
    pid, fd = started(args, args.keys, quiet=0.05)
    drain(fd, 0.3)
    peak = None
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                peak = int(line.split()[1])
    finish(pid, fd)
    return {"peak_kb": peak}


def main():
    p = argparse.ArgumentParser()
    p.add_argument("mode", choices=["first-frame", "bytes", "memory"])
    p.add_argument("--marker", required=True)
    p.add_argument("--runs", type=int, default=15)
    p.add_argument("--keys", default="")
    p.add_argument("--setup", default="")
    p.add_argument("--repeat", type=int, default=5)
    p.add_argument("--together", action="store_true", help="bytes: send the keys in one write (a held key)")
    p.add_argument("--size", default="80x24")
    argv = sys.argv[1:]
    if "--" not in argv:
        p.error("give the command after --")
    cut = argv.index("--")
    args = p.parse_args(argv[:cut])
    args.cmd = argv[cut + 1:]
    args.size = tuple(int(x) for x in args.size.split("x"))
    result = {"first-frame": first_frame, "bytes": bytes_per_key, "memory": memory}[args.mode](args)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
