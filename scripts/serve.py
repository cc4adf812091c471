#!/usr/bin/env python3
"""Serves a folder on 127.0.0.1 the way a strict portal would.

Every response carries the Content-Security-Policy formkoll must work
under (no inline script or style, WebAssembly allowed, nothing from other
origins), `.wasm` is served as application/wasm, and nothing is cached, so
a rebuilt package is always the one tested.

    python3 scripts/serve.py [--port 8000] [--dir .]

For the browser tests only (make test-engines), --watch adds a CSP
`report-uri` and serves every .html page with one more first script, so
that what goes wrong in any engine reaches the server:

    python3 scripts/serve.py --watch /tests/engines/guard.js

    POST /__watch/csp     the browser's CSP violation reports (report-uri)
    POST /__watch/error   what the page-side script saw (errors, console.error)
    GET  /__watch         {"csp": [...], "errors": [...]} so far
    POST /__watch/reset   forget them
"""
import argparse
import functools
import http.server
import json
import re
import sys
import threading
import urllib.parse

CSP = (
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; "
    "img-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
    "form-action 'self'; frame-ancestors 'none'"
)


class Watch:
    """What the pages reported (--watch): CSP reports and page errors."""

    def __init__(self, script):
        self.script = script
        self.lock = threading.Lock()
        self.seen = {"csp": [], "errors": []}

    def add(self, kind, body):
        try:
            entry = json.loads(body or b"null")
        except ValueError:
            entry = body.decode("utf-8", "replace")
        with self.lock:
            self.seen[kind].append(entry)

    def snapshot(self, reset=False):
        with self.lock:
            out = json.dumps(self.seen).encode()
            if reset:
                self.seen = {"csp": [], "errors": []}
        return out


class Handler(http.server.SimpleHTTPRequestHandler):
    watch = None  # a Watch with --watch, else the plain demo server
    extensions_map = {
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".wasm": "application/wasm",
        ".js": "text/javascript",
        ".mjs": "text/javascript",
        ".json": "application/json",
    }

    def end_headers(self):
        csp = CSP + "; report-uri /__watch/csp" if self.watch else CSP
        self.send_header("Content-Security-Policy", csp)
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Cache-Control", "no-store")
        super().end_headers()

    def send_bytes(self, body, ctype):
        self.send_response(200)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        path = urllib.parse.urlsplit(self.path).path
        if self.watch and path == "/__watch":
            return self.send_bytes(self.watch.snapshot(), "application/json")
        if self.watch and path.endswith(".html"):
            # The watch script first in <head>, before any of the page's own.
            try:
                with open(self.translate_path(path), "rb") as f:
                    html = f.read()
            except OSError:
                return super().do_GET()
            tag = f'<script src="{self.watch.script}"></script>'.encode()
            html = re.sub(rb"<head>", b"<head>" + tag, html, count=1)
            return self.send_bytes(html, "text/html; charset=utf-8")
        return super().do_GET()

    def do_POST(self):
        path = urllib.parse.urlsplit(self.path).path
        if not self.watch:
            return self.send_error(501, "Unsupported method ('POST')")  # as without --watch before
        if path not in ("/__watch/csp", "/__watch/error", "/__watch/reset"):
            return self.send_error(405)
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        if path == "/__watch/reset":
            return self.send_bytes(self.watch.snapshot(reset=True), "application/json")
        self.watch.add("csp" if path == "/__watch/csp" else "errors", body)
        self.send_response(204)
        self.end_headers()

    def log_message(self, fmt, *args):
        if "-q" not in sys.argv:
            super().log_message(fmt, *args)


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--port", type=int, default=8000)
    p.add_argument("--dir", default=".")
    p.add_argument("-q", action="store_true", help="no request log")
    p.add_argument("--watch", metavar="SCRIPT", help="tests only: CSP report-uri, error endpoint, SCRIPT first in every page")
    a = p.parse_args()
    if a.watch:
        Handler.watch = Watch(a.watch)
    handler = functools.partial(Handler, directory=a.dir)
    with http.server.ThreadingHTTPServer(("127.0.0.1", a.port), handler) as httpd:
        print(f"Serving http://127.0.0.1:{a.port}/www/  (Ctrl-C to stop)", flush=True)
        try:
            httpd.serve_forever()
        except KeyboardInterrupt:
            pass


if __name__ == "__main__":
    main()
