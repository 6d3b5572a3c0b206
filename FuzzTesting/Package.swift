// swift-tools-version: 6.2
import PackageDescription

/// libFuzzer targets for the VigieProtocols decoders, one executable per decoder.
///
/// Build with `swift build -c debug --sanitize=fuzzer` (see README.md and run.sh). Kept out of the
/// root package so that the fuzzer flags never reach the normal build.
let package = Package(
    name: "FuzzTesting",
    platforms: [.macOS(.v15)],
    dependencies: [
        // Through a symlink named vigie, so the package identity is "vigie" whatever the clone folder is called.
        .package(path: "Root/vigie"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.80.0"),
    ],
    targets: [
        .executableTarget(
            name: "FuzzDC09Frame",
            dependencies: [
                .product(name: "VigieProtocols", package: "vigie"),
                .product(name: "NIOCore", package: "swift-nio"),
            ]
        ),
        .executableTarget(name: "FuzzContactID", dependencies: [.product(name: "VigieProtocols", package: "vigie")]),
        .executableTarget(name: "FuzzSIAData", dependencies: [.product(name: "VigieProtocols", package: "vigie")]),
        .executableTarget(name: "FuzzHTTPDigest", dependencies: [.product(name: "VigieProtocols", package: "vigie")]),
        .executableTarget(name: "FuzzMailMessage", dependencies: [.product(name: "VigieProtocols", package: "vigie")]),
        .executableTarget(name: "FuzzCameraPush", dependencies: [.product(name: "VigieProtocols", package: "vigie")]),
        .executableTarget(
            name: "FuzzSurGard",
            dependencies: [
                .product(name: "VigieProtocols", package: "vigie"),
                .product(name: "NIOCore", package: "swift-nio"),
            ]
        ),
    ]
)
