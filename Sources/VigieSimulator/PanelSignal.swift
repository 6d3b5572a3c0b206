import VigieProtocols

/// One message a simulated panel sends: its token and its data block (empty for a NULL poll).
public struct PanelSignal: Sendable, Hashable {
    public var token: DC09Token
    public var data: String

    public init(token: DC09Token, data: String) {
        self.token = token
        self.data = data
    }

    /// A link-supervision poll.
    public static let poll = PanelSignal(token: .null, data: "")
}
