import VigieCore

/// Alarm images and clips, as evidence.
extension APIOperations {
    static let media: [OpenAPIOperation] = [
        OpenAPIOperation(
            method: .get, path: "/api/v1/alarms/{id}/media", operationID: "listAlarmMedia", summary: "An alarm's images and clips",
            description: "Oldest first: those its signals brought (camera e-mails) and those the station fetched for it.", tag: "Alarms",
            access: .session(.operator), parameters: [.id(of: "alarm")], response: .ok("MediumList")),
        OpenAPIOperation(
            method: .get, path: "/api/v1/media/{id}", operationID: "getMedium", summary: "One image or clip",
            description: """
                The file as it arrived (checked against its SHA-256). Each request is written in the logbook with who and when \
                (`media.viewed`, or `media.downloaded` with `download=true`). 410 once retention removed the file.
                """,
            tag: "Alarms", access: .session(.operator),
            parameters: [
                .id(of: "medium"),
                .query("download", "Serve as an attachment to save, and log a download rather than a view.", .strings(["true", "false"])),
            ],
            response: OpenAPIResponse(
                status: 200, description: "The image or clip", contentType: "image/jpeg", alternativeContentTypes: ["image/png", "video/mp4"]),
            specificErrors: [.gone]),
        OpenAPIOperation(
            method: .get, path: "/api/v1/alarms/{id}/live/{deviceID}", operationID: "watchCameraLive", summary: "A camera's live picture",
            description: """
                One of the alarm's site cameras, relayed by the station as MJPEG (`multipart/x-mixed-replace`, for an `<img>`):                 the camera's address and account never reach the browser. Only while the alarm is open and until                 `media.liveViewMinutes` after its latest event (`liveUntil` of the alarm's context); the stream ends then.                 Each opening is written in the logbook (`media.liveViewed`). 403 `liveViewClosed` outside the window, 404 for                 a camera of another site or without a stream, 503 `tooManyLiveViews` beyond `media.maximumLiveViews`.
                """,
            tag: "Alarms", access: .session(.operator),
            parameters: [
                .id(of: "alarm"), OpenAPIParameter(name: "deviceID", location: .path, description: "The camera's id.", schema: .uuid),
            ],
            response: OpenAPIResponse(status: 200, description: "The live picture, frame after frame", contentType: "multipart/x-mixed-replace"),
            specificErrors: [.serviceUnavailable]),
    ]
}
