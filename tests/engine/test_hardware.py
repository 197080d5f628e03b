"""GPU-layer planning and fit verdicts with made-up device lists (no GPU needed)."""

from app.engine.hardware import best_gpu, fit_verdict, plan_gpu_layers
from app.engine.types import Device

GB = 2**30
CPU = Device("CPU", "Some CPU", "cpu", 16 * GB, 16 * GB)
MODEL, LAYERS, KV = 4 * GB, 32, 1 * GB


def gpu(name, free_gb, desc="A GPU"):
    return Device(name, desc, "gpu", int(free_gb * GB), int(free_gb * GB))


def test_no_gpu_means_cpu():
    plan = plan_gpu_layers([CPU], MODEL, LAYERS, KV)
    assert plan.gpu_layers == 0 and plan.device == "CPU" and "processor" in plan.reason


def test_large_gpu_takes_every_layer():
    plan = plan_gpu_layers([CPU, gpu("CUDA0", 24)], MODEL, LAYERS, KV)
    assert plan.gpu_layers == LAYERS + 1 and plan.device == "CUDA0"


def test_small_gpu_takes_part_of_the_model():
    plan = plan_gpu_layers([CPU, gpu("CUDA0", 3)], MODEL, LAYERS, KV)
    assert 0 < plan.gpu_layers < LAYERS and "of 32 layers" in plan.reason


def test_tiny_gpu_falls_back_to_cpu():
    plan = plan_gpu_layers([CPU, gpu("Vulkan0", 0.2)], MODEL, LAYERS, KV)
    assert plan.gpu_layers == 0 and plan.device == "CPU"


def test_cuda_and_metal_win_over_other_gpus():
    assert best_gpu([gpu("Vulkan0", 20), gpu("CUDA0", 8)]).name == "CUDA0"
    assert best_gpu([gpu("Vulkan0", 20), gpu("Metal", 8)]).name == "Metal"
    assert best_gpu([CPU]) is None


def test_fit_verdicts():
    assert fit_verdict(2 * GB, 8 * GB).verdict == "fits"
    assert fit_verdict(7 * GB, 8 * GB).verdict == "tight"
    verdict = fit_verdict(9 * GB, 8 * GB)
    assert verdict.verdict == "does not fit" and "9.0 GB" in verdict.reason and "8.0 GB" in verdict.reason
