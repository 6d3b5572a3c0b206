"""Fixtures for the end-to-end tests."""
import pytest

from station import RunningStation


@pytest.fixture
def demo(tmp_path):
    station = RunningStation("demo", str(tmp_path / "demo"))
    yield station
    if station.process.poll() is None:
        station.stop()
