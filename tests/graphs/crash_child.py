"""Child process of the crash test: runs one graph durably and is killed with SIGKILL at a random point."""

import asyncio
import importlib
import pkgutil
import sys

import genaiops.tools.basic
from genaiops.graphs import Engine, load_scenario
from genaiops.receiver import IdempotentReceiver
from genaiops.registry import ToolRegistry, registry
from genaiops.safety import ApprovalPolicy, ToolRule
from genaiops.store import Store

POLICY = ApprovalPolicy(tools={"apply_change": ToolRule(auto=True)})


def load_tools() -> ToolRegistry:
    """Only the basic tools: the child starts faster than with every tool set loaded."""
    for info in pkgutil.iter_modules(genaiops.tools.basic.__path__, "genaiops.tools.basic."):
        importlib.import_module(info.name)
    return registry


def open_engine(directory: str) -> Engine:
    return Engine(
        Store.open(f"sqlite:///{directory}/genaiops.db"),
        load_tools(),
        POLICY,
        concurrency=4,
        resources={"receiver": IdempotentReceiver(f"{directory}/receiver.db")},
    )


if __name__ == "__main__":
    directory, spec_path, run_id = sys.argv[1:4]
    spec, _ = load_scenario(spec_path, load_tools(), POLICY)
    engine = open_engine(directory)
    print("ready", flush=True)
    asyncio.run(engine.start(spec.graph(), requester="ci", run_id=run_id))
    print("done", flush=True)
