import Foundation
import Testing
@testable import Editor
import SearchSpace

/// The editor never makes a number no file can hold (issue 13, item 8): converting
/// qloguniform(0, 1000) of number_of_epochs to quniform needs e^1000, which trapped rounding
/// it to an Int; as a float it would be Infinity, which JSON cannot carry and sweepedit would
/// refuse to read back. Every kind `t` reaches keeps finite bounds and saves to readable JSON.
struct FiniteNumberTests {
    static func numbers(_ setting: Setting) -> [Double] {
        switch setting {
        case .unset: return []
        case .fixed(let v): return v.number.map { [$0] } ?? []
        case .swept(.choice(let values)): return values.compactMap(\.number)
        case .swept(let d): return d.parameters.map(\.double)
        }
    }

    @Test(arguments: [
        (ParameterID.numberOfEpochs, #"{"type": "qloguniform", "min_value": 0, "max_value": 1000, "q": 1}"#),
        (ParameterID.numberOfEpochs, #"{"type": "qlognormal", "mu": 700, "sigma": 100, "q": 1}"#),
    ])
    func changingTheKindNeverMakesAnInfiniteBound(_ id: ParameterID, _ json: String) throws {
        var h = Harness(text: #"{"search_space": [{""# + id.name + #"": "# + json + "}]}", path: "space.json")
        h.state.selection = try #require(h.state.rows.firstIndex { $0.parameter == id })
        for _ in 0..<DistributionKind.allCases.count * 2 {
            h.press("t")
            let setting = h.setting(id)
            let finite = Self.numbers(setting).allSatisfy { $0.isFinite }
            #expect(finite, "\(setting)")
            let json = DocumentWriter.save(h.state.document)
            if (try? JSONSerialization.jsonObject(with: Data(json.utf8))) == nil {
                Issue.record("the saved file is not JSON: \(json)")
            }
            do {
                _ = try DocumentReader.read(json, path: "space.json")
            } catch {
                Issue.record("the saved file does not read back: \(error)")
            }
        }
    }

    @Test func aSettingWithAnInfiniteBoundIsRefusedWithAMessage() {
        var h = Harness(space: "  - learning_rate: {type: uniform, min_value: 0.001, max_value: 0.1}\n")
        let before = h.state.document.space
        setParameter(&h.state, .learningRate, .swept(.uniform(min: .float(0), max: .float(.infinity))))
        #expect(h.state.document.space == before)
        #expect(h.state.status == StatusMessage("learning_rate: that would make a bound infinity, which no file can hold; not changed", .error))
    }
}
