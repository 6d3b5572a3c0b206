import Crypto
import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// The files of the station's images and clips: each under its SHA-256 (`ab/abcdef…`), written once, so the name
/// proves the content and the same image received twice is kept once. With a PostgreSQL store of several nodes the
/// directory is a shared path (docs/video.md).
public struct MediaLibrary: Sendable {
    public let directory: String

    public init(directory: String) {
        self.directory = directory
    }

    /// Writes `data` under its hash and makes it durable (file and directory synced) before returning: the signal or
    /// alarm that refers to it is committed only afterwards, so the index never names a file a crash lost.
    /// - Returns: the lower-case hex SHA-256 and the size.
    @discardableResult
    public func store(_ data: Data) throws -> (sha256: String, size: Int) {
        let sha256 = Hex.string(SHA256.hash(data: data))
        let path = self.path(sha256: sha256)
        guard !FileManager.default.fileExists(atPath: path) else { return (sha256, data.count) }
        let folder = (path as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let temporary = folder + "/.\(sha256).\(UUID().uuidString).part"
        guard FileManager.default.createFile(atPath: temporary, contents: nil) else { throw MediaLibraryError.cannotWrite(path: temporary) }
        do {
            let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: temporary))
            defer { try? handle.close() }
            try handle.write(contentsOf: data)
            try handle.synchronize()
            guard rename(temporary, path) == 0 else { throw MediaLibraryError.cannotWrite(path: path) }
        } catch {
            try? FileManager.default.removeItem(atPath: temporary)
            throw error
        }
        Self.synchronizeDirectory(folder)
        return (sha256, data.count)
    }

    public func read(sha256: String) throws -> Data {
        guard Self.isHash(sha256) else { throw MediaLibraryError.notAHash(sha256) }
        guard let data = FileManager.default.contents(atPath: path(sha256: sha256)) else { throw MediaLibraryError.missing(sha256: sha256) }
        return data
    }

    public func contains(sha256: String) -> Bool {
        Self.isHash(sha256) && FileManager.default.fileExists(atPath: path(sha256: sha256))
    }

    /// Removes a file (retention); a file already gone is not an error.
    public func remove(sha256: String) throws {
        guard Self.isHash(sha256) else { throw MediaLibraryError.notAHash(sha256) }
        let path = self.path(sha256: sha256)
        if FileManager.default.fileExists(atPath: path) { try FileManager.default.removeItem(atPath: path) }
    }

    func path(sha256: String) -> String {
        "\(directory)/\(sha256.prefix(2))/\(sha256)"
    }

    /// Only a hash names a file: nothing else reaches the file system, whatever an index entry says.
    static func isHash(_ text: String) -> Bool {
        text.utf8.count == 64 && text.utf8.allSatisfy { (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }
    }

    /// The rename is durable only once the directory itself is synced.
    private static func synchronizeDirectory(_ path: String) {
        #if canImport(Glibc)
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return }
        _ = fsync(descriptor)
        close(descriptor)
        #endif
    }
}

/// Why the media library could not do what was asked.
public enum MediaLibraryError: Error, Hashable, Sendable {
    case cannotWrite(path: String)
    case missing(sha256: String)
    case notAHash(String)
}
