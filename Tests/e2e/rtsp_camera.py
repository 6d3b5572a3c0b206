"""The fake RTSP camera (Tests/Fixtures/rtsp/fake_rtsp_camera.py) as a context manager for the Python tests: it runs
under Debian's own Python, which has GStreamer's bindings, and yields its stream's address."""
import contextlib
import subprocess
from pathlib import Path

SCRIPT = Path(__file__).parent.parent / "Fixtures" / "rtsp" / "fake_rtsp_camera.py"


@contextlib.contextmanager
def rtsp_camera(hang=False):
    process = subprocess.Popen(["/usr/bin/python3", str(SCRIPT), "--port", "0", *(["--hang"] if hang else [])],
                               stdout=subprocess.PIPE, text=True)
    try:
        line = process.stdout.readline()
        assert line.startswith("ready "), f"the fake RTSP camera did not start: {line!r}"
        yield line.split()[1]
    finally:
        process.terminate()
        process.wait(timeout=10)
