import Foundation
import Synchronization
import Testing
import VigieDevices

/// The live view relay turns a real RTSP stream into MJPEG frames, stops by itself when the window ends, and stops
/// at once when the viewer leaves.
@Suite(.serialized) struct FFmpegLiveRelayTests {
    struct ViewerLeft: Error {}

    @Test func relaysJPEGFramesUntilTheWindowEnds() async throws {
        try await FakeRTSPCamera.run { address in
            let received = Mutex<[UInt8]>([])
            let started = ContinuousClock.now
            try await FFmpegLiveRelay().relay(from: address, for: .seconds(2)) { bytes in received.withLock { $0 += bytes } }
            let elapsed = ContinuousClock.now - started
            let stream = received.withLock { $0 }
            #expect(elapsed < .seconds(6))
            let text = String(decoding: stream.prefix(200), as: UTF8.self)
            #expect(text.hasPrefix("--ffmpeg") && text.lowercased().contains("content-type: image/jpeg"))
            // Several frames came, each a JPEG.
            let frames = stream.indices.dropLast().filter { stream[$0] == 0xFF && stream[$0 + 1] == 0xD8 }
            #expect(frames.count >= 3)
        }
    }

    @Test func aViewerWhoLeavesStopsTheRelay() async throws {
        try await FakeRTSPCamera.run { address in
            let started = ContinuousClock.now
            await #expect(throws: ViewerLeft.self) {
                try await FFmpegLiveRelay().relay(from: address, for: .seconds(60)) { _ in throw ViewerLeft() }
            }
            #expect(ContinuousClock.now - started < .seconds(10))
        }
    }
}
