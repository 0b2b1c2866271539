import PIIScanKit

/// RoPA documents and files the RoPA tests share.
enum RoPASamples {
    /// A valid file using every key: line numbers in the error tests refer to edits of it.
    static let valid = """
        version: 1
        organization: Example Ltd
        scope:
          include: [crm, hr]
          exclude: []
        systems:
          - id: crm
            name: CRM database
            owner: crm-team@example.com
            locations:
              - postgres://crm-db:5432/crm
              - path: exports/crm/**
              - {store: "sqlite:data/app.db", tables: ["main.*"]}
          - id: hr
            owner: hr@example.com
            locations: [{path: hr/**}]
        activities:
          - id: customer-support
            name: Customer support
            owner: support-lead@example.com
            business_function: Customer service
            role: controller
            purposes: [Answer customer tickets]
            legal_basis: contract
            data_subjects: [customers]
            data_categories: [user.contact, user.name]
            recipients: [Helpdesk SaaS (processor)]
            transfers: [{country: US, safeguard: SCCs}]
            retention: P2Y
            dpia: not_required
            security_measures: [Encryption at rest]
            systems: [crm]
            status: confirmed
          - id: sick-leave
            owner: hr@example.com
            purposes: [Manage sick leave]
            legal_basis: legal_obligation
            special_category_condition: employment
            data_categories: [user.health_and_medical]
            retention: P6M
            dpia: done
            systems: [hr]

        """

    /// A document using every field the CSV form carries: scope, systems' names, owners and status, a system no
    /// activity names, a system used by two activities, a free-text retention.
    static let document = RoPADocument(
        organization: "Example Ltd", scope: RoPAScope(include: ["crm", "hr"], exclude: ["archive"]),
        systems: [
            RoPASystem(
                id: "crm", name: "CRM database", owner: "crm-team@example.com",
                locations: [.store("postgres://crm-db:5432/crm", tables: []), .path("exports/crm/**")],
                status: .confirmed),
            RoPASystem(id: "hr", locations: [.path("hr/**"), .store("sqlite:data/hr.db", tables: ["main.*", "x.y"])]),
            RoPASystem(
                id: "archive", name: "Old exports", owner: "it@example.com", locations: [.path("archive/**")],
                status: .draft),
        ],
        activities: [
            RoPAActivity(
                id: "customer-support", name: "Customer support", owner: "support-lead@example.com",
                role: .controller, purposes: ["Answer customer tickets", "Send \"notices\", by post"],
                legalBasis: .contract, dataSubjects: ["customers", "prospects"],
                dataCategories: ["user.contact", "user.name", "user.contact.email"],
                recipients: ["Helpdesk SaaS (processor)"],
                transfers: [RoPATransfer(country: "US", safeguard: "SCCs"), RoPATransfer(country: "IN")],
                retention: RoPARetention(iso8601: "P2Y"), dpia: .notRequired,
                securityMeasures: ["Encryption at rest", "SSO: MFA"], systems: ["crm"], status: .confirmed,
                businessFunction: "Customer service", jointController: "Partner Ltd, dpo@partner.example",
                processorContract: "https://contracts.example/helpdesk"),
            RoPAActivity(
                id: "sick-leave", owner: "hr@example.com", purposes: ["Manage sick leave"],
                legalBasis: .legalObligation, specialCategoryCondition: "employment",
                dataCategories: ["user.health_and_medical"],
                retention: RoPARetention("6 months after the employee leaves"), dpia: .done, systems: ["hr", "crm"]),
        ])
}
