import Testing
@testable import SearchSpace

/// Reading the SDK calls of Python source: the literal subset only, positional or keyword
/// parameters by the SDK's names, and every other construct refused at its place.
struct PythonReadingTests {
    static let header = """
        from azure.ai.ml.automl import SearchSpace
        from azure.ai.ml.sweep import Choice, Uniform

        """

    func space(_ call: String) -> SearchSpace? {
        read(Self.header + call, path: "job.py")?.space
    }

    @Test func theFridgeNotebookCodeReadsAsItsSpace() throws {
        let doc = try #require(read(try Fixtures.text("python/fridge-multiclass.py"), path: "fridge.py"))
        #expect(doc.form.syntax == .python)
        #expect(doc.space.subspaces.count == 2)
        #expect(doc.space.subspaces[0][.learningRate] == .swept(.uniform(min: .float(0.005), max: .float(0.05))))
        #expect(doc.space.subspaces[1][.layersToFreeze] == .swept(.choice([.int(0), .int(2)])))
        #expect(doc.space.job.samplingAlgorithm == .random)
        #expect(doc.space.job.hasEarlyTermination)
        #expect(doc.space.job.maxTrials == 10 && doc.space.job.maxConcurrentTrials == 2)
    }

    @Test func positionalAndKeywordParametersMeanTheSame() {
        let positional = space("job.extend_search_space([SearchSpace(learning_rate=Uniform(0.001, 0.01))])")
        let keywords = space("job.extend_search_space([SearchSpace(learning_rate=Uniform(max_value=0.01, min_value=0.001))])")
        #expect(positional != nil && positional == keywords)
        let choice = space("job.extend_search_space(value=[SearchSpace(model_name=Choice(values=['a', \"b\"]))])")
        #expect(choice?.subspaces.first?[.modelName] == .swept(.choice([.string("a"), .string("b")])))
    }

    @Test func stringsAreReadWithTheirEscapes() throws {
        let s = try #require(space(#"job.extend_search_space([SearchSpace(model_name=Choice(["a\"b", 'c\'d', "\u00e9\t", r"\n", "x" 'y']))])"#))
        #expect(s.subspaces[0][.modelName] == .swept(.choice([.string("a\"b"), .string("c'd"), .string("é\t"),
                                                             .string("\\n"), .string("xy")])))
    }

    @Test func numbersAndConstantsAreLiterals() throws {
        let s = try #require(space("job.extend_search_space([SearchSpace(number_of_epochs=1_0, momentum=-0.5, "
            + "weight_decay=1e-4, nesterov=True, ams_gradient=False, beta1=None)])"))
        let sub = s.subspaces[0]
        #expect(sub[.numberOfEpochs] == .fixed(.int(10)))
        #expect(sub[.momentum] == .fixed(.float(-0.5)))
        #expect(sub[.weightDecay] == .fixed(.float(0.0001)))
        #expect(sub[.nesterov] == .fixed(.bool(true)))
        #expect(sub[.amsGradient] == .fixed(.bool(false)))
        #expect(sub[.beta1] == .unset)
    }

    /// Nothing is evaluated: a variable or an expression is an error at its place, naming it.
    @Test(arguments: [
        ("job.extend_search_space([SearchSpace(learning_rate=lr)])", "3:52", "the variable 'lr'"),
        ("job.extend_search_space([SearchSpace(learning_rate=0.001 * 2)])", "3:58", "operator '*'"),
        ("job.extend_search_space([SearchSpace(model_name=Choice(models))])", "3:56", "the variable 'models'"),
        ("job.extend_search_space([SearchSpace(model_name=f\"{m}\")])", "3:49", "f-string"),
        ("job.extend_search_space([SearchSpace(learning_rate=Uniform(low=0.1, high=0.2))])", "3:60",
         "Uniform has no parameter 'low'; it takes min_value, max_value"),
        ("job.extend_search_space([SearchSpace(learning_rate=Uniformly(0.1, 0.2))])", "3:52", "Uniformly(...) is not a distribution"),
        ("job.extend_search_space(spaces)", "3:25", "the variable 'spaces'"),
        ("job.extend_search_space([SearchSpace(**params)])", "3:38", "unpacking"),
        ("job.extend_search_space([SearchSpace(number_of_epochs=99999999999999999999)])", "3:55", "64-bit"),
    ])
    func nonLiteralsAreRefusedWithTheirPlace(_ input: (String, String, String)) throws {
        let error = try #require(loadError(Self.header + input.0, path: "job.py"))
        #expect(error.file == "job.py")
        #expect(error.location?.description == input.1, "\(error)")
        #expect(error.message.contains(input.2), "\(error)")
    }

    @Test func deepNestingIsRefusedNotRecursedInto() throws {
        let deep = String(repeating: "[", count: 100_000)
        let error = try #require(loadError("import x\njob.extend_search_space(" + deep + ")\n", path: "deep.py"))
        #expect(error.message.contains("nested more than 64 deep"))
        #expect(error.location?.line == 2)
    }

    @Test func aFileWithoutTheCallSaysWhatItExpected() throws {
        let error = try #require(loadError("import os\nprint(os.getcwd())\n", path: "other.py"))
        #expect(error.message.contains("no extend_search_space call"))
    }

    @Test func callsInCommentsAndStringsAreNotCalls() throws {
        let text = """
            import x
            # job.extend_search_space([SearchSpace(learning_rate=lr)])
            doc = "job.extend_search_space(nothing)"
            job.extend_search_space([SearchSpace(model_name="seresnext")])
            """
        let doc = try #require(read(text, path: "job.py"))
        #expect(doc.space.subspaces == [{ var s = Subspace(); s[.modelName] = .fixed(.string("seresnext")); return s }()])
    }

    @Test func theExportReadsBackAsTheSameSpace() throws {
        for name in ["corpus/fridge-multiclass-current.yml", "compat/every-distribution.yml", "compat/strings-bools-enums.yml"] {
            let doc = try #require(read(try Fixtures.text(name)))
            let code = DocumentWriter.export(doc, as: .python)
            let back = try #require(read(code, path: "export.py"))
            #expect(back.space.job.samplingAlgorithm == doc.space.job.samplingAlgorithm, "\(name)")
            #expect(RestWriter.export(back.space) == RestWriter.export(doc.space), "\(name)")
        }
    }

    @Test func theJobVariableIsTheUsersName() {
        let code = PythonWriter.export(Document.new().space, jobVariable: "my_job")
        #expect(code.contains("my_job = automl.image_classification("))
        #expect(code.contains("my_job.extend_search_space(["))
        #expect(!code.contains("image_classification_job"))
    }
}
