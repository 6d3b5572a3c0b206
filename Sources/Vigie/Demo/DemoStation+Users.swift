import Foundation
import VigieCore

/// The demo's users, one or more per role, named after the stories' operators.
///
/// The passwords are fixed and printed by `vigie demo` on purpose: a demo must be usable by anyone who
/// starts it. They satisfy ``User/validate(password:field:)``; a real station creates its own users.
extension DemoStation {
    static let logins: [Login] = [
        Login(username: "admin", password: "demo-admin-2026", role: .admin, displayName: "Administrateur"),
        Login(username: "claire.m", password: "demo-claire-2026", role: .supervisor, displayName: "Claire Martin (cheffe de poste)"),
        Login(username: "karim", password: "demo-karim-2026", role: .operator, displayName: "Karim Benali"),
        Login(username: "nadia", password: "demo-nadia-2026", role: .operator, displayName: "Nadia Ferreira"),
        Login(username: "sophie", password: "demo-sophie-2026", role: .operator, displayName: "Sophie Lambert"),
    ]

    /// The users behind ``logins``, in the same order, with fixed ids.
    static func users() -> [User] {
        logins.enumerated().map { index, login in
            User(id: uuid(.user, index + 1), username: login.username, displayName: login.displayName, role: login.role)
        }
    }
}
