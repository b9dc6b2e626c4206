import Foundation
import PackagePlugin

/// Builds the .theme files of the target it is applied to (ThemeFiles, whose folder is Themes/)
/// into it: the ThemeEmbedder tool turns them into one generated Swift file, so the .theme files
/// stay the only copy of each theme and a binary copied alone still has all of them. They are
/// the target's own files, so SwiftPM runs this again when one is added or removed.
@main
struct EmbedThemes: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        guard let target = target as? SourceModuleTarget else { return [] }
        let files = target.sourceFiles(withSuffix: "theme").map(\.url)
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedThemeFiles.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(files.count) themes from Themes/",
                executable: try context.tool(named: "ThemeEmbedder").url,
                arguments: [output.path(percentEncoded: false)] + files.map { $0.path(percentEncoded: false) },
                inputFiles: files,
                outputFiles: [output]),
        ]
    }
}
