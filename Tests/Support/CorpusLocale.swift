/// Names, streets, towns and the words of one language for the data-shape corpus (`CorpusShape`).
///
/// Deliberately NOT from the sources of piiscan's own name lexicon (SSA baby names, US Census 2010 surnames,
/// IBGE 2010, Jörg Michael's nam_dict, SCOWL, GeoNames, Debian iso-codes), so that the benchmark does not just
/// agree with itself: each list is a small hand-curated selection of the most frequent values in a national
/// statistic or register, cited per locale below and in Benchmarks/README.md. Towns are only the context of an
/// address (a postcode range and the town's name); they are common knowledge.
package struct CorpusLocale: Sendable {
    /// A town with the range of its postcodes' leading number (`low...high`).
    package struct Town: Sendable {
        package var name: String
        package var postcodes: ClosedRange<Int>
    }

    package var code: String
    package var givenNames: [String]
    package var surnames: [String]
    package var streets: [String]
    package var towns: [Town]
    /// Greeting that opens a letter, followed by a name (`Dear`, `Hallo`, `Bonjour`, …).
    package var greeting: String
    /// Closing words before a signature (`Kind regards`, `Mit freundlichen Grüßen`, …).
    package var closing: String
    /// Words that introduce a date of birth in prose, and the month names for a written-out date.
    package var bornPhrase: String
    package var months: [String]
    /// Words that introduce a passport number in prose.
    package var passportPhrase: String
    /// Sentences of a support note with no personal data.
    package var filler: [String]
    /// Header of a customer export: sequence, customer number, given name, surname, e-mail, phone, street,
    /// postcode, town, date of birth, IBAN, order number, and the article code column (`ean` or `isbn`) last.
    package var csvHeader: [String]
    /// `;` for the locales whose spreadsheet programs write semicolon-separated CSV.
    package var csvSeparator: String
    /// Words of a support note: the customer, the address and the phone label.
    package var customerWord: String
    package var addressWord: String
    package var phoneWord: String
    /// Mail providers common in the country, for addresses made from a name.
    package var emailDomains: [String]
}

extension CorpusLocale {
    /// Every locale the shape corpus writes.
    package static let all: [CorpusLocale] = [english, german, french, spanish, italian, portuguese, dutch]

    /// Given names: ONS, "Baby names in England and Wales", top names of the 1970s–1990s birth years. Surnames:
    /// ONS, most common surnames in England and Wales (2002 Patient Register summary). Streets: the most common
    /// street names in the Royal Mail Postcode Address File (as published in Royal Mail's summaries) and in the
    /// US Census Bureau's 1993 TIGER/Line count of street names.
    static let english = CorpusLocale(
        code: "en",
        givenNames: [
            "Paul", "Mark", "Andrew", "Richard", "Christopher", "Simon", "Matthew", "Stephen", "Lee", "Darren",
            "Gareth",
            "Craig", "Jason", "Wayne", "Dean", "Sarah", "Gemma", "Rebecca", "Claire", "Victoria", "Samantha", "Rachel",
            "Nicola", "Kelly", "Natalie", "Louise", "Michelle", "Hayley", "Stacey", "Joanne", "Amy", "Lisa",
        ],
        surnames: [
            "Jones", "Davies", "Evans", "Thomas", "Roberts", "Robinson", "Thompson", "Wright", "Walker", "White",
            "Edwards", "Hughes", "Green", "Hall", "Lewis", "Harris", "Clarke", "Jackson", "Wood", "Turner", "Cooper",
            "Hill", "Ward", "Morris", "Moore", "King", "Baker", "Harrison", "Morgan", "Allen", "Parker", "Cook",
        ],
        streets: [
            "High Street", "Station Road", "Main Street", "Park Road", "Church Road", "London Road", "Victoria Road",
            "Green Lane", "Manor Road", "Church Lane", "Park Avenue", "Queens Road", "New Road", "Grange Road",
            "Kings Road", "Windsor Road", "Highfield Road", "Mill Lane", "York Road", "Second Street",
            "Third Street", "Oak Street", "Pine Street", "Maple Avenue", "Cedar Street", "Elm Street", "Lake Drive",
            "Washington Street", "Hill Street", "Ninth Street",
        ],
        towns: [
            Town(name: "Columbus, OH", postcodes: 43_004...43_240),
            Town(name: "Madison, WI", postcodes: 53_703...53_726),
            Town(name: "Tucson, AZ", postcodes: 85_701...85_756), Town(name: "Omaha, NE", postcodes: 68_102...68_164),
            Town(name: "Raleigh, NC", postcodes: 27_601...27_617), Town(name: "Boise, ID", postcodes: 83_702...83_716),
        ],
        greeting: "Dear", closing: "Kind regards,", bornPhrase: "DOB",
        months: [
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December",
        ],
        passportPhrase: "Passport No.",
        filler: [
            "Thanks for getting back to us so quickly.", "The parcel has not arrived yet and tracking shows no update.",
            "Could you please check the status of the refund?", "We have escalated this to the warehouse team.",
            "The customer asked us to update the account details below.", "Please find the details of the request.",
        ],
        csvHeader: [
            "seq", "customer_no", "first_name", "last_name", "email", "phone", "street", "postcode", "city",
            "date_of_birth", "iban", "order_number",
        ],
        csvSeparator: ",",
        customerWord: "Customer", addressWord: "Address:", phoneWord: "Phone",
        emailDomains: ["gmail.com", "outlook.com", "btinternet.com", "yahoo.com"]
    )

