# Written by hand: a BanditPolicy by slack_amount, and a later set_sweep that changes the
# sampling and passes early_termination=None, which keeps the policy (the SDK's set_sweep
# keeps an earlier policy when given None)
from azure.ai.ml import automl, Input
from azure.ai.ml.automl import SearchSpace
from azure.ai.ml.sweep import BanditPolicy, Choice

job = automl.image_classification(
    compute="gpu-cluster",
    experiment_name="bandit-slack-amount",
    training_data=Input(type="mltable", path="./data/training-mltable-folder"),
    validation_data=Input(type="mltable", path="./data/validation-mltable-folder"),
    target_column_name="label",
)
job.set_sweep(sampling_algorithm="Random", early_termination=BanditPolicy(slack_amount=0.05, evaluation_interval=1))
job.extend_search_space([SearchSpace(model_name=Choice(["vitb16r224", "vits16r224"]), number_of_epochs=Choice([10, 20]))])
job.set_sweep(sampling_algorithm="Grid", early_termination=None)
job.set_limits(max_trials=4, max_concurrent_trials=2, timeout_minutes=30)
