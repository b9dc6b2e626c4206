# Written by hand in the style of Azure's notebook
# sdk/python/jobs/automl-standalone-jobs/automl-image-classification-multiclass-task-fridge-items
from azure.ai.ml import Input, automl
from azure.ai.ml.automl import SearchSpace
from azure.ai.ml.sweep import BanditPolicy, Choice, Uniform

compute_name = "gpu-cluster"
exp_name = "dpv2-image-classification-experiment"

my_training_data_input = Input(type="mltable", path="./data/training-mltable-folder")
my_validation_data_input = Input(type="mltable", path="./data/validation-mltable-folder")

# Create the AutoML job with the related factory-function.
image_classification_job = automl.image_classification(
    compute=compute_name,
    experiment_name=exp_name,
    training_data=my_training_data_input,
    validation_data=my_validation_data_input,
    target_column_name="label",
    primary_metric="accuracy",
    tags={"my_custom_tag": "My custom value"},
)

image_classification_job.set_limits(
    timeout_minutes=60,
    max_trials=10,
    max_concurrent_trials=2,
)

image_classification_job.extend_search_space(
    [
        SearchSpace(
            model_name=Choice(["vitb16r224", "vits16r224"]),
            learning_rate=Uniform(0.005, 0.05),
            number_of_epochs=Choice([15, 30]),
            gradient_accumulation_step=Choice([1, 2]),
        ),
        SearchSpace(
            model_name=Choice(["seresnext", "resnet50"]),
            learning_rate=Uniform(0.001, 0.01),
            layers_to_freeze=Choice([0, 2]),
        ),
    ]
)

image_classification_job.set_sweep(
    sampling_algorithm="Random",
    early_termination=BanditPolicy(
        evaluation_interval=2, slack_factor=0.2, delay_evaluation=6
    ),
)
