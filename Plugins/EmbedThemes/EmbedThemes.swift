import Foundation
import PackagePlugin

/// Builds the themes in the package's Themes/ folder into the target it is applied to: the
/// ThemeEmbedder tool turns every Themes/*.theme into one generated Swift file, so the .theme
/// files stay the only copy of each theme and a binary copied alone still has all of them.
@main
struct EmbedThemes: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let folder = context.package.directoryURL.appending(path: "Themes")
        let files = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "theme" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedThemeFiles.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(files.count) themes from Themes/",
                executable: try context.tool(named: "ThemeEmbedder").url,
                // a theme added or removed changes this list, and so the command: it runs again
                arguments: [output.path(percentEncoded: false)] + files.map { $0.path(percentEncoded: false) },
                inputFiles: files,
                outputFiles: [output]),
        ]
    }
}
