// swift-tools-version: 6.2
import PackageDescription

/// Settings shared by every target: Swift 6 language mode is the package default; these upcoming
/// features make dependencies and existentials explicit, as in the Hummingbird and postgres-nio code bases.
/// Warnings are errors in our own targets only (dependencies keep theirs as warnings).
let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
    .treatAllWarnings(as: .error),
]

let package = Package(
    name: "vigie",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "vigie", targets: ["Vigie"]),
        /// The codecs alone, for the fuzzing package in `FuzzTesting/` and for other tools.
        .library(name: "VigieProtocols", targets: ["VigieProtocols"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-collections.git", from: "1.1.0"),
        .package(url: "https://github.com/apple/swift-configuration.git", from: "1.0.0"),
        .package(url: "https://github.com/apple/swift-crypto.git", "3.0.0"..<"5.0.0"),
        .package(url: "https://github.com/apple/swift-http-types.git", from: "1.0.0"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.6.0"),
        .package(url: "https://github.com/apple/swift-metrics.git", from: "2.5.0"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.80.0"),
        .package(url: "https://github.com/apple/swift-nio-extras.git", from: "1.20.0"),
        .package(url: "https://github.com/apple/swift-system.git", from: "1.4.0"),
        .package(url: "https://github.com/groue/GRDB.swift.git", from: "7.0.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.20.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth.git", from: "2.0.0"),
        .package(url: "https://github.com/swift-server/async-http-client.git", from: "1.37.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus.git", from: "2.0.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.6.0"),
        .package(url: "https://github.com/swiftlang/swift-subprocess.git", from: "1.0.0"),
        .package(url: "https://github.com/vapor/postgres-nio.git", from: "1.33.0"),
    ],
    targets: [
        /// Domain types, rules and the `Store` protocol: no NIO, no Hummingbird, no SQL.
        .target(
            name: "VigieCore",
            dependencies: [
                .product(name: "Crypto", package: "swift-crypto")
            ],
            swiftSettings: swiftSettings
        ),
        /// Wire codecs (DC-09 + AES, ADM-CID, SIA DC-03, Sur-Gard MLR2): pure parse/encode, no I/O.
        .target(
            name: "VigieProtocols",
            dependencies: [
                "VigieCore",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "_CryptoExtras", package: "swift-crypto"),
            ],
            swiftSettings: swiftSettings
        ),
        /// NIO servers: the DC-09 receiver (TCP + UDP), the hardware-receiver feed, durable group-commit ingest.
        .target(
            name: "VigieReceivers",
            dependencies: [
                "VigieCore",
                "VigieProtocols",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "CoreMetrics", package: "swift-metrics"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            swiftSettings: swiftSettings
        ),
        /// The panel simulator (`vigie simulate`, the demo's traffic, the benchmarks): a client of the receivers,
        /// speaking DC-09 over real sockets as panels do.
        .target(
            name: "VigieSimulator",
            dependencies: [
                "VigieCore",
                "VigieProtocols",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            swiftSettings: swiftSettings
        ),
        /// The station as a client of cameras and recorders: snapshots on alarm (HTTP Digest or Basic), later event
        /// streams and PTZ.
        .target(
            name: "VigieDevices",
            dependencies: [
                "VigieCore",
                "VigieProtocols",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "Subprocess", package: "swift-subprocess"),
                .product(name: "SystemPackage", package: "swift-system"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            swiftSettings: swiftSettings
        ),
        /// The alarm engine: turns stored signals into alarms, and runs the timers of their handling.
        .target(
            name: "VigieEngine",
            dependencies: [
                "VigieCore",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            swiftSettings: swiftSettings
        ),
        /// The embedded SQLite store (GRDB, WAL mode) and its migrations.
        .target(
            name: "VigieStoreSQLite",
            dependencies: [
                "VigieCore",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "DequeModule", package: "swift-collections"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),
        /// The PostgreSQL store (postgres-nio's `PostgresClient`) and its migrations, for stations of several nodes.
        .target(
            name: "VigieStorePostgres",
            dependencies: [
                "VigieCore",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            swiftSettings: swiftSettings
        ),
        /// Hummingbird: JSON API, sessions, OpenAPI document, static console.
        .target(
            name: "VigieWeb",
            dependencies: [
                "VigieCore",
                "VigieProtocols",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTPTypes", package: "swift-nio-extras"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            resources: [.copy("Public"), .copy("DemoCameras")],
            swiftSettings: swiftSettings
        ),
        /// The `vigie` executable: command line and the one `ServiceGroup`.
        .executableTarget(
            name: "Vigie",
            dependencies: [
                "VigieCore",
                "VigieDevices",
                "VigieEngine",
                "VigieProtocols",
                "VigieReceivers",
                "VigieSimulator",
                "VigieStoreSQLite",
                "VigieStorePostgres",
                "VigieWeb",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "Configuration", package: "swift-configuration"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
                .product(name: "SystemPackage", package: "swift-system"),
            ],
            swiftSettings: swiftSettings
        ),
        /// Helpers shared by the test targets: a controllable clock, temporary stores, sample entities.
        .target(
            name: "VigieTestSupport",
            dependencies: [
                "VigieCore", "VigieStoreSQLite", "VigieStorePostgres",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            path: "Tests/VigieTestSupport",
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "VigieTests",
            dependencies: [
                "Vigie", "VigieCore", "VigieReceivers", "VigieStoreSQLite", "VigieTestSupport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "VigieCoreTests",
            dependencies: ["VigieCore", "VigieTestSupport"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "VigieProtocolsTests",
            dependencies: [
                "VigieProtocols",
                "VigieTestSupport",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOEmbedded", package: "swift-nio"),
                .product(name: "NIOTestUtils", package: "swift-nio"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "VigieReceiversTests",
            dependencies: [
                "VigieCore", "VigieProtocols", "VigieReceivers", "VigieSimulator", "VigieStoreSQLite", "VigieStorePostgres", "VigieTestSupport",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "ServiceLifecycleTestKit", package: "swift-service-lifecycle"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "VigieDevicesTests",
            dependencies: [
                "VigieCore", "VigieDevices", "VigieProtocols", "VigieStoreSQLite", "VigieTestSupport", "VigieWeb",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Subprocess", package: "swift-subprocess"),
                .product(name: "SystemPackage", package: "swift-system"),
                .product(name: "NIOCore", package: "swift-nio"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "VigieEngineTests",
            dependencies: [
                "VigieCore", "VigieEngine", "VigieReceivers", "VigieStoreSQLite", "VigieTestSupport",
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "VigieStoreTests",
            dependencies: [
                "VigieCore", "VigieStoreSQLite", "VigieStorePostgres", "VigieTestSupport",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "VigieWebTests",
            dependencies: [
                "VigieCore",
                "VigieStoreSQLite",
                "VigieWeb",
                "VigieTestSupport",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "Prometheus", package: "swift-prometheus"),
            ],
            swiftSettings: swiftSettings
        ),
    ]
)
