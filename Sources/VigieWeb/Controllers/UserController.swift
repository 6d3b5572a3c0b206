import Foundation
import Hummingbird
import VigieCore

/// User administration at `/api/v1/users`, for administrators only.
struct UserController {
    let store: any Store
    let hasher: PasswordHasher

    struct NewUser: Decodable {
        var username: String
        var displayName: String
        var role: Role
        var active: Bool?
        /// When absent, a password is generated and returned once in the response.
        var password: String?
    }

    struct CreatedUser: Encodable {
        var user: User
        var generatedPassword: String?
    }

    struct PasswordReset: Decodable {
        var password: String
    }

    func addRoutes(to group: RouterGroup<AppRequestContext>) {
        group.get("users") { request, context in
            try context.require(.admin)
            return try Response.json(PageResponse(try await store.listUsers(query: try request.listQuery())))
        }
        group.post("users") { request, context in try await create(request, context: context) }
        group.get("users/:id") { request, context in
            try context.require(.admin)
            let id = try request.uuidParameter("id", context: context, what: "user")
            guard let user = try await store.user(id: id) else { throw APIError.notFound("user") }
            return try Response.json(user)
        }
        group.put("users/:id") { request, context in
            let signedIn = try context.require(.admin)
            let id = try request.uuidParameter("id", context: context, what: "user")
            var user = try await request.decodeJSON(User.self, context: context)
            user.id = id
            if id == signedIn.user.id, user.role != .admin || !user.active {
                throw Self.ownAccountStaysAdmin
            }
            return try Response.json(try await store.updateUser(user, by: signedIn.author))
        }
        group.post("users/:id/password") { request, context in
            let signedIn = try context.require(.admin)
            let id = try request.uuidParameter("id", context: context, what: "user")
            let reset = try await request.decodeJSON(PasswordReset.self, context: context)
            try User.validate(password: reset.password)
            try await store.setPassword(userID: id, passwordHash: try await hasher.hash(reset.password), by: signedIn.author)
            return Response.noContent()
        }
    }

    /// A well-formed request the signed-in account's state refuses (409, not 400): demoting or disabling oneself
    /// could leave the station with no administrator to undo it.
    static let ownAccountStaysAdmin = APIError(
        .conflict, code: "conflict", Reason("ownAccountStaysAdmin", english: "an administrator cannot demote or disable their own account"),
        fields: [FieldError(field: "role", Reason("ownAccountStaysAdmin", english: "cannot be changed on your own account"))])

    private func create(_ request: Request, context: AppRequestContext) async throws -> Response {
        let signedIn = try context.require(.admin)
        let input = try await request.decodeJSON(NewUser.self, context: context)
        let user = User(username: input.username, displayName: input.displayName, role: input.role, active: input.active ?? true)
        try user.validate()
        let generated = input.password == nil ? PasswordGenerator.generate() : nil
        let password = input.password ?? generated!
        try User.validate(password: password)
        let created = try await store.createUser(user, passwordHash: try await hasher.hash(password), by: signedIn.author)
        return try Response.json(CreatedUser(user: created, generatedPassword: generated), status: .created)
    }
}
