import Foundation
import Testing
@testable import TerminalUI
import TestSupport

/// Theme files in the repository, the search folders and the editor's fallback.
struct ThemeLibraryTests {
    /// The repository's Themes/ folder.
    static let themesFolder = PackageRoot.path("Themes")

    private var library: ThemeLibrary { ThemeLibrary(directories: [Self.themesFolder]) }

    @Test func everyThemeFileLoads() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.themesFolder)
            .filter { $0.hasSuffix(".theme") }
        #expect(Set(files).isSuperset(of: ["default.theme", "light.theme", "high-contrast.theme", "monochrome.theme"]))
        for file in files {
            let theme = try ThemeLibrary.loadFile(Self.themesFolder + "/" + file)
            #expect(theme.styles["default"] != nil, "\(file) sets the default style")
            for name in ["header", "list.selected", "diag.error", "diag.warning", "inactive", "footer.key",
                         "field.editing", "status"] {
                #expect(theme.styles[name] != nil, "\(file) styles \(name)")
            }
        }
    }

    @Test func builtInThemesEqualTheirFiles() throws {
        #expect(try library.load("default").styles == Theme.builtInDefault.styles)
        #expect(try library.load("monochrome").styles == Theme.monochrome.styles)
        #expect(!Theme.monochrome.usesColors)
    }

    @Test func namesListsFilesAndBuiltIns() {
        #expect(library.names() == ["default", "high-contrast", "light", "monochrome"])
        #expect(ThemeLibrary(directories: ["/nonexistent"]).names() == ["default", "monochrome"])
    }

    @Test func defaultWorksWithNoFileAtAll() throws {
        #expect(try ThemeLibrary(directories: []).load("default") == .builtInDefault)
    }

    @Test func unknownNameSaysWhereItLooked() {
        #expect(throws: ThemeError.notFound(name: "nope", searched: ["/x"])) {
            try ThemeLibrary(directories: ["/x"]).load("nope")
        }
    }

    @Test func resolveFallsBackToDefaultWithAWarningNamingTheLine() throws {
        let folder = try TemporaryFolder.make("sweepedit-themes")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("broken.theme").path
        try "default = default default\nheader = black cyna\n".write(toFile: path, atomically: true, encoding: .utf8)

        let byPath = Theme.resolve(nameOrPath: path, environment: [:], library: ThemeLibrary(directories: []))
        #expect(byPath.theme == .builtInDefault)
        #expect(byPath.warning == "theme \(path):2:16: unknown colour 'cyna' (did you mean 'cyan'?); using the default theme")

        let byEnvironment = Theme.resolve(nameOrPath: nil, environment: ["SWEEPEDIT_THEME": "broken"],
                                          library: ThemeLibrary(directories: [folder.path]))
        #expect(byEnvironment.warning?.contains("broken.theme:2:16") == true)
    }

    @Test func resolveChoosesArgumentThenEnvironmentThenDefault() {
        let env = ["SWEEPEDIT_THEME": "light"]
        #expect(Theme.resolve(nameOrPath: "monochrome", environment: env, library: library).theme.name == "monochrome")
        #expect(Theme.resolve(nameOrPath: nil, environment: env, library: library).theme.name == "light")
        let none = Theme.resolve(nameOrPath: nil, environment: [:], library: library)
        #expect(none.theme.name == "default" && none.warning == nil)
    }

    @Test func searchFoldersComeFromTheEnvironmentAndTheBinary() {
        let library = ThemeLibrary.standard(environment: ["SWEEPEDIT_THEME_PATH": "/a:/b"],
                                            executablePath: "/opt/sweep/bin/sweepedit")
        #expect(Array(library.directories.prefix(5)) ==
            ["/a", "/b", "/opt/sweep/share/sweepedit/Themes", "/opt/sweep/bin/Themes", "/opt/sweep/bin"])
    }

    @Test func aBuildInTheRepositoryFindsTheRepositoryThemes() {
        let binary = URL(fileURLWithPath: Self.themesFolder).deletingLastPathComponent()
            .appendingPathComponent(".build/debug/sweepedit").path
        #expect(ThemeLibrary.standard(environment: [:], executablePath: binary).directories.last == Self.themesFolder)
    }
}
