"""The command-line layer: parse options, call one core function, render, map to an exit code.

Layer 11 (top), cli: may import every layer; nothing imports it (tests/test_layers.py).
"""
