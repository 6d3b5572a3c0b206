import Testing
import VigieTestSupport

extension StoreFactory: CustomTestStringConvertible {
    public var testDescription: String { name }
}
