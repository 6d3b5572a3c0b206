import Testing

@testable import VigieProtocols

/// The French restore of a Contact ID code without its own restore text: "Fin de …", elided and lowered as French
/// writes it.
@Suite struct FrenchRestoreWordingTests {
    @Test(arguments: [
        ("Alarme intrusion", "Fin d'alarme intrusion"), ("Panne alimentation principale", "Fin de panne alimentation principale"),
        ("Échec d'autotest", "Fin d'échec d'autotest"), ("Humidité élevée", "Fin d'humidité élevée"),
        ("Test cyclique", "Fin de test cyclique"), ("CO2 bas", "Fin de CO2 bas"), ("AES désactivé", "Fin d'AES désactivé"),
    ])
    func endsAConditionInFrench(name: String, restore: String) {
        #expect(ContactIDCodeInfo.end(of: name) == restore)
    }
}
