import Foundation
import Synchronization

/// Appends `account sequence` for every ACK received, so a test can check that each one was stored.
///
/// Lines are buffered under a lock and written in blocks; ``close()`` writes the rest. A line is only
/// added once the ACK is in hand, so the file never claims more than the receiver acknowledged.
public final class AckedLog: Sendable {
    private let handle: FileHandle
    private let buffer = Mutex<[UInt8]>([])

    /// Creates (or truncates) the file at `path`.
    public init(path: String) throws {
        guard FileManager.default.createFile(atPath: path, contents: nil) else { throw CocoaError(.fileWriteNoPermission) }
        handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
    }

    public func record(account: String, sequence: String) {
        let block: [UInt8]? = buffer.withLock { buffer in
            buffer.append(contentsOf: "\(account) \(sequence)\n".utf8)
            guard buffer.count >= 64 * 1024 else { return nil }
            defer { buffer.removeAll(keepingCapacity: true) }
            return buffer
        }
        if let block { handle.write(Data(block)) }
    }

    /// Writes what is buffered and closes the file.
    public func close() throws {
        let rest = buffer.withLock { buffer in
            defer { buffer.removeAll() }
            return buffer
        }
        try handle.write(contentsOf: rest)
        try handle.close()
    }
}
