import Foundation
import Testing
import TestSupport

/// `export --to python`, `--job-variable`, `--cell` and Python files through the built binary.
struct PythonCLITests {
    static let notebook = PackageRoot.url("Tests/SearchSpaceTests/Fixtures/python/fridge-multiclass.ipynb").path

    @Test func exportToPythonNamesTheJobVariable() throws {
        let file = try TemporaryFolder.file("space.yml", CLITests.space)
        let result = try Binary.run(["export", file, "--to", "python", "--job-variable", "job"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("job = automl.image_classification("))
        #expect(result.stdout.contains("job.extend_search_space([\n    SearchSpace(\n"
            + "        model_name=Choice([\"vitb16r224\", \"seresnext\"]),\n        learning_rate=Uniform(0.001, 0.01),\n"))
        let bad = try Binary.run(["export", file, "--to", "python", "--job-variable", "1job"])
        #expect(bad.status == 1)
        #expect(bad.stderr.contains("is not a Python name"))
    }

    @Test func aNotebookIsValidatedSampledAndExportedFromItsCell() throws {
        let validate = try Binary.run(["validate", Self.notebook])
        #expect(validate.status == 0, "\(validate.stderr)")
        let sample = try Binary.run(["sample", Self.notebook, "-n", "3", "--format", "csv"])
        #expect(sample.status == 0)
        #expect(sample.stdout.split(separator: "\n").count == 4)
        let rest = try Binary.run(["export", Self.notebook, "--cell", "6", "--to", "rest"])
        #expect(rest.stdout.contains("\"learning_rate\": \"uniform(0.005,0.05)\""))
        let wrongCell = try Binary.run(["validate", Self.notebook, "--cell", "3"])
        #expect(wrongCell.status == 2)
        #expect(wrongCell.stderr.contains("in cell 3: no extend_search_space call"))
    }

    @Test func aVariableInAPythonFileIsAnErrorWithItsPlace() throws {
        let file = try TemporaryFolder.file("job.py", "from x import y\n\njob.extend_search_space([SearchSpace(\n    learning_rate=Uniform(lr_min, 0.1))])\n")
        let result = try Binary.run(["validate", file])
        #expect(result.status == 2)
        #expect(result.stderr == file + ":4:27: error: the variable 'lr_min' is not a literal: sweepedit reads literals only "
            + "and evaluates nothing; write the value itself\n")
    }

    /// A finding about a setting read from another cell names that cell, in words and in JSON.
    @Test func aFindingInAnotherCellNamesItsCell() throws {
        let separate = PackageRoot.url("Tests/SearchSpaceTests/Fixtures/python/fridge-separate-cells.ipynb")
        let text = try String(contentsOf: separate, encoding: .utf8).replacingOccurrences(of: "max_trials=20,", with: "max_trials=0,")
        let file = try TemporaryFolder.file("zero.ipynb", text)
        let human = try Binary.run(["validate", file])
        #expect(human.status == 1)
        #expect(human.stdout.contains(file + ":3:16: error: in cell 9: max_trials must be 1 to 1000, and it is 0"), "\(human.stdout)")
        let json = try Binary.run(["validate", "--json", file])
        #expect(json.stdout.contains("\"line\": 3, \"column\": 16, \"cell\": 9}"), "\(json.stdout)")
    }
}
