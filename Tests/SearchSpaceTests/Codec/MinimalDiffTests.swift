import Foundation
import Testing
@testable import SearchSpace

/// A save changes only what was edited: on every YAML fixture and corpus file, one edit then a
/// line diff against the file as read shows that setting's lines and nothing else.
struct MinimalDiffTests {
    /// The files whose search space is block YAML in dict form (job, wrapped or a list).
    static func editableFiles() throws -> [(name: String, text: String)] {
        var files: [(String, String)] = []
        for folder in ["", "compat", "corpus"] {
            let urls = try Fixtures.files(in: folder).filter { ["yml", "yaml"].contains($0.pathExtension) }
            for url in urls {
                let text = try String(contentsOf: url, encoding: .utf8)
                guard let doc = try? DocumentReader.read(text), doc.legacy.isEmpty, doc.form.values == .dict,
                      doc.form.shape != .single, !doc.space.subspaces.isEmpty else { continue }
                files.append(((folder.isEmpty ? "" : folder + "/") + url.lastPathComponent, text))
            }
        }
        return files
    }

    /// The lines removed ("- ") and added ("+ ") by saving `change` applied to the file.
    static func diff(_ text: String, _ change: (inout SearchSpace) -> Void) throws -> (removed: [String], added: [String], saved: String) {
        var doc = try DocumentReader.read(text)
        change(&doc.space)
        let saved = DocumentWriter.save(doc)
        let back = try DocumentReader.read(saved)
        #expect(back.space.subspaces == doc.space.subspaces, "the save reads back as the edited space")
        let changes = LineDiff.changes(from: text, to: saved, limit: 10_000)
        return (changes.filter { $0.hasPrefix("- ") }.map { String($0.dropFirst(2)) },
                changes.filter { $0.hasPrefix("+ ") }.map { String($0.dropFirst(2)) }, saved)
    }

    static func indentation(_ line: String) -> Int { line.prefix { $0 == " " }.count }

    /// The lines that make up one entry (key line, deeper lines): what an edit may touch.
    static func isEntryLines(_ lines: [String], key: String) -> Bool {
        guard let first = lines.first, first.drop(while: { $0 == " " || $0 == "-" }).hasPrefix(key + ":") else { return false }
        let keyIndent = first.firstIndex { $0 != " " && $0 != "-" }.map { first.distance(from: first.startIndex, to: $0) } ?? 0
        return lines.dropFirst().allSatisfy { indentation($0) > keyIndent || $0.trimmingCharacters(in: .whitespaces).hasPrefix("#") }
    }

