extension Alarm {
    /// The title a person reads, in each language: ``titles``, or the stored English title in both for an alarm
    /// stored before titles were kept.
    public var wording: Wording { titles ?? Wording(both: title) }
}
