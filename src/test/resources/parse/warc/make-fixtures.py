#!/usr/bin/env python3
"""Writes the WARC and ARC fixtures of the parse tests. Run from this folder: python3 make-fixtures.py"""

PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Ferry strike | Harbour Gazette</title>
<meta property="og:site_name" content="Harbour Gazette"><meta name="author" content="Mara Lindqvist"></head>
<body><nav><a href="/">Home</a></nav><article><h1>Harbour ferry crews walk out over night-shift rota</h1>
<p>Crews on the Northpoint ferry stopped work at dawn on Tuesday, leaving about 2,000 commuters to find
other ways across the estuary.</p>
<p>The union says a new night-shift rota was imposed without consultation; the operator,
Estuary Lines, says talks will resume on Thursday.</p></article></body></html>
""".encode()

TARGET = "https://harbourgazette.example/news/ferry-strike"
DATE = "2024-03-05T09:30:00Z"


def http_response(content_type, body, status="200 OK"):
    head = f"HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nContent-Length: {len(body)}\r\n\r\n"
    return head.encode() + body


def warc_record(kind, block, target=None, content_type=None, number=1):
    headers = [
        "WARC/1.0",
        f"WARC-Type: {kind}",
        f"WARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-{number:012d}>",
        f"WARC-Date: {DATE}",
    ]
    if target:
        headers.append(f"WARC-Target-URI: {target}")
    headers.append(f"Content-Type: {content_type}")
    headers.append(f"Content-Length: {len(block)}")
    return ("\r\n".join(headers) + "\r\n\r\n").encode() + block + b"\r\n\r\n"


def write_warc():
    records = [
        warc_record("warcinfo", b"software: made by hand for Lede's tests\r\n", content_type="application/warc-fields", number=1),
        warc_record("request", f"GET /news/ferry-strike HTTP/1.1\r\nHost: harbourgazette.example\r\n\r\n".encode(),
                    TARGET, "application/http;msgtype=request", 2),
        warc_record("response", http_response("text/html; charset=utf-8", PAGE), TARGET,
                    "application/http;msgtype=response", 3),
        warc_record("response", http_response("image/png", b"\x89PNG\r\n\x1a\n"), "https://harbourgazette.example/logo.png",
                    "application/http;msgtype=response", 4),
        warc_record("response", http_response("text/html", b"<p>Moved</p>", "301 Moved Permanently"),
                    "http://harbourgazette.example/old", "application/http;msgtype=response", 5),
    ]
    data = b"".join(records)
    with open("../contract/article.warc", "wb") as out:
        out.write(data)
    with open("truncated.warc", "wb") as out:
        out.write(data[: len(records[0]) + len(records[1]) + 200])


def write_arc():
    payload = http_response("text/html", PAGE)
    version = b"1 0 Lede tests\nURL IP-address Archive-date Content-type Archive-length\n"
    first = f"filedesc://article.arc 0.0.0.0 20240305093000 text/plain {len(version)}\n".encode() + version + b"\n"
    second = f"{TARGET} 192.0.2.1 20240305093000 text/html {len(payload)}\n".encode() + payload + b"\n"
    with open("../contract/article.arc", "wb") as out:
        out.write(first + second)


write_warc()
write_arc()
