import VigieCore

/// The signal history and the receivers' status.
extension APIOperations {
    static let signals: [OpenAPIOperation] = [
        OpenAPIOperation(
            method: .get, path: "/api/v1/signals", operationID: "listSignals", summary: "Search received signals",
            description: "Every frame the receivers got, decoded or refused (with its raw bytes and reason), newest first.",
            tag: "Signals", access: .session(.operator),
            parameters: [
                .query("siteID", "Signals of this site.", .uuid),
                .query("transmitterID", "Signals of this transmitter.", .uuid),
                .query("account", "Signals of this account, as sent by the panel."),
                .query("from", "Signals received at or after this time (ISO 8601).", .dateTime),
                .query("until", "Signals received before this time (ISO 8601).", .dateTime),
                .query("errors", "`true` for refused frames only.", .strings(["true", "false"])),
                .offset("How many signals to skip."),
                .query("limit", "How many signals to return.", .integer(1...ListQuery.maximumLimit)),
            ],
            response: .ok(APISchemas.pageName(of: "Signal"))),
        OpenAPIOperation(
            method: .get, path: "/api/v1/signals/{id}", operationID: "getSignal", summary: "Read one signal",
            description: "A signal by its number in the station's history.", tag: "Signals", access: .session(.operator),
            parameters: [
                OpenAPIParameter(name: "id", location: .path, description: "The signal's number.", schema: .integer(1...Int.max, format: "int64"))
            ],
            response: .ok("Signal")),
        OpenAPIOperation(
            method: .get, path: "/api/v1/receivers", operationID: "listReceivers", summary: "Receivers' status",
            description: "Each receiver: listening or not, open connections, frames, last frame time.", tag: "Signals",
            access: .session(.operator), response: .ok("ReceiverStatusList")),
        OpenAPIOperation(
            method: .get, path: "/api/v1/demo/traffic", operationID: "demoTraffic", summary: "Demo traffic state",
            description: "Whether the demo's simulated panels send their events (`vigie demo` only; 404 on a real station).",
            tag: "Signals", access: .session(.operator), response: .ok("DemoTraffic"), specificErrors: [.notFound]),
        OpenAPIOperation(
            method: .put, path: "/api/v1/demo/traffic", operationID: "switchDemoTraffic", summary: "Pause or resume the demo traffic",
            description: "Paused panels keep polling and opening and closing at their sites' hours, and send no other event; logged.",
            tag: "Signals", access: .session(.operator), requestSchema: "DemoTraffic", response: .ok("DemoTraffic"),
            specificErrors: [.notFound, .unprocessableContent]),
    ]
}
