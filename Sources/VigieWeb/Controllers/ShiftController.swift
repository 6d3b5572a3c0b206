import Foundation
import Hummingbird
import VigieCore

/// Shift take-over (*prise de poste*) with its checklist, and hand-over (*fin de service*) with its report.
struct ShiftController {
    let store: any Store
    let receivers: @Sendable () -> [ReceiverStatus]
    let now: @Sendable () -> Date

    /// What the operator checks before taking over.
    struct Checklist: Encodable {
        var stationTime: Date
        var receivers: [ReceiverStatus]
        var openAlarms: Int
        var awaitingRestore: Int
        var activeInstructions: [TemporaryInstruction]
        var lastHandOver: LogbookEntry?
        var onShift: [String]
        /// The items the take-over must confirm.
        var items: [String]
        /// The take-over's note, kept with the checklist in the logbook entry's details (absent from the checklist).
        var note: String?
    }

    struct TakeOver: Decodable {
        var confirmed: [String]
        var note: String?
    }

    struct HandOver: Decodable {
        var notes: String
    }

    static let items = ["receivers", "clock", "openAlarms", "instructions", "lastNotes"]

    func addRoutes(to group: RouterGroup<AppRequestContext>) {
        group.get("shifts/takeover") { _, _ in try Response.json(try await checklist()) }
        group.post("shifts/takeover") { request, context in
            let signedIn = try context.require(.operator)
            let body = try await request.decodeJSON(TakeOver.self, context: context)
            let missing = Self.items.filter { !body.confirmed.contains($0) }
            guard missing.isEmpty else { throw ValidationError(field: "confirmed", .confirmEveryItem) }
            var checklist = try await checklist()
            checklist.note = body.note
            let entry = try await store.appendLogbook(
                LogbookDraft(
                    kind: LogbookKind.shiftTakenOver, author: signedIn.author,
                    summary:
                        "\(signedIn.user.displayName) takes over: \(checklist.openAlarms) open alarm(s), \(checklist.activeInstructions.count) temporary instruction(s)"
                        + (body.note.map { " — \($0)" } ?? ""),
                    details: checklist))
            return try Response.json(entry, status: .created)
        }
        group.post("shifts/handover") { request, context in
            let signedIn = try context.require(.operator)
            let body = try await request.decodeJSON(HandOver.self, context: context)
            let shifts = try await ShiftRoster.onShift(in: store)
            guard let from = shifts[signedIn.user.username] else {
                throw APIError(.conflict, code: "conflict", .notTakenOver)
            }
            let held = ShiftHandover.alarmsHeld(by: signedIn.user.id, among: try await store.openAlarms())
            guard held.isEmpty else {
                throw APIError(.conflict, code: "alarmsHeld", .alarmsHeld(held))
            }
            let report = try await report(of: signedIn.user.username, from: from, until: now(), handOverNotes: body.notes)
            try await store.appendLogbook(
                LogbookDraft(
                    kind: LogbookKind.shiftHandedOver, author: signedIn.author,
                    summary:
                        "\(signedIn.user.displayName) hands over: \(report.alarmsOpened) alarm(s) opened, \(report.alarmsClosed) closed — \(body.notes)",
                    details: report))
            return try Response.json(report, status: .created)
        }
    }

    private func checklist() async throws -> Checklist {
        let date = now()
        let open = try await store.openAlarms()
        let instructions = try await store.all(TemporaryInstruction.self).filter { $0.isActive(at: date) }
        let lastHandOver = try await store.logbook(query: LogbookQuery(kinds: [LogbookKind.shiftHandedOver], limit: 1)).items.first
        let onShift = try await ShiftRoster.onShift(in: store)
        return Checklist(
            stationTime: date, receivers: receivers(), openAlarms: open.count,
            awaitingRestore: open.filter { $0.lifecycle.state == .awaitingRestore }.count, activeInstructions: instructions,
            lastHandOver: lastHandOver, onShift: onShift.keys.sorted(), items: Self.items)
    }

    /// The shift's report: its logbook, the alarms it names, and what is open and in force at `until`.
    private func report(of operatorName: String, from: Date, until: Date, handOverNotes: String) async throws -> ShiftReport {
        let entries = try await logbook(LogbookQuery(from: from, until: until))
        let open = try await store.openAlarms()
        var dispatchEntries: [LogbookEntry] = []
        // A dispatch requested before the shift is still on its way: the open alarms' milestones are read whole.
        for alarm in open where [.dispatched, .awaitingRestore].contains(alarm.lifecycle.state) {
            dispatchEntries += try await logbook(LogbookQuery(alarmID: alarm.id, kinds: [.alarmDispatch]))
        }
        let facts = ShiftReport.Facts(
            entries: entries, alarms: try await store.alarms(ids: Set(entries.compactMap(\.alarmID))), openAlarms: open,
            dispatchEntries: dispatchEntries, instructions: try await store.all(TemporaryInstruction.self),
            closureCodes: try await store.all(ClosureCode.self),
            siteNames: Dictionary(try await store.all(Site.self).map { ($0.id, $0.name) }) { first, _ in first })
        return ShiftReport(operatorName: operatorName, from: from, until: until, facts: facts, handOverNotes: handOverNotes)
    }

    /// Every logbook entry `query` selects, paging through the store.
    private func logbook(_ query: LogbookQuery) async throws -> [LogbookEntry] {
        var entries: [LogbookEntry] = []
        var query = query
        query.limit = ListQuery.maximumLimit
        while true {
            query.offset = entries.count
            let page = try await store.logbook(query: query)
            entries += page.items
            if page.items.count < ListQuery.maximumLimit { return entries }
        }
    }
}
