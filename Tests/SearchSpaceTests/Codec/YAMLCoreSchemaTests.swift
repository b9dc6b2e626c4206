import Foundation
import Testing
import Yams
@testable import SearchSpace
import TestSupport

/// `YAMLCoreSchema` answers as Yams' default resolver does, for every scalar: the words of
/// the schema, every string of its characters up to four long, and random longer ones.
struct YAMLCoreSchemaTests {
    /// Yams' own answer, through its regular expressions.
    static func yams(_ text: String) -> Yams.Tag.Name {
        Resolver.default.resolveTag(of: Node.scalar(Node.Scalar(text)))
    }

    static func expectSame(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> Bool {
        let ours = YAMLCoreSchema.tag(ofPlain: text), theirs = yams(text)
        if ours != theirs {
            Issue.record("'\(text)': ours \(ours.rawValue), Yams \(theirs.rawValue)", sourceLocation: sourceLocation)
            return false
        }
        return true
    }

    @Test func theSchemasWordsAndNumbers() {
        let words = ["", "~", "null", "Null", "NULL", "nUll", "yes", "Yes", "YES", "yEs", "no", "on", "Off", "true", "False",
                     "y", "n", "<<", "=", ".inf", "-.Inf", "+.INF", ".nan", ".NaN", "-.nan", "0", "-0", "+12", "1_000",
                     "0b101", "-0b_1", "0o17", "017", "08", "0x1F", "0xg", "1:20", "1:20:30", "1:60", "190:20:30.15",
                     "1.5", "1.", ".5", "._", "1e5", "1e", "1.5e-3", ".5e3", ".5e+3", "1E+10", "12e03", "6.8523015e+5",
                     "2001-12-14", "2001-12-14t21:59:43.10-05:00", "2001-12-14 21:59:43.10 -5", "2001-12-15 2:59:43.10",
                     "2002-12-14", "2001-1-1", "2001-1-1T1:00:00Z", "2001-12-14 21:59:43.10 ", "2001-12-14T21:59:43+05:0",
                     "sgd", "vitb16r224", "1e-4", "0.001", "-1", "+", "-", ".", "..", "1..2", "1_", "_1", "0_", "0x", "0b"]
        for word in words { _ = Self.expectSame(word) }
    }

    /// Every string of up to four of the characters the patterns care about.
    @Test func everyShortString() {
        let alphabet = Array("0159_.:+-eExbofaZT ")
        var strings = [""]
        var failures = 0
        for _ in 1...4 {
            strings = strings.flatMap { s in alphabet.map { s + String($0) } }
            for s in strings where failures < 20 {
                if !Self.expectSame(s) { failures += 1 }
            }
        }
    }

    /// Random longer strings, shaped like numbers and timestamps.
    @Test func randomLongerStrings() {
        var generator = SplitMix64(seed: 15)
        let pieces = ["0", "1", "5", "9", "_", ".", ":", "-", "+", "e", "E", "x", "b", "o", "T", " ", "\t", "Z", "2001-",
                      "12-", "14", "inf", "nan", ":30", "0x", "1_0"]
        var failures = 0
        for _ in 0..<50_000 where failures < 20 {
            let n = Int(generator.next() % 10) + 1
            let s = (0..<n).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined()
            if !Self.expectSame(s) { failures += 1 }
        }
    }

    /// The fixtures and the corpus compose to the same trees either way, tags and places included.
    @Test func everyFixtureComposesAsWithYamsDefaultResolver() throws {
        let folder = PackageRoot.url("Tests/SearchSpaceTests/Fixtures")
        let files = FileManager.default.enumerator(atPath: folder.path)?.compactMap { $0 as? String }
            .filter { $0.hasSuffix(".yml") || $0.hasSuffix(".yaml") || $0.hasSuffix(".json") } ?? []
        #expect(files.count > 20)
        for file in files {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            // a file Yams refuses is refused either way (the resolver plays no part in that)
            let theirs = try? Yams.compose(yaml: text)
            let ours = try? YAMLTree.compose(text)
            #expect(ours.map(Self.describe) == theirs.map(Self.describe), "\(file)")
        }
    }

    /// A tree as text: each node's tag, place and value (Node's == ignores places).
    static func describe(_ node: Node) -> String {
        let place = node.mark.map { "@\($0.line):\($0.column)" } ?? ""
        switch node {
        case .scalar(let s): return "\(node.tag.rawValue)\(place)=\(s.string)"
        case .mapping(let m): return "{\(node.tag.rawValue)\(place) " + m.map { describe($0.key) + ": " + describe($0.value) }.joined(separator: ", ") + "}"
        case .sequence(let q): return "[\(node.tag.rawValue)\(place) " + q.map(describe).joined(separator: ", ") + "]"
        case .alias: return "*alias"
        }
    }
}
