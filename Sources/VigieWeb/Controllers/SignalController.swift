import Foundation
import Hummingbird
import VigieCore

/// The signal history and the receivers' status, for operators and supervisors.
struct SignalController {
    let store: any Store
    let receivers: @Sendable () -> [ReceiverStatus]

    func addRoutes(to group: RouterGroup<AppRequestContext>) {
        group.get("signals") { request, _ in
            let query = SignalQuery(
                siteID: try request.uuidQuery("siteID"), transmitterID: try request.uuidQuery("transmitterID"),
                account: request.stringQuery("account"), from: try request.dateQuery("from"), until: try request.dateQuery("until"),
                errorsOnly: try request.boolQuery("errors"),
                offset: try request.intQuery("offset", default: 0, range: 0...Int(Int32.max)),
                limit: try request.intQuery("limit", default: 100, range: 1...ListQuery.maximumLimit))
            return try Response.json(PageResponse(try await store.signals(query: query).map(SignalResponse.init)))
        }
        group.get("signals/:id") { request, context in
            guard let text = context.parameters.get("id"), let id = Int64(text), let signal = try await store.signal(id: id) else {
                throw APIError.notFound("signal")
            }
            return try Response.json(SignalResponse(signal))
        }
        group.get("receivers") { _, _ in
            try Response.json(receivers())
        }
    }
}

/// A stored signal as the API shows it: its id beside its fields.
struct SignalResponse: Encodable, Sendable {
    var stored: StoredSignal

    init(_ stored: StoredSignal) {
        self.stored = stored
    }

    private enum Keys: String, CodingKey { case id }

    func encode(to encoder: any Encoder) throws {
        // A DC-09 `[V]` address may carry the device's credentials: the station fetches it, no browser ever sees it.
        var signal = stored.signal
        signal.verificationURL = nil
        try signal.encode(to: encoder)
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(stored.id, forKey: .id)
    }
}
