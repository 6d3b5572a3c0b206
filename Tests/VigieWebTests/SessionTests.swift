import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
import VigieCore
import VigieStoreSQLite
import VigieTestSupport
import VigieWeb

/// Sign-in, cookies, expiry, lock-out, CSRF and sign-out.
@Suite struct SessionTests {
    @Test func signInSetsAStrictHttpOnlyCookieAndLogsIt() async throws {
        let harness = try await WebHarness()
        try await harness.run { client in
            let response = try await client.execute(
                uri: "/api/v1/session", method: .post, headers: [.contentType: "application/json"],
                body: ByteBuffer(string: #"{"username":"operator1","password":"\#(WebHarness.password)"}"#))
            #expect(response.status == .created)
            let cookie = try #require(response.headers[.setCookie])
            #expect(cookie.hasPrefix("vigie_session="))
            #expect(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict") && cookie.contains("Path=/"))
            #expect((response.json["csrfToken"] as? String)?.count ?? 0 >= 40)
        }
        #expect(try await harness.store.logbook(query: LogbookQuery(kinds: [.login])).items.first?.authorName == "operator1")
    }

    @Test func wrongPasswordAndUnknownUserGetTheSameAnswer() async throws {
        let harness = try await WebHarness()
        try await harness.run { client in
            for body in [#"{"username":"operator1","password":"nope-nope-nope"}"#, #"{"username":"ghost","password":"nope-nope-nope"}"#] {
                let response = try await client.execute(
                    uri: "/api/v1/session", method: .post, headers: [.contentType: "application/json"], body: ByteBuffer(string: body))
                #expect(response.status == .unauthorized)
                #expect(response.json["message"] as? String == "wrong username or password")
            }
        }
    }

    @Test func locksTheAccountAfterRepeatedFailures() async throws {
        let harness = try await WebHarness(policy: SessionPolicy(maximumFailedAttempts: 3, lockDuration: 600, failureDelay: .zero))
        try await harness.run { client in
            for _ in 1...3 {
                await #expect(throws: HarnessError.self) { try await Browser.signIn(client, username: "operator1", password: "wrong-password") }
            }
            // Even the right password is refused while locked…
            let locked = try await client.execute(
                uri: "/api/v1/session", method: .post, headers: [.contentType: "application/json"],
                body: ByteBuffer(string: #"{"username":"operator1","password":"\#(WebHarness.password)"}"#))
            #expect(locked.status == .tooManyRequests)
            #expect(locked.json["error"] as? String == "locked")
            // …and accepted once the lock has passed.
            harness.clock.advance(by: 601)
            _ = try await Browser.signIn(client, username: "operator1")
        }
    }

    @Test func unknownNamesAreAnsweredAsKnownOnesAreLockedAndAll() async throws {
        let harness = try await WebHarness(policy: SessionPolicy(maximumFailedAttempts: 3, lockDuration: 600, failureDelay: .zero))
        try await harness.run { client in
            var statuses: [HTTPResponse.Status] = []
            for name in ["operator1", "nobody"] {
                for _ in 1...4 {
                    statuses.append(
                        try await client.execute(
                            uri: "/api/v1/session", method: .post, headers: [.contentType: "application/json"],
                            body: ByteBuffer(string: #"{"username":"\#(name)","password":"wrong-password"}"#)
                        ).status)
                }
            }
            #expect(
                statuses == [
                    .unauthorized, .unauthorized, .unauthorized, .tooManyRequests, .unauthorized, .unauthorized, .unauthorized, .tooManyRequests,
                ])
        }
    }

    @Test func sessionsExpireWhenIdleAndAfterTheirMaximumAge() async throws {
        let harness = try await WebHarness(policy: SessionPolicy(maximumAge: 3600, idleTimeout: 600, failureDelay: .zero))
        try await harness.run { client in
            let browser = try await Browser.signIn(client, username: "operator1")
            harness.clock.advance(by: 599)
            #expect(try await browser.send(client, .get, "/api/v1/session").status == .ok)
            harness.clock.advance(by: 601)
            #expect(try await browser.send(client, .get, "/api/v1/session").status == .unauthorized)

            let second = try await Browser.signIn(client, username: "operator1")
            for _ in 1...7 {
                harness.clock.advance(by: 500)
                _ = try await second.send(client, .get, "/api/v1/sites")
            }
            harness.clock.advance(by: 200)
            #expect(try await second.send(client, .get, "/api/v1/session").status == .unauthorized)
        }
        #expect(try await harness.store.logbook(query: LogbookQuery(kinds: [.sessionExpired])).total == 2)
    }

    /// Idle time runs on the monotonic clock: a step of the wall clock neither ends a session nor keeps it alive.
    @Test func aWallClockStepNeitherEndsNorProlongsASession() async throws {
        let harness = try await WebHarness(policy: SessionPolicy(maximumAge: 3600, idleTimeout: 600, failureDelay: .zero))
        try await harness.run { client in
            let browser = try await Browser.signIn(client, username: "operator1")
            #expect(try await browser.send(client, .get, "/api/v1/session").status == .ok)
            harness.clock.stepWall(by: 1200)
            #expect(try await browser.send(client, .get, "/api/v1/session").status == .ok, "a step ahead is not idleness")
            harness.clock.advance(by: 100)
            #expect(try await browser.send(client, .get, "/api/v1/session").status == .ok)
            harness.clock.stepWall(by: -120)
            harness.clock.advance(by: 599)
            #expect(try await browser.send(client, .get, "/api/v1/session").status == .ok)
            harness.clock.advance(by: 600)
            #expect(
                try await browser.send(client, .get, "/api/v1/session").status == .unauthorized,
                "idle 600 s, though the wall clock says 480 s")
        }
        #expect(try await harness.store.logbook(query: LogbookQuery(kinds: [.sessionExpired])).total == 1)
    }

    @Test func stateChangingRequestsWithoutTheCSRFTokenAreRefused() async throws {
        let harness = try await WebHarness()
        try await harness.run { client in
            let admin = try await Browser.signIn(client, username: "admin1")
            let body = #"{"name":"Boulangerie Paul","kind":"retail"}"#
            let missing = try await admin.send(client, .post, "/api/v1/customers", json: body, csrf: false)
            #expect(missing.status == .forbidden)
            #expect(missing.json["error"] as? String == "csrf")
            let wrong = try await admin.send(
                client, .post, "/api/v1/customers", json: body, csrf: false, headers: [HTTPField.Name("X-CSRF-Token")!: "forged"])
            #expect(wrong.status == .forbidden)
            #expect(try await admin.send(client, .post, "/api/v1/customers", json: body).status == .created)
        }
        #expect(try await harness.store.list(Customer.self, query: ListQuery()).total == 1)
    }

    @Test func signInFromAnotherOriginIsRefused() async throws {
        let harness = try await WebHarness()
        try await harness.run { client in
            let response = try await client.execute(
                uri: "/api/v1/session", method: .post,
                headers: [.contentType: "application/json", .origin: "https://evil.example"],
                body: ByteBuffer(string: #"{"username":"operator1","password":"\#(WebHarness.password)"}"#))
            #expect(response.status == .forbidden)
        }
    }

    @Test func signOutEndsTheSession() async throws {
        let harness = try await WebHarness()
        try await harness.run { client in
            let browser = try await Browser.signIn(client, username: "supervisor1")
            let out = try await browser.send(client, .delete, "/api/v1/session")
            #expect(out.status == .noContent)
            #expect(out.headers[.setCookie]?.contains("Max-Age=0") == true)
            #expect(try await browser.send(client, .get, "/api/v1/session").status == .unauthorized)
        }
        #expect(try await harness.store.logbook(query: LogbookQuery(kinds: [.logout])).total == 1)
    }

    @Test func usersChangeTheirOwnPassword() async throws {
        let harness = try await WebHarness()
        try await harness.run { client in
            let browser = try await Browser.signIn(client, username: "operator1")
            let wrong = try await browser.send(
                client, .post, "/api/v1/session/password", json: #"{"currentPassword":"x","newPassword":"nouveau-mot-de-passe"}"#)
            #expect(wrong.status == .unprocessableContent)
            let short = try await browser.send(
                client, .post, "/api/v1/session/password", json: #"{"currentPassword":"\#(WebHarness.password)","newPassword":"court"}"#)
            #expect((short.json["fields"] as? [[String: String]])?.first?["field"] == "newPassword")
            let done = try await browser.send(
                client, .post, "/api/v1/session/password",
                json: #"{"currentPassword":"\#(WebHarness.password)","newPassword":"nouveau-mot-de-passe"}"#)
            #expect(done.status == .noContent)
            _ = try await Browser.signIn(client, username: "operator1", password: "nouveau-mot-de-passe")
        }
    }
}
