import Foundation

/// The sweep settings the real SDK holds for a file, as scripts/azure_sweep_facts.py prints them:
/// the limits with timeout_minutes, and the early termination policy with every field. Apart
/// from AzureSDK.check (one script a purpose) so each can grow without the other.
extension AzureSDK {
    public struct SweepFacts: Hashable, Sendable {
        public var timeoutMinutes: Int?
        public var maxTrials: Int?
        public var maxConcurrentTrials: Int?
        public var samplingAlgorithm: String?
        /// The policy's `type` (bandit, median_stopping, truncation_selection), nil without one.
        public var policy: String?
        /// Every field the SDK's policy object has, as it holds it.
        public var policyFields: [String: Double] = [:]
        /// The policy class's default for each field (what a field not given means).
        public var policyDefaults: [String: Double] = [:]
    }

    /// The facts of every file, from one Python process; a file the SDK cannot build is its error.
    public static func sweepFacts(_ paths: [String]) throws(Unavailable) -> [String: Result<SweepFacts, Unavailable>] {
        let data = try runScript("azure_sweep_facts.py", paths)
        var facts: [String: Result<SweepFacts, Unavailable>] = [:]
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                  let file = object["file"] as? String else {
                throw Unavailable(description: "azure_sweep_facts.py printed a line that is not a verdict: \(line)")
            }
            guard object["ok"] as? Bool == true else {
                facts[file] = .failure(Unavailable(description: object["error"] as? String ?? "no error given"))
                continue
            }
            var f = SweepFacts(timeoutMinutes: object["timeout_minutes"] as? Int, maxTrials: object["max_trials"] as? Int,
                               maxConcurrentTrials: object["max_concurrent_trials"] as? Int,
                               samplingAlgorithm: object["sampling_algorithm"] as? String)
            if let policy = object["early_termination"] as? [String: Any] {
                f.policy = policy["type"] as? String
                for (key, value) in policy {
                    if let n = value as? NSNumber { f.policyFields[key] = n.doubleValue }
                }
                for (key, value) in policy["defaults"] as? [String: Any] ?? [:] {
                    if let n = value as? NSNumber { f.policyDefaults[key] = n.doubleValue }
                }
            }
            facts[file] = .success(f)
        }
        return facts
    }
}
