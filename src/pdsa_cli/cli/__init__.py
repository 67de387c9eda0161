"""The command-line layer: parse options, call one core function, render, map to an exit code."""
