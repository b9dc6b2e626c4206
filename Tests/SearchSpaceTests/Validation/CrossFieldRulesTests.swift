import Testing
@testable import SearchSpace
import TestSupport

struct CrossFieldRulesTests {
    @Test func validationCropAboveResizeIsAWarning() {
        let found = check([(.validationCropSize, fixed(.int(320)))])
        #expect(messages(found, .warning) == ["validation_crop_size 320 is above validation_resize_size 256 (Azure's default): images are resized, then cropped larger than they are; keep the crop at or below the resize size"])
        #expect(found.first?.fix?.edit == .set(.subspace(0), .validationCropSize, fixed(.int(256))))
        #expect(check([(.validationCropSize, fixed(.int(224))), (.validationResizeSize, fixed(.int(256)))]).isEmpty)
    }

    @Test func vitModelsWantEqualCropSizes() {
        let found = check([(.modelName, fixed(.string("vitb16r224"))), (.trainingCropSize, fixed(.int(256)))])
        #expect(messages(found, .warning) == ["vitb16r224 wants validation_crop_size equal to training_crop_size (Azure's docs); here training_crop_size is 256 and validation_crop_size is 224 (Azure's default)"])
        #expect(found.first?.fix?.edit == .set(.subspace(0), .validationCropSize, fixed(.int(256))))
        #expect(check([(.modelName, fixed(.string("resnet50"))), (.trainingCropSize, fixed(.int(256)))]).isEmpty)
    }

    @Test func seresnextWithANonStandardCropIsANote() {
        let found = check([(.modelName, fixed(.string("seresnext"))), (.trainingCropSize, fixed(.int(256)))])
        #expect(found.map(\.severity) == [.note])
        #expect(check([(.modelName, fixed(.string("seresnext"))), (.trainingCropSize, fixed(.int(224)))]).isEmpty)
    }

    @Test func largeCropSizesRiskOutOfMemory() {
        let found = check([(.trainingCropSize, fixed(.int(800)))])
        #expect(messages(found, .warning) == ["training_crop_size up to 800 risks running out of GPU memory (Azure's docs warn of CUDA out-of-memory for large sizes); lower it or reduce the batch size"])
        #expect(check([(.trainingCropSize, fixed(.int(384)))]).isEmpty)
    }

    @Test func unknownModelsAreWarningsWithTheNearestName() {
        let found = check([(.modelName, choice(.string("resnet5"), .string("vitb16r224")))])
        #expect(messages(found, .warning) == ["model_name 'resnet5' is not a model Azure documents for image classification; did you mean resnet50?"])
        #expect(found.first?.field == .choiceValue(0))
        // The fix replaces the name by index rather than carrying the whole list (one copy per
        // finding); applied, it gives the same choice.
        #expect(found.first?.fix?.edit == .replaceChoiceValue(.subspace(0), .modelName, at: 0, with: .string("resnet50")))
        #expect(applyingFix(found[0], to: searchSpace([(.modelName, choice(.string("resnet5"), .string("vitb16r224")))])).subspaces[0][.modelName]
            == choice(.string("resnet50"), .string("vitb16r224")))
    }

    @Test func huggingFaceNamesAreANoteAtMost() {
        let found = check([(.modelName, fixed(.string("microsoft/resnet-50")))])
        #expect(found.map(\.severity) == [.note])
    }
}