    @Test func changingOneBoundChangesOneLine() throws {
        let files = try Self.editableFiles()
        #expect(files.count >= 8, "the fixtures and corpus hold block-YAML files: \(files.map(\.name))")
        for (name, text) in files {
            let space = try DocumentReader.read(text).space
            for (index, sub) in space.subspaces.enumerated() {
                guard let (id, d) = sub.entries.compactMap({ entry -> (ParameterID, Distribution)? in
                    if case .swept(let d) = entry.setting, d.kind != .choice { return (entry.id, d) }
                    return nil
                }).first else { continue }
                var numbers = d.parameters
                numbers[numbers.count > 1 ? 1 : 0] = .float(numbers[numbers.count > 1 ? 1 : 0].double + 0.5)
                guard let changed = Distribution(kind: d.kind, parameters: numbers) else { continue }
                let result = try Self.diff(text) { $0.subspaces[index][id] = .swept(changed) }
                #expect(result.removed.count == 1 && result.added.count == 1,
                        "\(name) subspace \(index + 1) \(id.name): \(result.removed) -> \(result.added)")
            }
        }
    }

    @Test func changingAKindRewritesOnlyThatEntry() throws {
        for (name, text) in try Self.editableFiles() {
            let space = try DocumentReader.read(text).space
            for (index, sub) in space.subspaces.enumerated() {
                guard let entry = sub.entries.last else { continue }
                let replacement: Setting
                if case .fixed = entry.setting { replacement = .swept(.choice([.int(1), .int(2)])) } else { replacement = .fixed(.int(3)) }
                let result = try Self.diff(text) { $0.subspaces[index][entry.id] = replacement }
                #expect(Self.isEntryLines(result.removed, key: entry.id.name), "\(name): removed \(result.removed)")
                #expect(Self.isEntryLines(result.added, key: entry.id.name), "\(name): added \(result.added)")
            }
        }
    }

    @Test func unsettingAParameterRemovesOnlyItsLines() throws {
        for (name, text) in try Self.editableFiles() {
            let space = try DocumentReader.read(text).space
            for (index, sub) in space.subspaces.enumerated() where sub.entries.count > 1 {
                let entry = sub.entries[1]
                let result = try Self.diff(text) { $0.subspaces[index][entry.id] = .unset }
                #expect(result.added.isEmpty, "\(name): added \(result.added)")
                #expect(Self.isEntryLines(result.removed, key: entry.id.name)
                        || Self.isEntryLines(Array(result.removed.drop { $0.trimmingCharacters(in: .whitespaces).hasPrefix("#") }),
                                             key: entry.id.name),
                        "\(name) subspace \(index + 1): removed \(result.removed)")
            }
        }
    }

    @Test func settingAParameterAddsOnlyItsLines() throws {
        for (name, text) in try Self.editableFiles() {
            let space = try DocumentReader.read(text).space
            for (index, sub) in space.subspaces.enumerated() {
                guard let id = ParameterID.allCases.first(where: { sub[$0].isUnset && $0 != .modelName }) else { continue }
                let result = try Self.diff(text) { $0.subspaces[index][id] = .swept(.uniform(min: .float(0.1), max: .float(0.2))) }
                #expect(result.removed.isEmpty, "\(name): removed \(result.removed)")
                #expect(Self.isEntryLines(result.added, key: id.name), "\(name): added \(result.added)")
            }
        }
    }

    @Test func addingOrDeletingASubspaceTouchesOnlyItsLines() throws {
        for (name, text) in try Self.editableFiles() {
            let space = try DocumentReader.read(text).space
            let added = try Self.diff(text) { $0.subspaces.append($0.subspaces[0]) }
            #expect(added.removed.isEmpty, "\(name): removed \(added.removed)")
            #expect(added.added.filter { !$0.isEmpty }.count == DictWriter.yamlEntries(space.subspaces[0]).count,
                    "\(name): added \(added.added)")
            guard space.subspaces.count > 1 else { continue }
            let deleted = try Self.diff(text) { $0.subspaces.remove(at: 0) }
            #expect(deleted.added.isEmpty, "\(name): added \(deleted.added)")
        }
    }

    @Test func commentsAndStyleInsideTheSpaceSurviveAnEdit() throws {
        let text = """
            search_space:
              # the ViT models
              - model_name: {type: choice, values: [vitb16r224, vits16r224]}   # two sizes
                learning_rate:   # tuned on fridge
                  type: uniform
                  min_value: 0.001
                  max_value: 0.01
                # a momentum for sgd
                momentum:
                  type: uniform
                  min_value: 0.85
                  max_value: 0.95
                optimizer: 'sgd'

            """
        let bound = try Self.diff(text) { $0.subspaces[0][.learningRate] = .swept(.uniform(min: .float(0.001), max: .float(0.02))) }
        #expect(bound.removed == ["      max_value: 0.01"] && bound.added == ["      max_value: 0.02"])
        let kind = try Self.diff(text) { $0.subspaces[0][.learningRate] = .swept(.loguniform(min: .float(-9), max: .float(-4))) }
        #expect(kind.saved.contains("    learning_rate:   # tuned on fridge\n      type: loguniform\n      min_value: -9"),
                "the key line keeps its comment:\n\(kind.saved)")
        #expect(kind.saved.contains("# the ViT models") && kind.saved.contains("optimizer: 'sgd'"))
        let unset = try Self.diff(text) { $0.subspaces[0][.momentum] = .unset }
        #expect(unset.removed.first == "    # a momentum for sgd", "a removed setting takes its own comment: \(unset.removed)")
        #expect(!unset.saved.contains("momentum"))
        let added = try Self.diff(text) { $0.subspaces[0][.weightDecay] = .fixed(.float(0.0001)) }
        #expect(added.added == ["    weight_decay: 0.0001"])
    }

    @Test func unsettingTheFirstParameterMovesTheDashToTheNext() throws {
        let text = "search_space:\n  - model_name:\n      type: choice\n      values: [a, b]\n    learning_rate: 0.01\n"
        let result = try Self.diff(text) { $0.subspaces[0][.modelName] = .unset }
        #expect(result.saved == "search_space:\n  - learning_rate: 0.01\n")
    }
}

