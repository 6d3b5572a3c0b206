import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import Testing
import VigieCore
import VigieStoreSQLite
import VigieTestSupport
import VigieWeb

/// Each route family × each role (and no session): who gets in, who gets 401 or 403.
@Suite struct RoleMatrixTests {
    /// One representative request per route family and the status each caller gets.
    struct Case: Sendable, CustomTestStringConvertible {
        var family: String
        var method: HTTPRequest.Method
        var path: String
        var body: String?
        /// Expected status for anonymous, operator, supervisor, admin.
        var expected: [Int]

        var testDescription: String { family }
    }

    static let siteID = UUID()
    static let contactID = UUID()

    static let cases: [Case] = [
        Case(family: "health", method: .get, path: "/healthz", expected: [200, 200, 200, 200]),
        Case(family: "configuration read", method: .get, path: "/api/v1/sites", expected: [401, 200, 200, 200]),
        Case(family: "configuration read one", method: .get, path: "/api/v1/sites/\(siteID)", expected: [401, 200, 200, 200]),
        Case(
            family: "configuration write", method: .post, path: "/api/v1/closure-codes",
            body: #"{"code":"FA-\#(UUID().uuidString.prefix(4))","label":"Fausse alarme","outcome":"falseAlarm"}"#, expected: [401, 403, 403, 201]),
        Case(family: "configuration delete", method: .delete, path: "/api/v1/customers/\(UUID())", expected: [401, 403, 403, 404]),
        Case(
            family: "temporary instructions", method: .post, path: "/api/v1/temporary-instructions",
            body: #"{"siteID":"\#(siteID)","text":"Travaux","validFrom":"2026-11-23T08:00:00Z","validUntil":"2026-11-24T19:00:00Z"}"#,
            expected: [401, 201, 201, 201]),
        Case(
            family: "site test mode", method: .post, path: "/api/v1/sites/\(siteID)/mode", body: #"{"state":"test","minutes":60}"#,
            expected: [401, 200, 200, 200]),
        Case(
            family: "site out of service", method: .post, path: "/api/v1/sites/\(siteID)/mode", body: #"{"state":"outOfService"}"#,
            expected: [401, 403, 200, 200]),
        Case(
            family: "code word check", method: .post, path: "/api/v1/contacts/\(contactID)/check-word", body: #"{"word":"tulipe"}"#,
            expected: [401, 200, 200, 200]),
        Case(family: "users", method: .get, path: "/api/v1/users", expected: [401, 403, 403, 200]),
        Case(
            family: "user creation", method: .post, path: "/api/v1/users",
            body: #"{"username":"new-\#(UUID().uuidString.prefix(6).lowercased())","displayName":"Nouveau","role":"operator"}"#,
            expected: [401, 403, 403, 201]),
        Case(family: "logbook read", method: .get, path: "/api/v1/logbook", expected: [401, 200, 200, 200]),
        Case(
            family: "logbook entry", method: .post, path: "/api/v1/logbook", body: #"{"kind":"manual.note","text":"RAS"}"#,
            expected: [401, 201, 201, 201]),
        Case(family: "logbook verify", method: .get, path: "/api/v1/logbook/verify", expected: [401, 403, 200, 200]),
        Case(family: "signals", method: .get, path: "/api/v1/signals", expected: [401, 200, 200, 200]),
        Case(family: "alarm queue", method: .get, path: "/api/v1/alarms", expected: [401, 200, 200, 200]),
        Case(family: "receivers", method: .get, path: "/api/v1/receivers", expected: [401, 200, 200, 200]),
        Case(family: "metrics", method: .get, path: "/metrics", expected: [401, 403, 200, 200]),
        Case(family: "openapi", method: .get, path: "/api/v1/openapi.json", expected: [401, 200, 200, 200]),
        Case(family: "session", method: .get, path: "/api/v1/session", expected: [401, 200, 200, 200]),
    ]

    @Test(arguments: cases)
    func rolesGetTheExpectedStatus(testCase: Case) async throws {
        let harness = try await WebHarness()
        let customer = try await harness.store.create(Customer(name: "Pharmacie du Centre"), by: .system).entity
        var site = Site(customerID: customer.id, name: "Pharmacie", address: PostalAddress(street: "1 rue", postalCode: "69002", city: "Lyon"))
        site.id = Self.siteID
        _ = try await harness.store.create(site, by: .system)
        var contact = Contact(
            siteID: Self.siteID, callOrder: 1, name: "Mme Roux", phones: [.init(number: "0612345678", label: "mobile")], codeWord: "tulipe")
        contact.id = Self.contactID
        _ = try await harness.store.create(contact, by: .system)

        let answers = try await harness.run { client in
            var answers: [TestResponse] = []
            answers.append(try await Browser.anonymous.send(client, testCase.method, testCase.path, json: testCase.body))
            for role in Role.allCases {
                let browser = try await Browser.signIn(client, username: "\(role.rawValue)1")
                // A fresh unique value per role, so that a successful creation does not make the next one a duplicate. "FA-" is
                // replaced with its quote: inside a random UUID (a group ending in FA), it made the role matrix flake.
                let body = testCase.body?.replacingOccurrences(of: "new-", with: "\(role.rawValue)-").replacingOccurrences(
                    of: #""FA-"#, with: #""\#(role.rawValue.prefix(2).uppercased())-"#)
                answers.append(try await browser.send(client, testCase.method, testCase.path, json: body))
            }
            return answers
        }
        // The bodies go with a failure: a 400 or a 422 names the field it refused.
        #expect(
            answers.map(\.status.code) == testCase.expected,
            "\(answers.map { "\($0.status.code) \(String(buffer: $0.body).prefix(300))" }.joined(separator: "\n"))")
    }
}
