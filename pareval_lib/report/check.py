"""The rendering check: open an HTML page in headless Chromium and see that every image decodes.

:func:`check_rendering` loads a copy of the page with a small probe script; after the load event
the probe writes each image's natural size into the DOM, which Chromium dumps. The result
(:class:`RenderCheck`) says which images did not decode and which are not embedded.
:func:`find_chromium` says whether a Chromium (or Chrome) is installed at all.
"""

from __future__ import annotations

import html
import json
import os
import re
import shutil
import signal
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")

CHROMIUM_FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync",
                  "--hide-scrollbars", "--mute-audio")

_PROBE_ID = "pareval-render-check"

_PROBE = f"""<script>
window.addEventListener('load', function () {{
  var found = Array.prototype.map.call(document.images, function (img) {{
    return {{src: img.src.slice(0, 40), data: img.src.indexOf('data:') === 0, complete: img.complete,
            width: img.naturalWidth, height: img.naturalHeight}};
  }});
  var out = document.createElement('pre');
  out.id = '{_PROBE_ID}';
  out.textContent = JSON.stringify(found);
  document.body.appendChild(out);
}});
</script>"""


@dataclass
class RenderCheck:
    """What headless Chromium saw: every <img>, whether it is embedded and decoded."""

    images: list[dict[str, Any]] = field(default_factory=list)

    @property
    def broken(self) -> list[dict[str, Any]]:
        """Images that did not decode (natural size 0)."""
        return [image for image in self.images if not (image["width"] > 0 and image["height"] > 0)]

    @property
    def external(self) -> list[dict[str, Any]]:
        """Images not embedded as data: URIs (the report would not be self-contained)."""
        return [image for image in self.images if not image["data"]]

    @property
    def ok(self) -> bool:
        return bool(self.images) and not self.broken and not self.external

    def summary(self) -> str:
        state = "ok" if self.ok else "FAILED"
        return (f"{state}: {len(self.images)} images, {len(self.images) - len(self.broken)} decoded, "
                f"{len(self.images) - len(self.external)} embedded")


def find_chromium() -> str | None:
    """Path of a Chromium (or Chrome) binary, or None."""
    for name in CHROMIUM_NAMES:
        found = shutil.which(name)
        if found:
            return found
    return None


def _run_chromium(arguments: list[str], timeout_s: float) -> str:
    binary = find_chromium()
    if binary is None:
        raise FileNotFoundError("no chromium found; install it (Debian: apt-get install chromium)")
    with tempfile.TemporaryDirectory(prefix="pareval-chromium-") as profile:
        command = [binary, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *arguments]
        process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                   start_new_session=True)
        try:
            stdout, _ = process.communicate(timeout=timeout_s)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.communicate()
            raise TimeoutError(f"chromium did not finish within {timeout_s:.0f} s") from None
    return stdout


def check_rendering(html_path: str | Path, screenshot: str | Path | None = None, timeout_s: float = 180.0) -> RenderCheck:
    """Load ``html_path`` in headless Chromium and report every image's embedding and decoded size.

    A copy of the page with a small probe script is loaded with ``--dump-dom``; after the load
    event the probe writes each image's natural size into the DOM. ``screenshot``: also save a
    1400x4000 PNG of the top of the page there.
    """
    html_path = Path(html_path).resolve()
    page = html_path.read_text(encoding="utf-8")
    probe_page = page.replace("</body>", _PROBE + "</body>") if "</body>" in page else page + _PROBE
    with tempfile.TemporaryDirectory(prefix="pareval-render-") as folder:
        probe_path = Path(folder) / "probe.html"
        probe_path.write_text(probe_page, encoding="utf-8")
        dom = _run_chromium(["--virtual-time-budget=20000", "--dump-dom", probe_path.as_uri()], timeout_s)
    match = re.search(rf'<pre id="{_PROBE_ID}">(.*?)</pre>', dom, flags=re.S)
    if not match:
        raise RuntimeError(f"chromium loaded {html_path} but the probe did not report (DOM of {len(dom)} characters)")
    check = RenderCheck(json.loads(html.unescape(match.group(1))))
    if screenshot is not None:
        _run_chromium([f"--screenshot={Path(screenshot).resolve()}", "--window-size=1400,4000", html_path.as_uri()],
                      timeout_s)
    return check

