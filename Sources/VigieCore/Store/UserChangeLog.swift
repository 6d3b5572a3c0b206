import Foundation

/// The logbook entries about users and sign-ins, the same for every store.
public enum UserChangeLog {
    struct Change: Encodable {
        var before: User?
        var after: User?
    }

    public static func created(_ user: User, by author: Author) -> LogbookDraft {
        LogbookDraft(
            kind: .userCreated, author: author, summary: "user \(user.username) created (\(user.role.rawValue))",
            details: Change(before: nil, after: user))
    }

    public static func updated(from before: User, to after: User, by author: Author) -> LogbookDraft {
        LogbookDraft(
            kind: .userUpdated, author: author, summary: "user \(after.username) updated", details: Change(before: before, after: after))
    }

    public static func passwordChanged(_ user: User, by author: Author) -> LogbookDraft {
        LogbookDraft(kind: .passwordChanged, author: author, summary: "password of \(user.username) changed")
    }

    public static func loginFailed(_ user: User, lockedUntil: Date?) -> LogbookDraft {
        let lock = lockedUntil.map { ", locked until \($0.iso8601Milliseconds)" } ?? ""
        return LogbookDraft(kind: .loginFailed, author: Author(user), summary: "failed sign-in of \(user.username)\(lock)")
    }

    public static func login(_ user: User) -> LogbookDraft {
        LogbookDraft(kind: .login, author: Author(user), summary: "\(user.username) signed in")
    }

    public static func sessionClosed(kind: LogbookKind, by author: Author) -> LogbookDraft {
        LogbookDraft(kind: kind, author: author, summary: kind == .sessionExpired ? "session of \(author.name) expired" : "\(author.name) signed out")
    }
}
