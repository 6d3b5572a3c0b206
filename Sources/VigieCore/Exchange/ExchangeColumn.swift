import Foundation

/// One column of an import/export file: its English and French headers, the entity field behind it, and how a
/// cell is read from and written into the entity.
struct ExchangeColumn<Entity: ConfigEntity>: Sendable {
    /// The header written on export, in English.
    let name: String
    /// The header a French file may use instead.
    let frenchName: String
    /// The field path that validation errors use (`address.postalCode`), so they are reported on this column.
    let field: String
    /// A new entity cannot be made without it.
    let required: Bool
    /// Exported only on request, and an empty cell keeps the stored secret.
    let secret: Bool
    let read: @Sendable (Entity) -> String
    /// Throws ``CellError``.
    let write: @Sendable (inout Entity, String, ImportReferences) throws -> Void

    /// A column whose cell points to another entity (a site's customer), resolved through the import's references.
    init(
        _ name: String, _ frenchName: String, field: String, required: Bool = false, secret: Bool = false,
        read: @escaping @Sendable (Entity) -> String, resolve: @escaping @Sendable (inout Entity, String, ImportReferences) throws -> Void
    ) {
        self.name = name
        self.frenchName = frenchName
        self.field = field
        self.required = required
        self.secret = secret
        self.read = read
        self.write = resolve
    }

    /// A column whose cell is a value of the entity itself.
    init(
        _ name: String, _ frenchName: String, field: String, required: Bool = false, secret: Bool = false,
        read: @escaping @Sendable (Entity) -> String, write: @escaping @Sendable (inout Entity, String) throws -> Void
    ) {
        self.init(
            name, frenchName, field: field, required: required, secret: secret, read: read, resolve: { entity, text, _ in try write(&entity, text) })
    }

    /// Whether a file's header names this column, ignoring case, accents, spaces and hyphens.
    func matches(header: String) -> Bool {
        let folded = Self.fold(header)
        return folded == Self.fold(name) || folded == Self.fold(frenchName)
    }

    static func fold(_ header: String) -> String {
        header.trimmingCharacters(in: .whitespaces).searchFolded
            .replacingOccurrences(of: " ", with: "_").replacingOccurrences(of: "-", with: "_")
    }
}

/// Why one cell cannot be used, in words an administrator understands.
struct CellError: Error, Sendable {
    var reason: Reason

    init(_ reason: Reason) { self.reason = reason }
}