    /// Given names: Gesellschaft für deutsche Sprache (GfdS), most given names of the 1977–1990 birth years.
    /// Surnames: the most frequent German surnames in the Deutscher Familiennamenatlas (Kunze/Nübling, from the
    /// 2005 Deutsche Telekom directory). Streets: the most frequent street names in Germany in OpenStreetMap
    /// (ODbL), as counted in Zeit Online's 2018 street-name analysis.
    static let german = CorpusLocale(
        code: "de",
        givenNames: [
            "Stefan", "Andreas", "Frank", "Jürgen", "Christian", "Klaus", "Uwe", "Markus", "Sven", "Torsten", "Jens",
            "Dirk", "Matthias", "Tobias", "Florian", "Sabine", "Susanne", "Petra", "Andrea", "Claudia", "Birgit",
            "Nicole", "Stefanie", "Martina", "Katrin", "Sandra", "Anja", "Silke", "Tanja", "Kerstin", "Melanie",
        ],
        surnames: [
            "Müller", "Meyer", "Wagner", "Schulz", "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder",
            "Neumann", "Schwarz", "Zimmermann", "Braun", "Krüger", "Hofmann", "Hartmann", "Lange", "Schmitt", "Werner",
            "Schmitz", "Krause", "Meier", "Lehmann", "Schulze", "Maier", "Köhler", "Herrmann", "König", "Walter",
        ],
        streets: [
            "Hauptstraße", "Schulstraße", "Gartenstraße", "Bahnhofstraße", "Dorfstraße", "Bergstraße", "Birkenweg",
            "Lindenstraße", "Kirchstraße", "Waldstraße", "Ringstraße", "Schillerstraße", "Goethestraße", "Wiesenweg",
            "Jahnstraße", "Amselweg", "Buchenweg", "Wiesenstraße", "Friedhofstraße", "Feldstraße", "Mühlenweg",
            "Brunnenstraße", "Eichenweg", "Rosenstraße", "Tulpenweg",
        ],
        towns: [
            Town(name: "Leipzig", postcodes: 4103...4357), Town(name: "Dresden", postcodes: 1067...1328),
            Town(name: "Hannover", postcodes: 30_159...30_669), Town(name: "Bremen", postcodes: 28_195...28_779),
            Town(name: "Nürnberg", postcodes: 90_402...90_491), Town(name: "Kassel", postcodes: 34_117...34_134),
        ],
        greeting: "Hallo", closing: "Mit freundlichen Grüßen", bornPhrase: "geboren am",
        months: [
            "Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
            "November", "Dezember",
        ],
        passportPhrase: "Reisepassnummer",
        filler: [
            "Vielen Dank für Ihre schnelle Rückmeldung.", "Das Paket ist leider noch nicht angekommen.",
            "Bitte prüfen Sie den Stand der Erstattung.", "Wir haben den Vorgang an das Lager weitergegeben.",
            "Der Kunde bittet um Änderung der Kontodaten.", "Anbei die Angaben zur Anfrage.",
        ],
        csvHeader: [
            "Lfd. Nr.", "Kundennummer", "Vorname", "Nachname", "E-Mail", "Telefon", "Straße", "PLZ", "Ort",
            "Geburtsdatum", "IBAN", "Bestellnummer",
        ],
        csvSeparator: ";",
        customerWord: "Kunde", addressWord: "Adresse:", phoneWord: "Tel.",
        emailDomains: ["gmx.de", "web.de", "t-online.de", "posteo.de"]
    )

