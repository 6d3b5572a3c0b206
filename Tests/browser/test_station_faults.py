"""Story 8, played in French: the station's own faults are one alarm each at the station's site, above every
client's, each with its own procedure, and the top bar says which receiver stopped. The UPS on battery comes
from the station's own panel, the dead-man box's missed check-in from its DATI box (Contact ID 102), the
stopped hardware receiver and the low disk from the station monitor."""
import socket
import threading

from panel import send


class HardwareReceiver:
    """A Sur-Gard receiver's automation port that accepts the station's connection and says nothing (a quiet
    night), until the test pulls its plug."""

    def __init__(self):
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.connections = []
        threading.Thread(target=self.accept, daemon=True).start()

    def accept(self):
        while True:
            try:
                self.connections.append(self.listener.accept()[0])
            except OSError:
                return

    def unplug(self):
        self.listener.close()
        for connection in self.connections:
            connection.close()


RECEIVER = HardwareReceiver()
# The hardware receiver, and a disk that is always "too full" for the monitor.
STATION_CONFIG = {"surgard": {"host": "127.0.0.1", "port": RECEIVER.port}, "disk": {"minimumFreeMegabytes": 100_000_000}}
STATION_PANEL = {"account": "57A1", "key": "8E4A0C6F2B9D5E1A7C3F0B8D4E2A6C9F1D7B3E5A0C8F4B2D6E9A1C7F3B5D0E8A"}
DEAD_MAN = {"account": "57A2", "key": "4D8B2F6A0E3C7B1D5F9A2E6C0B4D8F3A"}
STATION = "Station centrale Vigie"


def test_each_station_fault_is_its_own_alarm_with_its_own_procedure(station, open_console):
    karim = open_console("karim")
    karim.go("#/queue")
    karim.wait_for("#queue")
    send(station, "4F21", "3A7F21C94E0B5D68A1F2C3D4E5F60718", "Nri2/HA")  # a client's hold-up, for the ranking
    send(station, STATION_PANEL["account"], STATION_PANEL["key"], "Nri8/AT")
    send(station, DEAD_MAN["account"], DEAD_MAN["key"], "1102 01 012", token="ADM-CID")
    RECEIVER.unplug()
    # The monitor checks every 10 s: the receiver and the disk follow.
    karim.wait(lambda d: len(karim.find_all(f".qalarm[aria-label*=\"{STATION}\"]")) >= 4, timeout=60, message="four station alarms")
    # Rows are placed in a scrolled window (their DOM order is not the screen's): read them top to bottom.
    labels = [row.get_attribute("aria-label") for row in sorted(karim.find_all(".qalarm"), key=lambda row: row.rect["y"])]
    station_rows = [label for label in labels if STATION in label]
    assert any("Panne secteur" in label for label in station_rows), station_rows
    assert any("Défaut de signalement (PTI)" in label for label in station_rows), station_rows
    # The feed's report and the monitor's are one alarm.
    assert sum("surgard" in label for label in station_rows) == 1, station_rows
    assert any("volume des données" in label for label in station_rows), station_rows
    # Every station alarm ranks above the client's hold-up.
    hold_up = next(index for index, label in enumerate(labels) if "Pharmacie du Centre" in label)
    assert all(labels.index(label) < hold_up for label in station_rows), labels
    karim.wait_text("#receivers", "Récepteur arrêté : surgard")

    # The UPS's trouble names its zone, in alarm, although the panel sends AT without one.
    karim.select_in_queue("Panne secteur")
    karim.press("o")
    karim.wait_text(".zone-alarm", "onduleur")
    karim.go("#/queue")

    # The dead-man box's alarm follows the station's dead-man procedure.
    karim.select_in_queue("Défaut de signalement (PTI)")
    karim.press("o")
    karim.wait_text("#steps", "Appeler le poste de l'opérateur de nuit")
    assert "Travailleur isolé" in karim.text(".alarm-head")
