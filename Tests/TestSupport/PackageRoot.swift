import Foundation

/// The repository's root folder, found from this file's place (Tests/TestSupport/ is two
/// folders below it), and the files in it the tests read.
public enum PackageRoot {
    public static let url: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A file or folder of the repository, e.g. `url("Examples/image-classification-job.yml")`.
    public static func url(_ relativePath: String) -> URL { url.appendingPathComponent(relativePath) }

    /// The absolute path of a file or folder of the repository.
    public static func path(_ relativePath: String) -> String { url(relativePath).path }

    /// The example job (two subspaces, training_parameters, comments) most editor tests open.
    public static let exampleJob = url("Examples/image-classification-job.yml")
}
