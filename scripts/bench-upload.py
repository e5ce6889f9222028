"""Uploads a registry file on the imports page as a signed-in user, waits for the import to
finish, and prints the server's peak and resident memory before, at the peak and after.

Usage: bench-upload.py BASE_URL SERVER_PID KIND FILE USERNAME PASSWORD
Only the standard library: scripts/bench runs it beside a `pamoja serve` on loopback.
"""
import http.cookiejar
import re
import sys
import time
import urllib.parse
import urllib.request
import uuid

base, pid, kind, path, username, password = sys.argv[1:7]
jar = http.cookiejar.CookieJar()
web = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))


def memory():
    """(peak, resident) of the server in MiB, from /proc."""
    status = open(f"/proc/{pid}/status").read()
    kib = lambda key: int(re.search(rf"^{key}:\s+(\d+) kB", status, re.M).group(1))
    return kib("VmHWM") / 1024, kib("VmRSS") / 1024


def csrf(page):
    html = web.open(base + page).read().decode()
    return re.search(r'name="csrf" value="([^"]+)"', html).group(1)


form = urllib.parse.urlencode({"username": username, "password": password, "csrf": csrf("/sign-in")}).encode()
web.open(urllib.request.Request(base + "/sign-in", data=form))
token = csrf("/imports")
before = memory()
boundary = uuid.uuid4().hex
name = path.rsplit("/", 1)[-1]
head = "".join(
    f'--{boundary}\r\nContent-Disposition: form-data; name="{k}"\r\n\r\n{v}\r\n' for k, v in (("csrf", token), ("kind", kind))
)
head += f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="{name}"\r\nContent-Type: text/csv\r\n\r\n'
body = head.encode() + open(path, "rb").read() + f"\r\n--{boundary}--\r\n".encode()
request = urllib.request.Request(base + "/imports", data=body, headers={"Content-Type": f"multipart/form-data; boundary={boundary}"})
started = time.monotonic()
answer = web.open(request)
progress = answer.geturl()
while True:
    html = web.open(progress).read().decode()
    if 'http-equiv="refresh"' not in html:
        break
    time.sleep(0.5)
seconds = time.monotonic() - started
# The import's report: what was written, or the problems.
status = re.search(r'<p role="(?:alert|status)"><strong>(.*?)</strong></p>', html, re.S)
time.sleep(2)
peak, after = memory()
size = len(body) / 1e6
print(f"upload {size:.1f} MB in {seconds:.1f} s: {status.group(1).strip() if status else 'no status shown'}")
print(f"server memory: {before[1]:.0f} MiB before, peak {peak:.0f} MiB ({(peak - before[1]) * 1.048576 / size:.1f}x the file above it), {after:.0f} MiB after")
