import Foundation
import Testing
import VigieCore

@testable import VigieDevices

/// A clip is the camera's stream converted to MP4/H.264 by a real ffmpeg reading a real RTSP server; a stream that
/// never sends a picture, a port that refuses and a missing ffmpeg each fail with a reason that never shows the
/// camera's password, within the recorder's deadline.
@Suite(.serialized) struct ClipRecorderTests {
    @Test func recordsTheStreamAsAnMP4() async throws {
        try await FakeRTSPCamera.run { address in
            let clip = try await ClipRecorder(seconds: 2).record(from: address.replacingOccurrences(of: "rtsp://", with: "rtsp://admin:secret@"))
            // An MP4 starts with its `ftyp` box, and `+faststart` puts the index (`moov`) before the frames.
            #expect(clip.count > 1000 && clip[4..<8] == Data("ftyp".utf8))
            let moov = try #require(clip.range(of: Data("moov".utf8)))
            let frames = try #require(clip.range(of: Data("mdat".utf8)))
            #expect(moov.lowerBound < frames.lowerBound)
        }
    }

    @Test func aStreamThatNeverSendsAPictureFailsWithinTheDeadline() async throws {
        try await FakeRTSPCamera.run(hang: true) { address in
            var recorder = ClipRecorder(seconds: 2)
            recorder.silence = .seconds(2)
            let secret = address.replacingOccurrences(of: "rtsp://", with: "rtsp://admin:Zq9-secret@")
            let started = ContinuousClock.now
            let failure = await #expect(throws: MediaFetchFailure.self) { try await recorder.record(from: secret) }
            #expect(ContinuousClock.now - started <= recorder.deadline + .seconds(5))
            #expect(failure?.reason.hasPrefix("clip") == true)
            #expect(failure?.reason.contains("Zq9-secret") == false)
        }
    }

    @Test func aRefusedPortAndAMissingFFmpegAreNamed() async throws {
        let refused = await #expect(throws: MediaFetchFailure.self) {
            try await ClipRecorder(seconds: 1).record(from: "rtsp://admin:Zq9-secret@127.0.0.1:9/cam1")
        }
        #expect(refused?.reason.hasPrefix("clipFailed") == true && refused?.reason.contains("Zq9-secret") == false)
        let missing = await #expect(throws: MediaFetchFailure.self) {
            try await ClipRecorder(ffmpeg: "/nonexistent/ffmpeg", seconds: 1).record(from: "rtsp://127.0.0.1:9/cam1")
        }
        #expect(missing?.reason.hasPrefix("ffmpegMissing") == true)
    }

    @Test func ffmpegsLastWordHidesTheCredentials() {
        let said = "[rtsp @ 0x5] method DESCRIBE failed: 401 Unauthorized\nrtsp://admin:Zq9@10.0.0.5/s: Server returned 401"
        #expect(ClipRecorder.lastLine(of: said, hiding: "rtsp://nothing") == "rtsp://***@10.0.0.5/s: Server returned 401")
        #expect(
            ClipRecorder.lastLine(of: "rtsp://a:b@h/s: Connection refused", hiding: "rtsp://a:b@h/s") == "the camera's stream: Connection refused")
    }
}
