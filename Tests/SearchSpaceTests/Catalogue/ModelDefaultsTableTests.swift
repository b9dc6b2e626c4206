import Testing
@testable import SearchSpace

/// Defaults that depend on the model and the task (reference-automl-images-hyperparameters),
/// from one table: what the list shows (`baseValues`), what sampling draws and the catalogue's
/// wording agree.
struct ModelDefaultsTableTests {
    @Test(arguments: [
        (Task.imageClassification, "seresnext", 0.01), (.imageClassification, "vits16r224", 0.0125),
        (.imageClassification, "vitb16r224", 0.0125), (.imageClassification, "vitl16r224", 0.001),
        (.imageClassificationMultilabel, "resnet50", 0.035), (.imageClassificationMultilabel, "vits16r224", 0.025),
        (.imageClassificationMultilabel, "vitb16r224", 0.025), (.imageClassificationMultilabel, "vitl16r224", 0.002),
    ])
    func learningRateFollowsTaskAndModel(_ task: Task, _ model: String, _ rate: Double) {
        #expect(ModelDefaultsTable.value(.learningRate, model: model, task: task) == .float(rate))
    }

    @Test func batchSizesFollowTheModel() {
        for (model, size) in [("resnet18", 78), ("vits16r224", 128), ("vitb16r224", 48), ("vitl16r224", 10)] {
            for task in Task.allCases {
                #expect(ModelDefaultsTable.value(.trainingBatchSize, model: model, task: task) == .int(size))
                #expect(ModelDefaultsTable.value(.validationBatchSize, model: model, task: task) == .int(size))
            }
        }
    }

    @Test func anUnknownOrUnchosenModelGetsTheTasksGeneralDefault() {
        #expect(ModelDefaultsTable.value(.learningRate, model: nil, task: .imageClassificationMultilabel) == .float(0.035))
        #expect(ModelDefaultsTable.value(.learningRate, model: "microsoft/beit-base", task: .imageClassification) == .float(0.01))
        #expect(ModelDefaultsTable.value(.numberOfEpochs, model: "vitb16r224", task: .imageClassification) == nil)
    }

    static func vitSpace(task: Task) -> SearchSpace {
        var sub = Subspace()
        sub[.modelName] = .swept(.choice([.string("vitb16r224"), .string("vits16r224")]))
        return SearchSpace(subspaces: [sub], job: JobSettings(task: task))
    }

    /// The list's text for an unset row and what the trials get are the same values.
    @Test(arguments: Task.allCases)
    func theListAndTheSamplesAgreeInAViTSubspace(_ task: Task) {
        let space = Self.vitSpace(task: task)
        var sampler = Sampler(space: space, seed: 3)
        let trials = sampler.sample(400)
        for id in ModelDefaultsTable.parameters {
            let listed = Set(space.baseValues(id, in: space.subspaces[0]).values)
            let drawn = Set(trials.compactMap { $0[id].value })
            #expect(listed == drawn, "\(id) in \(task): the list shows \(listed), the trials get \(drawn)")
        }
        #expect(Set(space.baseValues(.trainingBatchSize, in: space.subspaces[0]).values) == [.int(48), .int(128)])
    }

    @Test func aModelFixedInTrainingParametersSetsTheDefaultOfEveryTrial() {
        var space = SearchSpace(subspaces: [Subspace()], job: JobSettings(task: .imageClassificationMultilabel))
        space.trainingParameters[.modelName] = .fixed(.string("vitl16r224"))
        #expect(space.baseValue(.learningRate, in: space.subspaces[0]).value == .float(0.002))
        var sampler = Sampler(space: space, seed: 1)
        #expect(Set(sampler.sample(20).compactMap { $0[.learningRate].value }) == [.float(0.002)])
        #expect(Set(sampler.sample(20).compactMap { $0[.trainingBatchSize].value }) == [.int(10)])
    }

    @Test func theCatalogueWordingComesFromTheTable() {
        #expect(Catalogue.spec(.trainingBatchSize).defaultNote == "78; 128 vits16r224, 48 vitb16r224, 10 vitl16r224")
        #expect(Catalogue.spec(.learningRate).defaultNote
                == "multi-class 0.01; 0.0125 vits16r224, 0.0125 vitb16r224, 0.001 vitl16r224; "
                + "multi-label 0.035; 0.025 vits16r224, 0.025 vitb16r224, 0.002 vitl16r224")
        #expect(Catalogue.spec(.learningRate).defaultValue == .float(0.01))
    }
}
