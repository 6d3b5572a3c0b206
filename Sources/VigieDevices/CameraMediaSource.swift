import Foundation
import VigieCore

/// What ``CameraMediaService`` asks each camera covering an alarm's zones for.
public protocol CameraMediaSource: Sendable {
    /// For the logs: `snapshot`, `clip`.
    var name: String { get }
    var kind: MediumKind { get }
    var origin: MediumOrigin { get }
    /// Alarms handled at once.
    var concurrentAlarms: Int { get }
    /// Whether the camera is asked at all; one that is asked and gives nothing is written on the alarm.
    func serves(_ camera: Device) -> Bool
    func fetch(from camera: Device) async throws(MediaFetchFailure) -> FetchedMedium
}

/// What a camera gave.
public struct FetchedMedium: Sendable {
    public var data: Data
    public var contentType: String

    public init(data: Data, contentType: String) {
        self.data = data
        self.contentType = contentType
    }
}

/// Why a camera gave nothing, as the alarm's `media.failed` entry says it: "word: detail", the word named in the
/// console's language.
public struct MediaFetchFailure: Error, Sendable, Hashable {
    public var reason: String

    public init(reason: String) {
        self.reason = reason
    }
}

/// A JPEG from every camera covering the alarm's zones (``CameraClient/snapshot(of:)``); a camera without a snapshot
/// address is asked too, so that the alarm says it gave none.
public struct SnapshotSource: CameraMediaSource {
    let client: CameraClient

    public init(client: CameraClient = CameraClient()) {
        self.client = client
    }

    public var name: String { "snapshot" }
    public var kind: MediumKind { .image }
    public var origin: MediumOrigin { .snapshot }
    public var concurrentAlarms: Int { 16 }
    public func serves(_ camera: Device) -> Bool { true }

    public func fetch(from camera: Device) async throws(MediaFetchFailure) -> FetchedMedium {
        do throws(SnapshotError) {
            return FetchedMedium(data: try await client.snapshot(of: camera), contentType: "image/jpeg")
        } catch {
            throw MediaFetchFailure(reason: error.reason)
        }
    }
}
