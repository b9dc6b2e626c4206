import Testing
@testable import Editor
import SearchSpace
import TestSupport

/// The preview's trials come from each subspace about equally (a binomial tolerance).
struct PreviewSubspacePickTests {
    @Test func aTwoSubspacePreviewDrawsAboutHalfItsTrialsFromEach() {
        let space = SearchSpace(subspaces: [
            subspace([(.numberOfEpochs, fixed(.int(1))), (.learningRate, uniform(0.001, 0.01))]),
            subspace([(.numberOfEpochs, fixed(.int(2))), (.learningRate, uniform(0.001, 0.01))]),
        ])
        let sample = PreviewSample(space: space, seed: 14, count: 20_000)
        var counts = [0, 0]
        for trial in sample.trials { counts[trial.subspace] += 1 }
        #expect(counts.reduce(0, +) == 20_000)
        #expect(isEvenSplit(counts), "\(counts)")
    }
}
