"""Benchmarks: ``make bench`` (``python -m bench [NAME …]``) runs them all.

Each ``bench/bench_*.py`` module has ``run(workdir) -> list[Figure]``; every
figure is printed beside its target and a baseline measured in the same run.
"""
