import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import Testing
import VigieCore
import VigieStoreSQLite
import VigieTestSupport
import VigieWeb

/// User administration: an administrator edits others freely but cannot take away their own administration.
@Suite struct UserAPITests {
    @Test func anAdministratorCannotDemoteOrDisableThemselvesAndNothingChanges() async throws {
        let harness = try await WebHarness()
        let admin = try #require(harness.users[.admin])
        let answers = try await harness.run { client in
            let browser = try await Browser.signIn(client, username: admin.username)
            let demoted =
                #"{"id":"\#(admin.id)","username":"\#(admin.username)","displayName":"\#(admin.displayName)","role":"operator","active":true}"#
            let disabled =
                #"{"id":"\#(admin.id)","username":"\#(admin.username)","displayName":"\#(admin.displayName)","role":"admin","active":false}"#
            return [
                try await browser.send(client, .put, "/api/v1/users/\(admin.id)", json: demoted),
                try await browser.send(client, .put, "/api/v1/users/\(admin.id)", json: disabled),
            ]
        }
        for answer in answers {
            #expect(answer.status == .conflict)
            #expect(answer.json["key"] as? String == "ownAccountStaysAdmin")
            let fields = try #require(answer.json["fields"] as? [[String: Any]])
            #expect(fields.map { $0["field"] as? String } == ["role"])
        }
        let stored = try #require(try await harness.store.user(id: admin.id))
        #expect(stored.role == .admin && stored.active)
    }

    @Test func anAdministratorDemotesAnotherUser() async throws {
        let harness = try await WebHarness()
        let supervisor = try #require(harness.users[.supervisor])
        let answer = try await harness.run { client in
            let browser = try await Browser.signIn(client, username: "admin1")
            let demoted =
                #"{"id":"\#(supervisor.id)","username":"\#(supervisor.username)","displayName":"\#(supervisor.displayName)","role":"operator","active":true}"#
            return try await browser.send(client, .put, "/api/v1/users/\(supervisor.id)", json: demoted)
        }
        #expect(answer.status == .ok, "\(String(buffer: answer.body))")
        #expect(try await harness.store.user(id: supervisor.id)?.role == .operator)
    }
}
