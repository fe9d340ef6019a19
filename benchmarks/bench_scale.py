"""Corroboration at archive scale: one process, the spilling executor, a local Dask cluster.

    python benchmarks/bench_scale.py                            # 100k quotes, every run
    python benchmarks/bench_scale.py --quotes 1000000           # 1M
    python benchmarks/bench_scale.py --quotes 10000000 --runs spill2 --results scale.jsonl
    python benchmarks/bench_scale.py --quotes 20000 --runs one,spill2   # quicker

Self-contained and seeded: the synthetic corpus of bench_match.py's scaling runs (documents of
8-10 quotes, a third of the quotes with a planted related copy elsewhere), written first as
JSON Lines shards of 2,500 documents in a temporary folder, with the planted pairs of each
shard beside it. Every run is a fresh child process, timed from the shards on disk to the
findings (reading included):

- ``one``: ``corroborate(documents, workers=2)``, the default path (findings held in memory);
- ``spillN``: the partitioned stages on :class:`quoteverify.matching.spill.Spill` with N
  worker processes, each partition's findings given to a sink where they are made;
- ``daskN``: the same stages on a local Dask cluster of N worker processes (as
  ``--scheduler processes:N`` starts it; start-up timed apart), with the same sink.

The sink keeps counts, the planted pairs found and a digest of the findings (which must equal
the ``one`` run's), and the peak RSS of the process that ran it (the last alignment task of
each worker; Dask workers are also asked at the end). Peak RSS of the child process itself is
that of the coordinator (``one``: everything, its extraction pool apart). It prints the
machine, the inputs, a table of runs, the growth exponent of each run over the sizes measured
(``--results FILE`` keeps runs of several invocations: one JSON line each), and the scaling
efficiency from 1 to 2 workers (seconds with 1 / (2 x seconds with 2)).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import math
import os
import pickle
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

from bench_match import SEED, VARIANTS, Generator
from machine_info import machine, say, table

from quoteverify import corroborate
from quoteverify.config import Config
from quoteverify.matching import partitions

HERE = Path(__file__).resolve().parent
SHARD_DOCUMENTS = partitions.DOCUMENTS_PER_PARTITION
RUNS = "one,spill1,spill2,dask1,dask2"


def generate(quotes: int, folder: Path, per_shard: int = SHARD_DOCUMENTS) -> dict[str, Any]:
    """Write the seeded corpus as shards (and the planted pairs of each); O(shard) memory."""
    start = time.perf_counter()
    shards = documents = size = 0
    lines: list[str] = []
    planted: list[tuple[str, str, str, str]] = []

    def flush() -> None:
        nonlocal shards
        Path(folder, f"shard-{shards:05d}.jsonl").write_text("".join(lines), encoding="utf-8")
        Path(folder, f"planted-{shards}.pkl").write_bytes(pickle.dumps(planted))
        shards += 1
        lines.clear()
        planted.clear()

    for document, copies in Generator(SEED).stream(quotes):
        lines.append(json.dumps({"id": document.id, "text": document.text}) + "\n")
        planted.extend((document.id, c.text, f"syn{c.origin:07d}", c.variant) for c in copies)
        documents += 1
        size += len(document.text.encode("utf-8"))
        if len(lines) == per_shard:
            flush()
    if lines:
        flush()
    return {"documents": documents, "bytes": size, "shards": shards,
            "seconds": time.perf_counter() - start}


def shard_paths(folder: Path) -> list[str]:
    return sorted(str(p) for p in folder.glob("shard-*.jsonl"))


def peak_mb(who: int = resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss / 1024


def cpu_seconds(who: int = resource.RUSAGE_SELF) -> float:
    use = resource.getrusage(who)
    return use.ru_utime + use.ru_stime


def child_run(run: str, folder: Path) -> dict[str, Any]:
    from scale_tally import Tally, tally

    from quoteverify.inputs.shards import read_shard

    paths = shard_paths(folder)
    out: dict[str, Any] = {"run": run}
    start = time.perf_counter()
    if run == "one":
        shards = [read_shard(p) for p in paths]
        documents = [d for shard in shards for d in shard]
        report = corroborate(documents, workers=2)
        shard_of = {d.id: k for k, shard in enumerate(shards) for d in shard}
        per_shard: list[list[Any]] = [[] for _ in shards]
        for finding in report.findings:
            per_shard[shard_of[finding.doc_id]].append(finding)
        results = [
            tally(fs, pickle.loads(Path(folder, f"planted-{k}.pkl").read_bytes()))
            for k, fs in enumerate(per_shard)
        ]
        out["seconds"] = time.perf_counter() - start  # (the tallies too, as the sinks do)
        out["workers_mb"] = [peak_mb(resource.RUSAGE_CHILDREN)]  # (the extraction pool)
        out["workers_cpu"] = cpu_seconds(resource.RUSAGE_CHILDREN)
    elif run.startswith("spill"):
        from quoteverify.matching.spill import Spill

        with Spill(workers=int(run[5:])) as executor, DiskPeak(executor._dir) as disk:
            outcome = partitions.run(paths, Config(), executor, sink=Tally(str(folder)))
        out["seconds"] = time.perf_counter() - start
        out["disk_mb"] = disk.peak / 1e6
        out["stages"] = executor.seconds
        out["stage_peaks"] = executor.peaks
        results = outcome.results
        by_pid: dict[int, tuple[float, float]] = {}
        for r in results:
            by_pid[r["pid"]] = max(by_pid.get(r["pid"], (0.0, 0.0)), (r["peak_mb"], r["cpu"]))
        out["workers_mb"] = sorted(m for m, _ in by_pid.values())
        # (a worker's CPU when it ran its last alignment: its last task but a few)
        out["workers_cpu"] = 0.0 if run == "spill1" else sum(c for _, c in by_pid.values())
    else:
        import logging

        from quoteverify.matching.cluster import DaskExecutor, local_cluster

        limit = os.environ.get("BENCH_WORKER_MEMORY") or "auto"
        if limit != "auto":
            out["run"] = f"{run} limit {limit}"
        with local_cluster(int(run[4:]), silence_logs=logging.ERROR,
                           memory_limit=limit) as client:
            out["start_seconds"] = time.perf_counter() - start
            start = time.perf_counter()
            outcome = partitions.run(paths, Config(), DaskExecutor(client), sink=Tally(str(folder)))
            out["seconds"] = time.perf_counter() - start
            out["workers_mb"] = sorted(client.run(peak_mb).values())
            out["workers_cpu"] = sum(client.run(cpu_seconds).values())
        results = outcome.results
    out["coordinator_mb"] = peak_mb()
    out["cpu"] = cpu_seconds() + out["workers_cpu"]
    out["digests"] = [r["digest"] for r in results]
    out["statuses"] = {s: sum(r["statuses"].get(s, 0) for r in results)
                       for s in sorted({s for r in results for s in r["statuses"]})}
    out["planted"] = {v: [sum(r["planted"][v][i] for r in results) for i in range(3)]
                      for v in VARIANTS}
    return out


class DiskPeak:
    """The most bytes a folder's files held, looked at every two seconds in a thread."""

    def __init__(self, folder: str) -> None:
        self.folder, self.peak = folder, 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._watch, daemon=True)

    def _watch(self) -> None:
        while not self._stop.wait(2.0):
            total = 0
            with contextlib.suppress(OSError):
                for entry in os.scandir(self.folder):
                    with contextlib.suppress(OSError):
                        total += entry.stat().st_size
            self.peak = max(self.peak, total)

    def __enter__(self) -> DiskPeak:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def recall(planted: dict[str, list[int]]) -> float:
    found = sum(c[0] for c in planted.values())
    total = sum(c[1] for c in planted.values())
    return found / total if total else 1.0


