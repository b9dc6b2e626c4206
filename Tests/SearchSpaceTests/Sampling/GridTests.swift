import Testing
@testable import SearchSpace
import TestSupport

/// Grid sampling: exact counts (never overflowing), lazy enumeration in a documented order,
/// and a refusal that names what is not a choice.
struct GridTests {
    static func choice(_ values: [Int]) -> Setting { .swept(.choice(values.map(Value.int))) }

    static let twoSubspaces: SearchSpace = {
        var a = Subspace(), b = Subspace()
        a[.modelName] = .swept(.choice([.string("vitb16r224"), .string("vits16r224")]))
        a[.numberOfEpochs] = choice([15, 30, 45])
        a[.optimizer] = .fixed(.string("sgd"))
        b[.modelName] = .fixed(.string("seresnext"))
        b[.layersToFreeze] = choice([0, 2])
        return SearchSpace(subspaces: [a, b])
    }()

    @Test func theCountIsTheSumOfEachSubspacesProduct() throws {
        #expect(try Grid.size(of: Self.twoSubspaces) == .exact(2 * 3 + 2))
    }

    @Test func enumerationGoesSubspaceBySubspaceWithTheLastAxisFastest() throws {
        let grid = try Grid(space: Self.twoSubspaces)
        let points = Array(grid)
        #expect(points.count == 8)
        #expect(points.map(\.index) == Array(0..<8))
        #expect(points.map(\.subspace) == [0, 0, 0, 0, 0, 0, 1, 1])
        let first = points.prefix(6).map { "\(ValueFormat.plain($0[.modelName].value!)) \(ValueFormat.plain($0[.numberOfEpochs].value!))" }
        #expect(first == ["vitb16r224 15", "vitb16r224 30", "vitb16r224 45",
                          "vits16r224 15", "vits16r224 30", "vits16r224 45"])
        #expect(points.prefix(6).allSatisfy { $0[.optimizer] == TrialValue(value: .string("sgd"), source: .fixed, isActive: true) })
        #expect(points.suffix(2).map { $0[.layersToFreeze].value } == [.int(0), .int(2)])
        #expect(points[7][.modelName].value == .string("seresnext"))
        #expect(points[7][.numberOfEpochs] == TrialValue(value: .int(15), source: .azureDefault, isActive: true))
    }

    @Test func anyPointCanBeDecodedByItsIndex() throws {
        let grid = try Grid(space: Self.twoSubspaces)
        let walked = Array(grid)
        for (i, point) in walked.enumerated() { #expect(grid.trial(at: UInt64(i)) == point) }
        #expect(grid.trial(at: 8) == nil)
    }

    @Test func aSubspaceWithoutChoicesIsOnePointAndAnEmptyChoiceNone() throws {
        var fixedOnly = Subspace()
        fixedOnly[.learningRate] = .fixed(.float(0.01))
        var empty = Subspace()
        empty[.numberOfEpochs] = .swept(.choice([]))
        empty[.layersToFreeze] = Self.choice([0, 1])
        let space = SearchSpace(subspaces: [empty, fixedOnly, empty])
        let grid = try Grid(space: space)
        #expect(grid.size == .exact(1))
        #expect(Array(grid).map(\.subspace) == [1])
        #expect(grid.trial(at: 0)?.subspace == 1)
    }

    @Test func aHugeGridIsMoreThan2To63() throws {
        var sub = Subspace()
        let thousand = Array(0..<1000)
        for id in [ParameterID.numberOfEpochs, .trainingBatchSize, .validationBatchSize, .layersToFreeze,
                   .trainingCropSize, .validationCropSize, .validationResizeSize] {
            sub[id] = Self.choice(thousand)
        }
        let grid = try Grid(space: SearchSpace(subspaces: [sub]))  // 1000^7 = 10^21 points
        #expect(grid.size == .moreThan2To63)
        #expect(grid.size.description == "more than 2^63")
        // Still enumerable lazily, from the start and at any index.
        #expect(grid.prefix(3).map { $0[.validationResizeSize].value } == [.int(0), .int(1), .int(2)])
        let far = grid.trial(at: 1_002_003)
        #expect(far?[.validationResizeSize].value == .int(3))
        #expect(far?[.validationCropSize].value == .int(2))
        #expect(far?[.trainingCropSize].value == .int(1))
        #expect(far?[.layersToFreeze].value == .int(0))
    }

    @Test func countsUpTo2To63AreExact() throws {
        var sub = Subspace()
        let ids: [ParameterID] = [.numberOfEpochs, .trainingBatchSize, .validationBatchSize, .layersToFreeze,
                                  .trainingCropSize, .validationCropSize, .validationResizeSize]
        for id in ids { sub[id] = Self.choice(Array(0..<512)) }  // (2^9)^7 = 2^63
        #expect(try Grid.size(of: SearchSpace(subspaces: [sub])) == .exact(1 << 63))
        var one = Subspace()
        one[.distributed] = .swept(.choice([.bool(true)]))
        #expect(try Grid.size(of: SearchSpace(subspaces: [sub, one])) == .moreThan2To63)
    }

    @Test func aSpaceWithOtherDistributionsIsRefusedByName() {
        var a = Subspace(), b = Subspace()
        a[.modelName] = .swept(.choice([.string("resnet50")]))
        a[.learningRate] = .swept(.uniform(min: .float(0.001), max: .float(0.01)))
        b[.layersToFreeze] = .swept(.randint(upper: .int(3)))
        #expect(throws: GridError.self) { try Grid(space: SearchSpace(subspaces: [a, b])) }
        do {
            _ = try Grid.size(of: SearchSpace(subspaces: [a, b]))
        } catch {
            #expect(error.offenders.map(\.parameter) == [.learningRate, .layersToFreeze])
            #expect(error.description.contains("learning_rate (uniform in subspace 1)"))
            #expect(error.description.contains("layers_to_freeze (randint in subspace 2)"))
        }
    }
}
