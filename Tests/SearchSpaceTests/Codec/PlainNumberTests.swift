import Testing
import Yams
@testable import SearchSpace

/// Plain decimal numbers are read directly, and exactly as Yams' resolver and constructors read them.
struct PlainNumberTests {
    /// Each scalar as it sits in a flow list, read twice from fresh trees: through `literal` (the
    /// direct reading where it applies) and through Yams alone (a tree's tags are resolved once).
    static func readings(_ scalar: String) throws -> (literal: Value?, yams: Value?) {
        func item() throws -> Node {
            let root = try #require(try Yams.compose(yaml: "[\(scalar)]"))
            guard case .sequence(let items) = root, let first = items.first else { throw Unexpected() }
            return first
        }
        return (try item().literal, try item().yamsLiteral)
    }

    struct Unexpected: Error {}

    @Test(arguments: ["0", "-0", "+0", "7", "-42", "+42", "100000", "9223372036854775807",
                      "9223372036854775808", "-9223372036854775809", "007", "0x1F", "0o17", "0b101", "1_000", "1:30",
                      "0.5", "-0.5", "+1.5", "1.", "00.5", "1e5", "1E-5", "2.5e+3", "1.0e400", ".5", "1.5.2", "1e",
                      "1_0.5", "12abc", "yes", "null", "~", ".inf", "-.Inf", "Infinity", "'42'", "!!str 42", "!!float 3"])
    func readsEachSpellingAsYamsDoes(_ scalar: String) throws {
        let (literal, yams) = try Self.readings(scalar)
        #expect(literal == yams, "\(scalar)")
    }

    @Test func recognisesTheCommonSpellingsOnly() {
        #expect(PlainNumber.shape(of: "42") == .integer)
        #expect(PlainNumber.shape(of: "-0") == .integer)
        #expect(PlainNumber.shape(of: "0.001") == .float)
        #expect(PlainNumber.shape(of: "1e-4") == .float)
        for other in ["007", "0x1F", "1_000", ".5", "1:30", "1e", "+", "", "4 2", "٤٢"] {
            #expect(PlainNumber.shape(of: other) == nil, "\(other)")
        }
    }

    @Test func aQuotedOrTaggedNumberIsLeftToYams() throws {
        #expect(try Self.readings("'42'").literal == .string("42"))
        #expect(try Self.readings("!!str 42").literal == .string("42"))
        #expect(try Self.readings("!!float 3").literal == .float(3))
    }
}
