import Foundation

/// A tmpfs of a few megabytes mounted for one test, so that "disk full" is the kernel's ENOSPC, not a simulation.
/// Mounting needs root: CI runs as root.
public final class SmallFileSystem: Sendable {
    public let path: String
    private var filler: String { path + "/filler" }

    public static var canMount: Bool { getuid() == 0 && FileManager.default.isExecutableFile(atPath: "/bin/mount") }

    public init(megabytes: Int) throws {
        path = try makeTemporaryDirectory("vigie-small-disk").path
        try Self.run("/bin/mount", "-t", "tmpfs", "-o", "size=\(megabytes)m", "tmpfs", path)
    }

    /// Takes every free byte.
    public func fill() throws {
        guard FileManager.default.createFile(atPath: filler, contents: nil), let handle = FileHandle(forWritingAtPath: filler) else { return }
        defer { try? handle.close() }
        let chunk = Data(count: 64 * 1024)
        while (try? handle.write(contentsOf: chunk)) != nil {}
        // Single pages may still be free after the last whole chunk failed.
        let page = Data(count: 4096)
        while (try? handle.write(contentsOf: page)) != nil {}
    }

    public func free() {
        try? FileManager.default.removeItem(atPath: filler)
    }

    public func unmount() {
        try? Self.run("/bin/umount", "-l", path)
    }

    private static func run(_ executable: String, _ arguments: String...) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw SmallFileSystemError(command: ([executable] + arguments).joined(separator: " ")) }
    }
}

struct SmallFileSystemError: Error, CustomStringConvertible {
    var command: String
    var description: String { "\(command) failed" }
}
