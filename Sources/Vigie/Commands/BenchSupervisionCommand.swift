import ArgumentParser
import Foundation
import VigieCore
import VigieEngine

/// `vigie bench supervision`: memory, `heard` cost and deadline accuracy of link supervision at station scale.
/// A benchmark, not a test; its figures are recorded in docs/benchmarks.md.
struct BenchSupervisionCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "supervision",
        abstract: "Measure link supervision with 1,000,000 polling transmitters (memory, heard cost, deadline accuracy).",
        discussion: """
            Supervises --transmitters links with a DP4-like window (--interval s plus 10 % grace, at most 60 s), \
            their polls spread evenly over the interval. First it replays --minutes of simulated polling as fast as \
            it can, with one transmitter in 1,000 going silent after the first minute; then it runs a real 1-s tick \
            loop against the system clock for --seconds, as the station's service does (sleep until the earliest \
            deadline, at most one tick), with one transmitter in 100 silent, and reports how late each lost link \
            was reported. Build in release mode: swift run -c release vigie bench supervision
            """
    )

    @Option(help: "Supervised transmitters.")
    var transmitters = 1_000_000

    @Option(help: "Polling interval in seconds.")
    var interval = 90

    @Option(help: "Simulated minutes of polling replayed before the real-time phase.")
    var minutes = 5

    @Option(help: "Real seconds of the tick loop against the system clock.")
    var seconds = 20

    func run() async throws {
        guard transmitters > 0, interval > 0 else { throw ValidationError("transmitters and interval must be positive") }
        let rssBefore = ProcessMemory.read()
        var fleet = SupervisionFleet(count: transmitters, interval: interval)
        let rssIDs = ProcessMemory.read()
        let end = Date()
        let simulated = fleet.simulate(minutes: minutes, until: end)
        let rssAfter = ProcessMemory.read()
        print("transmitters: \(transmitters), window \(interval) s + \(fleet.graceSeconds) s grace")
        print("memory: VmRSS \(rssBefore.mebibytes) MiB before, \(rssIDs.mebibytes) MiB with the test's UUID list, \(rssAfter.mebibytes) MiB after")
        print("  supervisor and its load: \(rssAfter.mebibytes - rssIDs.mebibytes) MiB (VmHWM \(rssAfter.peakMebibytes) MiB)")
        print(simulated.summary)
        let accuracy = try await fleet.tickInRealTime(seconds: seconds)
        print(accuracy.summary)
        print(fleet.measureHeardAlone(after: Date()))
    }
}

/// The benchmark's transmitters and their poll schedule: transmitter `i` polls at `phase(i)` within every interval.
/// (Kept in this file: the benchmark is the only user.)
private struct SupervisionFleet {
    let ids: [UUID]
    let intervalMilliseconds: Int64
    let graceSeconds: Int
    var supervisor: LinkSupervisor
    /// Polls are fed up to (excluding) this time, in milliseconds since 1970.
    var fedUntil: Int64 = 0
    /// Transmitters silent from this time on, by selector.
    var silences: [(from: Int64, isSilent: (Int) -> Bool)] = []

    init(count: Int, interval: Int) {
        ids = (0..<count).map { _ in UUID() }
        intervalMilliseconds = Int64(interval) * 1000
        graceSeconds = min(60, max(5, interval / 10))
        supervisor = LinkSupervisor(expectedTransmitters: count)
    }

    func phase(_ index: Int) -> Int64 { Int64(index) * intervalMilliseconds / Int64(ids.count) }

    /// Replays `minutes` of polling ending at `end`, expiring once per simulated second.
    mutating func simulate(minutes: Int, until end: Date) -> SimulationResult {
        let endMilliseconds = end.millisecondsSince1970
        let start = endMilliseconds - Int64(minutes) * 60_000
        let window = SupervisionWindow(interval: .milliseconds(intervalMilliseconds), grace: .seconds(graceSeconds))
        let configureStarted = ContinuousClock.now
        let startCycle = cycle(of: start)
        for index in ids.indices {
            // As if each had last polled on its schedule just before the replay.
            let scheduled = startCycle + phase(index)
            let lastPoll = scheduled < start ? scheduled : scheduled - intervalMilliseconds
            supervisor.configure(ids[index], window: window, since: Self.instant(lastPoll))
        }
        let configureTime = ContinuousClock.now - configureStarted
        fedUntil = start
        silences = [(start + 60_000, { $0 % 1000 == 7 })]
        var result = SimulationResult(configureTime: configureTime, expectedLost: ids.indices.count { $0 % 1000 == 7 })
        var now = start
        while now < endMilliseconds {
            now += 1000
            let fed = ContinuousClock.now
            result.heard += feed(until: now)
            result.heardTime += ContinuousClock.now - fed
            let expired = ContinuousClock.now
            let lost = supervisor.expire(now: Self.instant(now).monotonic)
            result.expireTime += ContinuousClock.now - expired
            result.lost += lost.count
            result.worstLateness = max(result.worstLateness, lost.map { now - $0.at.millisecondsSince1970 }.max() ?? 0)
        }
        return result
    }

    /// Records every poll due before `until` (milliseconds) from transmitters that are not silent.
    /// - Returns: how many polls were recorded.
    mutating func feed(until: Int64) -> Int {
        var count = 0
        var time = fedUntil
        while time < until {
            let cycle = cycle(of: time)
            let cycleEnd = min(until, cycle + intervalMilliseconds)
            let first = firstIndex(phaseAtLeast: time - cycle)
            let last = firstIndex(phaseAtLeast: cycleEnd - cycle)
            for index in first..<last where !silences.contains(where: { cycle + phase(index) >= $0.from && $0.isSilent(index) }) {
                _ = supervisor.heard(ids[index], at: Self.instant(cycle + phase(index)))
                count += 1
            }
            time = cycleEnd
        }
        fedUntil = until
        return count
    }

