import Testing
@testable import SearchSpace

/// The one spelling of file text bound for a terminal (issue 13, item 7).
struct TerminalTextTests {
    @Test(arguments: [
        ("plain text, é, 中, 🙂", "plain text, é, 中, 🙂"),
        ("\u{1B}]0;PWNED\u{07}\u{1B}[2J", #"\u001B]0;PWNED\u0007\u001B[2J"#),
        ("a\tb\nc\rd", #"a\tb\nc\rd"#),
        ("del \u{7F}, csi \u{9B}, nul \u{0}", #"del \u007F, csi \u009B, nul \u0000"#),
        ("right-to-left \u{202E}txt.exe", #"right-to-left \u202Etxt.exe"#),
        ("isolate \u{2066}x\u{2069}, line \u{2028}, paragraph \u{2029}", #"isolate \u2066x\u2069, line \u2028, paragraph \u2029"#),
    ])
    func escapesWhatATerminalWouldObey(_ text: String, _ shown: String) {
        #expect(TerminalText.escaped(text) == shown)
    }

    @Test func escapedTextHoldsNoControlCharacter() {
        let every = String(String.UnicodeScalarView((0...0x3000).compactMap(Unicode.Scalar.init)))
        let escaped = TerminalText.escaped(every)
        #expect(!escaped.unicodeScalars.contains { TerminalText.needsEscape($0) })
    }
}

/// Numbers an Int or a Double cannot keep exactly (issue 13, item 8).
struct ExactNumberTests {
    @Test(arguments: [
        ("99999999999999999999", Value.string("99999999999999999999"), "the integer 99999999999999999999 is too large"),
        ("99999999999999999999", Value.float(1e20), "the integer 99999999999999999999 is too large"),
        ("-9223372036854775809", Value.string("-9223372036854775809"), "the integer -9223372036854775809 is too large"),
        ("1e400", Value.float(.infinity), "1e400 is too large for a float"),
        ("-1e400", Value.float(-.infinity), "-1e400 is too large for a float"),
        ("1e-400", Value.float(0), "1e-400 is too small for a float"),
        (".nan", Value.float(.nan), ".nan is not a finite number"),
        ("-.Inf", Value.float(-.infinity), "-.Inf is not a finite number"),
        ("Infinity", Value.float(.infinity), "Infinity is not a finite number"),
    ])
    func refused(_ text: String, _ read: Value, _ says: String) throws {
        let problem = try #require(ExactNumber.problem(text, read: read))
        #expect(problem.hasPrefix(says), "\(problem)")
    }

    @Test(arguments: [
        ("9223372036854775807", Value.int(.max)),
        ("-9223372036854775808", Value.int(.min)),
        ("0.0", Value.float(0)), ("0e10", Value.float(0)), ("-0.000", Value.float(-0.0)),
        ("4.9e-324", Value.float(4.9e-324)), ("1.7976931348623157e308", Value.float(1.7976931348623157e308)),
        ("100000000000000000000", Value.float(1e20)),  // the SDK's REST spelling of 1e20
        ("resnet50", Value.string("resnet50")), ("12abc", Value.string("12abc")), ("nan", Value.string("nan")),
    ])
    func kept(_ text: String, _ read: Value) {
        #expect(ExactNumber.problem(text, read: read) == nil)
    }
}
