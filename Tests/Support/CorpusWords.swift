/// Word lists for the generated documents. Filler sentences contain no names, no digits and no birth words, so
/// that only planted values are PII.
package enum CorpusWords {
    package static let languages = ["en", "de", "fr", "es", "it", "nl", "pt"]

    package static let givenNames = [
        "Anna", "Thomas", "Maria", "Lukas", "Sophie", "Pierre", "Camille", "Juan", "Lucia", "Giulia", "Marco", "Daan",
        "Emma", "Joao", "Ana", "Priya", "Rahul", "Olivia", "James", "Michael", "Sarah", "David", "Laura", "Jan",
        "Sanne", "Carlos", "Elena", "Francesca", "Luca", "Julia", "Daniel", "Hannah", "Peter", "Claire", "Nicolas",
    ]

    package static let surnames = [
        "Smith", "Johnson", "Schmidt", "Schneider", "Fischer", "Weber", "Dubois", "Lefebvre", "Garcia", "Rodriguez",
        "Rossi", "Bianchi", "Jansen", "Bakker", "Visser", "Silva", "Santos", "Oliveira", "Sharma", "Patel",
        "Wilson", "Brown", "Taylor", "Williams", "Moreau", "Fernandez", "Romano", "Ferrari", "Becker", "Hoffmann",
    ]

    package static let streetsEnglish = [
        "High Street", "Station Road", "Maple Avenue", "Oak Lane", "Church Street", "Park Road", "Elm Street",
        "Mill Lane", "Victoria Road", "Cedar Drive",
    ]

    package static let proseLabels: [String: [CorpusPIIType: String]] = [
        "de": [
            .email: "meine E-Mail-Adresse lautet", .phone: "erreichbar unter Telefon", .creditCard: "Kartennummer",
            .iban: "bitte erstatten Sie den Betrag auf IBAN", .dateOfBirth: "geboren am",
            .passportNumber: "Passport-Nummer", .personName: "Ansprechpartner ist", .streetAddress: "Lieferadresse:",
            .geoCoordinates: "letzter Standort", .ipAddress: "Anmeldung von IP-Adresse",
        ],
        "fr": [
            .email: "mon adresse e-mail est", .phone: "téléphone :", .creditCard: "numéro de carte",
            .iban: "merci de rembourser sur l'IBAN", .dateOfBirth: "né le", .passportNumber: "passport n°",
            .personName: "le titulaire est", .streetAddress: "adresse :", .geoCoordinates: "position",
        ],
        "es": [
            .email: "mi correo es", .phone: "teléfono:", .creditCard: "número de tarjeta",
            .iban: "reembolsen a la cuenta IBAN", .dateOfBirth: "fecha de nacimiento:",
            .passportNumber: "passport nº", .personName: "el titular es", .streetAddress: "dirección:",
            .geoCoordinates: "ubicación",
        ],
        "it": [
            .email: "la mia email è", .phone: "telefono:", .creditCard: "numero di carta", .iban: "rimborso su IBAN",
            .dateOfBirth: "DOB:", .passportNumber: "passport n.", .personName: "il titolare è",
            .streetAddress: "indirizzo:", .geoCoordinates: "posizione",
        ],
        "nl": [
            .email: "mijn e-mailadres is", .phone: "telefoon:", .creditCard: "kaartnummer",
            .iban: "graag terugstorten op IBAN", .dateOfBirth: "DOB:", .passportNumber: "passport nr.",
            .personName: "de rekeninghouder is", .streetAddress: "adres:", .geoCoordinates: "locatie",
        ],
        "pt": [
            .email: "o meu email é", .phone: "telefone:", .creditCard: "número do cartão",
            .iban: "reembolso para o IBAN", .dateOfBirth: "DOB:", .passportNumber: "passport n.º",
            .personName: "o titular é", .streetAddress: "morada:", .geoCoordinates: "localização",
        ],
    ]

    /// Filler sentences per language, as bytes.
    package static let proseFiller: [String: [[UInt8]]] = [
        "en": [
            "Thank you for contacting customer support about your recent order.",
            "We have escalated the ticket to the warehouse team and will update you shortly.",
            "The replacement part should arrive within the usual delivery window.",
            "Please reply to this message if the problem persists after the update.",
            "Our records show that the payment was captured and the invoice was sent.",
            "Kind regards, the support team",
            "I would like to return the helmet because the size does not fit.",
            "The courier could not find the entrance, so the parcel went back to the depot.",
        ],
        "de": [
            "Vielen Dank für Ihre Nachricht zu Ihrer letzten Bestellung.",
            "Wir haben das Anliegen an das Lager weitergeleitet und melden uns in Kürze.",
            "Das Ersatzteil sollte innerhalb der üblichen Lieferzeit ankommen.",
            "Bitte antworten Sie auf diese Nachricht, falls das Problem weiterhin besteht.",
            "Mit freundlichen Grüßen, Ihr Kundenservice",
            "Ich möchte den Helm zurückschicken, weil die Größe nicht passt.",
        ],
        "fr": [
            "Merci d'avoir contacté le service client au sujet de votre commande.",
            "Nous avons transmis votre demande à l'entrepôt et revenons vers vous rapidement.",
            "La pièce de rechange devrait arriver dans les délais habituels.",
            "Veuillez répondre à ce message si le problème persiste.",
            "Cordialement, l'équipe du support",
            "Je souhaite retourner le casque car la taille ne convient pas.",
        ],
        "es": [
            "Gracias por contactar con atención al cliente sobre su pedido.",
            "Hemos enviado la incidencia al almacén y le informaremos pronto.",
            "La pieza de repuesto debería llegar en el plazo habitual.",
            "Por favor, responda a este mensaje si el problema continúa.",
            "Un saludo, el equipo de soporte",
            "Quiero devolver el casco porque la talla no es correcta.",
        ],
        "it": [
            "Grazie per aver contattato il servizio clienti per il suo ordine.",
            "Abbiamo inoltrato la richiesta al magazzino e la aggiorneremo presto.",
            "Il pezzo di ricambio dovrebbe arrivare nei tempi consueti.",
            "La preghiamo di rispondere a questo messaggio se il problema persiste.",
            "Cordiali saluti, il team di assistenza",
        ],
        "nl": [
            "Bedankt voor uw bericht over uw laatste bestelling.",
            "We hebben het verzoek doorgestuurd naar het magazijn en laten snel van ons horen.",
            "Het vervangende onderdeel komt binnen de gebruikelijke levertijd aan.",
            "Reageer op dit bericht als het probleem blijft bestaan.",
            "Met vriendelijke groet, het supportteam",
        ],
        "pt": [
            "Obrigado por contactar o apoio ao cliente sobre a sua encomenda.",
            "Encaminhámos o pedido para o armazém e daremos notícias em breve.",
            "A peça de substituição deverá chegar no prazo habitual.",
            "Por favor responda a esta mensagem se o problema continuar.",
            "Com os melhores cumprimentos, a equipa de apoio",
        ],
    ].mapValues { sentences in sentences.map { Array($0.utf8) } }

    package static let logMessages: [[UInt8]] = [
        "GET /api/v2/orders", "POST /api/v2/checkout", "GET /api/v2/catalog/bikes", "PUT /api/v2/cart",
        "cache miss for inventory lookup", "payment authorised", "shipment label created", "session refreshed",
        "GET /healthz", "worker heartbeat", "retrying upstream call", "rendered product page",
    ].map { Array($0.utf8) }

    package static let services: [[UInt8]] = [
        "checkout", "catalog", "billing", "shipping", "auth", "inventory", "search", "notifications",
    ].map { Array($0.utf8) }

    package static let levels: [[UInt8]] = ["INFO ", "INFO ", "INFO ", "DEBUG", "WARN ", "ERROR"].map { Array($0.utf8) }

    package static let products: [[UInt8]] = [
        "road-bike-carbon", "gravel-bike-alu", "helmet-mips", "bottle-cage", "chain-lube", "inner-tube-700c",
        "saddle-comfort", "pedals-spd", "rear-light-usb", "mini-pump",
    ].map { Array($0.utf8) }
}
