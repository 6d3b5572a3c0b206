import Testing
import VigieCore
import VigieEngine

/// DISK-LOW is raised early: on free bytes, on the free share, and on minutes left at the rate of use.
@Suite struct DiskThresholdsTests {
    private let thresholds = StationMonitor.DiskThresholds(minimumFreeBytes: 1 << 30, minimumFreeFraction: 0.05, minimumMinutesLeft: 120)
    private let terabyte: Int64 = 1 << 40

    @Test func enoughSpaceIsNoProblem() {
        #expect(thresholds.problem(DiskSpace(freeBytes: terabyte / 2, totalBytes: terabyte), minutesLeft: nil) == nil)
        #expect(thresholds.problem(DiskSpace(freeBytes: terabyte / 2, totalBytes: terabyte), minutesLeft: 10_000) == nil)
    }

    @Test func littleSpaceInBytesOrShareIsAProblem() {
        #expect(
            thresholds.problem(DiskSpace(freeBytes: 500 << 20, totalBytes: 4 << 30), minutesLeft: nil)
                == Wording(
                    en: "Only 500 MB (12 %) free on the data volume", fr: "Plus que 500 Mo (12 %) libres sur le volume des données"))
        #expect(thresholds.problem(DiskSpace(freeBytes: terabyte / 50, totalBytes: terabyte), minutesLeft: nil) != nil)
    }

    @Test func spaceThatRunsOutSoonIsAProblemWhateverItsSize() {
        let space = DiskSpace(freeBytes: 100 << 30, totalBytes: terabyte / 4)
        #expect(
            thresholds.problem(space, minutesLeft: 45)?.en == "Only 102400 MB (39 %) free on the data volume: about 45 min at the current rate")
    }

    @Test func theTrendMeasuresTheRateOverItsWindow() {
        var trend = DiskUsageTrend()
        let start = ContinuousClock.now
        trend.observe(DiskSpace(freeBytes: 10_000_000, totalBytes: 100_000_000), at: start)
        #expect(trend.minutesLeft(DiskSpace(freeBytes: 10_000_000, totalBytes: 100_000_000)) == nil, "one observation has no rate")
        trend.observe(DiskSpace(freeBytes: 9_400_000, totalBytes: 100_000_000), at: start + .seconds(60))
        #expect(trend.bytesPerSecond == 10_000)
        #expect(trend.minutesLeft(DiskSpace(freeBytes: 9_400_000, totalBytes: 100_000_000)) == 9_400_000.0 / 10_000 / 60)
        // Space given back (a purge, a checkpoint) lowers the rate; more free than at the start means none used.
        trend.observe(DiskSpace(freeBytes: 20_000_000, totalBytes: 100_000_000), at: start + .seconds(120))
        #expect(trend.bytesPerSecond == 0)
    }
}
