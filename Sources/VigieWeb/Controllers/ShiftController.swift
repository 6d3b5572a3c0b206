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
            guard missing.isEmpty else { throw ValidationError(field: "confirmed", reason: "must confirm \(missing.joined(separator: ", "))") }
            let checklist = try await checklist()
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
                throw APIError(.conflict, code: "conflict", message: "you have not taken over a shift")
            }
            let held = ShiftHandover.alarmsHeld(by: signedIn.user.id, among: try await store.openAlarms())
            guard held.isEmpty else {
                throw APIError(
                    .conflict, code: "alarmsHeld",
                    message: "release or transfer the alarms you hold before handing over: " + held.map(\.title).joined(separator: "; "))
            }
            let until = now()
            let entries = try await logbook(from: from, until: until)
            let report = ShiftReport(operatorName: signedIn.user.username, from: from, until: until, entries: entries, handOverNotes: body.notes)
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

    /// Every logbook entry of the shift, paging through the store.
    private func logbook(from: Date, until: Date) async throws -> [LogbookEntry] {
        var entries: [LogbookEntry] = []
        while true {
            let page = try await store.logbook(query: LogbookQuery(from: from, until: until, offset: entries.count, limit: ListQuery.maximumLimit))
            entries += page.items
            if page.items.count < ListQuery.maximumLimit { return entries }
        }
    }
}
