import Foundation

/// The stored form of a signal's attachments: `nil` (no column value) for the many signals without any, so that the
/// DC-09 hot path pays nothing for them.
public enum AttachmentsJSON {
    public static func encode(_ attachments: [MediumAttachment]) -> String? {
        guard !attachments.isEmpty, let data = try? VigieJSON.encoder().encode(attachments) else { return nil }
        return String(decoding: data, as: UTF8.self)
    }

    public static func decode(_ text: String?) throws -> [MediumAttachment] {
        guard let text else { return [] }
        return try VigieJSON.decoder().decode([MediumAttachment].self, from: Data(text.utf8))
    }
}
