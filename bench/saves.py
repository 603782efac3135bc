"""Save-to-PDF latency of briefing preview: rewrites the fact table N times, 0.3 s apart, and after each
write waits for the PDF to be replaced (its inode changes when the set is committed); prints ms per save.
One process polling with os.stat every millisecond: a shell loop that forks stat and date every 2 ms
took a core from the rebuild on a 2-core machine and added ~15 ms to the median (measured 96 vs 113 ms).
    python3 bench/saves.py TABLE PDF N
"""
import os
import sys
import time

table, pdf, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
with open(table, 'rb') as f:
    data = f.read()
for _ in range(n):
    time.sleep(0.3)
    before = os.stat(pdf).st_ino
    t0 = time.perf_counter()
    with open(table, 'wb') as f:
        f.write(data)
    while True:
        try:
            if os.stat(pdf).st_ino != before:
                break
        except FileNotFoundError:
            pass
        time.sleep(0.001)
    print(round((time.perf_counter() - t0) * 1000), flush=True)
