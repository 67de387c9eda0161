"""`pdsa serve`: the PDSA workflow as web pages over the same files and the same core.

The top floor beside `cli/`: it may import every layer below; only `cli/commands/serve.py`
imports it (lazily, so `pdsa --help` never loads the web stack).
"""
