import Testing
import VigieProtocols

@Suite struct CRC16Tests {
    @Test func matchesTheCRC16ARCCheckValue() {
        #expect(CRC16.arc(Array("123456789".utf8)) == 0xBB3D)
    }

    @Test func emptyInputIsZero() {
        #expect(CRC16.arc([UInt8]()) == 0)
    }

    @Test func coversTheBodyOfTheStandardExample() {
        let body = "\"SIA-DCS\"9876R579BDFL789ABC#12345A[#12345A|NFA129]"
        #expect(CRC16.arc(Array(body.utf8)) == 0xCE11)
    }

    @Test func tableHasNoPrintedTypo() {
        // DC-07's printed table says 0xBE01 for entry 101; the generated value is 0xEB01.
        #expect(CRC16.arc([UInt8(100)]) == 0xEB01)
        #expect(CRC16.arc([UInt8(1)]) == 0xC0C1)
    }
}
