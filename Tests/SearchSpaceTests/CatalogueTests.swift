import Testing
@testable import SearchSpace

struct CatalogueTests {
    @Test func hasThirtyOneParametersInIDOrder() {
        #expect(Catalogue.all.count == 31)
        #expect(Catalogue.all.map(\.id) == ParameterID.allCases)
        // Catalogue.spec and Subspace's slots rely on the hand-written index switch.
        #expect(ParameterID.allCases.map(\.index) == Array(ParameterID.allCases.indices))
    }

    @Test func wireNamesIncludeTheIrregularFour() {
        #expect(Catalogue.parameter(named: "stepLRGamma") == .stepLRGamma)
        #expect(Catalogue.parameter(named: "stepLRStepSize") == .stepLRStepSize)
        #expect(Catalogue.parameter(named: "warmupCosineLRCycles") == .warmupCosineLRCycles)
        #expect(Catalogue.parameter(named: "warmupCosineLRWarmupEpochs") == .warmupCosineLRWarmupEpochs)
        #expect(Catalogue.parameter(named: "learningRate") == .learningRate)
    }

    /// Every other wire name is the snake_case name in camelCase.
    @Test func regularWireNamesAreCamelCase() {
        let irregular: Set<ParameterID> = [.stepLRGamma, .stepLRStepSize, .warmupCosineLRCycles, .warmupCosineLRWarmupEpochs]
        for spec in Catalogue.all where !irregular.contains(spec.id) {
            let parts = spec.name.split(separator: "_")
            let camel = String(parts[0]) + parts.dropFirst().map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
            #expect(spec.wireName == camel, "\(spec.name)")
        }
        #expect(Set(Catalogue.all.map(\.wireName)).count == 31)
    }

    /// The kinds of azure-contract.md's table, written out once more to check the catalogue.
    @Test func kindsFollowTheContract() {
        let bools: Set<ParameterID> = [.amsGradient, .distributed, .earlyStopping, .enableOnnxNormalization, .nesterov]
        let floats: Set<ParameterID> = [.beta1, .beta2, .learningRate, .momentum, .stepLRGamma, .warmupCosineLRCycles, .weightDecay]
        for spec in Catalogue.all {
            let expected: ParameterKind = bools.contains(spec.id) ? .bool : floats.contains(spec.id) ? .float
                : spec.id == .modelName ? .string : [.optimizer, .learningRateScheduler].contains(spec.id) ? .enum : .int
            #expect(spec.kind == expected, "\(spec.name)")
            #expect(!spec.doc.isEmpty, "\(spec.name) has a doc line")
        }
        #expect(Catalogue.spec(.optimizer).constraint == .enumValues(["none", "sgd", "adam", "adamw"]))
        #expect(Catalogue.spec(.learningRateScheduler).constraint == .enumValues(["none", "warmup_cosine", "step"]))
        #expect(Catalogue.spec(.weightedLoss).constraint == .oneOfIntegers([0, 1, 2]))
        #expect(Catalogue.spec(.layersToFreeze).constraint.admits(0))
        #expect(!Catalogue.spec(.numberOfEpochs).constraint.admits(0))
    }

    @Test func conditionsFollowTheContract() {
        #expect(Catalogue.spec(.momentum).activeWhen?.parameter == .optimizer)
        #expect(Catalogue.spec(.momentum).activeWhen?.values == [.string("sgd")])
        #expect(Catalogue.spec(.beta1).activeWhen?.values == [.string("adam"), .string("adamw")])
        #expect(Catalogue.spec(.stepLRGamma).activeWhen?.values == [.string("step")])
        #expect(Catalogue.spec(.warmupCosineLRCycles).activeWhen?.values == [.string("warmup_cosine")])
        #expect(Catalogue.spec(.earlyStoppingDelay).activeWhen?.values == [.bool(true)])
        #expect(Catalogue.spec(.learningRate).activeWhen == nil)
    }

    @Test func legacyNamesPointAtTodaysParameter() {
        #expect(Catalogue.legacyNames["grad_accumulation_step"] == .gradientAccumulationStep)
        #expect(Catalogue.parameter(named: "grad_accumulation_step") == nil)
    }
}
