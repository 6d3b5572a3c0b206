import Foundation

/// A fresh directory under the system's temporary folder, for one test's database files.
public func makeTemporaryDirectory(_ label: String = "vigie-test") throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("\(label)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}
