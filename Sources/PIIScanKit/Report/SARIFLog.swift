/// The subset of SARIF 2.1.0 that piiscan writes, as Encodable values (optional fields are omitted when nil).
enum SARIF {
    static let schemaURI =
        "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"

    struct Log: Encodable {
        var schema = SARIF.schemaURI
        var version = "2.1.0"
        var runs: [Run]

        enum CodingKeys: String, CodingKey {
            case schema = "$schema"
            case version, runs
        }
    }

    struct Run: Encodable {
        var tool: Tool
        var invocations: [Invocation]? = nil
        /// The containers and members that results inside containers point at (nil when there are none).
        var artifacts: [Artifact]? = nil
        var results: [Result]
        var properties: RunProperties
    }

    /// How the run went: unsuccessful when an item or target could not be read or the scan was cancelled; one
    /// notification per skipped item (`error` for a failure, `note` for a deliberate skip) and unreadable target.
    struct Invocation: Encodable {
        var executionSuccessful: Bool
        var toolExecutionNotifications: [Notification]
    }

    struct Notification: Encodable {
        var level: String
        var message: Message
        var properties: NotificationProperties?
    }

    /// The skipped item as the JSON summary lists it.
    struct NotificationProperties: Encodable {
        var item: String
        var reason: String
        var failure: Bool
    }

    /// Bag of run facts: byte columns, and the truncation note when results were capped.
    struct RunProperties: Encodable {
        var columnUnits = "bytes"
        var totalResults: Int
        var truncated: Bool
        var truncationNote: String?
    }

    struct Tool: Encodable {
        var driver: Driver
    }

    struct Driver: Encodable {
        var name: String
        var version: String
        var informationUri: String
        var rules: [Rule]
    }

    struct Rule: Encodable {
        var id: String
        var name: String
        var shortDescription: Message
        var fullDescription: Message
        var help: Message
        var properties: RuleProperties
    }

    /// Detector facts; for a RoPA rule (`ropa/<kind>`) only the tags.
    struct RuleProperties: Encodable {
        var type: String?
        var category: String?
        var locales: [String]?
        var tags: [String]
    }

    struct Message: Encodable {
        var text: String
    }

    struct Result: Encodable {
        var ruleId: String
        var ruleIndex: Int
        var level: String
        var message: Message
        var locations: [Location]
        var partialFingerprints: [String: String]
        var properties: ResultProperties
        /// An owner's accepted risk (`piiscan triage accept`) before its review day: viewers hide the result.
        var suppressions: [Suppression]? = nil
    }

    /// An external decision to set a result aside, with the owner's reason.
    struct Suppression: Encodable {
        var kind = "external"
        var status = "accepted"
        var justification: String?
    }

    /// Finding facts SARIF has no field for; `value` only with `--reveal`. A RoPA violation fills the
    /// violation fields instead of the detector ones.
    struct ResultProperties: Encodable {
        var type: String?
        var category: String?
        var detector: String?
        var confidence: Double?
        var severity: String?
        var system: String?
        var owner: String?
        var count: Int?
        var suggestion: String?
        var field: String?
        var place: String?
        var triage: TriageMark?
        var rowsSampled: Int?
        var rowsMatched: Int?
        var jsonPath: String?
        var reason: String?
        var alternatives: [ColumnAlternative]?
        var quasiIdentifier: Bool?
        var sample: String?
        var valuesTruncated: Int?
        var value: String?
    }

    struct Location: Encodable {
        var physicalLocation: PhysicalLocation
        var logicalLocations: [LogicalLocation]?
    }

    struct PhysicalLocation: Encodable {
        var artifactLocation: ArtifactLocation
        var region: Region?
    }

    struct ArtifactLocation: Encodable {
        var uri: String
        var uriBaseId: String?
        /// The result's artifact in `Run.artifacts`, for a finding inside a container.
        var index: Int? = nil
    }

    /// A container or a member of one: a member's `uri` is its name inside the artifact at `parentIndex`.
    struct Artifact: Encodable {
        var location: ArtifactLocation
        var parentIndex: Int?
    }

    /// Columns are 1-based byte columns; `byteOffset`/`byteLength` give the exact span in the file.
    struct Region: Encodable {
        var startLine: Int
        var startColumn: Int
        var endColumn: Int
        var byteOffset: Int
        var byteLength: Int
    }

    struct LogicalLocation: Encodable {
        var name: String
        var fullyQualifiedName: String
        var kind: String
    }
}
