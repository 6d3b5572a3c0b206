"""A simulated alarm panel: plays DC-09 messages to the station's receiver with `vigie simulate --scenario`."""
import json
import tempfile

from station import vigie

PHARMACY = {"account": "4F21", "key": "3A7F21C94E0B5D68A1F2C3D4E5F60718"}


def send(station, account, key, *blocks, token=None):
    """Sends each data block of `account` (SIA `Nri1/BA003`, or Contact ID `1102 01 012` with `token="ADM-CID"`),
    encrypted with `key` when given, and waits for the ACKs."""
    entries = [
        {"at": index * 0.2, "account": account, "data": f"#{account}|{block}", **({"key": key} if key else {}), **({"token": token} if token else {})}
        for index, block in enumerate(blocks)
    ]
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as scenario:
        json.dump(entries, scenario)
    result = vigie("simulate", "--target", f"127.0.0.1:{station.receiver_port}", "--scenario", scenario.name, "--json")
    assert result.returncode == 0, result.stdout + result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["acked"] == len(blocks), report
    return report
