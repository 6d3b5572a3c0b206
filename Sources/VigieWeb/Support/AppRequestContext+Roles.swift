import VigieCore

extension AppRequestContext {
    /// The signed-in user when their role includes `role`; otherwise a 401 or 403.
    @discardableResult
    func require(_ role: Role) throws -> SignedIn {
        let signedIn = try requireUser()
        guard signedIn.user.role.includes(role) else { throw APIError.forbidden(role) }
        return signedIn
    }
}
