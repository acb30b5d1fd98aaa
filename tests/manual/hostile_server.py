#!/usr/bin/env python3
"""Manual benchmark server (see peak_memory.sh) on 127.0.0.1: answers every request with a hostile body.
modes: endless (no Content-Length, spaces forever), gzipbomb (gzip of spaces, endless),
hugelength (Content-Length 10 GB, then endless spaces)."""
import socket, sys, threading, zlib, time

MODE = sys.argv[1]
PORT = int(sys.argv[2])
LIMIT = 4 * 1024**3  # never send more than 4 GB per connection
DEADLINE = 120       # nor for longer than 2 minutes

def serve(conn):
    try:
        conn.recv(65536)
        headers = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n"
        if MODE == "gzipbomb":
            headers += b"Content-Encoding: gzip\r\n"
        if MODE == "hugelength":
            headers += b"Content-Length: 10737418240\r\n"
        conn.sendall(headers + b"\r\n")
        chunk = b" " * 65536
        sent, start = 0, time.time()
        if MODE == "gzipbomb":
            comp = zlib.compressobj(9, zlib.DEFLATED, 31)
            conn.sendall(comp.compress(b"["))
            zeros = b" " * (1024 * 1024)
            while sent < LIMIT and time.time() - start < DEADLINE:
                data = comp.compress(zeros) + comp.flush(zlib.Z_SYNC_FLUSH)
                conn.sendall(data)
                sent += len(data)
        else:
            while sent < LIMIT and time.time() - start < DEADLINE:
                conn.sendall(chunk)
                sent += len(chunk)
    except OSError:
        pass
    finally:
        conn.close()

server = socket.socket()
server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
server.bind(("127.0.0.1", PORT))
server.listen(8)
server.settimeout(DEADLINE)
try:
    while True:
        conn, _ = server.accept()
        threading.Thread(target=serve, args=(conn,), daemon=True).start()
except socket.timeout:
    pass
