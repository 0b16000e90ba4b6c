"""This process's peak resident memory, as the self-test and its benchmark baseline print it.

Qt-free and light: the bare-window baseline imports it too, so both report the same way.
"""

from __future__ import annotations

import sys


def peak_kib() -> int:
    """This process's peak resident memory so far, in KiB; 0 where the system does not say.

    On Linux from /proc (VmHWM): ru_maxrss would also count the parent's memory from
    before this process's exec, and so the benchmark runner's own.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    try:
        import resource
    except ImportError:  # Windows
        return 0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak // 1024 if sys.platform == "darwin" else peak  # macOS counts bytes
