/// The stored configuration an import is checked against: what references may point to, which entities a
/// line without an id updates, and which unique keys are taken.
public struct ExistingConfiguration: Sendable {
    public var customers: [Customer]
    public var sites: [Site]
    public var transmitters: [Transmitter]
    public var zones: [Zone]
    public var contacts: [Contact]
    public var devices: [Device]
    public var supervisionProfiles: [SupervisionProfile]

    public init(
        customers: [Customer] = [], sites: [Site] = [], transmitters: [Transmitter] = [], zones: [Zone] = [], contacts: [Contact] = [],
        devices: [Device] = [], supervisionProfiles: [SupervisionProfile] = []
    ) {
        self.customers = customers
        self.sites = sites
        self.transmitters = transmitters
        self.zones = zones
        self.contacts = contacts
        self.devices = devices
        self.supervisionProfiles = supervisionProfiles
    }

    /// Everything an import of the exchange kinds needs, read from the store.
    public static func load(from store: any Store) async throws -> ExistingConfiguration {
        ExistingConfiguration(
            customers: try await store.all(Customer.self), sites: try await store.all(Site.self),
            transmitters: try await store.all(Transmitter.self), zones: try await store.all(Zone.self),
            contacts: try await store.all(Contact.self), devices: try await store.all(Device.self),
            supervisionProfiles: try await store.all(SupervisionProfile.self))
    }

    func entities<Entity: ConfigEntity>(_ type: Entity.Type) -> [Entity] {
        switch Entity.kind {
        case .customer: customers as? [Entity] ?? []
        case .site: sites as? [Entity] ?? []
        case .transmitter: transmitters as? [Entity] ?? []
        case .zone: zones as? [Entity] ?? []
        case .contact: contacts as? [Entity] ?? []
        case .device: devices as? [Entity] ?? []
        default: []
        }
    }
}
