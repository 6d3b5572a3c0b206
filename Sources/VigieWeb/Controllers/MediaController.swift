import Crypto
import Foundation
import HTTPTypes
import Hummingbird
import VigieCore

/// An alarm's images and clips: `GET /api/v1/alarms/{id}/media` lists them, `GET /api/v1/media/{id}` serves one and
/// writes the view (or, with `download=true`, the download) in the logbook with who and when, before the first byte
/// leaves (APSAD I31 annex 7).
struct MediaController {
    let store: any Store
    let library: MediaLibrary

    func addRoutes(to group: RouterGroup<AppRequestContext>) {
        group.get("alarms/:id/media") { request, context in
            let id = try request.uuidParameter("id", context: context, what: "alarm")
            guard try await store.alarm(id: id) != nil else { throw APIError.notFound("alarm") }
            return try Response.json(try await store.media(alarmID: id))
        }
        group.get("media/:id") { request, context in
            let signedIn = try context.require(.operator)
            let id = try request.uuidParameter("id", context: context, what: "medium")
            guard let medium = try await store.medium(id: id) else { throw APIError.notFound("medium") }
            if let purgedAt = medium.purgedAt { throw APIError.mediumPurged(at: purgedAt) }
            let data = try library.read(sha256: medium.sha256)
            // Evidence is served only as it arrived: a file that no longer matches its hash is refused, not shown.
            guard Hex.string(SHA256.hash(data: data)) == medium.sha256 else { throw APIError.mediumAltered }
            let download = try request.boolQuery("download")
            try await store.appendLogbook(MediaLog.accessed(medium, download: download, by: signedIn.author))
            var headers: HTTPFields = [.contentType: medium.contentType, .cacheControl: "private, no-store"]
            if download {
                let name = medium.fileName.map(Self.safeFileName) ?? "\(medium.sha256.prefix(16)).\(medium.kind == .image ? "jpg" : "mp4")"
                headers[.contentDisposition] = "attachment; filename=\"\(name)\""
            }
            return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
        }
    }

    /// A device's file name, safe inside a quoted header value.
    static func safeFileName(_ name: String) -> String {
        String(name.unicodeScalars.filter { $0.isASCII && $0.value >= 0x20 && $0 != "\"" && $0 != "\\" && $0 != "/" }.map(Character.init))
    }
}

extension APIError {
    static func mediumPurged(at date: Date) -> APIError {
        APIError(
            .gone, code: "gone",
            Reason("mediumPurged", ["date": date.iso8601Milliseconds], english: "the medium's file was removed at the end of its retention"))
    }

    static let mediumAltered = APIError(
        .internalServerError, code: "mediumAltered", Reason("mediumAltered", english: "the medium's file no longer matches its SHA-256"))
}
