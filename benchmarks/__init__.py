"""Benchmarks: speed targets live here, not in the test suite (`make bench`)."""

import os
import sys


def user_env(**extra: str) -> dict[str, str]:
    """The environment a user's command runs in: this interpreter's path, and Python's bytecode
    cache allowed (a sandbox may set PYTHONDONTWRITEBYTECODE, which would make every run compile
    every module again, a cost no installed copy pays)."""
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    return {**env, "PYTHONPATH": os.pathsep.join(sys.path), **extra}
