import ArgumentParser
import SearchSpace

/// `sweepedit [--theme NAME|PATH] [FILE]`: the editor.
struct EditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "edit",
        abstract: "Open FILE in the terminal editor (a new space when FILE is omitted).",
        shouldDisplay: false)

    @Option(help: "A theme name from `sweepedit themes`, or a theme file's path.")
    var theme: String?

    @Argument(help: "A job YAML, search-space YAML/JSON or REST-form file.")
    var file: String?

    func run() throws {
        let doc: Document
        if let file {
            do {
                doc = try FileInput.load(file)
            } catch {
                printError(error.description)
                throw ExitCode(2)
            }
        } else {
            var fresh = Document.new()
            fresh.space = DocumentWriter.starterSpace(task: .imageClassification)
            fresh.originalSpace = fresh.space
            doc = fresh
        }
        print(DocumentWriter.export(doc, as: .yaml), terminator: "")
    }
}
