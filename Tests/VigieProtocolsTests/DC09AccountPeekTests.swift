import NIOCore
import Testing
import VigieProtocols

/// The account a datagram claims, read before anything is checked (the UDP receiver's first look).
@Suite struct DC09AccountPeekTests {
    @Test(arguments: [
        ("\n9C5E0047\"SIA-DCS\"0001R1L1#4F21[#4F21|Nri1/BA003]\r", "4F21"),
        ("\n1B2C0050\"*SIA-DCS\"0002R1L1#9A01[\u{1}\u{2}encrypted]_12:00:00,01-01-2026\r", "9A01"),
        ("\nABCD0030\"ADM-CID\"0003L0#123456[#123456|1130 01 003]\r", "123456"),
    ])
    func readsTheAccountOfTheClearHeader(frame: String, account: String) {
        #expect(DC09AccountPeek.account(in: ByteBuffer(string: frame)) == account)
    }

    @Test(arguments: [
        "", "garbage", "\n9C5E0047\"SIA-DCS\"0001R1L1[no account]\r", "\n9C5E0047\"SIA-DCS\"0001R1L1#[empty]\r",
        "\n" + String(repeating: "0", count: 200) + "#4F21[late]\r",
    ])
    func findsNoAccountInWhatIsNoFrame(bytes: String) {
        #expect(DC09AccountPeek.account(in: ByteBuffer(string: bytes)) == nil)
    }
}
