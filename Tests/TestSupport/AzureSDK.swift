import Foundation

/// The real Azure ML SDK (azure-ai-ml 1.35.2) as the judge of compatibility: runs the project's
/// scripts/azure_check.py with .venv/bin/python, once for a whole batch of files (importing the
/// SDK takes a second or two; one process per file would make the suite slow).
public enum AzureSDK {
    /// What the SDK read of the sweep settings (see scripts/azure_check.py).
    public struct JobFacts: Hashable, Sendable {
        public var task: String?
        public var samplingAlgorithm: String?
        public var maxTrials: Int?
        public var maxConcurrentTrials: Int?
        public var earlyTermination: String?
        /// The fixed training parameters the SDK holds, as `str(value)`.
        public var trainingParameters: [String: String]?
    }

    /// What the SDK sends of the sweep's time limit and early-termination policy.
    public struct RESTSweepFacts: Hashable, Sendable {
        public var timeoutMinutes: Int?
        /// `Bandit`, `MedianStopping`, `TruncationSelection` (REST), nil for none.
        public var policyType: String?
        /// The policy's REST fields (`slackFactor`, `evaluationInterval`, ...), as numbers.
        public var policyFields: [String: Double] = [:]
    }

    /// The SDK's verdict on one file: its REST strings per subspace, or its error.
    public struct Verdict: Hashable, Sendable {
        public var rest: [[String: String]]?
        public var job: JobFacts?
        public var sweep: RESTSweepFacts?
        public var error: String?
        public var accepted: Bool { rest != nil }
    }

    public struct Unavailable: Error, CustomStringConvertible {
        public var description: String
        public init(description: String) { self.description = description }
    }

    public static let setupHint = """
        The compatibility suite needs the real Azure SDK in .venv: run scripts/setup-venv.sh \
        (it creates .venv with azure-ai-ml==1.35.2 and PyYAML; needs python3-venv and access to PyPI), \
        or ./scripts/test, which does it for you.
        """

    /// Runs one of the SDK scripts in `scripts/` with .venv's Python; its standard output.
    /// Throws when it cannot run or fails, with what it said.
    static func runScript(_ name: String, _ arguments: [String]) throws(Unavailable) -> Data {
        let python = PackageRoot.url(".venv/bin/python")
        let script = PackageRoot.url("scripts/" + name)
        guard FileManager.default.isExecutableFile(atPath: python.path) else {
            throw Unavailable(description: "\(python.path) is missing. " + setupHint)
        }
        guard FileManager.default.fileExists(atPath: script.path) else {
            throw Unavailable(description: "\(script.path) is missing. " + setupHint)
        }
        let process = Process()
        process.executableURL = python
        process.arguments = [script.path] + arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        do { try process.run() } catch {
            throw Unavailable(description: "cannot run \(python.path): \(error). " + setupHint)
        }
        let errorData = PipeReader(err.fileHandleForReading)
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let stderr = String(decoding: errorData.wait(), as: UTF8.self)
            throw Unavailable(description: "\(name) failed (exit \(process.terminationStatus)): \(stderr) " + setupHint)
        }
        return data
    }

    /// Judges every file in one Python process. Throws when the SDK cannot be run at all.
    public static func check(_ paths: [String]) throws(Unavailable) -> [String: Verdict] {
        let data = try runScript("azure_check.py", ["check-many"] + paths)
        var verdicts: [String: Verdict] = [:]
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                  let file = object["file"] as? String else {
                throw Unavailable(description: "azure_check.py printed a line that is not a verdict: \(line)")
            }
            var verdict = Verdict(error: object["error"] as? String)
            verdict.rest = object["rest"] as? [[String: String]]
            if let job = object["job"] as? [String: Any] {
                verdict.job = JobFacts(
                    task: job["task"] as? String, samplingAlgorithm: job["sampling_algorithm"] as? String,
                    maxTrials: job["max_trials"] as? Int, maxConcurrentTrials: job["max_concurrent_trials"] as? Int,
                    earlyTermination: job["early_termination"] as? String,
                    trainingParameters: job["training_parameters"] as? [String: String])
                let policy = job["early_termination_rest"] as? [String: Any]
                verdict.sweep = RESTSweepFacts(
                    timeoutMinutes: job["timeout_minutes"] as? Int, policyType: policy?["policyType"] as? String,
                    policyFields: (policy ?? [:]).compactMapValues { ($0 as? NSNumber)?.doubleValue })
            }
            verdicts[file] = verdict
        }
        return verdicts
    }

    /// The SDK's verdict on one file; throws when the SDK cannot be run or gave no verdict.
    /// Unavailable is an error, never a skip: a missing venv must not pass a test unseen.
    public static func verdict(_ path: String) throws(Unavailable) -> Verdict {
        guard let verdict = try check([path])[path] else {
            throw Unavailable(description: "azure_check.py gave no verdict for \(path)")
        }
        return verdict
    }

    /// The field names of the SDK's ImageModelSettingsClassificationSchema: every key
    /// training_parameters accepts.
    public static func trainingFields() throws(Unavailable) -> [String] {
        let python = PackageRoot.url(".venv/bin/python")
        let script = PackageRoot.url("scripts/azure_check.py")
        guard FileManager.default.isExecutableFile(atPath: python.path) else {
            throw Unavailable(description: "\(python.path) is missing. " + setupHint)
        }
        let process = Process()
        process.executableURL = python
        process.arguments = [script.path, "training-fields"]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        do { try process.run() } catch {
            throw Unavailable(description: "cannot run \(python.path): \(error). " + setupHint)
        }
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Unavailable(description: "azure_check.py training-fields failed (exit \(process.terminationStatus)). " + setupHint)
        }
        return String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
    }
}
