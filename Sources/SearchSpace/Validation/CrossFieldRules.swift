/// Cross-field rules: what Azure's docs say about combinations. validation_crop_size above
/// validation_resize_size, ViT models wanting equal training and validation crop sizes,
/// seresnext and non-default sizes, crop sizes large enough to run out of GPU memory, and
/// model names Azure does not document. All are warnings or notes: the docs say "should".
enum CrossFieldRules {
    /// Crop sizes above this many pixels are several times the default 224's memory (5x at 512).
    static let largeCropSize = 512.0
    /// The size every documented model is known to work with: the catalogue's default crop.
    static var standardCropSize: Double { Catalogue.spec(.trainingCropSize).defaultValue?.number ?? 224 }

    /// Checks one scope. `possible` gives the effective values there; `isSetHere` says whether
    /// the scope itself sets a parameter (so a finding is reported once, where it was written).
    static func check(scope: Scope, _ possible: (ParameterID) -> EffectiveValue?,
                      isSetHere: (ParameterID) -> Bool, into found: inout [Diagnostic]) {
        let models = possible(.modelName)?.values ?? []
        if isSetHere(.validationCropSize) || isSetHere(.validationResizeSize) {
            checkCropAgainstResize(scope, possible, isSetHere, &found)
        }
        if isSetHere(.modelName) || isSetHere(.trainingCropSize) || isSetHere(.validationCropSize) {
            checkViT(models, scope, possible, isSetHere, &found)
            checkSeresnext(models, scope, possible, isSetHere, &found)
        }
        for id in [ParameterID.trainingCropSize, .validationCropSize] where isSetHere(id) {
            guard let size = possible(id), let high = size.high, high > largeCropSize else { continue }
            found.append(Diagnostic(.warning, scope, .parameter(id), field: .value,
                "\(id.name) up to \(Wording.number(high)) risks running out of GPU memory (Azure's docs warn of CUDA out-of-memory for large sizes); lower it or reduce the batch size"))
        }
    }

    private static func checkCropAgainstResize(_ scope: Scope, _ possible: (ParameterID) -> EffectiveValue?,
                                               _ isSetHere: (ParameterID) -> Bool, _ found: inout [Diagnostic]) {
        guard let crop = possible(.validationCropSize), let resize = possible(.validationResizeSize),
              let cropLow = crop.low, let cropHigh = crop.high,
              let resizeLow = resize.low, let resizeHigh = resize.high, cropHigh > resizeLow else { return }
        let always = cropLow > resizeHigh
        let id: ParameterID = isSetHere(.validationCropSize) ? .validationCropSize : .validationResizeSize
        let cropText = describe(crop), resizeText = describe(resize)
        let message = always
            ? "validation_crop_size \(cropText) is above validation_resize_size \(resizeText): images are resized, then cropped larger than they are; keep the crop at or below the resize size"
            : "validation_crop_size \(cropText) is above validation_resize_size \(resizeText) in some trials; keep the crop at or below the resize size"
        var fix: Fix?
        if id == .validationCropSize, crop.source.isSubspaceOwn, let values = crop.values {
            let kept = values.filter { ($0.number ?? 0) <= resizeLow }
            if !kept.isEmpty, kept.count < values.count {
                let setting: Setting = values.count == 1 ? .fixed(kept[0]) : .swept(.choice(kept))
                fix = Fix("keep validation_crop_size at or below \(Wording.number(resizeLow))", .set(scope, id, setting))
            } else if kept.isEmpty, resize.values?.count == 1, case .fixed = crop.setting, resizeLow == resizeLow.rounded(), resizeLow < 1e15 {
                fix = Fix("set validation_crop_size to \(Wording.number(resizeLow))",
                          .set(scope, id, .fixed(.int(Int(resizeLow)))))
            }
        }
        found.append(Diagnostic(.warning, scope, .parameter(id), field: .value, message, fix: fix))
    }

