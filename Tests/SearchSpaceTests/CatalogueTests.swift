import Testing
@testable import SearchSpace

struct CatalogueTests {
    @Test func hasThirtyOneParametersInIDOrder() {
        #expect(Catalogue.all.count == 31)
        #expect(Catalogue.all.map(\.id) == ParameterID.allCases)
    }

    @Test func wireNamesIncludeTheIrregularFour() {
        #expect(Catalogue.parameter(named: "stepLRGamma") == .stepLRGamma)
        #expect(Catalogue.parameter(named: "stepLRStepSize") == .stepLRStepSize)
        #expect(Catalogue.parameter(named: "warmupCosineLRCycles") == .warmupCosineLRCycles)
        #expect(Catalogue.parameter(named: "warmupCosineLRWarmupEpochs") == .warmupCosineLRWarmupEpochs)
        #expect(Catalogue.parameter(named: "learningRate") == .learningRate)
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
}