    /// A time of the benchmark's timeline (milliseconds since 1970) on both of the supervisor's clocks: the
    /// benchmark feeds polls on one clock, so its monotonic and wall readings are the same numbers.
    static func instant(_ milliseconds: Int64) -> StationInstant {
        StationInstant(wall: Date(millisecondsSince1970: milliseconds), monotonic: MonotonicInstant(sinceOrigin: .milliseconds(milliseconds)))
    }

    /// The start of the polling cycle that contains `time` (cycles are aligned on multiples of the interval).
    func cycle(of time: Int64) -> Int64 {
        time - ((time % intervalMilliseconds) + intervalMilliseconds) % intervalMilliseconds
    }

    /// The first transmitter whose phase is at least `offset` (phases grow with the index).
    func firstIndex(phaseAtLeast offset: Int64) -> Int {
        let guess = Int((offset * Int64(ids.count) + intervalMilliseconds - 1) / intervalMilliseconds)
        return min(max(guess, 0), ids.count)
    }

    /// Times `heard` alone: one call per transmitter, visited in a scattered order (a stride coprime with the count).
    mutating func measureHeardAlone(after time: Date) -> String {
        let stride = ids.count > 1 ? 7_919 : 1
        let at = time.millisecondsSince1970
        let started = ContinuousClock.now
        var index = 0
        for offset in ids.indices {
            _ = supervisor.heard(ids[index], at: Self.instant(at + Int64(offset / 1000)))
            index = (index + stride) % ids.count
        }
        let elapsed = ContinuousClock.now - started
        return "heard alone: \(String(format: "%.0f", elapsed.nanoseconds / Double(ids.count))) ns per call (\(ids.count) calls, scattered order)"
    }

    /// Runs the station's loop against the system clock: sleep until the earliest deadline (at most 1 s), feed
    /// the polls that came due, expire, and note how late each lost link was reported.
    mutating func tickInRealTime(seconds: Int) async throws -> AccuracyResult {
        let started = Date().millisecondsSince1970
        silences.append((started, { $0 % 100 == 3 }))
        _ = feed(until: started)
        var result = AccuracyResult(seconds: seconds, caughtUp: supervisor.expire(now: Self.instant(started).monotonic).count)
        let end = started + Int64(seconds) * 1000
        while Date().millisecondsSince1970 < end {
            let wait = supervisor.nextDeadline.map { ($0 - Self.instant(Date().millisecondsSince1970).monotonic).timeInterval } ?? 1
            try await Task.sleep(for: .seconds(min(1, max(0.001, wait))))
            let nowMilliseconds = Date().millisecondsSince1970
            _ = feed(until: nowMilliseconds + 1)
            let lost = supervisor.expire(now: Self.instant(nowMilliseconds).monotonic)
            result.lateness += lost.map { Double(nowMilliseconds - $0.at.millisecondsSince1970) }
            result.ticks += 1
        }
        return result
    }
}

/// The replay's figures.
private struct SimulationResult {
    var configureTime: Duration
    var expectedLost: Int
    var heard = 0
    var heardTime = Duration.zero
    var expireTime = Duration.zero
    var lost = 0
    var worstLateness: Int64 = 0

    var summary: String {
        let perHeard = heard > 0 ? heardTime.nanoseconds / Double(heard) : 0
        return """
            configure: \(Int(configureTime.nanoseconds / 1e6)) ms for all transmitters
            replay: \(heard) polls, \(String(format: "%.0f", perHeard)) ns per heard (including the poll schedule), \
            expire total \(Int(expireTime.nanoseconds / 1e6)) ms; \(lost) links lost (\(expectedLost) silent), reported at most \(worstLateness) ms \
            after their deadline (1-s simulated steps)
            """
    }
}

/// How late the real-time loop reported lost links, in milliseconds after their deadlines.
private struct AccuracyResult {
    var seconds: Int
    var caughtUp: Int
    var lateness: [Double] = []
    var ticks = 0

    var summary: String {
        let sorted = lateness.sorted()
        func percentile(_ p: Double) -> Double { sorted.isEmpty ? 0 : sorted[min(sorted.count - 1, Int(Double(sorted.count) * p))] }
        return """
            real time: \(seconds) s, \(ticks) wake-ups, \(sorted.count) links lost during the window \
            (\(caughtUp) already due at its start, not counted)
            lateness after the deadline: p50 \(Int(percentile(0.5))) ms, p99 \(Int(percentile(0.99))) ms, max \(Int(sorted.last ?? 0)) ms
            """
    }
}

/// The process's resident memory, from /proc/self/status (Linux).
private struct ProcessMemory {
    var residentKiB = 0
    var peakKiB = 0

    var mebibytes: Int { residentKiB / 1024 }
    var peakMebibytes: Int { peakKiB / 1024 }

    static func read() -> ProcessMemory {
        var memory = ProcessMemory()
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return memory }
        for line in status.split(separator: "\n") {
            let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
            guard fields.count >= 2, let kiB = Int(fields[1]) else { continue }
            if fields[0] == "VmRSS:" { memory.residentKiB = kiB }
            if fields[0] == "VmHWM:" { memory.peakKiB = kiB }
        }
        return memory
    }
}

extension Duration {
    fileprivate var nanoseconds: Double {
        Double(components.seconds) * 1e9 + Double(components.attoseconds) / 1e9
    }
}
