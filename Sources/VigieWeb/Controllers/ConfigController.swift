import Foundation
import Hummingbird
import VigieCore

/// Create, read, update, delete and list for one kind of configuration entity, at `/api/v1/<kind>`.
///
/// Every signed-in role reads (operators need the site card); `writeRole` writes; secrets are shown
/// only to administrators and only on a single entity, never in lists.
struct ConfigController<Entity: ConfigEntity> {
    let store: any Store
    let writeRole: Role
    /// The query parameter that filters by parent (`siteID` for zones), besides the generic `parentID`.
    let parentParameter: String?

    init(_ type: Entity.Type, store: any Store, writeRole: Role = .admin, parentParameter: String? = nil) {
        self.store = store
        self.writeRole = writeRole
        self.parentParameter = parentParameter
    }

    func addRoutes(to group: RouterGroup<AppRequestContext>) {
        let path = Entity.kind.rawValue
        group.get(RouterPath(path)) { request, _ in try await list(request) }
        group.post(RouterPath(path)) { request, context in try await create(request, context: context) }
        group.get(RouterPath("\(path)/:id")) { request, context in try await read(request, context: context) }
        group.put(RouterPath("\(path)/:id")) { request, context in try await update(request, context: context) }
        group.delete(RouterPath("\(path)/:id")) { request, context in try await delete(request, context: context) }
    }

    private func list(_ request: Request) async throws -> Response {
        var parentID = try request.uuidQuery("parentID")
        if let parentParameter, let id = try request.uuidQuery(parentParameter) { parentID = id }
        // Read (and so checked) even when `ids` makes them moot: a bad parameter is a 400 whatever comes with it.
        let query = try request.listQuery(parentID: parentID)
        if let ids = try request.uuidListQuery("ids", maximum: ListQuery.maximumIDs) {
            // The items a console shows (the sites of its alarms), not the whole customer base; unknown ids are left out.
            var found: [Revision<Entity>] = []
            for id in Set(ids) { if let revision = try await store.fetch(Entity.self, id: id) { found.append(revision) } }
            let page = Page(
                items: found.map { EntityResponse(revision: $0, showSecrets: false) }, total: found.count, offset: 0, limit: ListQuery.maximumIDs)
            return try Response.json(PageResponse(page))
        }
        let page = try await store.list(Entity.self, query: query)
        return try Response.json(PageResponse(page.map { EntityResponse(revision: $0, showSecrets: false) }))
    }

    private func read(_ request: Request, context: AppRequestContext) async throws -> Response {
        let signedIn = try context.requireUser()
        let id = try request.uuidParameter("id", context: context, what: Entity.kind.singularName)
        guard let revision = try await store.fetch(Entity.self, id: id) else { throw APIError.notFound(Entity.kind.singularName) }
        return try Response.json(EntityResponse(revision: revision, showSecrets: signedIn.user.role.includes(.admin)))
    }

    private func create(_ request: Request, context: AppRequestContext) async throws -> Response {
        let signedIn = try context.require(writeRole)
        let entity = try await EntityRequest.decode(Entity.self, request: request, context: context, pathID: nil)
        let revision = try await store.create(entity.value, by: signedIn.author)
        var response = try Response.json(EntityResponse(revision: revision, showSecrets: signedIn.user.role.includes(.admin)), status: .created)
        response.headers[.location] = "/api/v1/\(Entity.kind.rawValue)/\(revision.entity.id)"
        return response
    }

    private func update(_ request: Request, context: AppRequestContext) async throws -> Response {
        let signedIn = try context.require(writeRole)
        let id = try request.uuidParameter("id", context: context, what: Entity.kind.singularName)
        let entity = try await EntityRequest.decode(Entity.self, request: request, context: context, pathID: id)
        let revision = try await store.update(entity.value, expectedVersion: entity.version, by: signedIn.author)
        return try Response.json(EntityResponse(revision: revision, showSecrets: signedIn.user.role.includes(.admin)))
    }

    private func delete(_ request: Request, context: AppRequestContext) async throws -> Response {
        let signedIn = try context.require(writeRole)
        let id = try request.uuidParameter("id", context: context, what: Entity.kind.singularName)
        try await store.delete(Entity.self, id: id, by: signedIn.author)
        return Response.noContent()
    }
}
