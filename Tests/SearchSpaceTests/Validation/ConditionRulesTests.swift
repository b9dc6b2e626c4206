import Testing
@testable import SearchSpace
import TestSupport

struct ConditionRulesTests {
    @Test func momentumWithAdamwInEveryTrialIsAWarning() {
        let found = check([(.optimizer, fixed(.string("adamw"))), (.momentum, fixed(.float(0.9)))])
        #expect(messages(found, .warning) == ["momentum has no effect: it is used only when optimizer is sgd, and optimizer is adamw; remove momentum or set optimizer to sgd"])
        #expect(found.first?.fix?.edit == .set(.subspace(0), .momentum, .unset))
        #expect(check([(.optimizer, fixed(.string("sgd"))), (.momentum, fixed(.float(0.9)))]).isEmpty)
    }

    @Test func someDrawsOnlyIsANote() {
        let found = check([(.optimizer, choice(.string("sgd"), .string("adam"))), (.momentum, uniform(0.8, 0.95))])
        #expect(found.map(\.severity) == [.note])
        #expect(found.first?.message == "momentum matters only in the trials where optimizer is sgd (optimizer is choice(sgd, adam))")
    }

    @Test func effectiveValuesComeFromTrainingParametersThenDefaults() {
        // optimizer sgd in training_parameters activates momentum in the subspace.
        #expect(check([(.momentum, uniform(0.8, 0.95))], training: [(.optimizer, fixed(.string("sgd")))]).isEmpty)
        // adam there silences it.
        let adam = check([(.momentum, uniform(0.8, 0.95))], training: [(.optimizer, fixed(.string("adam")))])
        #expect(messages(adam, .warning) == ["momentum has no effect: it is used only when optimizer is sgd, and optimizer is adam (from training_parameters); remove momentum or set optimizer to sgd"])
        // Unset everywhere: Azure's default optimizer is sgd, so beta1 does nothing.
        let beta = check([(.beta1, fixed(.float(0.9)))])
        #expect(messages(beta, .warning) == ["beta1 has no effect: it is used only when optimizer is adam or adamw, and optimizer is sgd (Azure's default); remove beta1 or set optimizer to adam or adamw"])
    }

    @Test func earlyStoppingSettingsNeedEarlyStopping() {
        let off = check([(.earlyStopping, fixed(.bool(false))), (.earlyStoppingPatience, fixed(.int(3)))])
        #expect(off.map(\.severity) == [.warning])
        #expect(check([(.earlyStopping, fixed(.bool(true))), (.earlyStoppingPatience, fixed(.int(3)))]).isEmpty)
    }
}
