import Foundation
import VigieCore

/// A clip of every camera with a stream that covers the alarm's zones (``ClipRecorder``); cameras without one are
/// left out: their snapshot is their evidence.
public struct ClipSource: CameraMediaSource {
    let recorder: ClipRecorder

    public init(recorder: ClipRecorder) {
        self.recorder = recorder
    }

    public var name: String { "clip" }
    public var kind: MediumKind { .clip }
    public var origin: MediumOrigin { .recording }
    /// Each clip is one ffmpeg converting for its length: a few at a time on a small server.
    public var concurrentAlarms: Int { 4 }
    public func serves(_ camera: Device) -> Bool { camera.streamAddress != nil }

    public func fetch(from camera: Device) async throws(MediaFetchFailure) -> FetchedMedium {
        guard let address = camera.streamAddress else { throw MediaFetchFailure(reason: "noStream: the camera has no stream address") }
        return FetchedMedium(data: try await recorder.record(from: address), contentType: "video/mp4")
    }
}
