import Foundation
import Testing
import VigieCore
import VigieTestSupport

/// Users, sign-in bookkeeping and sessions in the `Store` contract.
@Suite struct UserContractTests {
    @Test(arguments: StoreFactory.all)
    func createsUsersWithUniqueNamesAndLogsThem(factory: StoreFactory) async throws {
        let store = try await factory.make(TestClock())
        let karim = User(username: "karim", displayName: "Karim B.", role: .operator)
        _ = try await store.createUser(karim, passwordHash: "hash-1", by: .system)
        await #expect(throws: StoreError.duplicate(kind: "user", field: "username", value: "karim")) {
            try await store.createUser(User(username: "karim", displayName: "Autre", role: .admin), passwordHash: "h", by: .system)
        }
        let credentials = try #require(try await store.credentials(username: "karim"))
        #expect(credentials.user == karim)
        #expect(credentials.passwordHash == "hash-1")
        #expect(try await store.logbook(query: LogbookQuery(kinds: [.userCreated])).total == 1)
        #expect(try await store.listUsers(query: ListQuery(search: "karim")).items == [karim])
    }

    @Test(arguments: StoreFactory.all)
    func countsFailuresLocksAndResetsOnSignIn(factory: StoreFactory) async throws {
        let clock = TestClock()
        let store = try await factory.make(clock)
        let user = try await store.createUser(User(username: "nadia", displayName: "Nadia", role: .operator), passwordHash: "h", by: .system)
        try await store.recordFailedLogin(userID: user.id, lockUntil: nil, at: clock.now)
        try await store.recordFailedLogin(userID: user.id, lockUntil: clock.now.addingTimeInterval(900), at: clock.now)
        var credentials = try #require(try await store.credentials(username: "nadia"))
        #expect(credentials.failedAttempts == 2)
        #expect(credentials.lockedUntil == clock.now.addingTimeInterval(900).roundedToMilliseconds)

        let session = UserSession(
            idHash: "abc", userID: user.id, csrfToken: "t", createdAt: clock.now, lastSeenAt: clock.now, expiresAt: clock.now.addingTimeInterval(3600)
        )
        try await store.openSession(session, for: user)
        credentials = try #require(try await store.credentials(username: "nadia"))
        #expect(credentials.failedAttempts == 0 && credentials.lockedUntil == nil)
        #expect(try await store.session(idHash: "abc")?.userID == user.id)

        clock.advance(by: 120)
        try await store.touchSession(idHash: "abc", at: clock.now)
        #expect(try await store.session(idHash: "abc")?.lastSeenAt == clock.now.roundedToMilliseconds)
        try await store.closeSession(idHash: "abc", kind: .logout, by: Author(user))
        #expect(try await store.session(idHash: "abc") == nil)
        let kinds = try await store.logbook(query: LogbookQuery()).items.map(\.kind)
        #expect(kinds == [.logout, .login, .loginFailed, .loginFailed, .userCreated])
    }

    @Test(arguments: StoreFactory.all)
    func disablingAUserEndsItsSessions(factory: StoreFactory) async throws {
        let clock = TestClock()
        let store = try await factory.make(clock)
        var user = try await store.createUser(User(username: "sophie", displayName: "Sophie", role: .operator), passwordHash: "h", by: .system)
        try await store.openSession(
            UserSession(
                idHash: "s1", userID: user.id, csrfToken: "t", createdAt: clock.now, lastSeenAt: clock.now,
                expiresAt: clock.now.addingTimeInterval(60)),
            for: user)
        user.active = false
        _ = try await store.updateUser(user, by: .system)
        #expect(try await store.session(idHash: "s1") == nil)
        try await store.setPassword(userID: user.id, passwordHash: "h2", by: .system)
        #expect(try await store.credentials(username: "sophie")?.passwordHash == "h2")
    }
}
