import Foundation
import VigieCore

/// Creates the demo station's data in an empty store.
///
/// The demo is a small but believable French central station around Lyon: about ten customers and thirty
/// sites (a pharmacy, a warehouse, a jeweller, a joinery, a tobacconist, a supermarket, a bank, bakeries,
/// homes, schools, and the station itself), with their transmitters, zones, call lists, procedures and
/// opening hours, so that every story of `STORIES.md` can be played on it.
///
/// Every identifier is fixed (see ``uuid(_:_:)``) and only the temporary instructions and the public holidays
/// depend on `now`, so that two demo stations look the same and end-to-end tests can look for
/// "Pharmacie du Centre" or account `4F21`. The entity lists are built by pure functions (``dataset(now:)``)
/// that tests can check without a store; ``seed(into:hashPassword:now:)`` only writes them in dependency order.
enum DemoStation {
    /// A demo sign-in, printed by `vigie demo` so that anyone can try each role.
    struct Login: Sendable {
        var username: String
        var password: String
        var role: Role
        var displayName: String
    }

    /// Everything the demo writes, in the order it must be written (parents and references first).
    struct Dataset: Sendable {
        var supervisionProfiles: [SupervisionProfile]
        var closureCodes: [ClosureCode]
        var customers: [Customer]
        var sites: [Site]
        var transmitters: [Transmitter]
        var zones: [Zone]
        var contacts: [Contact]
        var procedures: [Procedure]
        var openingSchedules: [OpeningSchedule]
        var temporaryInstructions: [TemporaryInstruction]
        var users: [User]
    }

    /// The demo's configuration, built without a store; `now` anchors temporary instructions and holidays.
    static func dataset(now: Date) -> Dataset {
        Dataset(
            supervisionProfiles: SupervisionProfile.presets,
            closureCodes: closureCodes(),
            customers: customers(),
            sites: sites(),
            transmitters: transmitters(),
            zones: zones(),
            contacts: contacts(),
            procedures: procedures(),
            openingSchedules: openingSchedules(now: now),
            temporaryInstructions: temporaryInstructions(now: now),
            users: users())
    }

    /// Writes the demo station into an empty store.
    ///
    /// - Parameters:
    ///   - store: an empty store; the supervision presets are tolerated if already present, anything else
    ///     already present makes the store throw ``StoreError/duplicate(kind:field:value:)``.
    ///   - hashPassword: hashes a password (bcrypt in production).
    ///   - now: anchors the temporary instructions and the years of the public holidays.
    /// - Returns: the logins to print.
    static func seed(
        into store: any Store, hashPassword: @Sendable (String) async throws -> String, now: Date
    ) async throws -> [Login] {
        let data = dataset(now: now)
        // The presets are the station's reference data: a store that already has them is fine.
        for profile in data.supervisionProfiles {
            do {
                _ = try await store.create(profile, by: .system)
            } catch StoreError.duplicate {
                continue
            }
        }
        try await create(data.closureCodes, in: store)
        try await create(data.customers, in: store)
        try await create(data.sites, in: store)
        try await create(data.transmitters, in: store)
        try await create(data.zones, in: store)
        try await create(data.contacts, in: store)
        try await create(data.procedures, in: store)
        try await create(data.openingSchedules, in: store)
        try await create(data.temporaryInstructions, in: store)
        // Users last: `vigie demo` treats a store with users as an existing station, so a seeding that
        // failed half-way is not mistaken for a finished one.
        for (user, login) in zip(data.users, logins) {
            try User.validate(password: login.password)
            _ = try await store.createUser(user, passwordHash: try await hashPassword(login.password), by: .system)
        }
        return logins
    }

    /// The variant `vigie demo` calls: seeds only when the caller found the store empty and it still has no
    /// customer; otherwise writes nothing and returns the same fixed logins, so a reopened demo prints them too.
    static func seed(
        into store: any Store, hashPassword: @Sendable (String) async throws -> String, now: Date,
        onlyIfEmpty storeIsEmpty: Bool
    ) async throws -> [Login] {
        guard storeIsEmpty, try await store.list(Customer.self, query: ListQuery(limit: 1)).total == 0 else {
            return logins
        }
        return try await seed(into: store, hashPassword: hashPassword, now: now)
    }

    /// Creates entities one by one, in order, so that each one's parent already exists.
    private static func create<Entity: ConfigEntity>(_ entities: [Entity], in store: any Store) async throws {
        for entity in entities {
            _ = try await store.create(entity, by: .system)
        }
    }
}
