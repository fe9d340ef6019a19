"""Corroboration in one process against the same run on a local Dask cluster.

    python benchmarks/bench_scale.py                  # 100k quotes (the default)
    python benchmarks/bench_scale.py --quotes 20000   # quicker
    python benchmarks/bench_scale.py --full           # 1M quotes (long; ~5 GB in one process)

Self-contained and seeded: the synthetic corpus of bench_match.py's scaling runs (documents of
8-10 quotes, a third with a planted related quote elsewhere). It prints the machine and the
inputs, then wall time of ``corroborate(docs, workers=2)`` (the baseline, in this process)
and of ``corroborate(docs, scheduler=client)`` on a LocalCluster of 1 and of 2 worker
processes (one thread each; cluster start-up timed apart), whether each cluster run gave the
baseline's findings, and peak memory (this process; each worker's at the end).
"""

from __future__ import annotations

import argparse
import logging
import resource
import time

from bench_match import synthesize
from machine_info import machine, say, table

from quoteverify import corroborate


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quotes", type=int, default=100_000)
    parser.add_argument("--full", action="store_true", help="1M quotes")
    parser.add_argument("--workers", default="1,2", help="cluster sizes; default: 1,2")
    args = parser.parse_args()
    quotes = 1_000_000 if args.full else args.quotes
    import distributed

    say("# bench_scale.py")
    for key, value in machine(["numpy", "dask", "distributed"]).items():
        say(f"{key}: {value}")
    synth = synthesize(quotes)
    docs = synth.documents
    size = sum(len(d.text.encode("utf-8")) for d in docs)
    say(f"inputs: {synth.quotes} quotes in {len(docs)} documents, {size / 1e6:.1f} MB (seeded)")
    start = time.perf_counter()
    baseline = corroborate(docs, workers=2)
    rows = [["one process, workers=2 (baseline)", f"{time.perf_counter() - start:.1f}", "", "",
             f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f}"]]
    for count in (int(w) for w in args.workers.split(",")):
        start = time.perf_counter()
        with distributed.LocalCluster(
            n_workers=count, threads_per_worker=1, processes=True, dashboard_address=None,
            silence_logs=logging.ERROR, memory_limit=None,
        ) as cluster, distributed.Client(cluster) as client:
            started = time.perf_counter() - start
            start = time.perf_counter()
            report = corroborate(docs, scheduler=client)
            seconds = time.perf_counter() - start
            peaks = client.run(
                lambda: resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            )
        same = report.findings == baseline.findings
        rows.append([f"Dask, {count} worker process(es)", f"{seconds:.1f}", f"{started:.1f}",
                     "yes" if same else "NO",
                     f"{' + '.join(f'{p:.0f}' for p in peaks.values())}"])
    table(["run", "seconds", "cluster start (s)", "same findings", "peak RSS MB"], rows)
    say(f"findings: {len(baseline.findings)}; counts {baseline.counts()}")


if __name__ == "__main__":
    main()
