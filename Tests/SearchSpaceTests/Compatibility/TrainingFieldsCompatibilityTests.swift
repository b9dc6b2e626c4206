import Testing
import TestSupport
@testable import SearchSpace

/// training_parameters is the SDK's ImageModelSettingsClassification: the catalogue must know
/// every field of its schema, so that a field a new SDK adds cannot be refused (or offered for
/// deletion) silently.
struct TrainingFieldsCompatibilityTests {
    @Test func theCatalogueKnowsEveryFieldOfTheSDKsTrainingSchema() throws {
        let fields: [String]
        do { fields = try AzureSDK.trainingFields() } catch {
            Issue.record("The Azure SDK could not be run: \(error)")
            return
        }
        #expect(fields.count >= 34, "the SDK's schema listed \(fields.count) fields")
        let known = Set(Catalogue.trainingParameterNames)
        for field in fields {
            #expect(known.contains(field), "training_parameters field '\(field)' of the SDK is missing from the catalogue")
        }
        // and nothing the catalogue offers for training_parameters is foreign to the SDK
        for name in known { #expect(fields.contains(name), "the catalogue's '\(name)' is not an SDK training field") }
    }
}
