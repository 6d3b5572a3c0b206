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
    ]
}
