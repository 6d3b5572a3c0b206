import Foundation

/// Camera pushes as cameras send them, written from the formats in docs/video.md (pyHik's fixtures for the Hikvision
/// document): nothing here comes from a vendor's file.
enum PushSamples {
    static let jpeg: [UInt8] = [0xFF, 0xD8, 0xFF, 0xFE, 0x00, 0x06, 0x71, 0x75, 0x61, 0x69, 0xFF, 0xD9]

    static func alert(
        type: String = "linedetection", state: String = "active", namespace: String = "http://www.hikvision.com/ver20/XMLSchema"
    )
        -> String
    {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <EventNotificationAlert version="2.0" xmlns="\(namespace)">
        <ipAddress>192.0.2.10</ipAddress>
        <portNo>80</portNo>
        <protocol>HTTP</protocol>
        <macAddress>44:19:b6:00:00:01</macAddress>
        <channelID>1</channelID>
        <dateTime>2026-12-04T21:13:05+01:00</dateTime>
        <activePostCount>1</activePostCount>
        <eventType>\(type)</eventType>
        <eventState>\(state)</eventState>
        <eventDescription>Line crossing alarm</eventDescription>
        <channelName>Quai 2</channelName>
        <DetectionRegionList><DetectionRegionEntry><regionID>1</regionID></DetectionRegionEntry></DetectionRegionList>
        </EventNotificationAlert>
        """
    }

    /// A Hikvision "HTTP listening" post: the document and its picture as `multipart/form-data`.
    static let boundary = "MIME_boundary"
    static var formData: [UInt8] {
        var body = Array(
            """
            --\(boundary)\r
            Content-Disposition: form-data; name="linedetection"\r
            Content-Type: application/xml; charset="UTF-8"\r
            \r
            \(alert())\r
            --\(boundary)\r
            Content-Disposition: form-data; name="linedetectionPicture"; filename="linedetectionPicture.jpg"\r
            Content-Type: image/jpeg\r
            \r

            """.utf8)
        body += jpeg
        body += Array("\r\n--\(boundary)--\r\n".utf8)
        return body
    }
}
