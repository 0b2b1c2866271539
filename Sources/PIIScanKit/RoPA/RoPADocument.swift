/// The organisation's declared Record of Processing Activities (`ropa.yaml`, DESIGN §3.5): GDPR Art. 30 fields
/// plus where each system lives. Plain values; `RoPALoader` builds and validates them.
public struct RoPADocument: Sendable, Hashable {
    public var version: Int
    public var organization: String
    /// PIMS scope by system id; nil when the file declares none (every system is in scope).
    public var scope: RoPAScope?
    public var systems: [RoPASystem]
    public var activities: [RoPAActivity]

    public init(
        version: Int = 1, organization: String, scope: RoPAScope? = nil, systems: [RoPASystem] = [],
        activities: [RoPAActivity] = []
    ) {
        self.version = version
        self.organization = organization
        self.scope = scope
        self.systems = systems
        self.activities = activities
    }
}

/// Which systems the PIMS covers: `include` lists the systems in scope (empty: all), `exclude` those outside.
public struct RoPAScope: Sendable, Hashable {
    public var include: [String]
    public var exclude: [String]

    public init(include: [String] = [], exclude: [String] = []) {
        self.include = include
        self.exclude = exclude
    }
}

/// Whether owners have confirmed an entry (`piiscan draft` never changes a confirmed one).
public enum RoPAStatus: String, Sendable, Hashable, CaseIterable {
    case draft, confirmed
}

/// A system that stores personal data, and the locations that belong to it.
public struct RoPASystem: Sendable, Hashable {
    public var id: String
    public var name: String?
    public var owner: String?
    public var locations: [RoPALocation]
    public var status: RoPAStatus?

    public init(
        id: String, name: String? = nil, owner: String? = nil, locations: [RoPALocation] = [],
        status: RoPAStatus? = nil
    ) {
        self.id = id
        self.name = name
        self.owner = owner
        self.locations = locations
        self.status = status
    }
}

/// Where a system's data lives: a path glob relative to the scan root, or a database locator with optional
/// `schema.table` globs.
public enum RoPALocation: Sendable, Hashable {
    /// `path: exports/crm/**`
    case path(String)
    /// `postgres://crm-db:5432/crm`, or `{store: sqlite:app.db, tables: ["main.*"]}`; empty `tables`: all.
    case store(String, tables: [String])
}

/// One processing activity (GDPR Art. 30(1)).
public struct RoPAActivity: Sendable, Hashable {
    public var id: String
    public var name: String?
    public var owner: String?
    /// The business function that runs the activity (ICO template: "Business function"), e.g. `HR`.
    public var businessFunction: String?
    /// Name and contact details of a joint controller, if any (Art. 30(1)(a)).
    public var jointController: String?
    /// Where the contract with a processor is kept (ICO template: "Link to contract with processor").
    public var processorContract: String?
    public var role: Role?
    public var purposes: [String]
    public var legalBasis: LegalBasis?
    /// For special-category data: the GDPR Art. 9(2) condition (`explicit_consent`, `employment`, …).
    public var specialCategoryCondition: String?
    public var dataSubjects: [String]
    /// Taxonomy keys; a parent covers its children.
    public var dataCategories: [String]
    public var recipients: [String]
    public var transfers: [RoPATransfer]
    /// ISO 8601 duration as written (`P2Y`), and parsed.
    public var retention: RoPARetention?
    public var dpia: DPIAStatus?
    public var securityMeasures: [String]
    /// System ids.
    public var systems: [String]
    public var status: RoPAStatus?

    /// Controller or processor (Art. 30(1) or 30(2)).
    public enum Role: String, Sendable, Hashable, CaseIterable {
        case controller, processor
    }

    /// GDPR Art. 6(1) lawful bases.
    public enum LegalBasis: String, Sendable, Hashable, CaseIterable {
        case consent, contract
        case legalObligation = "legal_obligation"
        case vitalInterests = "vital_interests"
        case publicTask = "public_task"
        case legitimateInterests = "legitimate_interests"
    }

    /// The GDPR Art. 9(2)(a)–(j) conditions `special_category_condition` accepts, in the Article's order.
    public static let specialCategoryConditions = [
        "explicit_consent", "employment", "vital_interests", "not_for_profit", "made_public", "legal_claims",
        "substantial_public_interest", "health_care", "public_health", "archiving_research",
    ]

    /// Whether a data protection impact assessment is needed and done.
    public enum DPIAStatus: String, Sendable, Hashable, CaseIterable {
        case required, done
        case notRequired = "not_required"
    }

    public init(
        id: String, name: String? = nil, owner: String? = nil, role: Role? = nil, purposes: [String] = [],
        legalBasis: LegalBasis? = nil, specialCategoryCondition: String? = nil, dataSubjects: [String] = [],
        dataCategories: [String] = [], recipients: [String] = [], transfers: [RoPATransfer] = [],
        retention: RoPARetention? = nil, dpia: DPIAStatus? = nil, securityMeasures: [String] = [],
        systems: [String] = [], status: RoPAStatus? = nil, businessFunction: String? = nil,
        jointController: String? = nil, processorContract: String? = nil
    ) {
        self.id = id
        self.businessFunction = businessFunction
        self.jointController = jointController
        self.processorContract = processorContract
        self.name = name
        self.owner = owner
        self.role = role
        self.purposes = purposes
        self.legalBasis = legalBasis
        self.specialCategoryCondition = specialCategoryCondition
        self.dataSubjects = dataSubjects
        self.dataCategories = dataCategories
        self.recipients = recipients
        self.transfers = transfers
        self.retention = retention
        self.dpia = dpia
        self.securityMeasures = securityMeasures
        self.systems = systems
        self.status = status
    }
}
