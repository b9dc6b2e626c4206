import Testing
@testable import SearchSpace
import TestSupport

/// A one-subspace space from (parameter, setting) pairs, validated.
func check(_ settings: [(ParameterID, Setting)], training: [(ParameterID, Setting)] = [],
           job: JobSettings = JobSettings()) -> [Diagnostic] {
    Validator.check(searchSpace(settings, training: training, job: job))
}

/// The findings about one parameter.
func about(_ name: String, _ found: [Diagnostic]) -> [Diagnostic] {
    found.filter { $0.subject?.name == name }
}

/// The messages of the findings of one severity.
func messages(_ found: [Diagnostic], _ severity: Severity) -> [String] {
    found.filter { $0.severity == severity }.map(\.message)
}

/// Applies a finding's fix and returns the space validated again.
func applyingFix(_ d: Diagnostic, to space: SearchSpace) -> SearchSpace {
    var changed = space
    d.fix?.edit.apply(to: &changed)
    return changed
}
