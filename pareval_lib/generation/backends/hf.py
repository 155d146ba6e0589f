"""Hugging Face transformers models in this process: batched generation, optional 4-bit on CUDA."""
from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Any, Iterable, Iterator

from pareval_lib.errors import ParevalError
from pareval_lib.problems.prompting import MODES, cut_at_stop
from pareval_lib.generation.registry import ModelSpec
from pareval_lib.generation.resources import reset_gpu_peak
from pareval_lib.generation.backends.base import Completion, GenerationRequest, file_sha256

WEIGHT_SUFFIXES = (".safetensors", ".bin", ".gguf")


def _batches(requests: Iterable[GenerationRequest], size: int) -> Iterator[list[GenerationRequest]]:
    """Consecutive requests sharing a seed and a prompt mode, at most `size` at a time."""
    batch: list[GenerationRequest] = []
    for request in requests:
        if batch and (len(batch) == size or request.params != batch[0].params
                      or request.prompt.mode != batch[0].prompt.mode):
            yield batch
            batch = []
        batch.append(request)
    if batch:
        yield batch


class HuggingFaceBackend:
    """`AutoModelForCausalLM` on CUDA when present (4-bit with bitsandbytes if asked), else CPU."""

    name = "hf"
    local = True

    def __init__(self, spec: ModelSpec) -> None:
        settings = spec.settings
        self.spec = spec
        if not settings.get("model"):
            raise ParevalError(f"model {spec.name!r}: set settings.model (a model folder or hub id) in {spec.source}")
        local = Path(str(settings["model"])).expanduser()
        if not local.is_absolute() and (spec.base_dir / local).exists():
            local = spec.base_dir / local
        self.source = str(local) if local.exists() else str(settings["model"])
        self.local_dir = local if local.is_dir() else None
        self.mode = settings.get("mode", "chat")
        if self.mode not in MODES:
            raise ParevalError(f"model {spec.name!r}: settings.mode must be one of {', '.join(MODES)}")
        self.batch_size = max(1, int(settings.get("batch_size", 4)))
        self.model: Any = None
        self.tokenizer: Any = None

    def start(self) -> dict[str, Any]:
        import torch
        from transformers import AutoModelForCausalLM, AutoTokenizer

        settings = self.spec.settings
        cuda = torch.cuda.is_available()
        reset_gpu_peak()  # the run's GPU peak starts before the weights are loaded
        self.device = "cuda" if cuda else "cpu"
        load: dict[str, Any] = {"revision": settings.get("revision"),
                                "trust_remote_code": bool(settings.get("trust_remote_code", False))}
        quantisation = "none"
        if settings.get("load_in_4bit"):
            if cuda:
                from transformers import BitsAndBytesConfig

                try:
                    import bitsandbytes  # noqa: F401
                except ImportError:
                    raise ParevalError(f"model {self.spec.name!r}: load_in_4bit needs bitsandbytes "
                                       f"(pip install bitsandbytes)") from None
                load["quantization_config"] = BitsAndBytesConfig(
                    load_in_4bit=True, bnb_4bit_quant_type="nf4", bnb_4bit_compute_dtype=torch.bfloat16)
                quantisation = "4-bit nf4 (bitsandbytes)"
            else:
                print(f"pareval: note: no CUDA GPU, so model {self.spec.name!r} runs unquantised on CPU",
                      file=sys.stderr)
        dtype = settings.get("dtype", "auto")
        load["dtype"] = dtype if dtype == "auto" else getattr(torch, dtype)
        if cuda:
            load["device_map"] = "cuda"  # load straight onto the GPU (4-bit layers included)
        try:
            self.tokenizer = AutoTokenizer.from_pretrained(self.source, revision=load["revision"],
                                                           trust_remote_code=load["trust_remote_code"])
            self.model = AutoModelForCausalLM.from_pretrained(self.source, **load)
        except (OSError, ValueError) as exc:
            first_line = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            raise ParevalError(f"model {self.spec.name!r}: cannot load Hugging Face model {self.source}: "
                               f"{first_line}") from None
        if not cuda:
            self.model.to("cpu")
        self.model.eval()
        self.tokenizer.padding_side = "left"
        if self.tokenizer.pad_token is None:
            self.tokenizer.pad_token = self.tokenizer.eos_token
        identity: dict[str, Any] = {"model": self.source, "device": self.device, "quantisation": quantisation,
                                    "dtype": str(self.model.dtype).removeprefix("torch.")}
        commit = getattr(self.model.config, "_commit_hash", None)
        if commit:
            identity["commit"] = commit
        if self.local_dir:
            identity["weights_sha256"] = {p.name: file_sha256(p) for p in sorted(self.local_dir.iterdir())
                                          if p.suffix in WEIGHT_SUFFIXES}
        return identity

    def _inputs(self, batch: list[GenerationRequest]) -> Any:
        if batch[0].prompt.mode == "chat":
            if not self.tokenizer.chat_template:
                raise ParevalError(f"model {self.spec.name!r}: its tokenizer has no chat template; "
                                   f"set settings.mode: completion")
            texts = [self.tokenizer.apply_chat_template(list(r.prompt.messages), add_generation_prompt=True,
                                                        tokenize=False) for r in batch]
            return self.tokenizer(texts, return_tensors="pt", padding=True, add_special_tokens=False)
        return self.tokenizer([r.prompt.text for r in batch], return_tensors="pt", padding=True)

    def _end_ids(self) -> set[int]:
        eos = self.model.generation_config.eos_token_id
        ids = set(eos if isinstance(eos, list) else [eos] if eos is not None else [])
        for token_id in (self.tokenizer.eos_token_id, self.tokenizer.pad_token_id):
            if token_id is not None:
                ids.add(token_id)  # padding only ever follows a finished row
        return ids

    def generate(self, requests: Iterable[GenerationRequest]) -> Iterator[Completion]:
        import torch

        end_ids = self._end_ids()
        for batch in _batches(requests, self.batch_size):
            params, prompt = batch[0].params, batch[0].prompt
            inputs = self._inputs(batch).to(self.device)
            options: dict[str, Any] = {"max_new_tokens": params.max_tokens,
                                       "pad_token_id": self.tokenizer.pad_token_id}
            if params.temperature > 0:
                options.update(do_sample=True, temperature=params.temperature, top_p=params.top_p)
            else:
                options.update(do_sample=False)
            if prompt.mode == "completion":
                options.update(stop_strings=list(prompt.stop), tokenizer=self.tokenizer)
            torch.manual_seed(params.seed)
            started = time.perf_counter()
            with torch.inference_mode():
                output = self.model.generate(**inputs, **options)
            seconds = time.perf_counter() - started
            new_tokens = output[:, inputs["input_ids"].shape[1]:].tolist()
            for row, request in enumerate(batch):
                ids = new_tokens[row]
                end = next((i for i, t in enumerate(ids) if t in end_ids), None)
                kept = ids if end is None else ids[:end]
                text = self.tokenizer.decode(kept, skip_special_tokens=True)
                if prompt.mode == "completion":
                    text = cut_at_stop(text, prompt.stop)
                finish = "stop" if end is not None or len(ids) < params.max_tokens else "length"
                yield Completion(request, text, int(inputs["attention_mask"][row].sum()),
                                 len(kept) + (end is not None), seconds / len(batch), finish,
                                 extra={"batch_size": len(batch), "batch_seconds": round(seconds, 4)})

    def close(self) -> None:
        self.model = None
        self.tokenizer = None