    /// Given names: INSEE, Fichier des prénoms, most given names of the 1965–1985 birth years. Surnames: INSEE,
    /// most frequent surnames of births 1891–1990. Streets: the most frequent street names of the Base Adresse
    /// Nationale (Licence Ouverte).
    static let french = CorpusLocale(
        code: "fr",
        givenNames: [
            "Philippe", "Alain", "Patrick", "Christophe", "Christian", "Éric", "Frédéric", "Laurent", "Stéphane",
            "Sébastien", "Olivier", "Thierry", "Pascal", "Julien", "Nathalie", "Isabelle", "Sylvie", "Catherine",
            "Valérie", "Christine", "Sandrine", "Céline", "Véronique", "Stéphanie", "Aurélie", "Delphine", "Virginie",
        ],
        surnames: [
            "Martin", "Bernard", "Petit", "Robert", "Richard", "Durand", "Leroy", "Roux", "Bertrand", "Morel",
            "Fournier", "Girard", "Bonnet", "Dupont", "Lambert", "Fontaine", "Rousseau", "Vincent", "Lefèvre", "Faure",
            "Mercier", "Blanc", "Guérin", "Boyer", "Garnier", "Chevalier", "Legrand", "Gauthier", "Perrin", "Masson",
        ],
        streets: [
            "rue de l'Église", "Grande Rue", "rue du Moulin", "rue du Château", "rue des Écoles", "rue de la Gare",
            "rue de la Mairie", "rue Principale", "rue du Stade", "rue de la Fontaine", "rue Pasteur",
            "rue Victor Hugo", "rue des Jardins", "rue Jean Jaurès", "rue du Général de Gaulle", "place de l'Église",
            "rue des Lilas", "chemin du Moulin", "allée des Tilleuls", "impasse des Acacias",
        ],
        towns: [
            Town(name: "Lyon", postcodes: 69_001...69_009), Town(name: "Toulouse", postcodes: 31_000...31_500),
            Town(name: "Nantes", postcodes: 44_000...44_300), Town(name: "Lille", postcodes: 59_000...59_800),
            Town(name: "Rennes", postcodes: 35_000...35_700), Town(name: "Grenoble", postcodes: 38_000...38_100),
        ],
        greeting: "Bonjour", closing: "Cordialement,", bornPhrase: "né le",
        months: [
            "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
            "novembre", "décembre",
        ],
        passportPhrase: "numéro de passeport",
        filler: [
            "Merci pour votre retour rapide.", "Le colis n'est toujours pas arrivé.",
            "Pouvez-vous vérifier l'état du remboursement ?", "Nous avons transmis la demande à l'entrepôt.",
            "Le client souhaite mettre à jour ses coordonnées.", "Veuillez trouver ci-dessous le détail.",
        ],
        csvHeader: [
            "N°", "N° client", "Prénom", "Nom", "Courriel", "Téléphone", "Adresse", "Code postal", "Ville",
            "Date de naissance", "IBAN", "N° de commande",
        ],
        csvSeparator: ";",
        customerWord: "Client", addressWord: "Adresse :", phoneWord: "Tél.",
        emailDomains: ["orange.fr", "free.fr", "laposte.net", "sfr.fr"]
    )

