import Testing
@testable import SearchSpace
import TestSupport

struct FreezeRulesTests {
    private let seresnext = fixed(.string("seresnext"))
    private func randint(_ upper: Int) -> Setting { swept(.randint(upper: .int(upper))) }

    /// reference-automl-images-hyperparameters, "layers_to_freeze": the layer groups per family.
    @Test func theCatalogueHoldsTheDocumentedLayerCounts() {
        let counts = Dictionary(uniqueKeysWithValues: Models.known.map { ($0.name, $0.freezableLayers) })
        #expect(counts == ["mobilenetv2": 19, "resnet18": 5, "resnet34": 5, "resnet50": 5, "resnet101": 5,
                           "resnet152": 5, "resnest50": nil, "resnest101": nil, "seresnext": 5,
                           "vits16r224": 13, "vitb16r224": 13, "vitl16r224": 13])
    }

    @Test func aFixedValueAboveTheModelsLayersIsAnError() {
        let found = check([(.modelName, seresnext), (.layersToFreeze, fixed(.int(6)))])
        #expect(messages(found, .error) == ["layers_to_freeze must be at most the model's layer groups (seresnext: 5), and 6 is not"])
        #expect(found.first?.subject == .parameter(.layersToFreeze))
        #expect(found.first?.field == .value)
        #expect(found.first?.fix?.edit == .set(.subspace(0), .layersToFreeze, fixed(.int(5))))
        #expect(check([(.modelName, seresnext), (.layersToFreeze, fixed(.int(5)))]).isEmpty)
    }

    /// Azure's own example sweeps choice(0, 2) with seresnext: 0 freezes nothing, 2 layer0 and layer1.
    @Test func azuresChoiceOfZeroAndTwoIsFine() {
        #expect(check([(.modelName, seresnext), (.layersToFreeze, choice(.int(0), .int(2)))]).isEmpty)
    }

    @Test func aChoiceIsFixedByDroppingTheValuesAbove() {
        let found = check([(.modelName, seresnext), (.layersToFreeze, choice(.int(0), .int(8), .int(2), .int(6)))])
        #expect(messages(found, .error) == ["layers_to_freeze must be at most the model's layer groups (seresnext: 5), but the choice includes 6 and 8"])
        #expect(found.first?.field == .choiceValue(1))
        #expect(found.first?.fix == Fix("remove 8, 6 from the choice",
                                        .set(.subspace(0), .layersToFreeze, choice(.int(0), .int(2)))))
    }

    /// randint(20) draws up to 19: mobilenetv2 has 19 groups, resnet50 only 5.
    @Test func randintNamesOnlyTheModelsItExceeds() {
        let models = choice(.string("mobilenetv2"), .string("resnet50"))
        let found = check([(.modelName, models), (.layersToFreeze, randint(20))])
        #expect(messages(found, .error) == ["layers_to_freeze must be at most the model's layer groups (resnet50: 5), but randint(20) draws 0 to 19"])
        #expect(!found[0].message.contains("mobilenetv2"))
        #expect(found.first?.field == .parameter("upper"))
        #expect(found.first?.fix?.edit == .set(.subspace(0), .layersToFreeze, randint(6)))
        #expect(check([(.modelName, fixed(.string("mobilenetv2"))), (.layersToFreeze, randint(20))]).isEmpty)
        #expect(check([(.modelName, models), (.layersToFreeze, randint(6))]).isEmpty)
    }

    @Test func quniformIsJudgedByItsRoundedTop() {
        let found = check([(.modelName, fixed(.string("vitb16r224"))),
                           (.layersToFreeze, swept(.quniform(min: .int(0), max: .int(20), q: .int(2))))])
        #expect(messages(found, .error) == ["layers_to_freeze must be at most the model's layer groups (vitb16r224: 13), but quniform(0, 20, 2) can draw 20"])
        #expect(found.first?.field == .parameter("max_value"))
        #expect(found.first?.fix?.edit == .set(.subspace(0), .layersToFreeze,
                                               swept(.quniform(min: .int(0), max: .int(12), q: .int(2)))))
    }

    /// An unbounded draw exceeds the layers with a probability: a warning stating it, as range rules do.
    @Test func qnormalStatesHowOftenItExceeds() {
        let found = check([(.modelName, fixed(.string("vitl16r224"))),
                           (.layersToFreeze, swept(.qnormal(mu: .int(8), sigma: .int(3), q: .int(1))))])
        let about13 = found.filter { $0.message.contains("layer groups") }
        #expect(about13.map(\.message) == ["layers_to_freeze must be at most the model's layer groups (vitl16r224: 13), but qnormal(8, 3, 1) draws above 13 3.3% of the time"])
        #expect(about13.map(\.severity) == [.warning])
    }

    /// layers_to_freeze in training_parameters, the model in a subspace: the finding sits on that
    /// subspace's model (where the conflict is), the fix lowers the value where it is written.
    @Test func trainingParametersAgainstASubspacesModel() {
        let found = check([(.modelName, choice(.string("mobilenetv2"), .string("seresnext")))],
                          training: [(.layersToFreeze, fixed(.int(8)))])
        #expect(messages(found, .error) == ["layers_to_freeze must be at most the model's layer groups (seresnext: 5), and 8 (from training_parameters) is not"])
        #expect(found.first?.scope == .subspace(0))
        #expect(found.first?.subject == .parameter(.modelName))
        #expect(found.first?.field == .choiceValue(1))
        #expect(found.first?.fix == Fix("set layers_to_freeze in training_parameters to 5",
                                        .set(.trainingParameters, .layersToFreeze, fixed(.int(5)))))
    }

    @Test func theModelFromTrainingParametersIsNamedAsSuch() {
        let found = check([(.layersToFreeze, fixed(.int(7)))], training: [(.modelName, seresnext)])
        #expect(messages(found, .error) == ["layers_to_freeze must be at most the model's layer groups (seresnext: 5; model_name from training_parameters), and 7 is not"])
        #expect(found.first?.scope == .subspace(0))
    }

    /// Subspaces that set neither parameter all share training_parameters' finding: reported once, there.
    @Test func bothInTrainingParametersAreReportedOnce() {
        let space = SearchSpace(subspaces: [subspace([(.learningRate, uniform(0.001, 0.01))]),
                                            subspace([(.numberOfEpochs, fixed(.int(10)))]),
                                            subspace([(.modelName, fixed(.string("mobilenetv2")))])],
                                trainingParameters: subspace([(.modelName, seresnext), (.layersToFreeze, fixed(.int(8)))]))
        let errors = Validator.check(space).filter { $0.severity == .error }
        #expect(errors.map(\.message) == ["layers_to_freeze must be at most the model's layer groups (seresnext: 5), and 8 is not"])
        #expect(errors.first?.scope == .trainingParameters)
        #expect(errors.first?.subject == .parameter(.layersToFreeze))
    }

    /// When every subspace sets its own model, training_parameters' model trains no trial: no finding.
    @Test func anOverriddenTrainingModelIsNotJudged() {
        let found = check([(.modelName, fixed(.string("mobilenetv2")))],
                          training: [(.modelName, seresnext), (.layersToFreeze, fixed(.int(8)))])
        #expect(messages(found, .error).isEmpty)
    }

    /// model_name unset: Azure trains seresnext (5 groups) or vitb16r224 (13), the docs disagree
    /// which. Above 5 fails if it is seresnext: a warning; above 13 fails either way: an error.
    @Test func azuresDefaultModelIsCheckedAgainstBothCandidates() {
        let warned = check([(.layersToFreeze, fixed(.int(8)))])
        #expect(messages(warned, .warning) == ["layers_to_freeze must be at most the model's layer groups (seresnext: 5; model_name is unset and Azure's default is seresnext or vitb16r224), and 8 is not"])
        #expect(warned.first?.fix?.edit == .set(.subspace(0), .layersToFreeze, fixed(.int(5))))
        let failed = check([(.layersToFreeze, fixed(.int(14)))])
        #expect(messages(failed, .error) == ["layers_to_freeze must be at most the model's layer groups (seresnext: 5, vitb16r224: 13; model_name is unset and Azure's default is seresnext or vitb16r224), and 14 is not"])
        #expect(check([(.layersToFreeze, fixed(.int(5)))]).isEmpty)
    }

    /// resnest: the docs list no layer groups, so sweepedit cannot judge the value: a note, no
    /// fix (Azure's own v1 example sweeps choice(0, 2) with resnest50; corpus file 12).
    @Test func resnestIsANote() {
        let found = check([(.modelName, fixed(.string("resnest50"))), (.layersToFreeze, choice(.int(0), .int(2)))])
        #expect(found.map(\.severity) == [.note])
        #expect(found.first?.message == "layers_to_freeze choice(0, 2) with resnest50: Azure's docs list no layer groups for resnest50, so sweepedit cannot check the value against it")
        #expect(found.first?.fix == nil)
        #expect(check([(.modelName, fixed(.string("resnest101"))), (.layersToFreeze, fixed(.int(0)))]).isEmpty)
    }

    /// A choice of resnest50 and seresnext: the seresnext trials are judged, the resnest50 ones
    /// noted; no one-key fix for the mix, and the note points at resnest50.
    @Test func resnestInAChoicePointsAtItsValue() {
        let found = check([(.modelName, choice(.string("seresnext"), .string("resnest50"))), (.layersToFreeze, fixed(.int(2)))])
        #expect(found.map(\.severity) == [.note])
        #expect(found.first?.fix == nil)
        let fromTraining = check([(.modelName, choice(.string("seresnext"), .string("resnest50")))],
                                 training: [(.layersToFreeze, fixed(.int(2)))])
        #expect(fromTraining.first?.subject == .parameter(.modelName))
        #expect(fromTraining.first?.field == .choiceValue(1))
    }

    @Test func unknownAndHubModelsAreNotJudged() {
        for name in ["microsoft/beit-base-patch16-224-pt22k-ft22k", "mystery"] {
            let found = check([(.modelName, fixed(.string(name))), (.layersToFreeze, fixed(.int(40)))])
            #expect(found.filter { $0.subject == .parameter(.layersToFreeze) }.isEmpty, "\(name)")
        }
    }

    /// Each fix, applied, leaves a space without the error.
    @Test func fixesRepairTheError() {
        let cases: [(settings: [(ParameterID, Setting)], training: [(ParameterID, Setting)])] = [
            ([(.modelName, seresnext), (.layersToFreeze, fixed(.int(6)))], []),
            ([(.modelName, seresnext), (.layersToFreeze, choice(.int(0), .int(8)))], []),
            ([(.modelName, seresnext), (.layersToFreeze, choice(.int(8), .int(9)))], []),
            ([(.modelName, choice(.string("mobilenetv2"), .string("resnet50"))), (.layersToFreeze, randint(20))], []),
            ([(.modelName, seresnext), (.layersToFreeze, swept(.quniform(min: .int(2), max: .int(11), q: .int(3))))], []),
            ([(.modelName, seresnext)], [(.layersToFreeze, fixed(.int(8)))]),
        ]
        for (settings, training) in cases {
            let space = SearchSpace(subspaces: [subspace(settings)], trainingParameters: subspace(training))
            guard let finding = Validator.check(space).first(where: { $0.severity == .error }) else {
                Issue.record("no error for \(settings)")
                continue
            }
            #expect(finding.fix != nil, "\(finding.message)")
            let after = Validator.check(applyingFix(finding, to: space))
            #expect(after.filter { $0.severity == .error }.isEmpty, "\(after.map(\.message))")
        }
    }

    /// `validate` prints file:line:col: the finding's place must be one the source map knows.
    @Test func findingsHaveAPlaceInTheFile() throws {
        let doc = try #require(read("""
            training_parameters:
              layers_to_freeze: 8
            search_space:
              - model_name: {type: choice, values: [mobilenetv2, seresnext]}
              - model_name: resnet50
                layers_to_freeze: {type: randint, upper: 9}
            """))
        let errors = Validator.check(doc).filter { $0.severity == .error }
        #expect(errors.count == 2)
        for e in errors {
            #expect(doc.locations.locate(e.scope, e.subject?.name, e.field) != nil, "\(e.message)")
        }
    }
}
