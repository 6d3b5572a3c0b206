import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// pysiaalarm's TCP server (`Tests/bench/pysiaalarm_server.py`) as a subprocess: the reference receiver
/// that `vigie bench ingest --compare-pysiaalarm` drives with the same load as Vigie's.
struct PysiaalarmServer {
    let process: Process
    let port: Int

    /// Starts the script with `accounts` and waits (up to 30 s) for it to report its port in a ready file.
    static func start(python: String, script: String, accounts: [String]) async throws -> PysiaalarmServer {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vigie-pysiaalarm-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let accountsFile = folder.appendingPathComponent("accounts.txt")
        let readyFile = folder.appendingPathComponent("ready.txt")
        try accounts.joined(separator: "\n").write(to: accountsFile, atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [python, script, "--accounts-file", accountsFile.path, "--ready-file", readyFile.path]
        try process.run()
        // Polled rather than read from a pipe, so no thread blocks on the subprocess.
        for _ in 0..<300 {
            if let text = try? String(contentsOf: readyFile, encoding: .utf8), let port = Int(text.trimmingCharacters(in: .whitespacesAndNewlines)) {
                return PysiaalarmServer(process: process, port: port)
            }
            guard process.isRunning else { break }
            try await Task.sleep(for: .milliseconds(100))
        }
        kill(process.processIdentifier, SIGKILL)
        throw BenchError("pysiaalarm server did not start (is it installed? pip install -r Tests/requirements.txt)")
    }

    /// Kills the server outright: it stores nothing, and SIGTERM is not reliably delivered to a child of
    /// this process (it stayed blocked in tests), which would leave `waitUntilExit()` waiting forever.
    func stop() {
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }
}

/// A benchmark that could not run.
struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