/// Dict-form JSON keeps its indentation, key order and spelling when values change.
struct JSONMinimalDiffTests {
    static let text = """
        {
            "search_space": [
                {
                    "model_name": {"type": "choice", "values": ["vitb16r224", "vits16r224"]},
                    "learning_rate": {
                        "type": "uniform",
                        "min_value": 0.001,
                        "max_value": 0.01
                    },
                    "optimizer": "sgd"
                }
            ]
        }

        """

    @Test func changedValuesRewriteOnlyTheirLines() throws {
        let result = try MinimalDiffTests.diff(Self.text) {
            $0.subspaces[0][.learningRate] = .swept(.uniform(min: .float(0.001), max: .float(0.02)))
            $0.subspaces[0][.optimizer] = .fixed(.string("adamw"))
            $0.subspaces[0][.modelName] = .swept(.choice([.string("vitb16r224"), .string("vitl16r224")]))
        }
        #expect(result.removed == ["            \"model_name\": {\"type\": \"choice\", \"values\": [\"vitb16r224\", \"vits16r224\"]},",
                                   "                \"max_value\": 0.01", "            \"optimizer\": \"sgd\""], "\(result.removed)")
        #expect(result.added == ["            \"model_name\": {\"type\": \"choice\", \"values\": [\"vitb16r224\", \"vitl16r224\"]},",
                                 "                \"max_value\": 0.02", "            \"optimizer\": \"adamw\""], "\(result.added)")
    }

    @Test func everyDictJSONFixtureChangesOneLineForOneBound() throws {
        var checked = 0
        for url in try Fixtures.files(in: "compat") + Fixtures.files(in: "corpus") where url.pathExtension == "json" {
            let text = try String(contentsOf: url, encoding: .utf8)
            guard let doc = try? DocumentReader.read(text), doc.form.values == .dict, doc.form.shape != .single else { continue }
            for (index, sub) in doc.space.subspaces.enumerated() {
                guard let (id, d) = sub.entries.compactMap({ entry -> (ParameterID, Distribution)? in
                    if case .swept(let d) = entry.setting, d.kind != .choice { return (entry.id, d) }
                    return nil
                }).first else { continue }
                var numbers = d.parameters
                numbers[0] = .float(numbers[0].double - 0.5)
                guard let changed = Distribution(kind: d.kind, parameters: numbers) else { continue }
                let result = try MinimalDiffTests.diff(text) { $0.subspaces[index][id] = .swept(changed) }
                #expect(result.removed.count == 1 && result.added.count == 1, "\(url.lastPathComponent): \(result)")
                checked += 1
            }
        }
        #expect(checked >= 1, "the fixtures hold a dict-form JSON file")
    }
}

/// JSON members set, unset and changed in kind touch their own member and its comma only.
struct JSONMemberDiffTests {
    @Test func aNewParameterIsAddedAfterTheLastMemberWithItsIndentation() throws {
        let result = try MinimalDiffTests.diff(JSONMinimalDiffTests.text) {
            $0.subspaces[0][.momentum] = .swept(.uniform(min: .float(0.8), max: .float(0.9)))
        }
        #expect(result.removed == ["            \"optimizer\": \"sgd\""])
        #expect(result.added == ["            \"optimizer\": \"sgd\",",
                                 "            \"momentum\": {\"type\": \"uniform\", \"min_value\": 0.8, \"max_value\": 0.9}"])
    }

    @Test func anUnsetParameterTakesItsLineAndComma() throws {
        let first = try MinimalDiffTests.diff(JSONMinimalDiffTests.text) { $0.subspaces[0][.modelName] = .unset }
        #expect(first.removed == ["            \"model_name\": {\"type\": \"choice\", \"values\": [\"vitb16r224\", \"vits16r224\"]},"])
        #expect(first.added.isEmpty)
        let last = try MinimalDiffTests.diff(JSONMinimalDiffTests.text) { $0.subspaces[0][.optimizer] = .unset }
        #expect(last.removed == ["            },", "            \"optimizer\": \"sgd\""], "the comma before the last member goes with it")
        #expect(last.added == ["            }"])
    }

    @Test func aKindChangeRewritesTheValueOnly() throws {
        let result = try MinimalDiffTests.diff(JSONMinimalDiffTests.text) {
            $0.subspaces[0][.optimizer] = .swept(.choice([.string("sgd"), .string("adamw")]))
        }
        #expect(result.removed == ["            \"optimizer\": \"sgd\""])
        #expect(result.added == ["            \"optimizer\": {\"type\": \"choice\", \"values\": [\"sgd\", \"adamw\"]}"])
    }
}

