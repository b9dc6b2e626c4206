import Foundation
import Testing
@testable import SearchSpace

/// The printed forms of `sweepedit sample`: the JSON shape product.md fixes, CSV and table.
struct TrialWriterTests {
    static func output(_ space: SearchSpace, _ format: TrialFormat, count: Int = 4, seed: UInt64 = 3) -> String {
        let plan = SamplingPlan(space)
        var bytes: [UInt8] = []
        var writer = TrialWriter(plan: plan, format: format) { bytes += $0 }
        var sampler = RowSampler(plan: plan, seed: seed)
        writer.begin()
        var i = 0
        sampler.draw(count) { k, row in
            writer.write(index: i, subspace: k, row: row)
            i += 1
        }
        writer.end()
        return String(decoding: bytes, as: UTF8.self)
    }

    static let space: SearchSpace = {
        var a = Subspace(), b = Subspace()
        a[.modelName] = .swept(.choice([.string("vitb16r224"), .string("vits16r224")]))
        a[.numberOfEpochs] = .swept(.quniform(min: .int(10), max: .int(40), q: .int(5)))
        a[.learningRate] = .swept(.loguniform(min: .float(-9.2), max: .float(-4.6)))
        b[.modelName] = .fixed(.string("resnet50"))
        b[.earlyStopping] = .swept(.choice([.bool(true), .bool(false)]))
        var tp = Subspace()
        tp[.evaluationFrequency] = .fixed(.int(2))
        return SearchSpace(subspaces: [a, b], trainingParameters: tp)
    }()

    @Test func jsonIsAnArrayOfTrialSubspaceAndConfig() throws {
        let text = Self.output(Self.space, .json, count: 20)
        let parsed = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]]
        let items = try #require(parsed)
        #expect(items.count == 20)
        for (i, item) in items.enumerated() {
            #expect(Set(item.keys) == ["trial", "subspace", "config"])
            #expect(item["trial"] as? Int == i)
            let k = try #require(item["subspace"] as? Int)
            let config = try #require(item["config"] as? [String: Any])
            #expect(config["evaluation_frequency"] as? Int == 2)
            if k == 0 {
                #expect(Set(config.keys) == ["model_name", "number_of_epochs", "learning_rate", "evaluation_frequency"])
                #expect(config["learning_rate"] is Double)
            } else {
                #expect(config["model_name"] as? String == "resnet50")
                #expect(config["early_stopping"] is Bool)
            }
        }
        #expect(Set(items.compactMap { $0["subspace"] as? Int }) == [0, 1])
    }

    @Test func jsonWritesIntsAsIntsAndBoolsAsBools() {
        let text = Self.output(Self.space, .json, count: 20)
        #expect(text.hasPrefix("[\n  {\"trial\": 0, \"subspace\": "))
        #expect(text.hasSuffix("}}\n]\n"))
        // quniform(10, 40, 5) on an int field: integers, never "20.0"; a bool choice: false, not "False" or 0
        let lines = text.split(separator: "\n")
        #expect(lines[1] == #"  {"trial": 0, "subspace": 1, "config": {"model_name": "resnet50", "early_stopping": false, "evaluation_frequency": 2}},"#)
        #expect(lines[2] == #"  {"trial": 1, "subspace": 0, "config": {"model_name": "vits16r224", "learning_rate": 0.0007124077614395576, "number_of_epochs": 20, "evaluation_frequency": 2}},"#)
        #expect(text.range(of: #""number_of_epochs": [0-9]+\."#, options: .regularExpression) == nil)
    }

    @Test func noTrialsIsAnEmptyArray() {
        #expect(Self.output(Self.space, .json, count: 0) == "[]\n")
    }

    @Test func csvHasAHeaderAndOneLinePerTrial() {
        let lines = Self.output(Self.space, .csv, count: 6).split(separator: "\n")
        #expect(lines.count == 7)
        #expect(lines[0] == "trial,subspace,model_name,learning_rate,number_of_epochs,early_stopping,evaluation_frequency")
        for line in lines.dropFirst() { #expect(line.split(separator: ",", omittingEmptySubsequences: false).count == 7) }
    }

    @Test func csvQuotesFieldsThatNeedIt() {
        #expect(TrialWriter.csvField("a,b") == "\"a,b\"")
        #expect(TrialWriter.csvField("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(TrialWriter.csvField("plain") == "plain")
    }

    @Test func theTableAlignsColumnsUnderTheirNames() {
        let lines = Self.output(Self.space, .table, count: 3).split(separator: "\n").map(String.init)
        #expect(lines.count == 4)
        #expect(lines[0].hasPrefix("trial     subspace  model_name  learning_rate  number_of_epochs"))
        let column = lines[0].range(of: "number_of_epochs")!.lowerBound.utf16Offset(in: lines[0])
        for line in lines.dropFirst() {
            let cell = line.dropFirst(column).prefix(while: { $0 != " " })
            #expect(Int(cell) != nil, "number_of_epochs cell '\(cell)' in '\(line)'")
        }
    }

    /// People read the table, programs the JSON and CSV: the table counts from 1 (as the editor
    /// and validate's "subspace 2:" do), the others keep the JSON contract's 0-based indexes.
    @Test func theTableCountsFromOneAndCSVFromZero() {
        let table = Self.output(Self.space, .table, count: 20).split(separator: "\n").dropFirst()
            .map { $0.split(separator: " ").map(String.init) }
        #expect(table.map { Int($0[0]) } == Array(1...20))
        #expect(Set(table.map { $0[1] }) == ["1", "2"])
        let csv = Self.output(Self.space, .csv, count: 20).split(separator: "\n").dropFirst()
            .map { $0.split(separator: ",").map(String.init) }
        #expect(csv.map { Int($0[0]) } == Array(0..<20))
        #expect(Set(csv.map { $0[1] }) == ["0", "1"])
    }

    @Test func compactNumbersKeepSixSignificantDigits() {
        var bytes: [UInt8] = []
        var out = OutputBuffer { bytes += $0 }
        for x in [0.0012345678, 123456.7, 0.5, 2.0, -0.000123456789, 1e-7, 2_107_050_000_000_000, 9.9999999, 0.1 + 0.2] {
            CellText.appendCompact(x, to: &out)
            out.append(" ")
        }
        out.flush()
        #expect(String(decoding: bytes, as: UTF8.self) == "0.00123457 123457 0.5 2 -0.000123457 1e-07 2.10705e+15 10 0.3 ")
    }
}
