"""Benchmarks: speed targets live here, not in the test suite (`make bench`)."""
