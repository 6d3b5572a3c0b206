import ArgumentParser
import Foundation
import VigieCore
import VigieWeb

/// `vigie user add`: creates a user from the command line, typically the first administrator.
struct UserCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user", abstract: "Manage users.", subcommands: [Add.self])

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: "Create a user.",
            discussion:
                "Asks for the password when standard input is a terminal, reads one line when it is not, or generates one with --generate-password.")

        @Argument(help: "Sign-in name (lower-case letters, digits, '.', '-', '_').")
        var name: String

        @Option(help: "operator, supervisor or admin.")
        var role: Role

        @Option(name: .customLong("display-name"), help: "Name shown in the console and the logbook (default: the sign-in name).")
        var displayName: String?

        @Flag(name: .customLong("generate-password"), help: "Generate a password and print it.")
        var generatePassword = false

        @OptionGroup var options: StationOptions

        func run() async throws {
            let configuration = try await options.configuration()
            let user = User(username: name, displayName: displayName ?? name, role: role)
            try user.validate()
            let password = generatePassword ? PasswordGenerator.generate() : try Self.readPassword()
            try User.validate(password: password)
            let hash = try await PasswordHasher(cost: configuration.web.bcryptCost).hash(password)
            _ = try await Station.withStore(configuration) {
                try await $0.store.createUser(user, passwordHash: hash, by: Author(userID: nil, name: "cli"))
            }
            print("created \(role.rawValue) \(name)")
            if generatePassword { print("password: \(password)") }
        }

        static func readPassword() throws -> String {
            if isatty(STDIN_FILENO) != 0, let typed = getpass("Password for the new user: ") {
                return String(cString: typed)
            }
            guard let line = readLine(strippingNewline: true) else {
                throw ValidationError("no password on standard input; use --generate-password")
            }
            return line
        }
    }
}

extension Role: ExpressibleByArgument {}
