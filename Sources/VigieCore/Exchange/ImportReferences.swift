import Foundation

/// What a cell may point to while an import is read: entities already stored, and those read from earlier
/// lines and files of the same import (customers before sites, sites before their transmitters…).
///
/// A reference cell holds either a Vigie id or the ARC's own code: a customer's or site's `reference`, a
/// supervision profile's name.
final class ImportReferences {
    private var customers: Set<UUID> = []
    private var customerReferences: [String: UUID] = [:]
    private var sites: Set<UUID> = []
    private var siteReferences: [String: UUID] = [:]
    private var profiles: Set<UUID> = []
    private var profileNames: [String: UUID] = [:]

    init(_ existing: ExistingConfiguration) {
        existing.customers.forEach(add)
        existing.sites.forEach(add)
        for profile in existing.supervisionProfiles {
            profiles.insert(profile.id)
            profileNames[profile.name.searchFolded] = profile.id
        }
    }

    func add(_ customer: Customer) {
        customers.insert(customer.id)
        if let reference = customer.reference { customerReferences[reference.searchFolded] = customer.id }
    }

    func add(_ site: Site) {
        sites.insert(site.id)
        if let reference = site.reference { siteReferences[reference.searchFolded] = site.id }
    }

    func customer(_ text: String) throws(CellError) -> UUID {
        try resolve(text, ids: customers, codes: customerReferences, what: .customer)
    }

    func site(_ text: String) throws(CellError) -> UUID {
        try resolve(text, ids: sites, codes: siteReferences, what: .site)
    }

    func supervisionProfile(_ text: String) throws(CellError) -> UUID? {
        guard CellText.optional(text) != nil else { return nil }
        return try resolve(text, ids: profiles, codes: profileNames, what: .supervisionProfile)
    }

    private func resolve(_ text: String, ids: Set<UUID>, codes: [String: UUID], what: Reason.ReferencedKind) throws(CellError) -> UUID {
        let value = try CellText.required(text)
        if let id = UUID(uuidString: value), ids.contains(id) { return id }
        if let id = codes[value.searchFolded] { return id }
        throw CellError(.unknownReference(value, what))
    }
}
