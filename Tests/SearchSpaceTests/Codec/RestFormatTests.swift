import Testing
@testable import SearchSpace
import TestSupport

/// The REST strings, character for character as azure-ai-ml 1.35.2 sends them
/// (azure-contract.md, "REST formatting, measured"). The compatibility suite checks the same
/// rules against the SDK itself; these tests pin them without Python.
struct RestFormatTests {
    func rest(_ id: ParameterID, _ setting: Setting) -> String? {
        RestFormat.string(setting, for: Catalogue.spec(id).kind)
    }

    @Test func floatsHaveNoExponent() {
        #expect(rest(.learningRate, .fixed(.float(0.00001))) == "0.00001")
        #expect(rest(.learningRate, .fixed(.float(1e-20))) == "0.00000000000000000001")
        #expect(rest(.learningRate, .swept(.uniform(min: .float(1e-5), max: .float(1e-4))))
            == "uniform(0.00001,0.0001)")
        #expect(rest(.randomSeed, .fixed(.float(123456789.123456789))) == "123456789.12345679")
    }

    @Test func aFixedIntegerOnAFloatFieldBecomesAFloat() {
        #expect(rest(.beta1, .fixed(.int(1))) == "1.0")
        #expect(rest(.learningRate, .fixed(.int(0))) == "0.0")
    }

    @Test func integersInsideDistributionsStayIntegers() {
        #expect(rest(.learningRate, .swept(.uniform(min: .int(0), max: .int(1)))) == "uniform(0,1)")
        #expect(rest(.momentum, .swept(.normal(mu: .int(1), sigma: .float(0.1)))) == "normal(1,0.1)")
        #expect(rest(.learningRate, .swept(.loguniform(min: .int(-6), max: .int(-2)))) == "loguniform(-6,-2)")
        #expect(rest(.numberOfEpochs, .swept(.quniform(min: .int(10), max: .int(30), q: .int(5))))
            == "quniform(10,30,5)")
        #expect(rest(.stepLRStepSize, .swept(.qlognormal(mu: .int(2), sigma: .int(1), q: .int(1))))
            == "qlognormal(2,1,1)")
    }

    @Test func aFloatFieldsChoiceKeepsIntegersOnlyWhenAllAreIntegers() {
        #expect(rest(.beta1, .swept(.choice([.int(0), .int(1)]))) == "choice(0,1)")
        #expect(rest(.beta1, .swept(.choice([.float(0.9), .float(0.95), .int(1)]))) == "choice(0.9,0.95,1.0)")
        #expect(rest(.numberOfEpochs, .swept(.choice([.int(15), .int(30)]))) == "choice(15,30)")
    }

    @Test func stringsInChoiceAreSingleQuotedWithSpacesKept() {
        #expect(rest(.modelName, .swept(.choice([.string("a b"), .string("c")]))) == "choice('a b','c')")
        #expect(rest(.modelName, .swept(.choice([.string("vitb16r224"), .string("vits16r224")])))
            == "choice('vitb16r224','vits16r224')")
        #expect(rest(.modelName, .fixed(.string("seresnext"))) == "seresnext")
    }

    @Test func boolsAreTitleCaseAlsoInsideChoice() {
        #expect(rest(.amsGradient, .fixed(.bool(true))) == "True")
        #expect(rest(.nesterov, .fixed(.bool(false))) == "False")
        #expect(rest(.earlyStopping, .swept(.choice([.bool(true)]))) == "choice(True)")
        #expect(rest(.distributed, .swept(.choice([.bool(true), .bool(false)]))) == "choice(True,False)")
        #expect(rest(.amsGradient, .fixed(.int(1))) == "True")
    }

    @Test func enumValuesAreLowerCased() {
        #expect(rest(.optimizer, .fixed(.string("SGD"))) == "sgd")
        #expect(rest(.optimizer, .swept(.choice([.string("SGD"), .string("adam")]))) == "choice('sgd','adam')")
        #expect(rest(.learningRateScheduler, .fixed(.string("Step"))) == "step")
        #expect(rest(.optimizer, .fixed(.string("AdamW"))) == "adamw")
    }

    @Test func aFloatFieldTakesAStringAsPythonsFloatDoes() {
        #expect(rest(.momentum, .fixed(.string("-.9"))) == "-0.9")
        #expect(rest(.beta2, .fixed(.string(" 0.99 "))) == "0.99")
        #expect(rest(.weightDecay, .fixed(.string("1_0e-5"))) == "0.0001")
        #expect(rest(.learningRate, .fixed(.string("0x10"))) == "0x10")
        #expect(rest(.learningRate, .fixed(.string("1__0"))) == "1__0")
        #expect(rest(.learningRate, .fixed(.string("low"))) == "low")
    }

    @Test func randintTruncatesAFloatUpper() {
        #expect(rest(.layersToFreeze, .swept(.randint(upper: .float(5.5)))) == "randint(5)")
        #expect(rest(.layersToFreeze, .swept(.randint(upper: .int(3)))) == "randint(3)")
    }

    @Test func fixedIntegersAndUnsetSettings() {
        #expect(rest(.numberOfEpochs, .fixed(.int(15))) == "15")
        #expect(rest(.numberOfEpochs, .unset) == nil)
    }

    @Test func theExportIsSortedJSONAsThePythonSDKPrintsIt() {
        let space = SearchSpace(subspaces: [
            subspace([(.modelName, .swept(.choice([.string("seresnext")]))), (.learningRate, .fixed(.float(0.01)))]),
            Subspace(),
        ])
        #expect(RestWriter.export(space) == """
            [
              {
                "learning_rate": "0.01",
                "model_name": "choice('seresnext')"
              },
              {}
            ]

            """)
        #expect(RestWriter.export(SearchSpace(subspaces: [])) == "[]\n")
    }
}

/// randint's upper goes through Python's int(): exact digits however large (measured with the SDK).
struct RandintUpperTests {
    @Test func hugeAndNegativeUppersAreTruncatedExactly() {
        let rest = { (x: Double) in RestFormat.string(.randint(upper: .float(x)), for: .int) }
        #expect(rest(1e20) == "randint(100000000000000000000)")
        #expect(rest(-5.5) == "randint(-5)")
        #expect(rest(1e300) == "randint(1000000000000000052504760255204420248704468581108159154915854115511802457"
            + "988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803"
            + "737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669"
            + "472196386865459400540160)")
        #expect(rest(.infinity) == "randint(Infinity)")
    }

    @Test func aListRowGetsTheStartOfALongChoice() {
        let seeds = Distribution.choice((0..<100_000).map(Value.int))
        let start = RestFormat.string(seeds, for: .int, characters: 20)
        #expect(start == "choice(0,1,2,3,4,5,6,7")
        #expect(RestFormat.string(seeds, for: .int).hasPrefix(start))
        let short = Distribution.choice([.int(1), .float(2.5)])
        #expect(RestFormat.string(short, for: .float, characters: 20) == "choice(1.0,2.5)")
        let cut = RestFormat.string(short, for: .float, characters: 5)
        #expect(cut.count > 5 && RestFormat.string(short, for: .float).hasPrefix(cut))
    }
}
