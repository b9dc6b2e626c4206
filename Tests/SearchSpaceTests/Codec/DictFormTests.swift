import Testing
@testable import SearchSpace
import TestSupport

/// The dict form (`{type: uniform, min_value: ..., max_value: ...}`) in YAML and JSON, in its
/// three shapes: a top-level list, `{search_space: [...]}`, and one subspace as a mapping.
struct DictFormTests {
    static let twoSubspaces = [
        subspace([
            (.modelName, .swept(.choice([.string("vitb16r224"), .string("vits16r224")]))),
            (.learningRate, .swept(.uniform(min: .float(0.001), max: .float(0.01)))),
            (.optimizer, .fixed(.string("sgd"))),
        ]),
        subspace([
            (.modelName, .swept(.choice([.string("seresnext")]))),
            (.layersToFreeze, .swept(.randint(upper: .int(3)))),
        ]),
    ]

    @Test func readsATopLevelYAMLList() throws {
        let doc = read("""
            - model_name: {type: choice, values: [vitb16r224, vits16r224]}
              learning_rate: {type: uniform, min_value: 0.001, max_value: 0.01}
              optimizer: sgd
            - model_name:
                type: choice
                values: [seresnext]
              layers_to_freeze: {type: randint, upper: 3}
            """)
        #expect(doc?.space.subspaces == Self.twoSubspaces)
        #expect(doc?.form == FileForm(shape: .list, syntax: .yaml))
    }

    @Test func readsWrappedYAMLWithTheTask() {
        let doc = read("""
            task: image_classification_multilabel
            search_space:
              - model_name: {type: choice, values: [vitb16r224, vits16r224]}
                learning_rate: {type: uniform, min_value: 0.001, max_value: 0.01}
                optimizer: sgd
              - model_name: {type: choice, values: [seresnext]}
                layers_to_freeze: {type: randint, upper: 3}
            """)
        #expect(doc?.space.subspaces == Self.twoSubspaces)
        #expect(doc?.space.job.task == .imageClassificationMultilabel)
        #expect(doc?.form.shape == .wrapped)
    }

    @Test func readsASingleMappingAsOneSubspace() {
        let doc = read("""
            model_name: {type: choice, values: [seresnext]}
            layers_to_freeze: {type: randint, upper: 3}
            """)
        #expect(doc?.space.subspaces == [Self.twoSubspaces[1]])
        #expect(doc?.form.shape == .single)
    }

    @Test func readsJSONInAllThreeShapes() {
        let one = #"{"model_name": {"type": "choice", "values": ["seresnext"]}, "layers_to_freeze": {"type": "randint", "upper": 3}}"#
        let list = read("[" + one + "]", path: "s.json")
        let wrapped = read(#"{"search_space": ["# + one + "]}", path: "s.json")
        let single = read(one, path: "s.json")
        for doc in [list, wrapped, single] {
            #expect(doc?.space.subspaces == [Self.twoSubspaces[1]])
            #expect(doc?.form.syntax == .json)
        }
        #expect([list, wrapped, single].map { $0?.form.shape } == [.list, .wrapped, .single])
    }

    @Test func keepsIntegerAndFloatSpellingsApart() {
        let doc = read("""
            - learning_rate: {type: uniform, min_value: 0, max_value: 1.0}
              beta1: 1
              momentum: 0.9
            """)
        let sub = doc?.space.subspaces.first
        #expect(sub?[.learningRate] == .swept(.uniform(min: .int(0), max: .float(1.0))))
        #expect(sub?[.beta1] == .fixed(.int(1)))
        #expect(sub?[.momentum] == .fixed(.float(0.9)))
    }

    @Test func readsEveryDistributionKind() {
        let doc = read("""
            - learning_rate: {type: loguniform, min_value: -9.21, max_value: -2.3}
              momentum: {type: normal, mu: 0.9, sigma: 0.05}
              weight_decay: {type: lognormal, mu: -7, sigma: 0.5}
              number_of_epochs: {type: quniform, min_value: 10, max_value: 30, q: 5}
              training_batch_size: {type: qloguniform, min_value: 2, max_value: 5, q: 8}
              step_lr_step_size: {type: qnormal, mu: 5, sigma: 2, q: 1}
              early_stopping_patience: {type: qlognormal, mu: 2, sigma: 1, q: 1}
              layers_to_freeze: {type: randint, upper: 5}
              optimizer: {type: choice, values: [sgd, adam]}
              beta1: {type: uniform, min_value: 0.8, max_value: 0.99}
            """)
        let kinds = doc?.space.subspaces.first?.entries.compactMap { $0.setting.distribution?.kind }
        #expect(Set(kinds ?? []) == Set(DistributionKind.allCases))
        #expect(doc?.space.subspaces.first?[.numberOfEpochs]
            == .swept(.quniform(min: .int(10), max: .int(30), q: .int(5))))
    }