def exponent(points: list[tuple[int, float]]) -> float | None:
    """Least-squares slope of log seconds on log quotes."""
    if len({q for q, _ in points}) < 2:
        return None
    xs = [math.log(q) for q, _ in points]
    ys = [math.log(s) for _, s in points]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sum(
        (x - mx) ** 2 for x in xs
    )


STAGES = ("prepare", "held", "postings", "bucket", "candidates", "plan", "wanted", "serve", "align")
"""The tasks of a partitioned run, in order; a spilling run sums the seconds of each."""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quotes", default="100000", help="sizes, comma-separated")
    parser.add_argument("--full", action="store_true", help="1M quotes")
    parser.add_argument("--runs", default=RUNS, help=f"default: {RUNS}")
    parser.add_argument("--results", help="append each run to this JSON Lines file; the"
                        " growth exponents use every run in it")
    parser.add_argument("--tmp", help="folder for the shards (default: the system's)")
    parser.add_argument("--keep", metavar="DIR", help="write the corpus of each size in DIR"
                        " and keep it; a later run with the same DIR reads it (seeded: the"
                        " same corpus) instead of writing it again")
    parser.add_argument("--shard-documents", type=int, default=SHARD_DOCUMENTS,
                        help="documents per shard, and so per partition (default: %(default)s)")
    parser.add_argument("--worker-memory", help="each Dask worker's memory limit (e.g. 2GiB:"
                        " past 60%% of it Dask spills to disk; default: Dask's, the machine's"
                        " memory shared among the workers)")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--folder", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        out = (generate(int(args.quotes), Path(args.folder), args.shard_documents)
               if args.child == "generate"
               else child_run(args.child, Path(args.folder)))
        print(json.dumps(out))
        return
    say("# bench_scale.py")
    for key, value in machine(["numpy", "dask", "distributed"]).items():
        say(f"{key}: {value}")
    sizes = [1_000_000] if args.full else [int(q) for q in args.quotes.split(",")]
    runs = args.runs.split(",")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(
        [str(HERE), *filter(None, [os.environ.get("PYTHONPATH")])])}
    if args.worker_memory:
        env["BENCH_WORKER_MEMORY"] = args.worker_memory

    def child(what: str, quotes: int, folder: str) -> dict[str, Any]:
        done = subprocess.run(
            [sys.executable, __file__, "--child", what, "--quotes", str(quotes),
             "--folder", folder, "--shard-documents", str(args.shard_documents)],
            env=env, check=True, stdout=subprocess.PIPE, text=True,
        )
        answer: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
        return answer

    rows: list[dict[str, Any]] = []
    for quotes in sizes:
        with contextlib.ExitStack() as stack:
            if args.keep:
                folder = os.path.join(args.keep, f"{quotes}-{args.shard_documents}")
                os.makedirs(folder, exist_ok=True)
            else:
                folder = stack.enter_context(
                    tempfile.TemporaryDirectory(prefix="bench-scale-", dir=args.tmp)
                )
            made_path = Path(folder, "made.json")
            if made_path.exists():
                made = json.loads(made_path.read_text())
            else:
                made = child("generate", quotes, folder)
                if args.keep:
                    made_path.write_text(json.dumps(made))
            say(f"inputs: {quotes} quotes in {made['documents']} documents,"
                f" {made['bytes'] / 1e6:.1f} MB, {made['shards']} shards of"
                f" {args.shard_documents} documents (seeded; written in {made['seconds']:.0f} s)")
            for run in runs:
                row = {"quotes": quotes, **child(run, quotes, folder)}
                say(f"  {run}: {row['seconds']:.1f} s, recall {recall(row['planted']):.4f}")
                rows.append(row)
                if args.results:
                    with open(args.results, "a", encoding="utf-8") as out:
                        out.write(json.dumps(row) + "\n")
    show(rows, args.results)


