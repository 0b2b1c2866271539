/// The ISO/IEC 27701 controls each violation kind gives evidence for, in both editions, so a PIMS owner can
/// file a report as audit evidence. The 2025 numbers (standalone PIMS, Annex A Table A.1 for PII controllers,
/// scope in clause 4.3) follow the published correspondence with the 2019 clauses 7.2 and 7.4, checked against
/// secondary summaries of the standard, not its licensed text; docs/reports.md says so.
extension ViolationKind {
    /// One control: its number and short title.
    public struct Control: Sendable, Hashable {
        public var number: String
        public var title: String
    }

    /// The ISO/IEC 27701:2019 controls (clause 7 for PII controllers, 5.2.3 for the PIMS scope).
    public var iso27701v2019: [Control] {
        switch self {
        case .undeclaredCategory:
            [Self.records2019, Self.purpose2019, Control(number: "7.4.1", title: "Limit collection")]
        case .shadowStore:
            [
                Self.records2019, Control(number: "7.4.1", title: "Limit collection"),
                Control(number: "7.4.4", title: "PII minimization objectives"),
            ]
        case .outOfScope:
            [Control(number: "5.2.3", title: "Determining the scope of the PIMS"), Self.records2019]
        case .specialCategoryWithoutDPIA:
            [Control(number: "7.2.5", title: "Privacy impact assessment")]
        case .retentionExceeded:
            [Control(number: "7.4.7", title: "Retention"), Control(number: "7.4.8", title: "Disposal")]
        case .unsupportedDeclaration:
            [Self.records2019, Control(number: "7.4.4", title: "PII minimization objectives")]
        case .specialCategoryWithoutCondition:
            [Self.lawfulBasis2019, Self.records2019]
        case .incompleteDeclaration:
            [Self.records2019, Self.purpose2019, Self.lawfulBasis2019, Control(number: "7.4.7", title: "Retention")]
        case .transferWithoutSafeguard:
            [
                Control(number: "7.5.1", title: "Identify basis for PII transfer between jurisdictions"),
                Control(
                    number: "7.5.2", title: "Countries and international organizations to which PII can be transferred"),
            ]
        case .unusedSystem:
            [Self.records2019, Self.purpose2019]
        }
    }

    /// The ISO/IEC 27701:2025 controls (Annex A, Table A.1; clause 4.3 for the scope).
    public var iso27701v2025: [Control] {
        switch self {
        case .undeclaredCategory:
            [Self.records2025, Self.purpose2025, Control(number: "A.1.4.2", title: "Limit collection")]
        case .shadowStore:
            [
                Self.records2025, Control(number: "A.1.4.2", title: "Limit collection"),
                Control(number: "A.1.4.5", title: "PII minimization objectives"),
            ]
        case .outOfScope:
            [Control(number: "4.3", title: "Determining the scope of the PIMS"), Self.records2025]
        case .specialCategoryWithoutDPIA:
            [Control(number: "A.1.2.6", title: "Privacy impact assessment")]
        case .retentionExceeded:
            [Control(number: "A.1.4.8", title: "Retention"), Control(number: "A.1.4.9", title: "Disposal")]
        case .unsupportedDeclaration:
            [Self.records2025, Control(number: "A.1.4.5", title: "PII minimization objectives")]
        case .specialCategoryWithoutCondition:
            [Self.lawfulBasis2025, Self.records2025]
        case .incompleteDeclaration:
            [Self.records2025, Self.purpose2025, Self.lawfulBasis2025, Control(number: "A.1.4.8", title: "Retention")]
        case .transferWithoutSafeguard:
            [
                Control(number: "A.1.5.2", title: "Identify basis for PII transfer between jurisdictions"),
                Control(
                    number: "A.1.5.3",
                    title: "Countries and international organizations to which PII can be transferred"),
            ]
        case .unusedSystem:
            [Self.records2025, Self.purpose2025]
        }
    }

    private static let records2019 = Control(number: "7.2.8", title: "Records related to processing PII")
    private static let purpose2019 = Control(number: "7.2.1", title: "Identify and document purpose")
    private static let records2025 = Control(number: "A.1.2.9", title: "Records related to processing PII")
    private static let lawfulBasis2019 = Control(number: "7.2.2", title: "Identify lawful basis")
    private static let lawfulBasis2025 = Control(number: "A.1.2.3", title: "Identify lawful basis")
    private static let purpose2025 = Control(number: "A.1.2.2", title: "Identify and document purpose")
}
