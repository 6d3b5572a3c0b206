import VigieCore

/// Users and sessions: the bodies of `UserController` and `SessionController`.
extension APISchemas {
    static var accounts: [String: JSONSchema] {
        [
            "User": .object(
                [
                    "id": .uuid,
                    "username": username,
                    "displayName": .requiredText(maxLength: 100),
                    "role": .ref("Role"),
                    "active": .boolean(description: "A disabled user cannot sign in; users are disabled, never deleted."),
                ], required: ["id", "username", "displayName", "role", "active"],
                description: "A person who signs in. On PUT every field is sent; the id in the path wins."),
            "NewUser": .object(
                [
                    "username": username,
                    "displayName": .requiredText(maxLength: 100),
                    "role": .ref("Role"),
                    "active": JSONSchema.boolean().defaulting(true).nullable(),
                    "password": password.nullable().described("When absent, a password is generated and returned once."),
                ], required: ["username", "displayName", "role"]),
            "CreatedUser": .object(
                [
                    "user": .ref("User"),
                    "generatedPassword": JSONSchema.string(description: "Present only when none was given: shown once, never again.")
                        .example("abcd-EFGH-2345-jkmn"),
                ], required: ["user"]),
            "Credentials": .object(["username": .string(), "password": .string()], required: ["username", "password"]),
            "SessionInfo": .object(
                [
                    "user": .ref("User"),
                    "csrfToken": .string(description: "Send it back in the X-CSRF-Token header on every POST, PUT and DELETE."),
                    "expiresAt": .dateTime,
                    "demo": .boolean(description: "The station is `vigie demo`: its simulated traffic can be paused (/api/v1/demo/traffic)."),
                    "stationTimeZone": .string(
                        description: "The IANA zone of station time, which every screen shows (with a site's local time beside it when it differs)."
                    ).example("Europe/Paris"),
                ], required: ["user", "csrfToken", "expiresAt", "demo", "stationTimeZone"]),
            "PasswordChange": .object(
                ["currentPassword": .string(), "newPassword": password], required: ["currentPassword", "newPassword"]),
            "PasswordReset": .object(["password": password], required: ["password"]),
        ]
    }

    /// `User.validate()`: 2 to 40 lower-case ASCII letters, digits, `.`, `-`, `_`.
    private static let username = JSONSchema.string(pattern: "^[a-z0-9._-]{2,40}$").example("m.dupont")

    /// `User.validate(password:)`: at least 10 characters and at most 72 UTF-8 bytes (the bcrypt limit).
    private static let password = JSONSchema.string(minLength: 10, maxLength: 72, description: "10 characters to 72 bytes.")
}
