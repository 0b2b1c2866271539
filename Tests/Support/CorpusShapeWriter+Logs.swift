/// System logs: ISC dhcpd, sshd/PAM auth lines and nginx access lines.
extension CorpusShapeWriter {
    /// `Jan 15 10:22:33` as syslog writes it.
    private mutating func syslogStamp() -> String {
        let (day, seconds) = tick()
        return "Jan \(day < 10 ? " " : "")\(day) \(Self.time(seconds))"
    }

    /// A MAC address as dhcpd writes it: lower case, colon-separated.
    private mutating func dhcpMAC() -> String {
        String(CorpusValues.macAddress(&random).lowercased().map { $0 == "-" ? ":" : $0 })
    }

    /// DISCOVER/OFFER/REQUEST/ACK exchanges: each client's MAC and the private address it is given are planted;
    /// the server's own address (`REQUEST for … (server)`) is a negative, and bookkeeping lines are filler.
    mutating func writeDHCPLog(to file: inout CorpusFileWriter, size: Int) throws {
        let start = file.offset
        let server = "192.168.\(random.int(0...20)).1"
        while file.offset - start < size {
            let prefix = "\(syslogStamp()) gw01 dhcpd[\(random.int(300...3000))]: "
            if random.chance(0.15) {
                file.append(
                    string: prefix
                        + random.pick([
                            "Wrote 0 deleted host decls to leases file.",
                            "Wrote \(random.int(10...400)) leases to leases file.", "Server starting service.",
                        ]) + "\n")
                continue
            }
            let mac = dhcpMAC()
            let address = privateIP()
            let host = random.chance(0.5) ? " (android-\(CorpusValues.hex(&random, count: 6)))" : ""
            file.append(string: prefix + "DHCPDISCOVER from ")
            file.plant(mac, type: "mac_address")
            file.append(string: " via eth1\n\(prefix)DHCPOFFER on ")
            file.plant(address, type: "ip_address")
            file.append(" to ")
            file.plant(mac, type: "mac_address")
            file.append(string: "\(host) via eth1\n\(prefix)DHCPREQUEST for ")
            file.plant(address, type: "ip_address")
            file.append(" (")
            file.plantNegative(server, kind: "server_ip")
            file.append(") from ")
            file.plant(mac, type: "mac_address")
            file.append(string: "\(host) via eth1\n\(prefix)DHCPACK on ")
            file.plant(address, type: "ip_address")
            file.append(" to ")
            file.plant(mac, type: "mac_address")
            file.append(string: "\(host) via eth1\n")
            try file.flushIfFull()
        }
    }

    /// sshd logins (`Accepted password for USER from IP port N ssh2`), failed attempts from public addresses,
    /// PAM session lines and cron filler. Every client address is planted.
    mutating func writeAuthLog(to file: inout CorpusFileWriter, size: Int, locale: CorpusLocale) throws {
        let start = file.offset
        while file.offset - start < size {
            let prefix = "\(syslogStamp()) web01 "
            let pid = random.int(1000...60_000)
            let person = locale.person(&random)
            let user = String(CorpusLocale.mailbox(person.givenName).prefix(1)) + CorpusLocale.mailbox(person.surname)
            switch random.below(4) {
            case 0, 1:
                let method = random.chance(0.6) ? "password" : "publickey"
                file.append(string: prefix + "sshd[\(pid)]: Accepted \(method) for \(user) from ")
                file.plant(privateIP(), type: "ip_address")
                file.append(string: " port \(random.int(30_000...65_000)) ssh2\n")
                file.append(string: prefix + "sshd[\(pid)]: pam_unix(sshd:session): session opened for user ")
                file.append(string: "\(user)(uid=\(random.int(1000...1400))) by (uid=0)\n")
            case 2:
                let target = random.pick(["admin", "root", "test", "oracle", "ubuntu"])
                file.append(string: prefix + "sshd[\(pid)]: Failed password for invalid user \(target) from ")
                file.plant(CorpusValues.ipAddress(&random), type: "ip_address")
                file.append(string: " port \(random.int(30_000...65_000)) ssh2\n")
            default:
                file.append(string: prefix + "CRON[\(pid)]: pam_unix(cron:session): session opened for user root")
                file.append("(uid=0) by (uid=0)\n")
            }
            try file.flushIfFull()
        }
    }

    /// nginx `combined` lines: the client address is planted, some query strings carry an e-mail address, and
    /// the browser's four-part version (`Chrome/120.0.6099.109`) is a negative.
    mutating func writeNginxLog(to file: inout CorpusFileWriter, size: Int) throws {
        let start = file.offset
        while file.offset - start < size {
            let (day, seconds) = tick()
            file.plant(random.chance(0.8) ? CorpusValues.ipAddress(&random) : privateIP(), type: "ip_address")
            file.append(string: " - - [\(CorpusValues.padded(day, 2))/Jan/2024:\(Self.time(seconds)) +0000] \"")
            switch random.below(5) {
            case 0:
                file.append("GET /account/confirm?email=")
                let locale = random.pick(CorpusLocale.all)
                file.plant(locale.person(&random).email, type: "email")
                file.append(" HTTP/1.1\" 302 0")
            case 1:
                file.append(string: "POST /api/v2/orders HTTP/1.1\" 201 \(random.int(200...900))")
            default:
                let asset = random.pick(["/static/app.js", "/static/app.css", "/img/logo.svg", "/api/v2/cart"])
                file.append(string: "GET \(asset) HTTP/2.0\" 200 \(random.int(200...90_000))")
            }
            file.append(" \"https://shop.northwind.eu/\" \"Mozilla/5.0 (Windows NT 10.0; Win64; x64) ")
            file.append("AppleWebKit/537.36 (KHTML, like Gecko) Chrome/")
            let version =
                "\(random.int(110...124)).0.\(random.int(5000...6400)).\(random.int(1...250))"
            file.plantNegative(version, kind: CorpusShapeNegative.ipv4Version.rawValue)
            file.append(" Safari/537.36\"\n")
            try file.flushIfFull()
        }
    }
}
