#!/usr/bin/env python3
"""Publish → visible: creates, publishes and shares an article through the API, then polls the
joint front page until its title appears. Prints the median and worst time over N rounds."""
import http.client, json, statistics, sys, time

host, port, token, organization, rounds = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4], int(sys.argv[5])
headers = {"Authorization": "Bearer " + token, "Content-Type": "application/json"}

def call(method, path, body=None):
    connection = http.client.HTTPConnection(host, port, timeout=10)
    connection.request(method, path, body=None if body is None else json.dumps(body), headers=headers)
    response = connection.getresponse()
    data = response.read()
    connection.close()
    return response.status, data

times = []
for n in range(rounds):
    title = "Bench publish %d %d" % (n, time.time_ns())
    status, data = call("POST", "/api/v1/articles", {"organization": organization, "language": "az",
        "title": title, "short_story": "<p>Benchmark article.</p>"})
    assert status == 201, data
    article = json.loads(data)["id"]
    call("POST", "/api/v1/articles/%d/share" % article, {"front_page": True, "organizations": []})
    started = time.perf_counter()
    status, data = call("POST", "/api/v1/articles/%d/publish" % article)
    assert status == 200, data
    while True:
        status, page = call("GET", "/az/")
        if title.encode() in page:
            break
        if time.perf_counter() - started > 5:
            raise SystemExit("not visible after 5 s")
    times.append((time.perf_counter() - started) * 1000)
print("PUBLISH median_ms=%.1f max_ms=%.1f rounds=%d" % (statistics.median(times), max(times), len(times)))
