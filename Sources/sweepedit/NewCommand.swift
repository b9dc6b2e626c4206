import Foundation
import ArgumentParser
import SearchSpace

extension Task: ExpressibleByArgument {}

struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Write a new job YAML with a small starting search space.")

    @Option(help: "image_classification or image_classification_multilabel.")
    var task: Task = .imageClassification

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?

    @Flag(help: "Replace OUT when it already exists.")
    var force = false

    func run() throws {
        try Output.write(DocumentWriter.jobSkeleton(Document.new(task: task).space), to: output,
                         mustBeNew: true, force: force)
    }
}
