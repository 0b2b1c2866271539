/// Customer exports (CSV with and without a header) and `pg_dump` files.
extension CorpusShapeWriter {
    private static let amountHeader = [
        "en": "amount", "de": "Betrag", "fr": "Montant", "es": "Importe", "it": "Importo", "pt": "Valor",
        "nl": "Bedrag",
    ]

    /// One customer per row. With a header: sequence number, customer number, given name, surname, e-mail, phone,
    /// street, postcode, town, date of birth, IBAN, order number, `EAN` or `ISBN`, amount; some files start with a
    /// UTF-8 BOM and end lines with CRLF, as spreadsheet programs write them. Without: sequence number, full name,
    /// e-mail, phone, street, postcode, town, date of birth, amount. Every cell of a personal column is planted.
    mutating func writeCSV(to file: inout CorpusFileWriter, size: Int, locale: CorpusLocale, header: Bool) throws {
        let separator = locale.csvSeparator
        let newline = header && random.chance(0.5) ? "\r\n" : "\n"
        let codeColumn: CorpusShapeNegative = random.chance(0.5) ? .ean : .isbn
        let start = file.offset
        if header {
            if random.chance(0.5) { file.append([0xEF, 0xBB, 0xBF]) }
            let names = locale.csvHeader + [codeColumn == .ean ? "EAN" : "ISBN", Self.amountHeader[locale.code]!]
            file.append(string: names.joined(separator: separator) + newline)
        }
        var sequence = random.int(100_000_000...9_999_999_999)
        while file.offset - start < size {
            let person = locale.person(&random)
            sequence += 1
            file.plantNegative(String(sequence), kind: CorpusShapeNegative.sequenceNumber.rawValue)
            file.append(string: separator)
            if header {
                file.append(string: "K\(random.int(10_000...99_999))" + separator)
                file.plant(person.givenName, type: "person_name")
                file.append(string: separator)
                file.plant(person.surname, type: "person_name")
            } else {
                file.plant(person.fullName, type: "person_name")
            }
            file.append(string: separator)
            file.plant(person.email, type: "email")
            file.append(string: separator)
            if random.chance(0.85) { file.plant(person.phone, type: "phone") }
            file.append(string: separator)
            file.plant(person.street, type: "street_address")
            file.append(string: separator)
            file.plant(person.postcode, type: "postal_code")
            file.append(string: separator)
            file.plant(person.city, type: "city")
            file.append(string: separator)
            if random.chance(0.85) { file.plant(locale.numericDate(person), type: "date_of_birth") }
            file.append(string: separator)
            if header {
                if random.chance(0.85) { file.plant(person.iban, type: "iban") }
                file.append(string: separator)
                plantNegative(.luhnOrderNumber, &file)
                file.append(string: separator)
                plantNegative(codeColumn, &file)
                file.append(string: separator)
            }
            let cents = CorpusValues.padded(random.below(100), 2)
            file.append(string: "\(random.int(1...900))\(separator == ";" ? "," : ".")\(cents)" + newline)
            try file.flushIfFull()
        }
    }

    /// A `pg_dump` plain-text dump: a `customers` table loaded by `COPY … FROM stdin;` (tab-separated, `\N` for
    /// null, ending in `\.`), then an `orders` table loaded by one `INSERT INTO … VALUES (…);` per row.
    mutating func writePgDump(to file: inout CorpusFileWriter, size: Int, locale: CorpusLocale) throws {
        let start = file.offset
        file.append(
            """
            --
            -- PostgreSQL database dump
            --

            -- Dumped from database version 16.4 (Debian 16.4-1.pgdg120+2)
            -- Dumped by pg_dump version 16.4 (Debian 16.4-1.pgdg120+2)

            SET statement_timeout = 0;
            SET client_encoding = 'UTF8';
            SET standard_conforming_strings = on;

            CREATE TABLE public.customers (
                id integer NOT NULL,
                first_name text NOT NULL,
                last_name text NOT NULL,
                email text,
                phone text,
                street text,
                postal_code text,
                city text,
                birth_date date,
                iban text,
                created_at timestamp with time zone
            );

            ALTER TABLE public.customers OWNER TO shop;

            COPY public.customers (id, first_name, last_name, email, phone, street, postal_code, city, birth_date, \
            iban, created_at) FROM stdin;

            """)
        var id = 0
        while file.offset - start < size / 2 {
            let person = locale.person(&random)
            id += 1
            file.append(string: "\(id)\t")
            file.plant(person.givenName, type: "person_name")
            file.append("\t")
            file.plant(person.surname, type: "person_name")
            file.append("\t")
            file.plant(person.email, type: "email")
            file.append("\t")
            if random.chance(0.8) { file.plant(person.phone, type: "phone") } else { file.append("\\N") }
            file.append("\t")
            file.plant(person.street, type: "street_address")
            file.append("\t")
            file.plant(person.postcode, type: "postal_code")
            file.append("\t")
            file.plant(person.city, type: "city")
            file.append("\t")
            let month = CorpusValues.padded(person.birthMonth, 2)
            file.plant("\(person.birthYear)-\(month)-\(CorpusValues.padded(person.birthDay, 2))", type: "date_of_birth")
            file.append("\t")
            if random.chance(0.7) { file.plant(person.iban, type: "iban") } else { file.append("\\N") }
            let stamp = isoTimestamp()
            file.append(string: "\t\(stamp.prefix(10)) \(stamp.dropFirst(11).prefix(8))+00\n")
            try file.flushIfFull()
        }
        file.append(
            """
            \\.


            CREATE TABLE public.orders (
                id integer NOT NULL,
                order_number text NOT NULL,
                customer_name text,
                shipping_address text,
                client_ip inet,
                app_version text,
                ean text,
                total numeric(10,2)
            );

            ALTER TABLE public.orders OWNER TO shop;


            """)
        id = 0
        while file.offset - start < size {
            let person = locale.person(&random)
            id += 1
            file.append(string: "INSERT INTO public.orders (id, order_number, customer_name, shipping_address, ")
            file.append(string: "client_ip, app_version, ean, total) VALUES (\(id), '")
            plantNegative(.luhnOrderNumber, &file)
            file.append("', '")
            file.plant(person.fullName.replacing("'", with: "''"), type: "person_name")
            file.append("', '")
            file.plant(person.address.replacing("'", with: "''"), type: "street_address")
            file.append("', '")
            file.plant(CorpusValues.ipAddress(&random), type: "ip_address")
            file.append("', '")
            plantNegative(.ipv4Version, &file)
            file.append("', '")
            plantNegative(.ean, &file)
            file.append(string: "', \(random.int(1...900)).\(CorpusValues.padded(random.below(100), 2)));\n")
            try file.flushIfFull()
        }
        file.append("\n--\n-- PostgreSQL database dump complete\n--\n\n")
    }
}
