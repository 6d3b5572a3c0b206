/// The `VIGIE_*` environment variable of each configuration key, as swift-configuration's environment provider
/// names it: `VIGIE_`, then each component in upper case, a camelCase word boundary and any character other than
/// a letter or digit becoming `_` (`receiver.maximumConnections` → `VIGIE_RECEIVER_MAXIMUM_CONNECTIONS`).
enum EnvironmentVariableNames {
    /// Variables of Vigie that are not configuration keys.
    static let reserved: Set<String> = ["VIGIE_CONFIG"]

    static func name(of key: String) -> String {
        (["vigie"] + key.split(separator: ".").map(String.init)).map(component).joined(separator: "_")
    }

    /// The `VIGIE_*` variables of `environment` that name none of `keys`, each with the key's variable it most
    /// likely meant (the same letters, underscores aside), so that a misspelt variable is not silently ignored.
    static func unknown(in environment: [String: String], keys: Set<String>) -> [(variable: String, meant: String?)] {
        let known = Dictionary(keys.map { (name(of: $0), $0) }, uniquingKeysWith: { first, _ in first })
        let byLetters = Dictionary(known.keys.map { ($0.replacing("_", with: ""), $0) }, uniquingKeysWith: { first, _ in first })
        return environment.keys.filter { $0.hasPrefix("VIGIE_") && known[$0] == nil && !reserved.contains($0) }.sorted().map { variable in
            (variable, byLetters[variable.replacing("_", with: "")])
        }
    }

    private static func component(_ text: String) -> String {
        var words = ""
        var previous: Character?
        for character in text {
            if let previous, previous.isLowercase, character.isUppercase { words.append("_") }
            words.append(character)
            previous = character
        }
        return String(words.uppercased().map { $0.isLetter || $0.isNumber ? $0 : "_" })
    }
}