    @Test func writesYAMLThatReadsBackTheSameInEveryShape() throws {
        let space = SearchSpace(subspaces: Self.twoSubspaces)
        for shape in [FileForm.Shape.list, .wrapped] {
            let text = DictWriter.yaml(space, shape: shape)
            #expect(read(text)?.space.subspaces == Self.twoSubspaces, "\(shape)")
            let json = DictWriter.json(space, shape: shape)
            #expect(read(json, path: "s.json")?.space.subspaces == Self.twoSubspaces, "\(shape)")
        }
        let single = SearchSpace(subspaces: [Self.twoSubspaces[0]])
        #expect(read(DictWriter.yaml(single, shape: .single))?.space.subspaces == single.subspaces)
        #expect(read(DictWriter.json(single, shape: .single), path: "s.json")?.space.subspaces == single.subspaces)
    }

    @Test func writesTheWrappedYAMLExactly() {
        let text = DictWriter.yaml(SearchSpace(subspaces: Self.twoSubspaces), shape: .wrapped)
        #expect(text == """
            task: image_classification
            search_space:
              - model_name:
                  type: choice
                  values: [vitb16r224, vits16r224]
                learning_rate:
                  type: uniform
                  min_value: 0.001
                  max_value: 0.01
                optimizer: sgd
              - model_name:
                  type: choice
                  values: [seresnext]
                layers_to_freeze:
                  type: randint
                  upper: 3

            """)
    }

    @Test func writesJSONExactly() {
        let text = DictWriter.json(SearchSpace(subspaces: [Self.twoSubspaces[1]]), shape: .list)
        #expect(text == """
            [
              {
                "model_name": {"type": "choice", "values": ["seresnext"]},
                "layers_to_freeze": {"type": "randint", "upper": 3}
              }
            ]

            """)
    }

    @Test func quotesStringsYAMLWouldReadAsSomethingElse() {
        #expect(DictWriter.yamlString("sgd") == "sgd")
        #expect(DictWriter.yamlString("microsoft/beit-base-patch16-224") == "microsoft/beit-base-patch16-224")
        for tricky in ["yes", "No", "true", "null", "~", "", "1.5", "12", "a b", "a: b", "#x", "it's", "-x", "é"] {
            let written = DictWriter.yamlString(tricky)
            let back = read("- model_name: \(written)")?.space.subspaces.first?[.modelName]
            #expect(back == .fixed(.string(tricky)), "\(tricky) written as \(written)")
        }
    }

    @Test func writesFloatsWithoutExponents() {
        #expect(DictWriter.yamlValue(.float(1e-5)) == "0.00001")
        #expect(DictWriter.yamlValue(.float(1e16)) == "10000000000000000.0")
        #expect(DictWriter.yamlValue(.float(2)) == "2.0")
        #expect(JSONText.value(.float(1e-5)) == "0.00001")
    }

    @Test func keepsUnknownKeysThroughARoundTrip() {
        let doc = read("- learnin_rate: 0.1\n  model_name: resnet50\n")
        #expect(doc?.space.subspaces.first?.unknownKeys == [UnknownKey(name: "learnin_rate", setting: .fixed(.float(0.1)))])
        let again = doc.flatMap { read(DocumentWriter.export($0, as: .yaml)) }
        #expect(again?.space.subspaces == doc?.space.subspaces)
    }

    @Test func anEmptySubspaceAndAnEmptySpaceRoundTrip() {
        let empty = SearchSpace(subspaces: [Subspace(), Self.twoSubspaces[1]])
        #expect(read(DictWriter.yaml(empty))?.space.subspaces == empty.subspaces)
        #expect(read(DictWriter.json(empty), path: "e.json")?.space.subspaces == empty.subspaces)
        let none = SearchSpace(subspaces: [])
        #expect(read(DictWriter.yaml(none))?.space.subspaces == [])
    }

    @Test func savesTheFormItRead() {
        for text in ["- optimizer: sgd\n", "optimizer: sgd\n"] {
            guard let doc = read(text) else { continue }
            #expect(DocumentWriter.save(doc) == text)
        }
        let json = "[\n  {\n    \"optimizer\": \"sgd\"\n  }\n]\n"
        if let doc = read(json, path: "s.json") { #expect(DocumentWriter.save(doc) == json) }
    }
}

/// Scalars whose YAML tag and text disagree.
struct ScalarTagTests {
    /// As PyYAML reads them: `-.9` is a string (the SDK's float field then converts it), `-0` an integer.
    @Test func numberSpellingsReadAsPyYAMLReadsThem() {
        let sub = read("- momentum: -.9\n  random_seed: -0\n  beta1: .5\n  number_of_workers: 0x1F\n")?.space.subspaces.first
        #expect(sub?[.momentum] == .fixed(.string("-.9")))
        #expect(sub?[.randomSeed] == .fixed(.int(0)))
        #expect(sub?[.beta1] == .fixed(.float(0.5)))
        #expect(sub?[.numberOfWorkers] == .fixed(.int(31)))
    }

    @Test func aValueTaggedAsANumberThatIsNotOneIsRefused() {
        let error = loadError("- learning_rate: !!int \"uniform(0.1,0.2)\"\n")
        #expect(error?.description == "bad.yml:1:18: error: learning_rate: 'uniform(0.1,0.2)' is tagged !!int but is not an integer")
    }
}