    /// Given names and surnames: INE (Instituto Nacional de Estadística), "Nombres y apellidos más frecuentes"
    /// of the resident population. Streets: the most frequent street names of INE's Callejero del Censo
    /// Electoral.
    static let spanish = CorpusLocale(
        code: "es",
        givenNames: [
            "Antonio", "José", "Manuel", "Francisco", "Javier", "Jesús", "Alejandro", "Miguel", "Rafael", "Pedro",
            "Ángel", "Pablo", "Sergio", "Fernando", "Jorge", "Carmen", "Josefa", "Isabel", "Dolores", "Pilar",
            "Teresa", "Rosa", "Cristina", "Marta", "Mercedes", "Raquel", "Rocío", "Montserrat", "Silvia",
        ],
        surnames: [
            "González", "Fernández", "López", "Martínez", "Sánchez", "Pérez", "Gómez", "Martín", "Jiménez", "Ruiz",
            "Hernández", "Díaz", "Moreno", "Muñoz", "Álvarez", "Romero", "Alonso", "Gutiérrez", "Navarro", "Torres",
            "Domínguez", "Vázquez", "Ramos", "Gil", "Ramírez", "Serrano", "Blanco", "Molina", "Morales", "Suárez",
        ],
        streets: [
            "Calle Mayor", "Calle Real", "Plaza Mayor", "Calle Iglesia", "Plaza de España", "Calle Nueva",
            "Calle de la Constitución", "Calle San Roque", "Calle Cervantes", "Calle del Sol", "Calle Ramón y Cajal",
            "Calle Santiago", "Calle Castilla", "Avenida de Andalucía", "Calle Goya", "Calle del Carmen",
            "Calle Los Olivos", "Calle Doctor Fleming",
        ],
        towns: [
            Town(name: "Zaragoza", postcodes: 50_001...50_021), Town(name: "Bilbao", postcodes: 48_001...48_015),
            Town(name: "Málaga", postcodes: 29_001...29_018), Town(name: "Valladolid", postcodes: 47_001...47_016),
            Town(name: "Murcia", postcodes: 30_001...30_012), Town(name: "Granada", postcodes: 18_001...18_015),
        ],
        greeting: "Hola", closing: "Un saludo,", bornPhrase: "nacido el",
        months: [
            "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
            "noviembre", "diciembre",
        ],
        passportPhrase: "número de pasaporte",
        filler: [
            "Gracias por su rápida respuesta.", "El paquete todavía no ha llegado.",
            "¿Pueden comprobar el estado del reembolso?", "Hemos trasladado la incidencia al almacén.",
            "El cliente solicita actualizar sus datos.", "Adjuntamos el detalle de la solicitud.",
        ],
        csvHeader: [
            "Nº", "Nº cliente", "Nombre", "Apellidos", "Correo electrónico", "Teléfono", "Dirección",
            "Código postal", "Ciudad", "Fecha de nacimiento", "IBAN", "Nº de pedido",
        ],
        csvSeparator: ";",
        customerWord: "Cliente", addressWord: "Dirección:", phoneWord: "Tel.",
        emailDomains: ["telefonica.net", "hotmail.es", "gmail.com", "yahoo.es"]
    )

