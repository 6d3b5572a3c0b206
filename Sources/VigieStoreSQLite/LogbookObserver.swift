import GRDB
import VigieCore

/// Wakes live consoles after each commit that appended to the logbook.
///
/// GRDB calls it on the writer's queue inside the commit: it only sets a flag and, after the commit, yields to
/// the ``LiveHub`` (which never blocks), so the writer pays nothing for the consoles.
final class LogbookObserver: TransactionObserver {
    private let hub: LiveHub
    private var appended = false

    init(hub: LiveHub) {
        self.hub = hub
    }

    func observes(eventsOfKind eventKind: DatabaseEventKind) -> Bool {
        eventKind.tableName == "logbook"
    }

    func databaseDidChange(with event: DatabaseEvent) {
        appended = true
    }

    func databaseDidCommit(_ db: Database) {
        if appended { hub.notify() }
        appended = false
    }

    func databaseDidRollback(_ db: Database) {
        appended = false
    }
}
