import SearchSpace

/// Search spaces built in code, for tests that need a space without writing YAML.

/// A subspace from (parameter, setting) pairs, in that order.
public func subspace(_ settings: [(ParameterID, Setting)]) -> Subspace {
    var sub = Subspace()
    for (id, setting) in settings { sub[id] = setting }
    return sub
}

/// A one-subspace space from (parameter, setting) pairs.
public func searchSpace(_ settings: [(ParameterID, Setting)], training: [(ParameterID, Setting)] = [],
                        job: JobSettings = JobSettings()) -> SearchSpace {
    SearchSpace(subspaces: [subspace(settings)], trainingParameters: subspace(training), job: job)
}

/// Shorthands for settings.
public func fixed(_ v: Value) -> Setting { .fixed(v) }
public func swept(_ d: Distribution) -> Setting { .swept(d) }
public func choice(_ values: Value...) -> Setting { .swept(.choice(values)) }
public func uniform(_ a: Double, _ b: Double) -> Setting { .swept(.uniform(min: .float(a), max: .float(b))) }

/// A `search_space:` of `subspaces` items, each sweeping 7 integer parameters with a choice
/// of 1,000 values: 10^21 points each, above 2^63 (the grid count that once wrapped or trapped).
public func hugeGridYAML(subspaces: Int) -> String {
    let parameters = ["number_of_epochs", "training_batch_size", "validation_batch_size", "training_crop_size",
                      "validation_crop_size", "validation_resize_size", "evaluation_frequency"]
    let values = (1...1000).map(String.init).joined(separator: ", ")
    let item = parameters.enumerated().map { i, name in
        (i == 0 ? "  - " : "    ") + "\(name): {type: choice, values: [\(values)]}"
    }.joined(separator: "\n")
    return "search_space:\n" + Array(repeating: item, count: subspaces).joined(separator: "\n") + "\n"
}
