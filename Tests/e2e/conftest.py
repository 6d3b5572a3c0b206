"""Fixtures for the end-to-end tests."""
import pytest

from station import RunningStation, served_with_admin


@pytest.fixture
def demo(tmp_path):
    station = RunningStation("demo", str(tmp_path / "demo"))
    yield station
    if station.process.poll() is None:
        station.stop()


@pytest.fixture
def served(tmp_path):
    """`vigie serve` on a fresh data directory, its administrator signed in as `served.admin`."""
    station = served_with_admin(tmp_path)
    yield station
    if station.process.poll() is None:
        station.stop()
