import Foundation
import VigieCore

/// Valid entities to build tests on, so each test states only what it changes.
public enum Samples {
    public static func customer(name: String = "Pharmacie du Centre", reference: String? = nil) -> Customer {
        Customer(name: name, reference: reference, kind: .healthcare, phone: "04 78 00 00 01", email: "contact@pharmacie.example")
    }

    public static func site(customerID: UUID, name: String = "Pharmacie du Centre — Lyon 2e", reference: String? = nil) -> Site {
        Site(
            customerID: customerID, name: name, reference: reference,
            address: PostalAddress(street: "12 rue de la République", postalCode: "69002", city: "Lyon"),
            latitude: 45.7622, longitude: 4.8357, phone: "04 78 00 00 02", responseTimeMinutes: 20)
    }

    public static func transmitter(siteID: UUID, account: String = "4F21", aesKey: String? = nil) -> Transmitter {
        Transmitter(siteID: siteID, account: account, receiver: "1", line: "1", wireProtocol: .dc09SIA, aesKey: aesKey)
    }

    public static func zone(siteID: UUID, number: Int = 1) -> Zone {
        Zone(siteID: siteID, number: number, type: .interior, description: "Détecteur \(number)", location: "officine")
    }

    public static func contact(siteID: UUID, order: Int = 1, name: String = "Mme Roux") -> Contact {
        Contact(
            siteID: siteID, callOrder: order, name: name, role: "pharmacienne", phones: [.init(number: "06 12 34 56 78", label: "mobile")],
            codeWord: "tulipe", duressWord: "orage", isKeyholder: true)
    }
}
