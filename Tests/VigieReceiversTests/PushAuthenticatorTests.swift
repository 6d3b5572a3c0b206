import Foundation
import Testing
import VigieProtocols

@testable import VigieReceivers

/// A push proves the camera's own account, by Digest (answered with the station's challenge) or Basic; a camera
/// without an account cannot push at all.
@Suite struct PushAuthenticatorTests {
    let authenticator = PushAuthenticator(realm: "Vigie camera push")

    private func challenge(_ verdict: PushAuthenticator.Verdict) throws -> DigestChallenge {
        guard case .challenge(let headers) = verdict, let digest = headers.first(where: { $0.hasPrefix("Digest") }) else {
            throw PushError.noEvent
        }
        #expect(headers.contains("Basic realm=\"Vigie camera push\""))
        return try DigestChallenge(parsing: digest)
    }

    @Test func digestAnsweringTheStationsChallengeIsAccepted() throws {
        let first = authenticator.check(authorization: nil, method: "POST", username: "admin", password: "Quai2-camera!")
        let offered = try challenge(first)
        let answer = DigestAuthorization(
            answering: offered, username: "admin", password: "Quai2-camera!", method: "POST", uri: "/push/quai2", cnonce: "0a4f113b")
        #expect(authenticator.check(authorization: answer.header, method: "POST", username: "admin", password: "Quai2-camera!") == .accepted)
        let wrong = DigestAuthorization(answering: offered, username: "admin", password: "guess", method: "POST", uri: "/push/quai2", cnonce: "1")
        #expect(authenticator.check(authorization: wrong.header, method: "POST", username: "admin", password: "Quai2-camera!") != .accepted)
        // Another station's nonce proves nothing here.
        let elsewhere = DigestChallenge(realm: "Vigie camera push", nonce: "0000")
        let replayed = DigestAuthorization(
            answering: elsewhere, username: "admin", password: "Quai2-camera!", method: "POST", uri: "/push/quai2", cnonce: "2")
        #expect(authenticator.check(authorization: replayed.header, method: "POST", username: "admin", password: "Quai2-camera!") != .accepted)
    }

    @Test func basicWithTheCamerasAccountIsAcceptedAndNothingElse() {
        func basic(_ text: String) -> String { "Basic " + Data(text.utf8).base64EncodedString() }
        #expect(
            authenticator.check(authorization: basic("admin:Quai2-camera!"), method: "POST", username: "admin", password: "Quai2-camera!")
                == .accepted)
        for bad in [basic("admin:guess"), basic("root:Quai2-camera!"), basic("no colon"), "Basic ***", "Bearer abc"] {
            #expect(authenticator.check(authorization: bad, method: "POST", username: "admin", password: "Quai2-camera!") != .accepted)
        }
    }

    @Test func aCameraWithoutAnAccountCannotPush() {
        #expect(authenticator.check(authorization: nil, method: "POST", username: "admin", password: nil) == .noAccount)
        #expect(authenticator.check(authorization: nil, method: "POST", username: nil, password: "x") == .noAccount)
        #expect(authenticator.check(authorization: nil, method: "POST", username: "admin", password: "") == .noAccount)
    }
}
