/// The demo station's simulated traffic, as the console switches it (`vigie demo` only): a trainer quiets the
/// station to play one story, then lets it live again, without leaving the browser.
public struct DemoTrafficSwitch: Sendable {
    public var isPaused: @Sendable () -> Bool
    public var setPaused: @Sendable (Bool) -> Void

    public init(isPaused: @escaping @Sendable () -> Bool, setPaused: @escaping @Sendable (Bool) -> Void) {
        self.isPaused = isPaused
        self.setPaused = setPaused
    }
}
