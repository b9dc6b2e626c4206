import ArgumentParser
import Foundation
import SearchSpace

struct TextconvCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "textconv",
        abstract: "Print a sweep as a canonical listing, one fact a line, for git diff's textconv.",
        discussion: """
            In .gitattributes: *.yml diff=sweepedit; then: git config diff.sweepedit.textconv 'sweepedit textconv'. \
            A file that is not a readable sweep is printed as it is (its error on stderr), so git diff still works.
            """)

    @Argument(help: "A job YAML, search-space YAML/JSON or REST-form file.")
    var file: String

    func run() throws {
        let text: String
        do {
            text = try FileInput.readText(file)
        } catch {
            printError(error.description)
            throw ExitCode(2)
        }
        do {
            StandardOutput.write(CanonicalListing.text(try DocumentReader.read(text, path: file).space))
        } catch {
            // a half-written file in a commit must not stop git diff: show its text instead
            printError(error.description)
            StandardOutput.write(text.hasSuffix("\n") || text.isEmpty ? text : text + "\n")
        }
    }
}
