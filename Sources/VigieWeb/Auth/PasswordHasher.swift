import HummingbirdBcrypt
import NIOPosix

/// Bcrypt hashing off the cooperative pool: a hash costs tens to hundreds of milliseconds on purpose.
public struct PasswordHasher: Sendable {
    /// The bcrypt cost (log2 of rounds): 12 in production; tests use 4 to stay fast.
    public var cost: UInt8

    public init(cost: UInt8 = 12) {
        self.cost = cost
    }

    public func hash(_ password: String) async throws -> String {
        let cost = self.cost
        return try await NIOThreadPool.singleton.runIfActive { Bcrypt.hash(password, cost: cost) }
    }

    public func verify(_ password: String, hash: String) async throws -> Bool {
        try await NIOThreadPool.singleton.runIfActive { Bcrypt.verify(password, hash: hash) }
    }
}
