import VigieCore

/// The alarm queue and its handling.
extension APIOperations {
    static let alarms: [OpenAPIOperation] = [
        OpenAPIOperation(
            method: .get, path: "/api/v1/alarms", operationID: "listAlarms", summary: "The alarm queue",
            description: "Open alarms by default, highest priority first, then oldest.", tag: "Alarms", access: .session(.operator),
            parameters: [
                .query("scope", "open (the queue), closed, or all.", .strings(AlarmQuery.Scope.allCases.map(\.rawValue))),
                .query("siteID", "Alarms of this site.", .uuid),
                .query(
                    "order",
                    "priority (the queue's order), or id: an order that does not move while alarms open and close, to read every page "
                        + "with `after`.", .strings(AlarmQuery.Order.allCases.map(\.rawValue))),
                .query(
                    "after", "The alarms after this one (the last of the previous page) in the identifiers' order, whatever `order` says.",
                    .uuid),
                .offset("How many alarms to skip."),
                .query("limit", "How many alarms to return.", .integer(1...AlarmQuery.maximumLimit)),
            ],
            response: .ok(APISchemas.pageName(of: "Alarm"))),
        OpenAPIOperation(
            method: .get, path: "/api/v1/alarms/{id}", operationID: "getAlarm", summary: "Read one alarm", description: "An alarm and its lifecycle.",
            tag: "Alarms", access: .session(.operator), parameters: [.id(of: "alarm")], response: .ok("Alarm")),
        OpenAPIOperation(
            method: .get, path: "/api/v1/alarms/{id}/context", operationID: "getAlarmContext", summary: "An alarm with its site",
            description:
                "The alarm, its site, zones, contacts in call order (without code words), temporary instructions in force and the site's recent alarms.",
            tag: "Alarms", access: .session(.operator), parameters: [.id(of: "alarm")], response: .ok("AlarmContext")),
        action("take", "Take an alarm", "Locks the alarm for the caller; 409 if another operator holds it.", body: nil),
        action("release", "Release an alarm", "Puts the alarm back in the queue (its holder or a supervisor).", body: nil),
        action("transfer", "Transfer an alarm", "Hands the alarm to another operator (its holder or a supervisor).", body: "AlarmTransfer"),
        action(
            "park", "Park an alarm awaiting restore with someone on site",
            "Its holder releases it in awaitingRestore with who stays on site (mesure conservatoire); it comes back to the queue when "
                + "the restore arrives, the guard leaves or the reminder falls due.",
            body: "AlarmParking"),
        action(
            "close", "Close an alarm", "Closes with a closure code (and a comment when the code requires one); 409 while required steps are pending.",
            body: "AlarmClosure"),
        OpenAPIOperation(
            method: .post, path: "/api/v1/alarms/{id}/steps/{index}", operationID: "recordAlarmStep", summary: "Record a procedure step",
            description: """
                Records the outcome of step `index` (0-based) of the alarm's procedure, or skips it with a reason. Only the \
                operator holding the alarm may. A dispatch or public-service step moves the alarm to `dispatched`, a \
                wait-for-restore step to `awaitingRestore`; a `duress` code word switches the alarm to the hold-up procedure.
                """,
            tag: "Alarms", access: .session(.operator),
            parameters: [
                .id(of: "alarm"),
                OpenAPIParameter(name: "index", location: .path, description: "The step's position, from 0.", schema: .integer(0...Int(Int32.max))),
            ],
            requestSchema: "StepRequest", response: .ok("Alarm"), specificErrors: [.conflict, .unprocessableContent]),
    ]

    private static func action(_ name: String, _ summary: String, _ description: String, body: String?) -> OpenAPIOperation {
        OpenAPIOperation(
            method: .post, path: "/api/v1/alarms/{id}/\(name)", operationID: "\(name)Alarm", summary: summary, description: description,
            tag: "Alarms", access: .session(.operator), parameters: [.id(of: "alarm")], requestSchema: body, response: .ok("Alarm"),
            specificErrors: body == nil ? [.conflict] : [.conflict, .unprocessableContent])
    }
}

/// The live feed.
extension APIOperations {
    static let live: [OpenAPIOperation] = [
        OpenAPIOperation(
            method: .get, path: "/api/v1/stream", operationID: "liveStream", summary: "Live feed (server-sent events)",
            description: """
                `text/event-stream`: one event per logbook entry (`id` = its sequence, `event` = its kind, `data` = \
                `{"entry": LogbookEntry, "alarm": Alarm?}`), then live entries as they are written, with a keep-alive comment \
                every 15 s. Reconnect with `Last-Event-ID` (or `since`) to receive every entry missed; `once=true` sends what \
                is there and closes.
                """,
            tag: "Alarms", access: .session(.operator),
            parameters: [
                .query("since", "Send the entries after this sequence number (default: from now on).", .integer(0...Int.max, format: "int64")),
                .query("once", "`true`: send the backlog and close.", .strings(["true", "false"])),
            ],
            response: OpenAPIResponse(status: 200, description: "An event stream", schema: nil, contentType: "text/event-stream"))
    ]
}
