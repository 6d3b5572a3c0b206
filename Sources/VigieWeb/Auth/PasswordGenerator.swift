/// Passwords that a person can read out and type: four groups of four unambiguous characters.
public enum PasswordGenerator {
    /// No 0/O, 1/l/I: the password may be dictated over the phone to a night operator.
    static let alphabet = Array("abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ23456789")

    public static func generate() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<4).map { _ in String((0..<4).map { _ in alphabet.randomElement(using: &generator)! }) }.joined(separator: "-")
    }
}
