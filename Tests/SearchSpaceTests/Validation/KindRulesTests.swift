import Testing
@testable import SearchSpace
import TestSupport

struct KindRulesTests {
    @Test func anIntFieldGivenAFractionIsAnError() {
        let found = check([(.numberOfEpochs, fixed(.float(2.5)))])
        #expect(messages(found, .error) == ["number_of_epochs is an integer; 2.5 is not"])
        #expect(check([(.numberOfEpochs, fixed(.int(2)))]).isEmpty)
    }

    @Test func aStringWhereANumberBelongsIsAnError() {
        let found = check([(.learningRate, fixed(.string("fast")))])
        #expect(messages(found, .error) == ["learning_rate is a number, not the string 'fast'"])
    }

    @Test func unknownKeysGetTheNearestNameAsAFix() {
        var sub = Subspace()
        sub.unknownKeys = [UnknownKey(name: "learning_rte", setting: fixed(.float(0.01)))]
        let space = SearchSpace(subspaces: [sub])
        let found = Validator.check(space)
        #expect(found.first?.message == "'learning_rte' is not a hyperparameter of image classification; did you mean learning_rate?")
        let fixed = applyingFix(found[0], to: space)
        #expect(fixed.subspaces[0][.learningRate] == .fixed(.float(0.01)))
        #expect(Validator.check(fixed).isEmpty)
    }

    @Test func enumOutsideItsSetSuggestsTheNearestSpelling() {
        let found = check([(.optimizer, fixed(.string("adamm")))])
        #expect(found.first?.severity == .error)
        #expect(found.first?.message == "optimizer 'adamm' is not one of none, sgd, adam, adamw; did you mean adam?")
        #expect(found.first?.fix?.edit == .set(.subspace(0), .optimizer, .fixed(.string("adam"))))
    }

    @Test func upperCaseEnumsAreANoteButCamelCaseAdamWIsAnError() {
        let upper = check([(.optimizer, fixed(.string("SGD")))])
        #expect(upper.map(\.severity) == [.note])
        #expect(upper.first?.fix?.edit == .set(.subspace(0), .optimizer, .fixed(.string("sgd"))))
        let camel = check([(.optimizer, fixed(.string("AdamW")))])
        #expect(camel.first?.severity == .error)
        #expect(camel.first?.message == "the SDK turns optimizer 'AdamW' into 'adam_w' and rejects it; write adamw")
        #expect(check([(.optimizer, fixed(.string("adamw")))]).isEmpty)
    }

    @Test func sdkCasingFollowsCamelToSnake() {
        #expect(SDKCasing.snake("AdamW") == "adam_w")
        #expect(SDKCasing.snake("ADAMW") == "adamw")
        #expect(SDKCasing.snake("Warmup_Cosine") == "warmup__cosine")
        #expect(SDKCasing.snake("Step") == "step")
    }

    @Test func boolCoercionsTheSDKDoesAreNotes() {
        let found = check([(.optimizer, fixed(.string("adam"))), (.amsGradient, fixed(.int(1)))])
        #expect(found.map(\.severity) == [.note])
        #expect(found.first?.message == "ams_gradient is true or false; the SDK reads an integer (1) as true, write true")
        #expect(found.first?.fix?.edit == .set(.subspace(0), .amsGradient, .fixed(.bool(true))))
        let wrong = check([(.amsGradient, fixed(.int(3)))])
        #expect(wrong.first?.severity == .error)
    }

    @Test func floatDistributionOnAnIntFieldIsAnErrorWithTheQForm() {
        let found = check([(.numberOfEpochs, swept(.uniform(min: .int(5), max: .int(20))))])
        #expect(found.first?.message == "number_of_epochs is an integer; uniform draws fractions. Use quniform with integer parameters, randint or choice")
        #expect(found.first?.fix?.edit == .set(.subspace(0), .numberOfEpochs, swept(.quniform(min: .int(5), max: .int(20), q: .int(1)))))
    }

    @Test func intFieldQDistributionsNeedIntegralParameters() {
        let found = check([(.stepLRStepSize, swept(.qlognormal(mu: .float(1.6), sigma: .float(0.3), q: .int(1))))])
        #expect(found.filter { $0.severity == .error }.map(\.field) == [.parameter("mu"), .parameter("sigma")])
        #expect(found.first?.message == "step_lr_step_size is an integer: every parameter of qlognormal must be an integer, and mu is 1.6")
        #expect(check([(.learningRateScheduler, fixed(.string("step"))),
                        (.stepLRStepSize, swept(.quniform(min: .int(2), max: .int(6), q: .int(1))))]).isEmpty)
    }

    @Test func choiceValuesOfTheWrongKindPointAtTheValue() {
        let found = check([(.numberOfEpochs, choice(.int(10), .float(20.0)))])
        #expect(found.first?.field == .choiceValue(1))
        // The fix replaces the value by index rather than carrying the whole list (one copy per
        // finding made 8,000 seeds written 1.0, 2.0, … cost 1.5 GB); applied, it gives the same choice.
        #expect(found.first?.fix?.edit == .replaceChoiceValue(.subspace(0), .numberOfEpochs, at: 1, with: .int(20)))
        #expect(applyingFix(found[0], to: searchSpace([(.numberOfEpochs, choice(.int(10), .float(20.0)))])).subspaces[0][.numberOfEpochs]
            == choice(.int(10), .int(20)))
    }
}

struct ParameterIndexTests {
    /// `ParameterID.index` is a hand-written switch (for speed): it must follow declaration order.
    @Test func indexIsTheDeclarationOrder() {
        #expect(ParameterID.allCases.map(\.index) == Array(0..<31))
    }
}
