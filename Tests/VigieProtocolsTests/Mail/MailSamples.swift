import Foundation

/// Camera e-mails as devices write them, CRLF line ends as on the wire.
enum MailSamples {
    /// A small JPEG (SOI, a comment, EOI): enough for the station, which keeps bytes as they came.
    static let jpeg: [UInt8] = [0xFF, 0xD8, 0xFF, 0xFE, 0x00, 0x06, 0x71, 0x75, 0x61, 0x69, 0xFF, 0xD9]

    static func crlf(_ text: String) -> [UInt8] {
        Array(text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\n", with: "\r\n").utf8)
    }

    /// A Hikvision-style motion e-mail: folded headers, an encoded subject, a text part and a base64 JPEG.
    static let motion = crlf(
        """
        From: "Quai 2" <cam-quai2@site.example>
        To: quai2@alarmes.example
        Subject: =?UTF-8?B?RMOpdGVjdGlvbiBkZSBtb3V2ZW1lbnQ=?=
         quai 2
        Message-ID: <20261203171522.1@cam-quai2>
        MIME-Version: 1.0
        Content-Type: multipart/mixed;
        \tboundary="----=_Part_7"

        This is a multi-part message in MIME format.
        ------=_Part_7
        Content-Type: text/plain; charset=ISO-8859-1
        Content-Transfer-Encoding: quoted-printable

        Alarme d=E9tect=E9e sur la cam=E9ra 2.
        ------=_Part_7
        Content-Type: image/jpeg;
         name="quai2 20261203171522.jpg"
        Content-Transfer-Encoding: base64
        Content-Disposition: attachment; filename="quai2 20261203171522.jpg"

        \(Data(jpeg).base64EncodedString())
        ------=_Part_7--
        """)

    /// An Immix Generic Stream body with an inline image, LF-only lines as some encoders write.
    static let immix = Array(
        """
        From: analytics@site.example
        To: S12345@alarmes.example
        Subject: Camera 3
        Content-Type: multipart/related; boundary=XYZ

        --XYZ
        Content-Type: text/xml

        <Alarm><VersionInfo>1</VersionInfo><Input1>0</Input1><Input2>1</Input2><EventType>PersonDetected</EventType><ExtraText>Personne zone quai</ExtraText><DateTime>2026-12-03T17:15:22Z</DateTime><Location/><URL/></Alarm>
        --XYZ
        Content-Type: image/jpeg
        Content-Transfer-Encoding: base64

        \(Data(jpeg).base64EncodedString())
        --XYZ--

        """.utf8)
}
