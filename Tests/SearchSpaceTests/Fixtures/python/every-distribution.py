# Every azure.ai.ml.sweep distribution, positional and by keyword, with the literal forms the
# reader takes: single and double quotes, escapes, adjacent strings, signs, underscores, None.
from azure.ai.ml import Input, automl
from azure.ai.ml.automl import SearchSpace
from azure.ai.ml.sweep import (Choice, LogNormal, LogUniform, Normal, QLogNormal, QLogUniform,
                               QNormal, QUniform, Randint, Uniform)

job = automl.image_classification(
    training_data=Input(type="mltable", path="data/train"),
    target_column_name="label",
)
job.set_limits(max_trials=20, max_concurrent_trials=4)
job.set_training_parameters(optimizer="sgd", nesterov=False, random_seed=1_000)
job.extend_search_space([
    SearchSpace(
        model_name=Choice(["vitb16r224", 'vit"s16r224', "a\tb\u00e9" ' joined', r"C:\raw"]),
        learning_rate=LogUniform(-9.21, -4.6),
        weight_decay=QLogUniform(min_value=-9, max_value=-4, q=0.0001),
        number_of_epochs=QUniform(10, 30, q=5),
        momentum=Normal(mu=0.9, sigma=0.02),
        beta1=LogNormal(-0.1, 0.05),
        training_batch_size=QNormal(mu=16, sigma=4, q=2),
        validation_batch_size=QLogNormal(2, 1, 1),
        layers_to_freeze=Randint(upper=5),
        step_lr_gamma=Uniform(min_value=+0.1, max_value=.5),
        ams_gradient=True,
        warmup_cosine_lr_cycles=None,
    ),
    SearchSpace(model_name="seresnext", learning_rate=1e-3, early_stopping=Choice([True, False])),
])
job.set_sweep(sampling_algorithm="Random")
