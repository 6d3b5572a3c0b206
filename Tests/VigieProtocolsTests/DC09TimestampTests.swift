import Testing
import VigieProtocols
import VigieTestSupport

@Suite struct DC09TimestampTests {
    @Test func convertsToAndFromEpochSeconds() throws {
        let timestamp = try #require(DC09Timestamp(year: 2015, month: 6, day: 22, hour: 13, minute: 53, second: 11))
        #expect(timestamp.epochSeconds == 1_434_981_191)
        #expect(DC09Timestamp(epochSeconds: 1_434_981_191) == timestamp)
        #expect(DC09Timestamp(epochSeconds: 0).description == "00:00:00,01-01-1970")
    }

    @Test(arguments: [0, 951_782_400, 1_709_164_800, 4_102_444_799, 1_767_357_296])
    func roundTripsAnyInstant(seconds: Int64) {
        #expect(DC09Timestamp(epochSeconds: seconds).epochSeconds == seconds)
    }

    @Test func roundTripsRandomInstants() {
        var generator = SeededGenerator(seed: 7)
        for _ in 0..<2000 {
            let seconds = Int64.random(in: 0..<253_402_300_799, using: &generator)
            let timestamp = DC09Timestamp(epochSeconds: seconds)
            #expect(timestamp.epochSeconds == seconds)
            #expect(DC09Timestamp(wire: timestamp.description) == timestamp)
        }
    }

    @Test func parsesAndPrintsTheWireForm() throws {
        let timestamp = try #require(DC09Timestamp(wire: "_14:12:04,09-25-2011"))
        #expect(timestamp.description == "14:12:04,09-25-2011")
        #expect(timestamp.iso8601 == "2011-09-25T14:12:04Z")
    }

    @Test(arguments: [
        "14:12:04,02-30-2011", "24:00:00,01-01-2020", "12:60:00,01-01-2020", "12:00:00,13-01-2020",
        "12:00:00,01-01-1969", "12-00-00,01-01-2020", "12:00:00,01-01-20", "ab:00:00,01-01-2020",
    ])
    func refusesImpossibleTimestamps(text: String) {
        #expect(DC09Timestamp(wire: text) == nil)
    }

    @Test func acceptsLeapDays() {
        #expect(DC09Timestamp(wire: "00:00:00,02-29-2024") != nil)
        #expect(DC09Timestamp(wire: "00:00:00,02-29-2100") == nil)
        #expect(DC09Timestamp(wire: "00:00:00,02-29-2000") != nil)
    }
}
