import ArgumentParser
import Foundation
import SearchSpace

@main
struct SweepEdit: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sweepedit",
        abstract: "Edit the hyperparameter search space of an Azure ML AutoML image classification job.",
        discussion: HelpText.discussion,
        version: Version.description,
        subcommands: [EditCommand.self, ParamsCommand.self, ValidateCommand.self, ExportCommand.self, SetCommand.self,
                      NewCommand.self, SampleCommand.self, BudgetCommand.self, DiffCommand.self, TextconvCommand.self, ThemesCommand.self],
        defaultSubcommand: EditCommand.self
    )

    static func main() {
        StandardOutput.holdClosedDescriptors()
        StandardOutput.checkBufferedOutputAtExit()
        // `sweepedit FILE`, the usual start, goes straight to the editor; ArgumentParser's
        // main would end the same way (EditCommand.run, its errors through exit(withError:))
        if let file = EditCommand.plainStart(Array(CommandLine.arguments.dropFirst()), root: self) {
            do {
                try EditCommand.open(file, theme: nil, node: nil, cell: nil)
            } catch {
                exit(withError: error)
            }
            return
        }
        main(nil)
    }
}
