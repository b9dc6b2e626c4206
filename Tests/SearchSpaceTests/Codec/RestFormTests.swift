import Testing
@testable import SearchSpace
import TestSupport

/// REST-form input: `{param: "uniform(0.1,0.2)"}` strings, keys in snake_case or the wire's
/// camelCase, quoted values that hold commas, spaces and parentheses.
struct RestFormTests {
    @Test func readsSnakeCaseRESTJSON() throws {
        let doc = try #require(read("""
            [{"learning_rate": "uniform(0.001,0.01)", "model_name": "choice('vitb16r224','vits16r224')",
              "number_of_epochs": "15", "ams_gradient": "True", "optimizer": "sgd", "beta1": "0.9"}]
            """, path: "r.json"))
        #expect(doc.form == FileForm(shape: .list, syntax: .json, values: .rest, keys: .snake))
        let sub = try #require(doc.space.subspaces.first)
        #expect(sub[.learningRate] == .swept(.uniform(min: .float(0.001), max: .float(0.01))))
        #expect(sub[.modelName] == .swept(.choice([.string("vitb16r224"), .string("vits16r224")])))
        #expect(sub[.numberOfEpochs] == .fixed(.int(15)))
        #expect(sub[.amsGradient] == .fixed(.bool(true)))
        #expect(sub[.optimizer] == .fixed(.string("sgd")))
        #expect(sub[.beta1] == .fixed(.float(0.9)))
        #expect(doc.legacy.isEmpty)
    }

    @Test func readsTheWiresCamelCaseIncludingTheIrregularFour() throws {
        let doc = try #require(read("""
            {"modelName": "choice('seresnext')", "learningRate": "loguniform(-9.21,-2.3)",
             "stepLRGamma": "uniform(0.1,0.5)", "stepLRStepSize": "choice(2,5)",
             "warmupCosineLRCycles": "0.45", "warmupCosineLRWarmupEpochs": "2",
             "learningRateScheduler": "step", "numberOfEpochs": "choice(0, 2)"}
            """, path: "payload.json"))
        #expect(doc.form == FileForm(shape: .single, syntax: .json, values: .rest, keys: .camel))
        let sub = try #require(doc.space.subspaces.first)
        #expect(sub[.stepLRGamma] == .swept(.uniform(min: .float(0.1), max: .float(0.5))))
        #expect(sub[.stepLRStepSize] == .swept(.choice([.int(2), .int(5)])))
        #expect(sub[.warmupCosineLRCycles] == .fixed(.float(0.45)))
        #expect(sub[.warmupCosineLRWarmupEpochs] == .fixed(.int(2)))
        #expect(sub[.numberOfEpochs] == .swept(.choice([.int(0), .int(2)])))
        #expect(sub[.learningRate] == .swept(.loguniform(min: .float(-9.21), max: .float(-2.3))))
    }

    @Test func camelCaseYAMLIsRESTFormToo() throws {
        let doc = try #require(read("- learningRate: \"uniform(0.1, 0.2)\"\n  modelName: resnet50\n"))
        #expect(doc.form.values == .rest)
        #expect(doc.form.keys == .camel)
        #expect(doc.space.subspaces.first?[.modelName] == .fixed(.string("resnet50")))
        // Saving keeps the form and the key spelling it was read in.
        #expect(DocumentWriter.save(doc) == "- learningRate: \"uniform(0.1,0.2)\"\n  modelName: \"resnet50\"\n")
    }

    @Test func quotedValuesKeepCommasSpacesAndParentheses() throws {
        #expect(try RestParser.parse("choice('a,b', 'c')") == .swept(.choice([.string("a,b"), .string("c")])))
        #expect(try RestParser.parse("choice('a b','c')") == .swept(.choice([.string("a b"), .string("c")])))
        #expect(try RestParser.parse("choice('f(x)', \"y, z\")") == .swept(.choice([.string("f(x)"), .string("y, z")])))
        #expect(try RestParser.parse("choice('')") == .swept(.choice([.string("")])))
        // The SDK writes quotes inside values without escapes; a quote not before ',' or ')' is text.
        #expect(try RestParser.parse("choice('it's','a' b')") == .swept(.choice([.string("it's"), .string("a' b")])))
        #expect(try RestParser.parse(" choice ( 1 , 2.5 , True , sgd ) ")
            == .swept(.choice([.int(1), .float(2.5), .bool(true), .string("sgd")])))
    }

    @Test func readsEveryKindAndLiteral() throws {
        #expect(try RestParser.parse("randint(5)") == .swept(.randint(upper: .int(5))))
        #expect(try RestParser.parse("qnormal(5,2,1)") == .swept(.qnormal(mu: .int(5), sigma: .int(2), q: .int(1))))
        #expect(try RestParser.parse("QLogUniform(1,2,0.5)")
            == .swept(.qloguniform(min: .int(1), max: .int(2), q: .float(0.5))))
        #expect(try RestParser.parse("0.00001") == .fixed(.float(0.00001)))
        #expect(try RestParser.parse("-3") == .fixed(.int(-3)))
        #expect(try RestParser.parse("False") == .fixed(.bool(false)))
        #expect(try RestParser.parse("warmup_cosine") == .fixed(.string("warmup_cosine")))
    }

    @Test func typedReadingOfFixedValuesFollowsTheField() {
        #expect(RestParser.literal("123", for: .string) == .string("123"))
        #expect(RestParser.literal("True", for: .bool) == .bool(true))
        #expect(RestParser.literal("1.0", for: .float) == .float(1.0))
        #expect(RestParser.literal("SGD", for: .enum) == .string("SGD"))
    }

    @Test func malformedExpressionsSayWhereAndWhy() {
        let cases: [(String, Int, String)] = [
            ("uniform(0.1)", 0, "uniform takes 2 arguments (min_value, max_value), found 1"),
            ("uniform(0.1,x)", 12, "'x' is not a number"),
            ("choice('a", 7, "unterminated quote"),
            ("choice(1,,2)", 9, "empty argument"),
            ("randint(3) tail", 10, "unexpected text after ')'"),
            ("choice('a'", 10, "missing ')'"),
            ("normal(1,2", 10, "missing ')'"),
            ("choice(ab'c')", 9, "unexpected quote inside a value; quote the whole value"),
        ]
        for (text, offset, message) in cases {
            #expect(throws: RestParser.Failure(offset: offset, message: message), "\(text)") {
                _ = try RestParser.parseExpression(text)
            }
        }
    }

    @Test func aBadExpressionInAFileGivesItsLineAndColumn() throws {
        let error = try #require(loadError("[{\"learning_rate\": \"uniform(0.1,x)\"}]", path: "r.json"))
        #expect(error.description == "r.json:1:33: error: cannot read \"uniform(0.1,x)\": 'x' is not a number")
    }

    @Test func restExportReadsBackAsTheSameSpace() throws {
        let doc = try #require(read(try Fixtures.text("corpus/fridge-multilabel-current.yml")))
        let rest = try #require(read(DocumentWriter.export(doc, as: .rest), path: "out.json"))
        #expect(rest.form.values == .rest)
        #expect(rest.space.subspaces == doc.space.subspaces)
    }
}
