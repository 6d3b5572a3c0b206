import Foundation
import PostgresNIO
import VigieCore

extension PostgresStore {
    /// Listens on the store's channel on a connection of its own, and wakes ``changes`` for every commit that
    /// grew the logbook on any node. Reconnects after a failure; wakes the consoles after each (re)connection,
    /// since notifications sent while it was away are lost (consoles re-read the logbook from where they were).
    func listenForChanges() async {
        while !Task.isCancelled {
            do {
                try await client.withConnection { connection in
                    try await connection.listen(on: settings.channel) { notifications in
                        changes.notify()
                        for try await _ in notifications { changes.notify() }
                    }
                }
            } catch let error as PSQLError where error.code == .clientClosedConnection {
                // The pool closes its connections when the store stops.
                return
            } catch  where !Task.isCancelled {
                logger.warning("change listener lost its connection; reconnecting", metadata: ["error": "\(String(reflecting: error))"])
                try? await Task.sleep(for: .seconds(1))
            } catch {
                return
            }
        }
    }
}
