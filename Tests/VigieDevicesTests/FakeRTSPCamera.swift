import Foundation
import Subprocess
import SystemPackage

/// A camera's RTSP stream on loopback: GStreamer's RTSP server serving a test pattern in H.264
/// (`Tests/Fixtures/rtsp/fake_rtsp_camera.py`, run with Debian's Python, which has GStreamer's bindings), or, with
/// `hang`, one that accepts connections and never sends a picture.
enum FakeRTSPCamera {
    struct NotReady: Error {}

    static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/rtsp/fake_rtsp_camera.py").path

    /// Runs the server around `body`, which gets its stream's address (`rtsp://127.0.0.1:PORT/cam1`).
    static func run<Result: Sendable>(hang: Bool = false, _ body: @Sendable (String) async throws -> Result) async throws -> Result {
        let arguments = [script, "--port", "0"] + (hang ? ["--hang"] : [])
        let outcome = try await Subprocess.run(
            .path("/usr/bin/python3"), arguments: Arguments(arguments), input: .none, output: .sequence, error: .discarded
        ) {
            execution in
            var address: String?
            for try await line in execution.standardOutput.strings() {
                if line.hasPrefix("ready ") {
                    address = String(line.dropFirst(6)).trimmingCharacters(in: .whitespacesAndNewlines)
                    break
                }
            }
            guard let address else { throw NotReady() }
            let result = try await body(address)
            try? execution.send(signal: .terminate)
            return result
        }
        return outcome.closureResult
    }
}
