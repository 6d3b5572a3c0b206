extension ConfigEntity {
    /// What an update writes over `stored`, checked the same way by every store: refused when someone changed
    /// the entity since the caller read `expectedVersion`; secrets the caller left out are kept; then validated.
    /// - Throws: ``StoreError/versionConflict(expected:actual:)``, ``ValidationError``.
    public func replacement(for stored: Revision<Self>, expectedVersion: Int?) throws -> Self {
        if let expectedVersion, expectedVersion != stored.version {
            throw StoreError.versionConflict(expected: expectedVersion, actual: stored.version)
        }
        let merged = keepingSecrets(of: stored.entity)
        try merged.validate()
        return merged
    }
}