def show(rows: list[dict[str, Any]], results: str | None) -> None:
    reference = {r["quotes"]: r["digests"] for r in rows if r["run"] == "one"}
    lines = []
    for r in rows:
        same = reference.get(r["quotes"])
        workers = " + ".join(f"{m:.0f}" for m in r["workers_mb"])
        lines.append([
            f"{r['quotes']:,}", r["run"], f"{r['seconds']:.1f}",
            f"{r['start_seconds']:.1f}" if "start_seconds" in r else "",
            f"{r['cpu']:.0f}", f"{r['coordinator_mb']:.0f}", workers,
            f"{recall(r['planted']):.4f}",
            f"{r['disk_mb']:,.0f}" if "disk_mb" in r else "",
            "" if same is None else ("yes" if same == r["digests"] else "NO"),
        ])
    table(["quotes", "run", "seconds", "cluster start (s)", "CPU s", "coordinator peak MB",
           "worker peaks MB", "planted recall", "spill directory peak MB",
           "same findings as one"], lines)
    every = rows
    if results and Path(results).exists():
        every = [json.loads(line) for line in Path(results).read_text().splitlines() if line]
    growth = []
    for run in dict.fromkeys(r["run"] for r in every):
        best: dict[int, float] = {}
        for r in every:
            if r["run"] == run:
                best[r["quotes"]] = min(best.get(r["quotes"], math.inf), r["seconds"])
        slope = exponent(sorted(best.items()))
        if slope is not None:
            growth.append([run, ", ".join(f"{q:,}" for q in sorted(best)), f"{slope:.2f}"])
    if growth:
        table(["run", "sizes", "growth exponent"], growth)
    efficiency = []
    for quotes in dict.fromkeys(r["quotes"] for r in rows):
        for kind in ("spill", "dask"):
            one = [r["seconds"] for r in rows if r["quotes"] == quotes and r["run"] == f"{kind}1"]
            two = [r["seconds"] for r in rows if r["quotes"] == quotes and r["run"] == f"{kind}2"]
            if one and two:
                efficiency.append([f"{quotes:,}", kind, f"{one[0] / (2 * two[0]):.2f}"])
    if efficiency:
        table(["quotes", "executor", "efficiency 1 -> 2 workers"], efficiency)
    stages = [
        [f"{r['quotes']:,}", r["run"], *(f"{r['stages'].get(s, 0.0):.1f}" for s in STAGES)]
        for r in rows if "stages" in r
    ]
    if stages:
        table(["quotes", "run", *(f"{s} s" for s in STAGES)], stages)
    peaks = [
        [f"{r['quotes']:,}", r["run"], *(f"{r['stage_peaks'].get(s, 0.0):.0f}" for s in STAGES)]
        for r in rows if "stage_peaks" in r
    ]
    if peaks:
        say("the highest peak memory (MB) of a worker as it ended a task of each stage:")
        table(["quotes", "run", *STAGES], peaks)
    for r in rows:
        say(f"{r['quotes']:,} {r['run']}: statuses {r['statuses']}; planted per variant"
            f" (found, pairs, not extracted) {r['planted']}")


if __name__ == "__main__":
    main()