/// A file that is one subspace as a top-level mapping saves with the same minimal edits.
struct SingleSubspaceDiffTests {
    static let text = """
        # one subspace
        model_name:
          type: choice
          values: [vitb16r224, vits16r224]   # two
        learning_rate: {type: uniform, min_value: 0.001, max_value: 0.01}
        optimizer: sgd

        """

    @Test func boundsEntriesAndNewSettingsChangeOnlyTheirLines() throws {
        let bound = try MinimalDiffTests.diff(Self.text) {
            $0.subspaces[0][.learningRate] = .swept(.uniform(min: .float(0.001), max: .float(0.02)))
        }
        #expect(bound.removed == ["learning_rate: {type: uniform, min_value: 0.001, max_value: 0.01}"])
        #expect(bound.added == ["learning_rate: {type: uniform, min_value: 0.001, max_value: 0.02}"])
        let unset = try MinimalDiffTests.diff(Self.text) { $0.subspaces[0][.modelName] = .unset }
        #expect(unset.removed == ["model_name:", "  type: choice", "  values: [vitb16r224, vits16r224]   # two"])
        #expect(unset.added.isEmpty && unset.saved.hasPrefix("# one subspace\n"), "the file's header comment stays")
        let added = try MinimalDiffTests.diff(Self.text) { $0.subspaces[0][.momentum] = .fixed(.float(0.9)) }
        #expect(added.removed.isEmpty && added.added == ["momentum: 0.9"])
    }
}

/// Adding or deleting a whole subspace in JSON touches that subspace's object and its comma.
struct JSONSubspaceDiffTests {
    static let text = """
        {
            "search_space": [
                {
                    "model_name": {"type": "choice", "values": ["vitb16r224"]},
                    "learning_rate": {"type": "uniform", "min_value": 0.001, "max_value": 0.01}
                },
                {
                    "model_name": {"type": "choice", "values": ["seresnext"]}
                }
            ]
        }

        """

    @Test func anAddedSubspaceIsAppendedAndADeletedOneGoesWithItsComma() throws {
        let first = "        {\n            \"model_name\": {\"type\": \"choice\", \"values\": [\"vitb16r224\"]},\n"
            + "            \"learning_rate\": {\"type\": \"uniform\", \"min_value\": 0.001, \"max_value\": 0.01}\n        }"
        let second = "        {\n            \"model_name\": {\"type\": \"choice\", \"values\": [\"seresnext\"]}\n        }"
        func file(_ items: [String]) -> String { "{\n    \"search_space\": [\n" + items.joined(separator: ",\n") + "\n    ]\n}\n" }
        let added = try MinimalDiffTests.diff(Self.text) { $0.subspaces.append($0.subspaces[1]) }.saved
        #expect(added == file([first, second, second]), "\(added)")
        let removedFirst = try MinimalDiffTests.diff(Self.text) { $0.subspaces.remove(at: 0) }.saved
        #expect(removedFirst == file([second]), "\(removedFirst)")
        let removedLast = try MinimalDiffTests.diff(Self.text) { $0.subspaces.remove(at: 1) }.saved
        #expect(removedLast == file([first]), "\(removedLast)")
    }
}

/// A JSON file that is one subspace as its object keeps its bytes too.
struct SingleSubspaceJSONDiffTests {
    @Test func aValueAndANewMemberChangeOnlyTheirLines() throws {
        let text = "{\n  \"model_name\": {\"type\": \"choice\", \"values\": [\"vitb16r224\"]},\n  \"learning_rate\": 0.01\n}\n"
        let result = try MinimalDiffTests.diff(text) {
            $0.subspaces[0][.learningRate] = .fixed(.float(0.02))
            $0.subspaces[0][.momentum] = .fixed(.float(0.9))
        }
        #expect(result.saved == "{\n  \"model_name\": {\"type\": \"choice\", \"values\": [\"vitb16r224\"]},\n  \"learning_rate\": 0.02,\n  \"momentum\": 0.9\n}\n")
    }
}
