import Testing

@testable import PIIScanKit

@Suite("Network validators")
struct NetworkValidatorTests {
    @Test(
        "email_domain",
        arguments: [
            ("jane.doe@corp.io", ValidationVerdict.valid),
            ("a+tag@mail.co.uk", .valid),
            ("ops@sub-domain.de", .valid),
            ("user@example.com", .placeholder),
            ("user@mail.example.org", .placeholder),
            ("user@EXAMPLE.NET", .placeholder),
            ("dev@app.test", .placeholder),
            ("x@foo.invalid", .placeholder),
            ("root@box.localhost", .placeholder),
            ("user@myexample.com", .valid),
            ("logo@2x.png", .invalid),
            ("a..b@corp.io", .invalid),
            (".a@corp.io", .invalid),
            ("a@-corp.io", .invalid),
            ("a@corp..io", .invalid),
            ("a@corp.i0", .invalid),
        ]
    )
    func email(value: String, expected: ValidationVerdict) {
        #expect(validatorVerdict("email_domain", value) == expected)
    }

    @Test(
        "ipv4",
        arguments: [
            ("8.8.8.8", ValidationVerdict.valid),
            ("81.2.69.142", .valid),
            ("172.32.0.1", .valid),
            ("192.0.2.10", .placeholder),
            ("198.51.100.7", .placeholder),
            ("203.0.113.254", .placeholder),
            ("127.0.0.1", .placeholder),
            ("10.1.2.3", .privateUse),
            ("172.16.5.4", .privateUse),
            ("192.168.1.1", .privateUse),
            ("255.255.255.255", .placeholder),
            ("256.1.1.1", .invalid),
            ("1.2.3", .invalid),
            ("1.2.3.4.5", .invalid),
            ("01.2.3.4", .invalid),
        ]
    )
    func ipv4(value: String, expected: ValidationVerdict) {
        #expect(validatorVerdict("ipv4", value) == expected)
    }

    @Test(
        "ipv6",
        arguments: [
            ("2a00:1450:4001:82a::200e", ValidationVerdict.valid),
            ("2606:4700:4700:0:0:0:0:1111", .valid),
            ("2a02:8071::1", .valid),
            ("2001:db8::1", .placeholder),
            ("2001:0DB8:85a3:0000:0000:8a2e:0370:7334", .placeholder),
            ("::1", .placeholder),
            ("fe80::1ff:fe23:4567:890a", .placeholder),
            ("10:22:33", .invalid),
            ("00:1a:2b:3c:4d:5e", .invalid),
            ("2a00::1::2", .invalid),
            ("2a00:1450:4001:82a:1:2:3:4:5", .invalid),
            ("2a00:14500::1", .invalid),
        ]
    )
    func ipv6(value: String, expected: ValidationVerdict) {
        #expect(validatorVerdict("ipv6", value) == expected)
    }

    @Test(
        "mac_address",
        arguments: [
            ("3c:22:fb:12:9a:7e", ValidationVerdict.valid),
            ("3C-22-FB-12-9A-7E", .valid),
            ("3c22.fb12.9a7e", .valid),
            ("ff:ff:ff:ff:ff:ff", .placeholder),
            ("00:00:5e:00:53:01", .placeholder),
            ("00:00:00:00:00:00", .invalid),
            ("3c:22:fb:12:9a", .invalid),
        ]
    )
    func macAddress(value: String, expected: ValidationVerdict) {
        #expect(validatorVerdict("mac_address", value) == expected)
    }
}
