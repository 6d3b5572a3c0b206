"""The README's promise: `vigie demo` serves a French demo station where every role can sign in."""
import json
import os
import re
import signal
import sqlite3
import time

from station import RunningStation, vigie


def logins(banner: str) -> dict:
    """Role → (username, password), read from the banner the demo prints."""
    found = {}
    for role, username, password in re.findall(r"^\s+(operator|supervisor|admin)\s+(\S+)\s+(\S+)", banner, re.MULTILINE):
        found.setdefault(role, (username, password))
    return found


def test_demo_station_serves_sites_to_every_role(demo):
    output = demo.stop()
    # Restart on the same data: the demo is reused, not re-created, and the banner still lists the logins.
    station = RunningStation("demo", demo.data)
    try:
        accounts = logins(output)
        assert set(accounts) == {"operator", "supervisor", "admin"}, output
        for role, (username, password) in accounts.items():
            session = station.sign_in(username, password)
            me = session.get(station.url + "/api/v1/session", timeout=10).json()
            assert me["user"]["role"] == role
            sites = session.get(station.url + "/api/v1/sites?limit=100", timeout=10).json()
            assert sites["total"] >= 25
            names = [site["name"] for site in sites["items"]]
            assert any("Pharmacie du Centre" in name for name in names)
            users = session.get(station.url + "/api/v1/users", timeout=10)
            assert users.status_code == (200 if role == "admin" else 403)
        page = station.sign_in(*accounts["operator"]).get(station.url + "/", timeout=10)
        assert page.status_code == 200 and "Vigie" in page.text
        assert "reopened from" in station.stop()
    finally:
        if station.process.poll() is None:
            station.stop()
    verified = vigie("logbook", "verify", "--data", demo.data)
    assert verified.returncode == 0, verified.stdout + verified.stderr
    assert "logbook intact" in verified.stdout
    # SIGTERM is a graceful shutdown: the station records its own stop as the last word.
    database = sqlite3.connect(f"{demo.data}/vigie.sqlite")
    last = database.execute("SELECT kind FROM logbook ORDER BY seq DESC LIMIT 1").fetchone()[0]
    database.close()
    assert last == "station.stopped"


def test_demo_traffic_starts_paused_and_sigusr1_plays_it(tmp_path):
    """`--traffic paused`: the panels only poll (and open and close at their sites' hours), so nothing raises
    an alarm; SIGUSR1 plays the traffic, a second one pauses it again, and the log says so each time."""
    station = RunningStation("demo", str(tmp_path / "demo"), extra=("--traffic", "paused"))
    try:
        time.sleep(20)  # 32 panels at a signal a minute, staggered: about ten have spoken
        database = sqlite3.connect(f"{station.data}/vigie.sqlite")
        panels = database.execute("SELECT events FROM signal WHERE transport != 'station'").fetchall()
        alarms = database.execute("SELECT COUNT(*) FROM alarm").fetchone()[0]
        database.close()
        assert len(panels) >= 5
        categories = {event["category"] for (events,) in panels for event in json.loads(events)}
        assert categories <= {"opening", "closing"}, categories
        assert alarms == 0
        for _ in range(2):
            station.process.send_signal(signal.SIGUSR1)
            time.sleep(1)
        assert station.process.poll() is None
    finally:
        output = station.stop()
    assert f"Demo traffic paused: kill -USR1 {station.process.pid} plays it." in output
    assert 0 <= output.index("demo traffic resumed") < output.index("demo traffic paused:"), output


def test_user_add_migrate_and_a_tampered_logbook(tmp_path):
    data = str(tmp_path / "station")
    migrated = vigie("migrate", "--data", data)
    assert migrated.returncode == 0, migrated.stderr
    assert "applied: v1-configuration-users-logbook" in migrated.stdout
    created = vigie("user", "add", "claire", "--role", "supervisor", "--data", data, input="un-mot-de-passe-solide\n")
    assert created.returncode == 0, created.stderr
    refused = vigie("user", "add", "claire", "--role", "admin", "--data", data, input="un-mot-de-passe-solide\n")
    assert refused.returncode != 0
    bad_role = vigie("user", "add", "paul", "--role", "chef", "--data", data)
    assert bad_role.returncode != 0 and "role" in bad_role.stderr
    assert vigie("logbook", "verify", "--data", data).returncode == 0

    database = sqlite3.connect(f"{data}/vigie.sqlite")
    database.execute("DROP TRIGGER logbook_append_only_update")
    database.execute("UPDATE logbook SET summary = 'rien' WHERE seq = 1")
    database.commit()
    database.close()
    broken = vigie("logbook", "verify", "--data", data)
    assert broken.returncode == 1
    assert "BROKEN at entry 1" in broken.stdout


def test_serve_reads_flags_environment_and_file(tmp_path):
    config = tmp_path / "vigie.json"
    config.write_text(json.dumps({"log": {"level": "warning"}, "sessions": {"idleMinutes": 5}}))
    bad = vigie("serve", "--data", str(tmp_path / "x"), "--log-level", "loud")
    assert bad.returncode != 0 and "log.level" in bad.stderr
    env = dict(os.environ, VIGIE_CONFIG=str(config), VIGIE_HTTP_PORT="1")
    wrong_port = vigie("serve", "--data", str(tmp_path / "x"), "--http-port", "70000", env=env)
    assert wrong_port.returncode != 0 and "http.port" in wrong_port.stderr
    alarms = tmp_path / "alarms.json"
    alarms.write_text(json.dumps({"alarms": {"deadManWarningSeconds": 300, "deadManReleaseSeconds": 200}}))
    clocks = vigie("serve", "--data", str(tmp_path / "x"), "--config", str(alarms))
    assert clocks.returncode != 0 and "alarms.deadManReleaseSeconds" in clocks.stderr
    station = RunningStation("serve", str(tmp_path / "served"), extra=("--config", str(config)))
    try:
        assert station.process.poll() is None
    finally:
        station.stop()


def test_deleting_the_newest_logbook_entries_fails_verify(tmp_path):
    """The chain holds when its newest entries are cut off; the anchor the station writes beside the database
    (every minute and at shutdown) does not."""
    data = str(tmp_path / "station")
    station = RunningStation("serve", data, extra=("--log-level", "warning"))
    station.stop()
    anchor = json.loads(open(f"{data}/logbook-anchor.json").read())
    intact = vigie("logbook", "verify", "--data", data)
    assert intact.returncode == 0, intact.stdout + intact.stderr
    assert f"matches the anchor" in intact.stdout and f"(entry {anchor['sequence']})" in intact.stdout

    database = sqlite3.connect(f"{data}/vigie.sqlite")
    (newest,) = database.execute("SELECT max(seq) FROM logbook").fetchone()
    assert newest == anchor["sequence"]  # "station stopped" is the last entry, and it is anchored
    database.execute("DROP TRIGGER logbook_append_only_delete")
    database.execute("DELETE FROM logbook WHERE seq >= ?", (newest - 1,))
    database.commit()
    database.close()
    cut = vigie("logbook", "verify", "--data", data)
    assert cut.returncode == 1, cut.stdout
    assert f"BROKEN at entry {newest - 1}" in cut.stdout and "newest entries were deleted" in cut.stdout

    # The station started on the cut logbook says so, and does not move the anchor back over the evidence.
    station = RunningStation("serve", data, extra=("--log-level", "warning"))
    output = station.stop()
    assert "contradicts its anchor" in output and "newest entries were deleted" in output
    assert json.loads(open(f"{data}/logbook-anchor.json").read())["sequence"] == anchor["sequence"]
