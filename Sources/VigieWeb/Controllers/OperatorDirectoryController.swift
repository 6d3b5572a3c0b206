import Foundation
import Hummingbird
import VigieCore

/// `GET /api/v1/operators`: the users an alarm can be transferred to (active operators on shift).
///
/// `GET /api/v1/users` is for administrators; an operator transferring an alarm only needs names and ids.
struct OperatorDirectoryController {
    let store: any Store

    struct Colleague: Encodable {
        var id: UUID
        var username: String
        var displayName: String
        var role: Role
    }

    func addRoutes(to group: RouterGroup<AppRequestContext>) {
        group.get("operators") { _, context in
            try context.require(.operator)
            var users: [User] = []
            while true {
                let page = try await store.listUsers(query: ListQuery(offset: users.count, limit: ListQuery.maximumLimit))
                users += page.items
                if page.items.count < ListQuery.maximumLimit { break }
            }
            let onShift = try await ShiftRoster.onShift(in: store)
            let colleagues = users.filter { ShiftHandover.canReceiveAlarms($0, onShift: onShift) }.map {
                Colleague(id: $0.id, username: $0.username, displayName: $0.displayName, role: $0.role)
            }
            return try Response.json(colleagues.sorted { $0.displayName < $1.displayName })
        }
    }
}
