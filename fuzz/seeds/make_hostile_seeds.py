#!/usr/bin/env python3
"""Writes the hand-made hostile seeds into fuzz/corpus/<target>/hostile-*.

Each is a case a misbehaving server could send: nulls, wrong types, negative and huge numbers
(2^53, 1e300), long strings, deep nesting, invalid UTF-8, lone surrogates, truncated JSON, and
FastAPI 422 bodies. The demo server's real answers are added by make_demo_seeds.sh.
Run from anywhere: python3 fuzz/seeds/make_hostile_seeds.py
"""
import json
import pathlib

corpus = pathlib.Path(__file__).resolve().parent.parent / "corpus"

JOB = {
    "id": "bjb-hostile-1", "project_id": "p-1", "job_type": "parse", "status": "running",
    "total_items": 10, "processed_items": 3, "failed_items": 1, "skipped_items": 0,
    "created_at": "2026-01-01T01:37:16.557123Z", "updated_at": "2026-01-01T01:40:00Z",
    "started_at": "2026-01-01T01:37:17+02:00", "completed_at": None,
    "effective_at": "2026-01-01T01:37:16.557Z", "directory_id": None,
    "error_message": None, "job_record_id": "r-1", "workflow_id": None,
}


def job(**changes):
    value = dict(JOB)
    value.update(changes)
    return value


def dump(value):
    return json.dumps(value, ensure_ascii=False).encode()


def deep(depth):
    return b'{"items":' + b"[" * depth + b"]" * depth + b"}"


page_cases = {
    "nulls": dump({"items": [job(id=None), job(total_items=None), None], "total_size": None}),
    "negative": dump({"items": [job(total_items=-1, processed_items=-9007199254740993)], "total_size": -5}),
    "2pow53": dump({"items": [job(total_items=9007199254740992, failed_items=9007199254740993)],
                    "total_size": 9007199254740993}),
    "1e300": b'{"items":[' + dump(job())[:-1] + b',"total_items":1e300}],"total_size":1e300}',
    "fraction": dump({"items": [job(total_items=2.5)], "total_size": 2.5}),
    "wrong-types": dump({"items": [job(status=7, created_at=12, error_message=[], total_items="10"), 3, "x", []],
                         "total_size": "12"}),
    "items-object": dump({"items": {"0": JOB}, "total_size": 1}),
    "items-missing": dump({"total_size": 3}),
    "long-string": dump({"items": [job(error_message="\u00e9" * 5000, id="x" * 3000)], "total_size": 1}),
    "deep-nesting": deep(2000),
    "deep-nesting-1000": deep(1000),
    "invalid-utf8": b'{"items":[' + dump(job())[:-1].replace(b'"parse"', b'"pa\xff\xfe\xc3rse"') + b'}],"total_size":1}',
    "lone-surrogate": b'{"items":[' + dump(job())[:-1].replace(b'"r-1"', b'"\\ud800=1+2\\udfff"') + b'}]}',
    "formula-cells": dump({"items": [job(id="=HYPERLINK(\"http://x\")", error_message="+1,\"2\"\r\n-3", workflow_id="@w\t")]}),
    "bad-dates": dump({"items": [job(created_at="2026-13-45T99:99:99Z", updated_at="", started_at="yesterday",
                                     effective_at=None)]}),
    "truncated": dump({"items": [JOB, JOB], "total_size": 2})[:300],
    "not-object": b'[{"items":[]}]',
    "duplicate-keys": b'{"items":[],"items":[' + dump(JOB) + b'],"total_size":1,"total_size":null}',
    "empty": b"",
    "whitespace": b" \r\n\t ",
    "bom": b"\xef\xbb\xbf" + dump({"items": [JOB], "total_size": 1}),
}

status_cases = {
    "status-ok": dump({"job": JOB, "progress_percentage": 30.0}),
    "status-nulls": dump({"job": None, "progress_percentage": None}),
    "status-huge-progress": b'{"job":' + dump(JOB) + b',"progress_percentage":1e308}',
    "status-overflow-progress": b'{"job":' + dump(JOB) + b',"progress_percentage":1e999}',
    "status-negative": dump({"job": job(total_items=-3), "progress_percentage": -12.5}),
    "status-truncated": dump({"job": JOB, "progress_percentage": 30.0})[:150],
    "cancel-ok": dump({"job_id": "bjb-1", "status": "cancelled", "processed_items": 4, "message": "Cancelled"}),
    "cancel-2pow53": dump({"job_id": "bjb-1", "status": "cancelled", "processed_items": 9007199254740993,
                           "message": "\u202e\u0000"}),
    "cancel-wrong-types": dump({"job_id": 1, "status": None, "processed_items": "4", "message": []}),
    "cancel-invalid-utf8": b'{"job_id":"\xc0\xaf","status":"cancelled","processed_items":1,"message":"\xed\xa0\x80"}',
}

