"""The diagnostic rows that the panel shows and doctor prints."""

from app.diagnostics import cpu_features, format_report, model_rows, system_rows
from app.engine.types import LocalDetails, ModelInfo, ModelRef
from app.paths import app_paths
from app.policy import Policy


def test_system_rows_name_everything_a_help_desk_asks():
    paths = app_paths()
    rows = dict(system_rows(paths, paths.logs / "tramontane.log", Policy()))
    for label in ("Tramontane", "System", "Processor", "CPU features", "Memory", "Data folder", "Models folder",
                  "Log file", "IT policy"):
        assert rows[label]
    assert rows["Data folder"] == str(paths.data) and rows["IT policy"] == "none"


def test_cpu_features_are_named_as_people_know_them():
    features = cpu_features()
    assert all(f == f.upper() for f in features)
    assert features, "this machine's processor reports no features"


def test_model_rows_say_where_it_runs():
    path = "/m/SmolLM2-135M-Instruct.Q4_1.gguf"
    info = ModelInfo(ref=ModelRef.file(path), name="x", context_length=2048, backend="CUDA0",
                     local=LocalDetails(path=path, architecture="llama", parameter_count=135_000_000,
                                        quantization="Q4_1", file_size=2**27, trained_context_length=8192,
                                        gpu_layers=10, layer_count=30, threads=4, chat_template=True))
    text = format_report(model_rows(info))
    assert "SmolLM2 135M Instruct" in text and "10 of 30 layers on CUDA0" in text and "2048 tokens" in text
    assert model_rows(None) == [("Model", "none loaded")]
    server = ModelInfo(ref=ModelRef("server", "team/llama-70b"), name="llama-70b", context_length=32768,
                       backend="Team server")
    assert "llama-70b on Team server" in format_report(model_rows(server))
