import Foundation
import Testing
@testable import Editor
import SearchSpace

/// f / d / x / Space and t / T on the selected parameter.
struct TogglingTests {
    @Test func dOnLearningRateGivesAUniformAroundTheDefault() {
        var h = Harness(space: "  - model_name: resnet50\n")
        #expect(h.row("learning_rate") == "   learning_rate                  -     0.01 (default)")
        h.press("jd")
        #expect(h.setting(.learningRate) == .swept(.uniform(min: .float(0.005), max: .float(0.02))))
        #expect(h.row("learning_rate") == ">  learning_rate                  sweep uniform(0.005,0.02)")
        #expect(h.state.isDirty)
    }

    @Test func fFixesTheCentreOfTheDistributionAndXUnsets() {
        var h = Harness()
        h.press("jf")
        #expect(h.setting(.learningRate) == .fixed(.float(0.0055)))
        #expect(h.row("learning_rate") == ">  learning_rate                  fixed 0.0055")
        h.press("x")
        #expect(h.setting(.learningRate) == .unset)
        // subspace 1 sweeps vitb16r224 and vits16r224, whose default rate is 0.0125
        #expect(h.row("learning_rate") == ">  learning_rate                  -     0.0125 (default)")
    }

    @Test func dOnAnEnumOffersItsValuesAsAChoice() {
        var h = Harness()
        h.press("jjjd")
        // the optimizers Azure documents: the SDK's 'none' is never offered
        #expect(h.row("optimizer") == ">  optimizer                      sweep choice('sgd','adam','adamw')")
    }

    @Test func dOnABoolAndOnModelName() {
        var h = Harness(space: "  - optimizer: sgd\n")
        h.press("d")
        #expect(h.setting(.modelName) == .swept(.choice([.string("seresnext"), .string("vitb16r224")])))
        h.press("jjjjjd")
        #expect(h.row("nesterov") == ">  nesterov                       sweep choice(True,False)")
    }

    @Test func spaceFlipsAFixedBoolAndSaysWhyElsewhere() {
        var h = Harness(space: "  - nesterov: true\n")
        h.press("jjjjj<space>")
        #expect(h.setting(.nesterov) == .fixed(.bool(false)))
        #expect(h.row("nesterov") == ">  nesterov                       fixed False")
        h.press("k<space>")
        #expect(h.status.hasPrefix(" Space flips a fixed true/false value; momentum is not one"))
        #expect(h.setting(.momentum) == .unset)
    }

    @Test func tCyclesTheTenKindsOfAFloatFieldKeepingTheRange() {
        var h = Harness()
        h.press("jt")
        #expect(h.setting(.learningRate) == .swept(.loguniform(min: .float(-6.9078), max: .float(-4.6052))))
        #expect(h.row("learning_rate") == ">  learning_rate                  sweep loguniform(-6.9078,-4.6052)")
        #expect(h.text.contains("min_value [0.001] ln = -6.91  max_value [0.01] ln = -4.61"))
        var kinds: [DistributionKind] = [.loguniform]
        for _ in 0..<9 {
            h.press("t")
            kinds.append(h.setting(.learningRate).distribution?.kind ?? .choice)
        }
        #expect(kinds == [.loguniform, .quniform, .qloguniform, .normal, .lognormal, .qnormal, .qlognormal,
                          .choice, .randint, .uniform])
        h.press("T")
        #expect(h.setting(.learningRate).distribution?.kind == .randint)
    }

    @Test func tOnAnIntegerFieldOffersOnlyIntegerKinds() {
        var h = Harness()
        h.press("jj")
        var kinds: [DistributionKind] = []
        for _ in 0..<6 {
            h.press("t")
            kinds.append(h.setting(.numberOfEpochs).distribution?.kind ?? .uniform)
        }
        #expect(kinds == [.randint, .quniform, .qloguniform, .qnormal, .qlognormal, .choice])
        h.press("tt")
        #expect(h.row("number_of_epochs") == ">  number_of_epochs               sweep quniform(1,56,1)")
        #expect(h.status.hasPrefix(" number_of_epochs: quniform (6 kinds; t next, T previous)"))
    }

    @Test func tOnANameFieldSaysChoiceIsTheOnlyKind() {
        var h = Harness()
        h.press("t")
        #expect(h.status.hasPrefix(" model_name takes a fixed value or a choice: choice is its only distribution"))
    }

    @Test func tOnAFixedValueSaysToSweepFirst() {
        var h = Harness()
        h.press("jjjt")
        #expect(h.status.hasPrefix(" t and T change a distribution's kind: press d to sweep optimizer first"))
    }
}

struct BoolHintTests {
    @Test func aFixedBoolSaysSpaceFlipsIt() {
        var h = Harness(space: "  - nesterov: true\n")
        h.press("jjjjj")
        #expect(h.text.contains("(space flips it)"))
        h.press(" ")
        #expect(h.setting(.nesterov) == .fixed(.bool(false)))
    }
}