ITEM = {"item_id": "it-1", "item_name": "report.pdf", "status": "completed",
        "effective_at": "2026-01-01T01:37:16.557123Z", "started_at": None, "completed_at": "2026-01-01T02:00:00Z",
        "job_id": "bjb-1", "job_record_id": None, "error_message": None, "skip_reason": None}

item_cases = {
    "items-ok": dump({"items": [ITEM], "total_size": 1}),
    "items-empty-object": b"{}",
    "items-null": dump({"items": None, "total_size": None}),
    "items-not-objects": dump({"items": [1, None, "x", [ITEM]], "total_size": 4}),
    "items-wrong-types": dump({"items": [dict(ITEM, item_id=None, status=3, started_at=5)], "total_size": "1"}),
    "items-1e300": b'{"items":[],"total_size":1e300}',
    "items-fraction": b'{"items":[],"total_size":-0.5}',
    "items-long-name": dump({"items": [dict(ITEM, item_name="\U0001F600" * 2500)]}),
    "items-deep": b'{"items":[' + b'{"a":' * 1500 + b"1" + b"}" * 1500 + b"]}",
    "items-truncated": dump({"items": [ITEM, ITEM]})[:200],
}

error_cases = {
    "detail-string": dump({"detail": "Job not found"}),
    "detail-422": dump({"detail": [
        {"loc": ["query", "limit"], "msg": "Input should be less than or equal to 1000", "type": "less_than_equal"},
        {"loc": ["body", 0, "name"], "msg": "Field required", "type": "missing"}]}),
    "detail-422-hostile": dump({"detail": [
        {"loc": ["query", 9007199254740993, 1e300, None, {"x": 1}, "a\nb"], "msg": None},
        {"loc": "query.limit", "msg": 5}, 7, None, [], {"msg": "line1\nline2\u2028line3"}]}),
    "detail-object": dump({"detail": {"code": "x", "nested": [1, 2, {"deep": True}]}}),
    "detail-null-message": dump({"detail": None, "message": "Rate limited\r\n\tslow down"}),
    "detail-long": dump({"detail": "\u00fc" * 5000}),
    "html": b"<html><body><h1>502 Bad Gateway</h1></body></html>",
    "plain-text": b"upstream connect error or disconnect/reset before headers.\r\nreset reason: overflow",
    "invalid-utf8": b'{"detail":"\xff\xfe\xfd"}',
    "invalid-utf8-text": b"\xff\xfe\xfd bad gateway \xc3",
    "truncated": dump({"detail": [{"loc": ["query", "limit"], "msg": "Input"}]})[:40],
    "deep": b'{"detail":' + b"[" * 3000 + b"]" * 3000 + b"}",
    "empty": b"",
}

SEP_ROW, SEP_CELL = "\u001e", "\u001f"


def csv_seed(flags, rows):
    return bytes([flags]) + SEP_ROW.join(SEP_CELL.join(row) for row in rows).encode("utf-8", "surrogatepass")


csv_cases = {
    "plain": csv_seed(0, [["id", "status", "total"], ["bjb-1", "running", "10"]]),
    "quotes-commas-newlines": csv_seed(0, [['say "hi"', "a,b", "line1\r\nline2", "cr\ronly", "lf\nonly"], ["", ""]]),
    "bom": csv_seed(1, [["\ufeffstarts with a BOM", "é ü ß 日本 \U0001F600"]]),
    "formula-guard": csv_seed(2 | (0b000101 << 2), [["=1+2", "-3", "+4", "@SUM(A1)", "\tx", "\r\nx"], ["-5", "=A1"]]),
    "empty-cells": csv_seed(3, [[""], ["", "", ""], ["x"]]),
    "invalid-utf8": bytes([0]) + b"\xff\xfe\x1fa\xc3\x1e\xed\xa0\x80\x1f\"\"\"",
    "nul-and-controls": csv_seed(0, [["\u0000", "\u0001\u007f", "\u2028\u2029"]]),
    "long-cell": csv_seed(0, [["x" * 8000 + '"' * 100]]),
}

targets = {
    "fuzz_jobpage": page_cases,
    "fuzz_jobstatus": status_cases,
    "fuzz_itempage": item_cases,
    "fuzz_apierror": error_cases,
    "fuzz_csv": csv_cases,
}
# A job on its own reaches Job::fromJson through fuzz_jobpage; a job is also a status's job.
page_cases["single-job"] = dump(JOB)
page_cases["single-job-minimal"] = dump({k: JOB[k] for k in ("id", "project_id", "job_type", "status", "total_items")})

for target, cases in targets.items():
    folder = corpus / target
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("hostile-*"):
        old.unlink()
    for name, data in cases.items():
        (folder / f"hostile-{name}").write_bytes(data)
