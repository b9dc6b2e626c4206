/// The models Azure documents for image classification, with their documented facts (their
/// defaults are in `ModelDefaultsTable`).
public struct ModelInfo: Hashable, Sendable {
    public let name: String
    public let isViT: Bool
    public let cropSize: Int
    public let resizeSize: Int
    /// How many layer groups `layers_to_freeze` can freeze, from the per-family table under
    /// "layers_to_freeze" in reference-automl-images-hyperparameters: resnet
    /// [('conv1.', 'bn1.'), 'layer1.' .. 'layer4.'] 5, mobilenetv2 'features.0.' .. 'features.18.' 19,
    /// seresnext 'layer0.' .. 'layer4.' 5, vit 'patch_embed', 'blocks.0.' .. 'blocks.11.' 13.
    /// nil where the table lists no groups (resnest50, resnest101).
    public let freezableLayers: Int?
}

public enum Models {
    /// how-to-auto-train-image-models and reference-automl-images-hyperparameters.
    public static let known: [ModelInfo] = [
        ModelInfo(name: "mobilenetv2", isViT: false, cropSize: 224, resizeSize: 256, freezableLayers: 19),
        ModelInfo(name: "resnet18", isViT: false, cropSize: 224, resizeSize: 256, freezableLayers: 5),
        ModelInfo(name: "resnet34", isViT: false, cropSize: 224, resizeSize: 256, freezableLayers: 5),
        ModelInfo(name: "resnet50", isViT: false, cropSize: 224, resizeSize: 256, freezableLayers: 5),
        ModelInfo(name: "resnet101", isViT: false, cropSize: 224, resizeSize: 256, freezableLayers: 5),
        ModelInfo(name: "resnet152", isViT: false, cropSize: 224, resizeSize: 256, freezableLayers: 5),
        ModelInfo(name: "resnest50", isViT: false, cropSize: 224, resizeSize: 256, freezableLayers: nil),
        ModelInfo(name: "resnest101", isViT: false, cropSize: 224, resizeSize: 256, freezableLayers: nil),
        ModelInfo(name: "seresnext", isViT: false, cropSize: 224, resizeSize: 256, freezableLayers: 5),
        ModelInfo(name: "vits16r224", isViT: true, cropSize: 224, resizeSize: 256, freezableLayers: 13),
        ModelInfo(name: "vitb16r224", isViT: true, cropSize: 224, resizeSize: 256, freezableLayers: 13),
        ModelInfo(name: "vitl16r224", isViT: true, cropSize: 224, resizeSize: 256, freezableLayers: 13),
    ]

    public static let names: [String] = known.map(\.name)

    /// The model Azure trains when model_name is unset: the hyperparameter reference says
    /// seresnext, how-to-auto-train-image-models vitb16r224. The docs disagree, so either.
    public static let defaultCandidates = ["seresnext", "vitb16r224"]

    public static func info(_ name: String) -> ModelInfo? { known.first { $0.name == name } }

    /// Hugging Face / MMPretrain names (`owner/model`) that Azure's newer examples use.
    public static func looksLikeHubModel(_ name: String) -> Bool {
        let parts = name.split(separator: "/", omittingEmptySubsequences: false)
        return parts.count == 2 && parts.allSatisfy { !$0.isEmpty && !$0.contains(" ") }
    }
}
