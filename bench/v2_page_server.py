#!/usr/bin/env python3
"""One v2 batch page of about MEGABYTES, every batch with a large `config`, on 127.0.0.1.

A benchmark helper, not a test: bench/v2_page_memory.sh starts it and measures the peak memory
of `batchdeck-cli export-batches` reading the page.
    v2_page_server.py PORT MEGABYTES [CONFIG_KB]
"""
import http.server
import json
import sys

port = int(sys.argv[1])
megabytes = float(sys.argv[2])
config_kb = int(sys.argv[3]) if len(sys.argv) > 3 else 64


def config(index):
    # A configuration as a parse job might carry: many options, short values, nested lists.
    options = {}
    size = 0
    key = 0
    while size < config_kb * 1024:
        name = "option_%d" % key
        value = [True, 12, "auto", None, 0.5, ["en", "fr"], {"max": 3}][key % 7]
        options[name] = value
        size += len(name) + len(json.dumps(value)) + 4
        key += 1
    return {"job": {"type": "parse_v2", "configuration_id": "cfg-%d" % index}, "parse": options}


def batch(index):
    return {
        "id": "bat-%08d" % index,
        "project_id": "11111111-1111-4111-8111-111111111111",
        "source_directory_id": "dir-1",
        "status": "COMPLETED",
        "created_at": "2026-11-29T03:41:30.860Z",
        "updated_at": "2026-11-29T03:42:30.860Z",
        "config": config(index),
        "results": None,
    }


items = []
size = 0
while size < megabytes * 1024 * 1024:
    text = json.dumps(batch(len(items)), separators=(",", ":"))
    items.append(text)
    size += len(text) + 1
body = ('{"items":[' + ",".join(items) + '],"next_page_token":null,"total_size":%d}' % len(items)).encode()
sys.stderr.write("page: %d bytes, %d batches\n" % (len(body), len(items)))


class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


http.server.ThreadingHTTPServer(("127.0.0.1", port), Handler).serve_forever()