    private static func checkViT(_ models: [Value], _ scope: Scope, _ possible: (ParameterID) -> EffectiveValue?,
                                 _ isSetHere: (ParameterID) -> Bool, _ found: inout [Diagnostic]) {
        guard let vit = models.lazy.compactMap(modelInfo).first(where: \.isViT),
              let training = possible(.trainingCropSize), let validation = possible(.validationCropSize) else { return }
        if let t = training.values, let v = validation.values, t.count == 1, v.count == 1, t[0].number == v[0].number { return }
        let id: ParameterID = isSetHere(.validationCropSize) || !isSetHere(.trainingCropSize) ? .validationCropSize : .trainingCropSize
        var fix: Fix?
        if let t = training.values, t.count == 1 {
            fix = Fix("set validation_crop_size to \(ValueFormat.plain(t[0]))", .set(scope, .validationCropSize, .fixed(t[0])))
        }
        let mixed = models.contains { modelInfo($0)?.isViT == false } ? " in its ViT trials" : ""
        found.append(Diagnostic(.warning, scope, .parameter(id), field: .value,
            "\(vit.name) wants validation_crop_size equal to training_crop_size (Azure's docs); here training_crop_size is \(describe(training)) and validation_crop_size is \(describe(validation))\(mixed)",
            fix: fix))
    }

    private static func checkSeresnext(_ models: [Value], _ scope: Scope, _ possible: (ParameterID) -> EffectiveValue?,
                                       _ isSetHere: (ParameterID) -> Bool, _ found: inout [Diagnostic]) {
        guard models.contains(.string("seresnext")) else { return }
        for id in [ParameterID.trainingCropSize, .validationCropSize] where isSetHere(id) {
            guard let size = possible(id), size.low != standardCropSize || size.high != standardCropSize else { continue }
            found.append(Diagnostic(.note, scope, .parameter(id), field: .value,
                "seresnext does not take an arbitrary size (Azure's docs); \(id.name) \(describe(size)) may fail with it, while \(Wording.number(standardCropSize)) is known to work"))
        }
    }

    /// Model names: unknown ones get a warning with the nearest known name; Hugging Face names
    /// (`owner/model`) a note, since Azure's newer examples use them and sweepedit cannot check them.
    static func checkModelNames(_ setting: Setting, scope: Scope, into found: inout [Diagnostic]) {
        let values: [Value]
        switch setting {
        case .fixed(let v): values = [v]
        case .swept(.choice(let v)): values = v
        case .unset, .swept: return
        }
        var hub: [String] = []
        for (i, v) in values.enumerated() {
            guard case .string(let name) = v, Models.info(name) == nil else { continue }
            if Models.looksLikeHubModel(name) {
                hub.append(name)
                continue
            }
            let near = Spelling.nearest(name, in: Models.names)
            var fix: Fix?
            if let near {
                // A choice's value by index, not a copy of the list per misspelt name.
                let edit: Edit = setting.fixedValue != nil ? .set(scope, .modelName, .fixed(.string(near)))
                    : .replaceChoiceValue(scope, .modelName, at: i, with: .string(near))
                fix = Fix("write \(near)", edit)
            }
            let field: Field = setting.fixedValue != nil ? .value : .choiceValue(i)
            found.append(Diagnostic(.warning, scope, .parameter(.modelName), field: field,
                "model_name '\(name)' is not a model Azure documents for image classification" + (near.map { "; did you mean \($0)?" } ?? " (see the list with `sweepedit params`)"),
                fix: fix))
        }
        if !hub.isEmpty {
            found.append(Diagnostic(.note, scope, .parameter(.modelName), field: .value,
                "\(hub.joined(separator: ", ")) \(hub.count == 1 ? "is a Hugging Face model name" : "are Hugging Face model names"); sweepedit cannot check \(hub.count == 1 ? "it" : "them") or know \(hub.count == 1 ? "its" : "their") defaults"))
        }
    }

    private static func modelInfo(_ v: Value) -> ModelInfo? {
        guard case .string(let name) = v else { return nil }
        return Models.info(name)
    }

    /// "256", "256 (Azure's default)", "choice(224, 256)".
    private static func describe(_ p: EffectiveValue) -> String {
        switch p.setting {
        case .fixed(let v): return ValueFormat.plain(v) + Wording.origin(p.source)
        case .swept(let d): return Wording.distribution(d) + Wording.origin(p.source)
        case .unset: return "unset"
        }
    }
}
