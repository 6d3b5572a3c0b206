import VigieCore

/// Customers, sites and what hangs off a site: transmitters, zones, contacts, supervision profiles.
extension APISchemas {
    static var configuration: [String: JSONSchema] {
        let entities = [
            entity(
                Customer.self, description: "A subscriber of the station (abonné).",
                properties: [
                    "name": .requiredText(),
                    "reference": .optionalText(maxLength: 40, description: "The customer number in the station's contracts; unique when set."),
                    "kind": .ref("CustomerKind").defaulting("business"),
                    "phone": .optionalPhone,
                    "email": .string(pattern: "^$|^[^ ]*@[^ ]*$", maxLength: 200, description: "An e-mail address (must contain @, no spaces).")
                        .nullable(),
                    "notes": .optionalText(),
                ], required: ["name"]),
            entity(
                Site.self, description: "A protected place (site télésurveillé).",
                properties: [
                    "customerID": .uuid,
                    "name": .requiredText(),
                    "reference": .optionalText(maxLength: 40, description: "The site number in the station; unique when set."),
                    "address": .ref("PostalAddress"),
                    "latitude": .number(-90...90, description: "Given together with longitude.").nullable(),
                    "longitude": .number(-180...180, description: "Given together with latitude.").nullable(),
                    "timeZone": JSONSchema.string(description: "An IANA time zone; schedules are read in it.")
                        .defaulting("Europe/Paris").example("America/Cayenne"),
                    "riskLevel": .ref("RiskLevel").defaulting("medium"),
                    "mode": JSONSchema.ref("SiteMode", description: "Change it with POST /api/v1/sites/{id}/mode; a PUT without it sets normal.")
                        .defaulting(["state": "normal"]),
                    "phone": .optionalPhone,
                    "responseTimeMinutes": .integer(1...1440, description: "The guard company's contractual time to reach the site.").nullable(),
                    "accessNotes": .optionalText(description: "Directions and access notes for the guard."),
                ], required: ["customerID", "name", "address"]),
            entity(
                Transmitter.self, description: "An alarm panel or communicator reporting for one account at a site.",
                properties: [
                    "siteID": .uuid,
                    "account": .hex(3...16, description: "The account; unique on its receiver and line."),
                    "receiver": JSONSchema.hex(1...6, description: "The receiver number (R), when the panel sends one.").nullable(),
                    "line": JSONSchema.hex(1...6, description: "The line prefix (L), when the panel sends one.").nullable(),
                    "wireProtocol": .ref("WireProtocol").defaulting("dc09SIA"),
                    "aesKey": JSONSchema.string(
                        description: "The DC-09 AES key: 32, 48 or 64 hexadecimal digits (keyFormat hex) or 16, 24 or 32 characters (ascii)."
                    ).nullable(),
                    "keyFormat": .ref("KeyFormat").defaulting("hex"),
                    "supervisionProfileID": JSONSchema.uuid.nullable(),
                    "model": .optionalText(maxLength: 100, description: "Make and model, for the technician."),
                ], required: ["siteID", "account"]),
            entity(
                Zone.self, description: "A detection point or group of detectors, numbered as in the panel.",
                properties: [
                    "siteID": .uuid,
                    "number": .integer(0...9999, description: "Unique within the site."),
                    "type": .ref("ZoneType"),
                    "description": .requiredText(maxLength: 120),
                    "location": .optionalText(maxLength: 200, description: "Where it is, for the guard."),
                    "eventCodes": JSONSchema.array(
                        .string(pattern: "^[A-Za-z0-9-]{1,32}$"),
                        description: "Codes the panel sends without a zone that report this zone (a UPS on the mains input: AT, AR)."
                    ).nullable(),
                ], required: ["siteID", "number", "type", "description"]),
            entity(
                Contact.self, description: "A person the operator calls for a site, in call order.",
                properties: [
                    "siteID": .uuid,
                    "callOrder": .integer(1...99, description: "Position in the call list, 1 first."),
                    "name": .requiredText(),
                    "role": .optionalText(maxLength: 100, description: "Why this person is called."),
                    "phones": .array(.ref("ContactPhone"), minItems: 1),
                    "codeWord": JSONSchema.string(maxLength: 60, description: "The word that proves identity; 2 to 60 characters.").nullable(),
                    "duressWord": JSONSchema.string(
                        maxLength: 60, description: "The word that means \"under threat\"; 2 to 60 characters, different from codeWord."
                    ).nullable(),
                    "availability": .optionalText(maxLength: 200),
                    "isKeyholder": JSONSchema.boolean().defaulting(false),
                ], required: ["siteID", "callOrder", "name", "phones"]),
            entity(
                SupervisionProfile.self, description: "How often a transmitter must be heard from (EN 50136-1 categories).",
                properties: [
                    "name": .requiredText(maxLength: 40, description: "SP1…SP6, DP1…DP4 or a custom name; unique."),
                    "reportingIntervalSeconds": .integer(10...(40 * 86_400), description: "The longest silence allowed on the primary path."),
                    "graceSeconds": JSONSchema.integer(0...86_400, description: "Extra seconds before the link is declared lost.").defaulting(0),
                    "description": .optionalText(),
                ], required: ["name", "reportingIntervalSeconds"]),
            entity(
                Device.self, description: "A camera, a recorder's channel or a video encoder at a site, asked for images when the site alarms.",
                properties: [
                    "siteID": .uuid,
                    "name": .requiredText(maxLength: 100, description: "What the operator reads beside its images."),
                    "kind": .ref("DeviceKind").defaulting("camera"),
                    "driver": .ref("DeviceDriver"),
                    "host": .string(
                        minLength: 1, maxLength: 260, description: "Host name or IP address, with :port when not 80 or 443; no scheme, no path."),
                    "https": JSONSchema.boolean(description: "HTTPS rather than HTTP for its web interface.").defaulting(false),
                    "eventStream": JSONSchema.boolean(
                        description: "Keep the device's event stream open (Hikvision alertStream), supervised like a link."
                    ).defaulting(false),
                    "username": .optionalText(maxLength: 100),
                    "password": JSONSchema.string(maxLength: 200, description: "The device account's password.").nullable(),
                    "channel": JSONSchema.integer(1...256, description: "The recorder's or encoder's channel; 1 for a camera alone.").defaulting(1),
                    "zones": JSONSchema.array(.integer(0...9999), description: "The zones it looks at: their alarms fetch its images.")
                        .defaulting([]),
                    "presets": JSONSchema.array(.ref("DevicePreset"), description: "PTZ positions stored in the camera.").defaulting([]),
                    "rtspURL": JSONSchema.string(
                        maxLength: 500, description: "rtsp:// or rtsps:// stream, with {host} and {channel} replaced; required for rtspOnly."
                    ).nullable(),
                    "snapshotURL": JSONSchema.string(
                        maxLength: 500, description: "A path on the device or an http(s):// URL; required for httpSnapshot."
                    ).nullable(),
                    "mailbox": JSONSchema.string(
                        pattern: "^[A-Za-z0-9._+-]{1,64}$", description: "The local part of the address its alarm e-mails go to; unique."
                    ).nullable(),
                    "model": .optionalText(maxLength: 100, description: "Make and model, for the technician."),
                ], required: ["siteID", "name", "driver", "host"]),
        ]
        var schemas = Dictionary(uniqueKeysWithValues: entities)
        schemas["PostalAddress"] = .object(
            [
                "street": .requiredText(),
                "postalCode": .string(minLength: 1, maxLength: 12, description: "Five digits when country is FR; otherwise up to 12 characters."),
                "city": .requiredText(maxLength: 100),
                "country": JSONSchema.string(pattern: "^[A-Z]{2}$", description: "ISO 3166-1 alpha-2 code.").example("FR"),
            ], required: ["street", "postalCode", "city", "country"])
        schemas["SiteMode"] = .oneOf(
            [
                .object(["state": .strings(["normal", "outOfService"])], required: ["state"]),
                .object(
                    ["state": .strings(["test"]), "until": JSONSchema.dateTime.described("When the test ends and the site returns to normal.")],
                    required: ["state", "until"]),
            ],
            description: "Whether signals raise alarms: on test until a time, or out of service, they are only logged.")
        schemas["DevicePreset"] = .object(
            ["number": .integer(1...256, description: "Its number in the camera."), "name": .requiredText(maxLength: 60)],
            required: ["number", "name"])
        schemas["ContactPhone"] = .object(
            [
                "number": .string(pattern: JSONSchema.phonePattern, maxLength: 30),
                "label": .string(maxLength: 40, description: "mobile, bureau, domicile…"),
            ], required: ["number", "label"])
        return schemas
    }
}
