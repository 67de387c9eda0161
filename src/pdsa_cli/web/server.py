"""Starting the app on the loopback address only, with uvicorn (a production-grade server)."""

from __future__ import annotations

import socket
from pathlib import Path

from pdsa_cli.errors import PdsaError
from pdsa_cli.i18n import Lang
from pdsa_cli.web.guard import Secrets

HOST = "127.0.0.1"  # never a public address: the tool is one person's, on their own computer


def bind(port: int) -> socket.socket:
    """A listening socket on 127.0.0.1:`port` (a port in use is said plainly, exit 1)."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        sock.bind((HOST, port))
        sock.listen(64)
    except OSError:
        sock.close()
        raise PdsaError("web.serve.port_busy", port=port) from None
    return sock


def start_url(port: int, keys: Secrets, lang: Lang | None = None) -> str:
    suffix = "&lang=en" if lang == "en" else ""
    return f"http://{HOST}:{port}/?token={keys.token}{suffix}"


def run(root: Path, sock: socket.socket, keys: Secrets, lang: Lang | None = None) -> None:
    """Serve until Ctrl+C, on the socket already bound (so the browser may connect at once)."""
    import uvicorn

    from pdsa_cli.web.app import create_app

    port = sock.getsockname()[1]
    app = create_app(root, port, keys, lang)
    config = uvicorn.Config(app, log_level="warning", server_header=False, access_log=False)
    uvicorn.Server(config).run(sockets=[sock])
