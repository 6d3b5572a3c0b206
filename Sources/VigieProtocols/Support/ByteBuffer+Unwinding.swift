import NIOCore

extension ByteBuffer {
    /// Runs `body` on a copy of `self`; keeps its reads only when it returns a value.
    ///
    /// The SwiftNIO SOCKS codec's pattern: a reader returns `nil` when bytes are missing and throws
    /// when they are malformed, and in both cases the buffer must stay where it was so that the
    /// caller can wait for more bytes or report the error with the raw input intact.
    @inlinable
    mutating func parseUnwindingIfNeeded<Result, Failure: Error>(
        _ body: (inout ByteBuffer) throws(Failure) -> Result?
    ) throws(Failure) -> Result? {
        var copy = self
        guard let result = try body(&copy) else { return nil }
        self = copy
        return result
    }
}