    /// Given names: ISTAT, most frequent given names of the resident population (2011 census tables). Surnames:
    /// the most frequent Italian surnames in ISTAT's and the Agenzia delle Entrate's published rankings.
    /// Streets: the most frequent odonyms of ISTAT's 2011 census street register (Via Roma first).
    static let italian = CorpusLocale(
        code: "it",
        givenNames: [
            "Giuseppe", "Giovanni", "Antonio", "Mario", "Luigi", "Francesco", "Angelo", "Vincenzo", "Pietro",
            "Salvatore", "Carlo", "Franco", "Domenico", "Bruno", "Paolo", "Giuseppina", "Rosa", "Angela", "Giovanna",
            "Teresa", "Carmela", "Caterina", "Antonietta", "Lucia", "Rita", "Concetta", "Margherita", "Patrizia",
        ],
        surnames: [
            "Russo", "Esposito", "Colombo", "Ricci", "Marino", "Greco", "Bruno", "Gallo", "Conti", "De Luca",
            "Mancini", "Costa", "Giordano", "Rizzo", "Lombardi", "Moretti", "Barbieri", "Fontana", "Santoro",
            "Mariani", "Rinaldi", "Caruso", "Ferrara", "Galli", "Martini", "Leone", "Longo", "Gentile", "Martinelli",
        ],
        streets: [
            "Via Roma", "Via Giuseppe Garibaldi", "Via Giuseppe Mazzini", "Via Guglielmo Marconi",
            "Via Dante Alighieri",
            "Via Vittorio Emanuele II", "Via Cavour", "Piazza della Chiesa", "Via Umberto I", "Via XX Settembre",
            "Via Giacomo Matteotti", "Via IV Novembre", "Via Alessandro Manzoni", "Via della Repubblica",
            "Via Nazionale", "Via Montegrappa", "Via San Francesco", "Corso Vittorio Emanuele",
        ],
        towns: [
            Town(name: "Bologna", postcodes: 40_121...40_141), Town(name: "Firenze", postcodes: 50_121...50_145),
            Town(name: "Genova", postcodes: 16_121...16_167), Town(name: "Bari", postcodes: 70_121...70_132),
            Town(name: "Verona", postcodes: 37_121...37_142), Town(name: "Padova", postcodes: 35_121...35_143),
        ],
        greeting: "Ciao", closing: "Cordiali saluti,", bornPhrase: "nato il",
        months: [
            "gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre",
            "novembre", "dicembre",
        ],
        passportPhrase: "numero di passaporto",
        filler: [
            "Grazie per la risposta rapida.", "Il pacco non è ancora arrivato.",
            "Potete verificare lo stato del rimborso?", "Abbiamo inoltrato la richiesta al magazzino.",
            "Il cliente chiede di aggiornare i suoi dati.", "In allegato il dettaglio della richiesta.",
        ],
        csvHeader: [
            "N.", "Codice cliente", "Nome", "Cognome", "Email", "Telefono", "Indirizzo", "CAP", "Città",
            "Data di nascita", "IBAN", "Numero ordine",
        ],
        csvSeparator: ";",
        customerWord: "Cliente", addressWord: "Indirizzo:", phoneWord: "Tel.",
        emailDomains: ["libero.it", "tiscali.it", "alice.it", "virgilio.it"]
    )

    /// Given names: Instituto dos Registos e do Notariado (IRN), most registered given names. Surnames: the most
    /// frequent surnames of Portugal's civil registers as published by the IRN. Streets: the most frequent street
    /// names in the CTT (Correios de Portugal) postcode register.
    static let portuguese = CorpusLocale(
        code: "pt",
        givenNames: [
            "João", "José", "António", "Francisco", "Manuel", "Rui", "Nuno", "Luís", "Tiago", "Ricardo", "Miguel",
            "Sérgio", "Ana", "Joana", "Inês", "Catarina", "Sofia", "Mariana", "Rita", "Beatriz", "Filipa", "Sara",
            "Teresa", "Margarida", "Patrícia", "Cláudia", "Susana",
        ],
        surnames: [
            "Ferreira", "Pereira", "Costa", "Rodrigues", "Martins", "Jesus", "Sousa", "Fernandes", "Gonçalves", "Gomes",
            "Lopes", "Marques", "Alves", "Almeida", "Ribeiro", "Pinto", "Carvalho", "Teixeira", "Moreira", "Correia",
            "Mendes", "Nunes", "Soares", "Vieira", "Monteiro", "Cardoso", "Rocha", "Neves", "Coelho", "Cruz",
        ],
        streets: [
            "Rua da Igreja", "Rua Principal", "Rua do Comércio", "Rua 25 de Abril", "Rua da Escola", "Rua Nova",
            "Rua de Santo António", "Avenida da Liberdade", "Rua da Fonte", "Rua do Outeiro", "Rua do Souto",
            "Rua da Capela", "Rua Direita", "Largo da Igreja", "Rua das Flores", "Travessa da Escola",
        ],
        towns: [
            Town(name: "Lisboa", postcodes: 1000...1990), Town(name: "Porto", postcodes: 4000...4369),
            Town(name: "Braga", postcodes: 4700...4719), Town(name: "Coimbra", postcodes: 3000...3049),
            Town(name: "Aveiro", postcodes: 3800...3814), Town(name: "Faro", postcodes: 8000...8009),
        ],
        greeting: "Olá", closing: "Com os melhores cumprimentos,", bornPhrase: "nascido em",
        months: [
            "janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
            "novembro", "dezembro",
        ],
        passportPhrase: "número do passaporte",
        filler: [
            "Obrigado pela resposta rápida.", "A encomenda ainda não chegou.",
            "Podem verificar o estado do reembolso?", "Encaminhámos o pedido para o armazém.",
            "O cliente pede para atualizar os dados.", "Segue em baixo o detalhe do pedido.",
        ],
        csvHeader: [
            "N.º", "N.º cliente", "Nome", "Apelido", "Email", "Telefone", "Morada", "Código postal", "Localidade",
            "Data de nascimento", "IBAN", "N.º encomenda",
        ],
        csvSeparator: ";",
        customerWord: "Cliente", addressWord: "Morada:", phoneWord: "Tel.",
        emailDomains: ["sapo.pt", "gmail.com", "netcabo.pt", "hotmail.com"]
    )

