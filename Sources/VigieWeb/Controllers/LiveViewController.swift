import Foundation
import HTTPTypes
import Hummingbird
import Synchronization
import VigieCore

/// `GET /api/v1/alarms/{id}/live/{deviceID}`: the live picture of one of the alarm's site cameras, relayed by the
/// server (``LiveVideoRelay``) so that the camera's address and account never reach the browser; only within the
/// alarm's ``LiveViewWindow``, cut when it ends, and written in the logbook with who watched which camera.
struct LiveViewController {
    let store: any Store
    /// `nil` when the station relays no live picture (`media.liveViewMinutes` 0).
    let relay: (any LiveVideoRelay)?
    let window: LiveViewWindow
    let views: LiveViewCount
    let now: @Sendable () -> Date

    func addRoutes(to group: RouterGroup<AppRequestContext>) {
        group.get("alarms/:id/live/:deviceID") { request, context in
            let signedIn = try context.require(.operator)
            let id = try request.uuidParameter("id", context: context, what: "alarm")
            let deviceID = try request.uuidParameter("deviceID", context: context, what: "device")
            guard let alarm = try await store.alarm(id: id) else { throw APIError.notFound("alarm") }
            guard let device = try await store.fetch(Device.self, id: deviceID)?.entity, device.siteID == alarm.siteID else {
                throw APIError.notFound("device")
            }
            let date = now()
            guard let relay, window.isOpen(for: alarm, at: date) else { throw APIError.liveViewClosed }
            guard let address = device.streamAddress else { throw APIError.noStream }
            guard views.enter() else { throw APIError.tooManyLiveViews(views.maximum) }
            let remaining = window.end(of: alarm).timeIntervalSince(date)
            do {
                try await store.appendLogbook(MediaLog.watched(device: device, alarm: alarm, until: window.end(of: alarm), by: signedIn.author))
            } catch {
                views.leave()
                throw error
            }
            let views = self.views
            return Response(
                status: .ok, headers: [.contentType: relay.contentType, .cacheControl: "private, no-store"],
                body: ResponseBody { writer in
                    defer { views.leave() }
                    // A viewer who leaves makes the write fail, which stops the relay and its ffmpeg.
                    try? await relay.relay(from: address, for: .milliseconds(Int64(remaining * 1000))) { bytes in
                        try await writer.write(ByteBuffer(bytes: bytes))
                    }
                    try await writer.finish(nil)
                })
        }
    }
}

/// Live views open at once, bounded: each is an ffmpeg converting a stream.
final class LiveViewCount: Sendable {
    let maximum: Int
    private let open = Atomic<Int>(0)

    init(maximum: Int) {
        self.maximum = maximum
    }

    /// Counts a new view, or says there is no room for it.
    func enter() -> Bool {
        let count = open.wrappingAdd(1, ordering: .acquiringAndReleasing).newValue
        guard count <= maximum else {
            open.wrappingSubtract(1, ordering: .acquiringAndReleasing)
            return false
        }
        return true
    }

    func leave() {
        open.wrappingSubtract(1, ordering: .acquiringAndReleasing)
    }
}

extension APIError {
    static let liveViewClosed = APIError(
        .forbidden, code: "liveViewClosed",
        Reason("liveViewClosed", english: "live view is only open for an alarm, until its window after the latest event ends"))
    static let noStream = APIError(.notFound, code: "noStream", Reason("noStream", english: "the camera has no stream address"))
    static func tooManyLiveViews(_ maximum: Int) -> APIError {
        APIError(
            .serviceUnavailable, code: "tooManyLiveViews",
            Reason("tooManyLiveViews", ["maximum": "\(maximum)"], english: "\(maximum) live views are open already"))
    }
}
