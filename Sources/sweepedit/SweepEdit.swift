import ArgumentParser
import Foundation
import SearchSpace

@main
struct SweepEdit: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sweepedit",
        abstract: "Edit the hyperparameter search space of an Azure ML AutoML image classification job.",
        discussion: """
            With no subcommand, opens FILE (a job YAML, a search-space YAML/JSON, or a REST-form file) \
            in the terminal editor; without FILE, a new space.
            """,
        subcommands: [EditCommand.self, ParamsCommand.self, ValidateCommand.self, ExportCommand.self,
                      NewCommand.self, SampleCommand.self, BudgetCommand.self, ThemesCommand.self],
        defaultSubcommand: EditCommand.self
    )

    static func main() {
        StandardOutput.holdClosedDescriptors()
        StandardOutput.checkBufferedOutputAtExit()
        main(nil)
    }
}