    /// Given names: Meertens Instituut, Nederlandse Voornamenbank, most frequent given names of the population.
    /// Surnames: Meertens Instituut / CBG, Nederlandse Familienamenbank (2007 municipal register count). Streets:
    /// the most frequent street names of the Basisregistratie Adressen en Gebouwen (BAG, Kadaster).
    static let dutch = CorpusLocale(
        code: "nl",
        givenNames: [
            "Johannes", "Cornelis", "Hendrik", "Willem", "Pieter", "Gerrit", "Jacobus", "Dirk", "Bart", "Sander",
            "Martijn", "Ruud", "Joost", "Johanna", "Cornelia", "Wilhelmina", "Elisabeth", "Monique", "Sandra",
            "Marieke", "Esther", "Ingrid", "Anouk", "Petra", "Linda", "Wendy", "Ilse",
        ],
        surnames: [
            "de Jong", "de Vries", "van den Berg", "van Dijk", "Janssen", "Smit", "Meijer", "de Boer", "Mulder",
            "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "de Wit", "Dijkstra",
            "Smits", "de Graaf", "van der Meer", "van der Linden", "Kok", "Jacobs", "de Haan", "Vermeulen", "Prins",
        ],
        streets: [
            "Kerkstraat", "Schoolstraat", "Molenstraat", "Julianastraat", "Molenweg", "Nieuwstraat",
            "Wilhelminastraat", "Beatrixstraat", "Stationsstraat", "Kastanjelaan", "Industrieweg", "Eikenlaan",
            "Irenestraat", "Oranjestraat", "Sportlaan", "Parallelweg", "Emmastraat", "Prinses Beatrixlaan",
        ],
        towns: [
            Town(name: "Rotterdam", postcodes: 3011...3089), Town(name: "Utrecht", postcodes: 3511...3585),
            Town(name: "Eindhoven", postcodes: 5611...5658), Town(name: "Groningen", postcodes: 9711...9747),
            Town(name: "Tilburg", postcodes: 5011...5049), Town(name: "Zwolle", postcodes: 8011...8047),
        ],
        greeting: "Beste", closing: "Met vriendelijke groet,", bornPhrase: "geboren op",
        months: [
            "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
            "november", "december",
        ],
        passportPhrase: "paspoortnummer",
        filler: [
            "Bedankt voor de snelle reactie.", "Het pakket is nog steeds niet aangekomen.",
            "Kunt u de status van de terugbetaling controleren?", "We hebben het verzoek doorgezet naar het magazijn.",
            "De klant vraagt om de gegevens aan te passen.", "Hieronder de details van het verzoek.",
        ],
        csvHeader: [
            "Volgnr", "Klantnummer", "Voornaam", "Achternaam", "E-mail", "Telefoon", "Straat", "Postcode", "Plaats",
            "Geboortedatum", "IBAN", "Ordernummer",
        ],
        csvSeparator: ";",
        customerWord: "Klant", addressWord: "Adres:", phoneWord: "Tel.",
        emailDomains: ["ziggo.nl", "kpnmail.nl", "hotmail.nl", "xs4all.nl"]
    )
}
