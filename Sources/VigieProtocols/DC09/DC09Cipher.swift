import Crypto
import Foundation
import _CryptoExtras

/// AES-CBC with an all-zero IV and no padding scheme: DC-09's cipher (2007 5.4.6).
///
/// DC-09 builds its own pad at the front of the plaintext, so swift-crypto's PKCS#7 is disabled.
enum DC09Cipher {
    /// Decrypts ASCII-hex ciphertext (either case). `nil` if it is not hex or not whole blocks.
    /// Returns `Data` because that is what swift-crypto takes and gives: no copy on either side.
    static func decrypt(hex: UnsafeRawBufferPointer, key: DC09Key) -> Data? {
        guard hex.count > 0, hex.count % 32 == 0 else { return nil }
        var cipher = Data(count: hex.count / 2)
        let valid = cipher.withUnsafeMutableBytes { (cipher: UnsafeMutableRawBufferPointer) -> Bool in
            var position = 0
            while position < hex.count {
                guard let high = ASCII.hexValue(hex[position]), let low = ASCII.hexValue(hex[position + 1]) else {
                    return false
                }
                cipher[position / 2] = high << 4 | low
                position += 2
            }
            return true
        }
        guard valid else { return nil }
        return try? AES._CBC.decrypt(cipher, using: key.symmetricKey, iv: zeroIV, noPadding: true)
    }

    /// Encrypts whole blocks; the caller has padded `plaintext` to a multiple of 16 bytes.
    static func encrypt(_ plaintext: [UInt8], key: DC09Key) -> [UInt8] {
        precondition(plaintext.count % 16 == 0 && !plaintext.isEmpty, "DC-09 plaintext must be padded to whole blocks")
        do {
            return Array(try AES._CBC.encrypt(plaintext, using: key.symmetricKey, iv: zeroIV, noPadding: true))
        } catch {
            // Unreachable: the key size is checked by DC09Key and the length above.
            preconditionFailure("AES-CBC refused a valid key and whole blocks: \(error)")
        }
    }

    private static let zeroIV: AES._CBC.IV = {
        do {
            return try AES._CBC.IV(ivBytes: [UInt8](repeating: 0, count: 16))
        } catch {
            preconditionFailure("a 16-byte IV is valid")
        }
    }()
}
