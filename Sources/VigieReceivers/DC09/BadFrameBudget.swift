import VigieCore

/// Which datagrams the UDP receiver still decodes when sources send it frames it cannot use (unknown accounts,
/// frames it refuses).
///
/// A datagram is cheap to send and dear to decode, check and store: a flood of bad frames would otherwise cost the
/// station far more than it costs the sender, and crowd the kernel's socket buffer so that real panels' datagrams
/// are lost with it. So each source (address and port) has a budget of bad frames; once it is spent, that source's
/// datagrams are dropped before decoding, for the price of a table lookup, until the budget refills. A source
/// that sent a good frame (a known account, decoded) is proven for a while; the others also share one budget
/// over all sources, which bounds a flood whose source address changes with every datagram. Frames of proven
/// sources, and frames whose clear header claims an account the station knows, are never held back by others:
/// a panel that reports for the first time during such a flood still gets its ACK.
struct BadFrameBudget<Source: Hashable & Sendable>: Sendable {
    struct Limits: Sendable, Equatable {
        /// Bad frames a source may send at once, then per second.
        var perSourceBurst: Double = 50
        var perSourceRate: Double = 5
        /// Bad frames of all unproven sources together, at once, then per second.
        var totalBurst: Double = 200
        var totalRate: Double = 20
        /// How long a good frame proves its source.
        var provenFor: Duration = .seconds(600)
        /// Sources remembered; beyond, those with nothing to remember are forgotten (all of them if need be).
        var maximumSources = 65_536
    }

    private struct SourceState: Sendable {
        var bucket: TokenBucket
        var provenUntil: MonotonicInstant?

        func isProven(at now: MonotonicInstant) -> Bool { provenUntil.map { $0 > now } ?? false }
    }

    let limits: Limits
    private var sources: [Source: SourceState] = [:]
    private var total: TokenBucket

    init(limits: Limits = Limits(), at now: MonotonicInstant) {
        self.limits = limits
        total = TokenBucket(capacity: limits.totalBurst, refillPerSecond: limits.totalRate, at: now)
    }

    /// Whether to decode a datagram from `source`: no, if the source spent its budget, or if it is unproven, all
    /// unproven sources together spent theirs, and the datagram does not claim a known account (asked last, as
    /// it costs a scan and a lookup).
    mutating func admits(_ source: Source, at now: MonotonicInstant, claimsKnownAccount: () -> Bool) -> Bool {
        if var state = sources[source] {
            guard state.bucket.hasToken(at: now) else { return false }
            if state.isProven(at: now) { return true }
        }
        return total.hasToken(at: now) || claimsKnownAccount()
    }

    /// A frame from `source` that the station could not use: spends one of its tokens (and of the shared budget).
    mutating func charge(_ source: Source, at now: MonotonicInstant) {
        var state = sources[source] ?? newState(at: now)
        state.bucket.take(at: now)
        if !state.isProven(at: now) { total.take(at: now) }
        remember(state, for: source, at: now)
    }

    /// A good frame from `source`: proves it for ``Limits/provenFor``.
    mutating func vouch(for source: Source, at now: MonotonicInstant) {
        var state = sources[source] ?? newState(at: now)
        state.provenUntil = now + limits.provenFor
        remember(state, for: source, at: now)
    }

    /// The sources remembered (bounded by ``Limits/maximumSources``).
    var rememberedSources: Int { sources.count }

    private func newState(at now: MonotonicInstant) -> SourceState {
        SourceState(bucket: TokenBucket(capacity: limits.perSourceBurst, refillPerSecond: limits.perSourceRate, at: now))
    }

    private mutating func remember(_ state: SourceState, for source: Source, at now: MonotonicInstant) {
        sources[source] = state
        guard sources.count > limits.maximumSources else { return }
        // A full budget that proves nothing is the same as no entry; then unproven sources go (a flood from forged
        // addresses); then, if every source is proven, all of them.
        sources = sources.filter { _, state in
            var state = state
            return !state.bucket.isFull(at: now) || state.isProven(at: now)
        }
        if sources.count > limits.maximumSources { sources = sources.filter { $0.value.isProven(at: now) } }
        if sources.count > limits.maximumSources { sources.removeAll(keepingCapacity: true) }
    }
}
