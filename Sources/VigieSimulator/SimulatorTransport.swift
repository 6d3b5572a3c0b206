/// How simulated panels reach the receiver.
public enum SimulatorTransport: String, Sendable, Hashable, CaseIterable {
    /// One persistent TCP connection per panel, reopened when it breaks.
    case tcp
    /// One UDP socket per panel; each frame is one datagram.
    case udp
}
