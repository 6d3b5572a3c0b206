extension ConfigEntity {
    /// The JSON field that holds `pointer`, to name it in an error ("siteID", "supervisionProfileID"); shared by
    /// the stores so both report a missing reference alike.
    public static func field(holding pointer: EntityReference) -> String {
        switch pointer.kind {
        case .customer: kind == .procedure ? "scopeID" : "customerID"
        case .site: kind == .procedure ? "scopeID" : "siteID"
        case .supervisionProfile: "supervisionProfileID"
        default: "\(pointer.kind.singularName)ID"
        }
    }
}
